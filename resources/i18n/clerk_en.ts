<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="49" />
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="51" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="57" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="59" />
        <source>身份证号码</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="72" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="76" />
        <source>手机或座机，选填</source>
        <translation>Mobile or landline, optional</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="80" />
        <source>经办人姓名</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="86" />
        <source>经办人身份证号码</source>
        <translation>Agent ID card number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="100" />
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="101" />
        <source>企业（法人或其他组织）</source>
        <translation>Enterprise (legal person or other organisation)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/applicant_form.py" line="160" />
        <source>必填：{label}</source>
        <translation>Required: {label}</translation>
    </message>
</context>
<context>
    <name>BadgeWidget</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/badge.py" line="82" />
        <source>政务服务中心</source>
        <translation>Government service center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/badge.py" line="84" />
        <source>工号 {no}  ·  {dept}</source>
        <translation>Staff no. {no}  ·  {dept}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/badge.py" line="88" />
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/badge.py" line="91" />
        <source>未选窗口</source>
        <translation>No window</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="43" />
        <source>办件 {no}</source>
        <translation>Case {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="54" />
        <source>补打所选文书</source>
        <translation>Reprint the selected document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="56" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="64" />
        <source>已打印文书</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="77" />
        <source>（经办人 {agent}）</source>
        <translation> (agent {agent})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="81" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="84" />
        <source>部门 / 窗口</source>
        <translation>Department / window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="85" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="86" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="87" />
        <source>承办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="88" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="89" />
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="90" />
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="91" />
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_details.py" line="92" />
        <source>剩余</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="37" />
        <source>超期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="38" />
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="44" />
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="51" />
        <source>（延期待批）</source>
        <translation> (extension pending)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="60" />
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="61" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="63" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="65" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="67" />
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="72" />
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="78" />
        <source>预警</source>
        <translation>Light</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="104" />
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="109" />
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="110" />
        <source>办理结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="111" />
        <source>说明（不予许可时必填）</source>
        <translation>Note (required for a denial)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="118" />
        <source>不予许可须写明理由</source>
        <translation>A denial needs its reason</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="65" />
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="66" />
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="67" />
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="68" />
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="69" />
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="70" />
        <source>开始办理</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="71" />
        <source>结束服务</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="72" />
        <source>收件</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="96" />
        <source>本窗口队列</source>
        <translation>Queues of this window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="112" />
        <source>未选择窗口：请退出后登录时选择窗口</source>
        <translation>No window chosen: sign out and choose a window when signing in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="148" />
        <source>等候 {n} 人  ·  最长等候 {m} 分钟</source>
        <translation>{n} waiting  ·  longest wait {m} min</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="159" />
        <source>F5  暂停</source>
        <translation>F5  Pause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="161" />
        <source>窗口已暂停：{reason}</source>
        <translation>Window paused: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="163" />
        <source>F5  恢复</source>
        <translation>F5  Resume</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="194" />
        <source>没有等候的号</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="195" />
        <source>请 {number} 号到 {window} 窗口</source>
        <translation>Number {number}, please come to window {window}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="210" />
        <source>已重呼 {number} 号</source>
        <translation>{number} called again</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="214" />
        <source>{number} 号已过号</source>
        <translation>{number} marked as no-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="219" />
        <source>开始为 {number} 号办理</source>
        <translation>Serving {number}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="224" />
        <source>{number} 号服务结束</source>
        <translation>{number} finished</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="237" />
        <source>{number} 号已转移</source>
        <translation>{number} transferred</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="244" />
        <source>窗口已恢复叫号</source>
        <translation>Window resumed calling</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="251" />
        <source>窗口已暂停</source>
        <translation>Window paused</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="269" />
        <source>办件 {no}：{state}</source>
        <translation>Case {no}: {state}</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="129" />
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="129" />
        <source>不批准延期</source>
        <translation>Deny extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="134" />
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="135" />
        <source>审批意见</source>
        <translation>Opinion</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="150" />
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="154" />
        <source>打印时间</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="158" />
        <source>打印人</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="162" />
        <location filename="../../clerk_app/ui/models/cases.py" line="164" />
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="81" />
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="85" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="87" />
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="89" />
        <source>当前办结期限</source>
        <translation>Current due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="90" />
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="91" />
        <source>延期理由（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="94" />
        <source>请写明延期理由</source>
        <translation>Please give the reason for the extension</translation>
    </message>
</context>
<context>
    <name>ExtensionModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="102" />
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="106" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="109" />
        <source>承办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="113" />
        <source>原办结期限</source>
        <translation>Original due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="117" />
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="118" />
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/cases.py" line="124" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="41" />
        <source>首问登记</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="46" />
        <source>选填，便于回访</source>
        <translation>Optional, for the call-back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="50" />
        <source>咨询办理：{name}</source>
        <translation>Asks about: {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="53" />
        <source>不属本窗口办理，转办至其他部门</source>
        <translation>Not handled here: refer to another department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="56" />
        <source>打印引导单</source>
        <translation>Print a guide slip</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="61" />
        <source>来访人姓名</source>
        <translation>Visitor name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="62" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="63" />
        <source>咨询事项</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="64" />
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="66" />
        <source>接收部门</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="67" />
        <source>接收窗口</source>
        <translation>Receiving window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="93" />
        <source>由部门安排</source>
        <translation>Department decides</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="117" />
        <source>请填写来访人姓名</source>
        <translation>Please enter the visitor's name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="119" />
        <source>请填写咨询事项</source>
        <translation>Please enter the question</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="121" />
        <source>请选择接收部门</source>
        <translation>Please choose the receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="123" />
        <source>请填写答复内容，或勾选转办</source>
        <translation>Enter the answer, or tick the referral</translation>
    </message>
</context>
<context>
    <name>FirstContactFlow</name>
    <message>
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="103" />
        <source>已登记并转办，可在“我的转办”中跟踪</source>
        <translation>Recorded and referred; follow it under "My referrals"</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="105" />
        <source>首问登记已保存</source>
        <translation>First contact recorded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="116" />
        <source>引导单已打印</source>
        <translation>Guide slip printed</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="36" />
        <source>窗口办件台 — 首次使用</source>
        <translation>Clerk Desk — First start</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="40" />
        <source>本机数据库中还没有服务中心。可以载入演示数据试用，或新建一个服务中心并设置系统管理员。</source>
        <translation>This database has no service center yet. Load the demo data to try it out, or create a service center and its administrator.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="45" />
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="48" />
        <source>本版本未附带演示数据</source>
        <translation>This build has no demo data</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="50" />
        <source>如 青山县政务服务中心</source>
        <translation>e.g. Qingshan County Government Service Center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="58" />
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="60" />
        <source>新建服务中心</source>
        <translation>Create a service center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="62" />
        <source>中心名称</source>
        <translation>Center name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="63" />
        <source>中心编码</source>
        <translation>Center code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="64" />
        <source>管理员工号</source>
        <translation>Administrator staff no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="65" />
        <source>管理员姓名</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="66" />
        <source>管理员密码</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="91" />
        <source>请填写全部项目</source>
        <translation>Please fill in every field</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="93" />
        <source>管理员密码至少 8 位</source>
        <translation>The administrator password needs at least 8 characters</translation>
    </message>
</context>
<context>
    <name>FrontDeskTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="52" />
        <source>事项名称 / 事项编码 / 拼音首字母，如 yyzz</source>
        <translation>Item name / item code / pinyin initials, e.g. yyzz</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="71" />
        <source>重点项目名称或原因</source>
        <translation>Key project name or reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="73" />
        <source>取号并打印</source>
        <translation>Issue and print ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="78" />
        <source>首问登记 / 转办</source>
        <translation>First contact / referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="80" />
        <source>取号</source>
        <translation>Issue ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="82" />
        <source>队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="83" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="84" />
        <source>绿色通道原因</source>
        <translation>Green channel reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="194" />
        <source>已取号 {number}，前面 {n} 人</source>
        <translation>Ticket {number} issued, {n} ahead</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="212" />
        <source>号票 {number} 已打印</source>
        <translation>Ticket {number} printed</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="79" />
        <source>收件</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="83" />
        <source>更换事项：名称 / 编码 / 拼音首字母</source>
        <translation>Change item: name / code / pinyin initials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="88" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="97" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="100" />
        <source>申请材料核验</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="106" />
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="341" />
        <source>现场办结</source>
        <translation>Complete on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="107" />
        <source>受理并打印回执</source>
        <translation>Accept and print receipt</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="109" />
        <source>一次性告知补正</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="110" />
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="371" />
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="111" />
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="402" />
        <source>转办</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="112" />
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="410" />
        <source>当场告知</source>
        <translation>Tell on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="113" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="238" />
        <source>请选择事项</source>
        <translation>Please choose an item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="242" />
        <source>即办：材料齐全可现场办结</source>
        <translation>Instant: completed on the spot when the materials are complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="246" />
        <source>无需许可，可当场告知</source>
        <translation>No licence needed: can be told on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="250" />
        <source>承诺时限 {days} 个工作日，今日受理则 {due} 前办结</source>
        <translation>Promised limit {days} working days; accepted today, due by {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="254" />
        <source>（暂定：该年节假日安排尚未公布，公布后自动重算）</source>
        <translation> (provisional: that year's holiday arrangement is not published yet; recomputed when it is)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="262" />
        <source>收件 — {no}</source>
        <translation>Intake — {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="287" />
        <source>只有即办件可以现场办结</source>
        <translation>Only instant items can be completed on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="289" />
        <source>该事项需要许可，不能当场告知了结</source>
        <translation>This item needs a licence; it cannot be closed by telling on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="295" />
        <source>确认受理并打印受理通知书？</source>
        <translation>Accept and print the receipt?</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="297" />
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="356" />
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="333" />
        <source>正在办理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="361" />
        <source>一次性告知</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="421" />
        <source>已收件（办件编号 {no}），但“{action}”没有完成：{why}
办件保持“已收件”状态，仍在“我的办件”中，可在此或稍后继续处理。</source>
        <translation>Received (case {no}), but “{action}” did not go through: {why}
The case stays “received” and is still in “My cases”; finish it here or later.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="430" />
        <source>办件 {no}：{action}完成</source>
        <translation>Case {no}: {action} done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/intake.py" line="463" />
        <source>没有保存：{why}</source>
        <translation>Nothing saved: {why}</translation>
    </message>
</context>
<context>
    <name>ItemGuideView</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="26" />
        <source>在左侧输入事项名称、事项编码或拼音首字母（如 yyzz）查找事项。</source>
        <translation>Type an item name, item code or pinyin initials (e.g. yyzz) on the left to find a service item.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="35" />
        <source>即办（当场办结）</source>
        <translation>Instant (completed on the spot)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="37" />
        <source>承诺 {p} 个工作日（法定 {s} 个工作日）</source>
        <translation>Promised {p} working days (statutory {s})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="43" />
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="44" />
        <source>办件类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="45" />
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="46" />
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="47" />
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="47" />
        <source>不收费</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="48" />
        <source>办理窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="51" />
        <source>超时默认</source>
        <translation>Deemed approval</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="51" />
        <source>是：逾期未作决定视为同意</source>
        <translation>Yes: undecided after the deadline counts as approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="60" />
        <source>（非必需）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="62" />
        <source>原件 {o} 份，复印件 {c} 份</source>
        <translation>{o} original(s), {c} cop(ies)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="67" />
        <source>无需提交材料</source>
        <translation>No materials required</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="68" />
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="68" />
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="69" />
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="69" />
        <source>符合法定条件的申请人均可申请。</source>
        <translation>Any applicant meeting the statutory conditions may apply.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="15" />
        <source>即办</source>
        <translation>Instant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="16" />
        <source>{days} 个工作日</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="26" />
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="27" />
        <source>事项名称</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="29" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="33" />
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="15" />
        <source>导服人员</source>
        <translation>Front-desk guide</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="16" />
        <source>窗口首席代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="17" />
        <source>效能监督员</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="18" />
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="19" />
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="25" />
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="26" />
        <source>老弱病残孕优先</source>
        <translation>Priority (elderly, disabled, pregnant)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="27" />
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="28" />
        <source>绿色通道（重点项目）</source>
        <translation>Green channel (key project)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="34" />
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="35" />
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="36" />
        <location filename="../../clerk_app/ui/labels.py" line="88" />
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="37" />
        <location filename="../../clerk_app/ui/labels.py" line="95" />
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="38" />
        <source>已过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="44" />
        <source>即办件</source>
        <translation>Instant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="45" />
        <source>承诺件</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="46" />
        <source>上报件</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="47" />
        <source>联办件</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="53" />
        <source>不属于本机关职权范围</source>
        <translation>Not within this agency's competence</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="56" />
        <source>不符合受理条件</source>
        <translation>Does not meet the conditions</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="57" />
        <source>隐瞒有关情况或者提供虚假材料</source>
        <translation>Concealed facts or false materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="60" />
        <source>逾期未补正材料</source>
        <translation>Materials not supplemented in time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="61" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="67" />
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="68" />
        <source>招标</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="69" />
        <source>拍卖</source>
        <translation>Auction</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="70" />
        <source>检验</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="71" />
        <source>检测</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="72" />
        <source>检疫</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="73" />
        <source>鉴定</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="74" />
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="80" />
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="81" />
        <source>不予许可</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="87" />
        <source>已收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="89" />
        <source>已一次性告知补正</source>
        <translation>Supplement notice issued</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="90" />
        <source>不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="91" />
        <source>已转办</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="92" />
        <source>现场办结</source>
        <translation>Completed on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="93" />
        <source>当场告知</source>
        <translation>Told on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="94" />
        <source>特别程序中</source>
        <translation>Suspended (special procedure)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="96" />
        <source>超时默认</source>
        <translation>Deemed approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="103" />
        <source>未计时</source>
        <translation>No clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="105" />
        <source>绿灯 正常</source>
        <translation>Green: on time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="106" />
        <source>黄灯 临近期限</source>
        <translation>Yellow: due soon</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="107" />
        <source>红灯 已超期</source>
        <translation>Red: overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="113" />
        <source>排队号票</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="114" />
        <source>受理通知书</source>
        <translation>Receipt of acceptance</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="115" />
        <source>补正材料一次性告知书</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="116" />
        <source>不予受理决定书</source>
        <translation>Refusal decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="117" />
        <source>延期告知书</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="118" />
        <source>特别程序告知书</source>
        <translation>Suspension notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="119" />
        <source>办结通知书</source>
        <translation>Completion notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="120" />
        <source>超时默认通知书</source>
        <translation>Deemed-approval notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="121" />
        <source>转办引导单</source>
        <translation>Referral guide slip</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="23" />
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="26" />
        <source>{name}（工号 {no}）请输入密码解锁</source>
        <translation>{name} (staff no. {no}): enter your password to unlock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="35" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="38" />
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="57" />
        <source>请输入密码</source>
        <translation>Please enter the password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="71" />
        <source>只有登录本机的工作人员可以解锁</source>
        <translation>Only the signed-on staff member can unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="33" />
        <source>窗口办件台 — 登录</source>
        <translation>Clerk Desk — Sign in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="38" />
        <source>窗口办件台 · 挂牌上岗</source>
        <translation>Clerk Desk · sign on with your badge</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="42" />
        <source>如 C001</source>
        <translation>e.g. C001</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="46" />
        <source>不在窗口（导服、监督）</source>
        <translation>No window (front desk, supervision)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="50" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="55" />
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="56" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="57" />
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="80" />
        <source>请输入工号和密码</source>
        <translation>Please enter staff number and password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="85" />
        <source>正在登录…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="96" />
        <source>窗口首席代表请选择所在窗口</source>
        <translation>Chief representatives must choose their window</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="47" />
        <source>窗口办件台 — {center}</source>
        <translation>Clerk Desk — {center}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="53" />
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="55" />
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="62" />
        <source>办件编号 / 扫描回执 (Ctrl+F)</source>
        <translation>Case no. / scan a receipt (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="114" />
        <source>导服</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="118" />
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="122" />
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="124" />
        <source>转办</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="127" />
        <source>效能监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="147" />
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>MaterialsChecklist</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="32" />
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="33" />
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="34" />
        <source>需补正</source>
        <translation>Deficient</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="55" />
        <source>全部收齐</source>
        <translation>All received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="57" />
        <source>该事项目录未列申请材料</source>
        <translation>The catalogue lists no materials for this item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="77" />
        <source>申请材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="78" />
        <source>核验</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="79" />
        <source>原件</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="80" />
        <source>复印件</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="81" />
        <source>说明（需补正时必填）</source>
        <translation>Note (required when deficient)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="89" />
        <source>（非必需）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/materials_checklist.py" line="134" />
        <source>“{name}”需补正：请写明要补正的内容</source>
        <translation>“{name}” is deficient: say what must be fixed</translation>
    </message>
</context>
<context>
    <name>MyCasesTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="68" />
        <source>中止计时</source>
        <translation>Suspend clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="69" />
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="70" />
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="71" />
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="73" />
        <source>继续收件决定</source>
        <translation>Finish intake decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="74" />
        <source>详情 / 补打文书</source>
        <translation>Details / reprint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="75" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="125" />
        <source>未办结 {n} 件  ·  红灯 {red} 件  ·  黄灯 {yellow} 件</source>
        <translation>{n} open  ·  {red} red  ·  {yellow} yellow</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="179" />
        <source>办件 {no} 已中止计时</source>
        <translation>Case {no}: clock suspended</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="209" />
        <source>办件 {no} 已恢复计时，办结期限 {due}</source>
        <translation>Case {no}: clock resumed, due {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="228" />
        <source>办件 {no} 的延期申请已提交，待审批</source>
        <translation>Extension requested for case {no}, awaiting approval</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/my_cases.py" line="242" />
        <source>办件 {no} 已办结</source>
        <translation>Case {no} completed</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="18" />
        <source>暂停叫号</source>
        <translation>Pause calling</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="23" />
        <source>临时离开</source>
        <translation>Away for a moment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="24" />
        <source>午间休息</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="25" />
        <source>业务咨询电话</source>
        <translation>Phone enquiry</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="26" />
        <source>系统故障</source>
        <translation>System failure</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="27" />
        <source>业务培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="39" />
        <source>暂停原因（必填）：</source>
        <translation>Reason for the pause (required):</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="49" />
        <source>请填写暂停原因</source>
        <translation>Please enter the reason</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="84" />
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="85" />
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="95" />
        <source>未存档</source>
        <translation>not archived</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="96" />
        <source>共 {n} 页 · 存档：{where}</source>
        <translation>{n} page(s) · archived: {where}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="97" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="100" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="127" />
        <source>打印 {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="139" />
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="154" />
        <source>已送打印机 {name}：{n} 页</source>
        <translation>Sent to {name}: {n} page(s)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/print_preview.py" line="161" />
        <source>打印失败：{why}</source>
        <translation>Printing failed: {why}</translation>
    </message>
</context>
<context>
    <name>QueueStatusModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/queues.py" line="19" />
        <source>队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/queues.py" line="22" />
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/queues.py" line="28" />
        <source>最长等候</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/queues.py" line="30" />
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="84" />
        <source>转办至其他部门</source>
        <translation>Refer to another department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="93" />
        <source>接收部门</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="94" />
        <source>接收窗口</source>
        <translation>Receiving window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="95" />
        <source>转办事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="102" />
        <source>该部门任一窗口</source>
        <translation>Any window of the department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="109" />
        <source>请选择接收部门</source>
        <translation>Please choose the receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="111" />
        <source>请填写转办事由</source>
        <translation>Please describe the matter</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="17" />
        <source>待接收</source>
        <translation>Not yet taken</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="18" />
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="19" />
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="23" />
        <source>（超时）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="45" />
        <source>转办时间</source>
        <translation>Referred at</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="50" />
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="52" />
        <source>事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="53" />
        <source>转至</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="55" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="60" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="53" />
        <source>接收</source>
        <translation>Take</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="54" />
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="142" />
        <source>办结转办</source>
        <translation>Close referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="56" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="102" />
        <source>我转出的：未办结 {open} 件，其中超时 {late} 件</source>
        <translation>Referred by me: {open} open, {late} late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="108" />
        <source>转给本部门的：未办结 {n} 件</source>
        <translation>Referred to my department: {n} open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="142" />
        <source>{matter}
办理结果：</source>
        <translation>{matter}
Outcome:</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="39" />
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="45" />
        <source>如：县自然资源局（地址、电话）</source>
        <translation>e.g. County Natural Resources Bureau (address, phone)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="46" />
        <source>不予受理情形</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="47" />
        <source>理由（必填，打印在决定书上）</source>
        <translation>Reason (required, printed on the decision)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="48" />
        <source>有权受理的机关</source>
        <translation>Competent agency</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="60" />
        <source>请填写不予受理的理由</source>
        <translation>Please give the reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="65" />
        <source>不属于本机关职权范围的，须写明有权受理的机关</source>
        <translation>Out of competence: name the competent agency</translation>
    </message>
</context>
<context>
    <name>ServingPanel</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/serving_panel.py" line="45" />
        <source>当前服务</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/serving_panel.py" line="48" />
        <source>空闲：按 F1 叫下一位</source>
        <translation>Free: press F1 to call the next visitor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/serving_panel.py" line="58" />
        <source>取号 {time}  ·  已重呼 {n}/{max} 次</source>
        <translation>Issued {time}  ·  recalled {n}/{max}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../clerk_app/ui/shell.py" line="65" />
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell.py" line="69" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="47" />
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="49" />
        <source>不批准</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="50" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="77" />
        <source>待审批的延期申请：{n} 件</source>
        <translation>Extensions awaiting approval: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="94" />
        <source>{no} 延长 {n} 个工作日：{reason}</source>
        <translation>{no}: extend by {n} working days: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="113" />
        <source>已批准 {no} 延期，新办结期限 {due}</source>
        <translation>Extension of {no} approved, new due date {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="125" />
        <source>已驳回 {no} 的延期申请</source>
        <translation>Extension of {no} denied</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="50" />
        <source>中止计时（特别程序）</source>
        <translation>Suspend the clock (special procedure)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="58" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="59" />
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="60" />
        <source>特别程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="61" />
        <source>具体内容（必填）</source>
        <translation>Details (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="62" />
        <source>预计所需</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/case_actions.py" line="66" />
        <source>请写明特别程序的具体内容（告知书要载明）</source>
        <translation>Please describe the procedure (it is printed on the notice)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../clerk_app/ui/tasks.py" line="50" />
        <source>操作没有完成：程序出现意外错误，已记录日志。请重试，仍不行请联系系统管理员。</source>
        <translation>The action was not completed: an unexpected error occurred and was logged. Please try again; if it persists, contact the administrator.</translation>
    </message>
</context>
<context>
    <name>TellDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="126" />
        <source>当场告知</source>
        <translation>Tell on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="128" />
        <source>告知内容（必填）</source>
        <translation>What was told (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/decisions.py" line="131" />
        <source>请写明告知的内容</source>
        <translation>Please write what the applicant was told</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/transfer.py" line="29" />
        <source>转移号票</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/transfer.py" line="39" />
        <source>转入队列</source>
        <translation>To queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/transfer.py" line="40" />
        <source>指定窗口</source>
        <translation>To window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/transfer.py" line="57" />
        <source>该队列任一窗口</source>
        <translation>Any window of the queue</translation>
    </message>
</context>
</TS>