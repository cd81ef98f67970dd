<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountabilityPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="143"/>
        <source>责任追究记录：{n} 条（待处理 {open} 条）</source>
        <translation>Accountability records: {n} ({open} open)</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="56"/>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="58"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="64"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="66"/>
        <source>身份证号码</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="83"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="87"/>
        <source>手机或座机，选填</source>
        <translation>Mobile or landline, optional</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="92"/>
        <source>经办人姓名</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="99"/>
        <source>经办人身份证号码</source>
        <translation>Agent ID card number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="113"/>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="114"/>
        <source>企业（法人或其他组织）</source>
        <translation>Enterprise (legal person or other organisation)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="180"/>
        <source>必填：{label}</source>
        <translation>Required: {label}</translation>
    </message>
</context>
<context>
    <name>BadgeWidget</name>
    <message>
        <location filename="../../clerk_app/ui/shell/badge.py" line="82"/>
        <source>政务服务中心</source>
        <translation>Government service center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/badge.py" line="84"/>
        <source>工号 {no}  ·  {dept}</source>
        <translation>Staff no. {no}  ·  {dept}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/badge.py" line="88"/>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/badge.py" line="91"/>
        <source>未选窗口</source>
        <translation>No window</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="29"/>
        <source>暂停：{reason}</source>
        <translation>Paused: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="31"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="33"/>
        <source>开放</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="40"/>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="41"/>
        <source>{h} 小时 {m} 分钟</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="55"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="56"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="58"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="99"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="154"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="219"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="61"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="224"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="66"/>
        <source>在岗人员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="67"/>
        <source>无人在岗</source>
        <translation>Nobody signed on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="70"/>
        <source>当前号</source>
        <translation>Current number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="75"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="81"/>
        <source>最长等候</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="102"/>
        <source>绿灯</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="109"/>
        <source>黄灯</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="116"/>
        <source>红灯</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="131"/>
        <source>超期 {n} 个工作日</source>
        <translation>{n} working days overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="133"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="136"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="137"/>
        <source>剩 {n} 个工作日</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="147"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="152"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="216"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="156"/>
        <source>承办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="158"/>
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="162"/>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="170"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="174"/>
        <source>（特别程序中）</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="182"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="191"/>
        <source>{part}：{name}</source>
        <translation>{part}: {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="193"/>
        <source>主要责任人</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="194"/>
        <source>监督责任人</source>
        <translation>Supervising</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="195"/>
        <source>直接责任人</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="199"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="207"/>
        <source>立案时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="212"/>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="222"/>
        <source>责任人</source>
        <translation>Responsible staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="227"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="48"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="49"/>
        <source>时限预警</source>
        <translation>Deadline warnings</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="50"/>
        <source>红灯、黄灯办件</source>
        <translation>Red and yellow cases</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="53"/>
        <source>立即执行时限监察</source>
        <translation>Run deadline check now</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="55"/>
        <source>标记超期办件、处理超时默认和视为受理，并立责任追究记录（系统也会定时执行）</source>
        <translation>Flags overdue cases, applies deemed approvals and acceptances and opens accountability records (the system also runs it on a schedule)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="57"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="113"/>
        <source>看板刷新失败，将在 15 秒后重试</source>
        <translation>The board could not be refreshed; retrying in 15 s</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="125"/>
        <source>窗口：{open}/{n} 开放</source>
        <translation>Windows: {open}/{n} open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="131"/>
        <source>时限预警：绿灯 {g} · 黄灯 {y} · 红灯 {r}</source>
        <translation>Deadlines: green {g} · yellow {y} · red {r}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="134"/>
        <source>红灯（已超期）{r} 件、黄灯（临近期限）{y} 件</source>
        <translation>Red (overdue): {r}, yellow (near the deadline): {y}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="138"/>
        <source>{time} 更新 · 等候 {n} 人</source>
        <translation>Updated {time} · {n} waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="149"/>
        <source>时限监察完成：新超期 {o} 件，超时默认 {a} 件，视为受理 {c} 件</source>
        <translation>Deadline check done: {o} newly overdue, {a} deemed approved, {c} deemed accepted</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="41"/>
        <source>维护工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="47"/>
        <source>工作日（调休上班）</source>
        <translation>Workday (adjusted workday)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="48"/>
        <source>休息日（放假）</source>
        <translation>Day off (holiday)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="58"/>
        <source>如：清溪县政府办〔2026〕12号</source>
        <translation>e.g. 清溪县政府办〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="60"/>
        <source>如：县城停电检修，中心闭馆</source>
        <translation>e.g. power maintenance, center closed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="62"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="63"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="64"/>
        <source>依据文件文号</source>
        <translation>Source document number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="65"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="67"/>
        <source>本地日历优先于国务院公布的安排；保存后在办办件的办结期限将重新计算。</source>
        <translation>Local entries win over the State Council arrangement; the due dates of open cases are recomputed when you save.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="75"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="96"/>
        <source>请填写依据文件的文号</source>
        <translation>Please enter the number of the source document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="104"/>
        <source>工作日</source>
        <translation>a workday</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="104"/>
        <source>休息日</source>
        <translation>a day off</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="105"/>
        <source>已将 {day} 设为{kind}。</source>
        <translation>{day} is now {kind}.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="107"/>
        <source>{n} 件在办办件的办结期限随之调整（原 → 新）：</source>
        <translation>The due dates of {n} open cases moved (old → new):</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="109"/>
        <source>没有在办办件的办结期限受影响。</source>
        <translation>No open case’s due date moved.</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="68"/>
        <source>办件 {no}</source>
        <translation>Case {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="81"/>
        <source>联办环节</source>
        <translation>Joint-approval steps</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="82"/>
        <source>办结所选环节</source>
        <translation>Complete selected step</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="84"/>
        <source>补打所选文书</source>
        <translation>Reprint the selected document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="89"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="105"/>
        <source>已打印文书</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="125"/>
        <source>（经办人 {agent}）</source>
        <translation> (agent {agent})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="129"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="132"/>
        <source>部门 / 窗口</source>
        <translation>Department / window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="133"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="134"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="135"/>
        <source>承办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="136"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="137"/>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="138"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="139"/>
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="140"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="200"/>
        <source>联办环节（{n} 个部门）</source>
        <translation>Joint-approval steps ({n} departments)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="202"/>
        <source>  ·  办理中：{names}</source>
        <translation>  ·  In progress: {names}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="204"/>
        <source>  ·  各部门均已办结</source>
        <translation>  ·  All departments done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="206"/>
        <source>  ·  ● 超期环节 {n} 个</source>
        <translation>  ·  ● {n} steps overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="236"/>
        <source>办件 {no} 的{dept}环节已办结</source>
        <translation>Case {no}: the step of {dept} is complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="87"/>
        <source>接收补正材料</source>
        <translation>Take in supplemented materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="184"/>
        <source>办件 {no}：补正材料已接收，当前状态 {state}</source>
        <translation>Case {no}: supplemented materials taken in, now {state}</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="37"/>
        <source>超期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="38"/>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="44"/>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="51"/>
        <source>（延期待批）</source>
        <translation> (extension pending)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="60"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="61"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="63"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="65"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="67"/>
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="72"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="78"/>
        <source>预警</source>
        <translation>Light</translation>
    </message>
</context>
<context>
    <name>CaseStepModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="107"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="110"/>
        <source>分工</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="112"/>
        <source>环节时限</source>
        <translation>Step limit</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="118"/>
        <source>环节期限</source>
        <translation>Step due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="122"/>
        <source>办结日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="127"/>
        <source>办理意见</source>
        <translation>Opinion</translation>
    </message>
</context>
<context>
    <name>CentralSettingsDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="43"/>
        <source>中心数据库连接设置</source>
        <translation>Central database connection</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="47"/>
        <source>如 10.12.0.5；留空则单机运行</source>
        <translation>e.g. 10.12.0.5; leave empty to run standalone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="56"/>
        <source>留空则沿用已保存的密码</source>
        <translation>Leave empty to keep the saved password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="59"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="60"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="61"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="62"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="63"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="64"/>
        <source>工作站编号</source>
        <translation>Workstation code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="65"/>
        <source>密码只保存在本机系统密钥环中，不写入设置文件。</source>
        <translation>The password is kept only in this computer&apos;s system keyring, never in the settings file.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="70"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="71"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="73"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="93"/>
        <source>工作站编号只能用字母、数字、“-”和“_”，最多 32 位</source>
        <translation>The workstation code may only contain letters, digits, “-” and “_”, at most 32 characters</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="95"/>
        <source>请填写数据库名称</source>
        <translation>Please enter the database name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="121"/>
        <source>请填写中心数据库服务器地址</source>
        <translation>Please enter the central database server address</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="125"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="56"/>
        <source>办结{kind}</source>
        <translation>Close {kind}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="64"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="65"/>
        <source>结果类别</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="66"/>
        <source>具体情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="69"/>
        <source>请填写回访或整改的具体情况</source>
        <translation>Please describe how the call-back or rectification went</translation>
    </message>
</context>
<context>
    <name>CloseReferralDialog</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="134"/>
        <source>办结转办</source>
        <translation>Close referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="136"/>
        <source>转办事由</source>
        <translation>Matter referred</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="137"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="79"/>
        <source>登记投诉…</source>
        <translation>File complaint…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="80"/>
        <source>处理…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="91"/>
        <source>待处理的效能投诉：{n} 件</source>
        <translation>Open complaints: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="100"/>
        <source>已登记 {who} 的效能投诉</source>
        <translation>Complaint from {who} filed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="116"/>
        <source>投诉属实，已立责任追究记录</source>
        <translation>Complaint substantiated; an accountability record was opened</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="118"/>
        <source>投诉已处理完毕</source>
        <translation>Complaint resolved</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="96"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="101"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="102"/>
        <source>办理结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="103"/>
        <source>说明（不予许可时必填）</source>
        <translation>Note (required for a denial)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="110"/>
        <source>不予许可须写明理由</source>
        <translation>A denial needs its reason</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="25"/>
        <source>未处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="27"/>
        <source>已处理</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="42"/>
        <source>操作时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="47"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="50"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="54"/>
        <source>涉及记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="57"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="59"/>
        <source>发现于</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="61"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="77"/>
        <source>来自工作站 {ws}</source>
        <translation>from workstation {ws}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="94"/>
        <source>未能生效的操作</source>
        <translation>The action that could not take effect</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="97"/>
        <source>原因：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="100"/>
        <source>{at} 由{where}发现</source>
        <translation>Found {at} by {where}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="104"/>
        <source>此前已生效的操作（涉及同一记录）</source>
        <translation>Earlier actions on the same records (already in effect)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="112"/>
        <source>（本库没有涉及同一记录的操作）</source>
        <translation>(no earlier action on the same records here)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="116"/>
        <source>处理情况</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="119"/>
        <source>{at} 由{who}标记已处理：{note}</source>
        <translation>Marked handled {at} by {who}: {note}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="33"/>
        <source>同时显示已处理的冲突</source>
        <translation>Also show handled conflicts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="35"/>
        <source>选择一条冲突，查看双方的操作</source>
        <translation>Select a conflict to see both sides</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="44"/>
        <source>标记已处理…</source>
        <translation>Mark as handled…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="68"/>
        <source>同步冲突：共 {n} 件，其中待处理 {open} 件</source>
        <translation>Sync conflicts: {n}, of which {open} open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="72"/>
        <source>待处理的同步冲突：{n} 件</source>
        <translation>Open sync conflicts: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="82"/>
        <source>同步冲突</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="83"/>
        <source>同步冲突 ({n})</source>
        <translation>Sync conflicts ({n})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="108"/>
        <source>标记同步冲突已处理</source>
        <translation>Mark sync conflict as handled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="110"/>
        <source>处理意见</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="116"/>
        <source>例如：已与哪个窗口核实、以哪一方为准、是否已补办</source>
        <translation>e.g. which window you checked with, which side stands, whether it was redone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="136"/>
        <source>已将同步冲突标记为已处理：{what}</source>
        <translation>Sync conflict marked as handled: {what}</translation>
    </message>
</context>
<context>
    <name>ContestsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="79"/>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="92"/>
        <source>申诉成立</source>
        <translation>Uphold contest</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="80"/>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="92"/>
        <source>申诉不成立</source>
        <translation>Reject contest</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="81"/>
        <source>该差评不计入满意度，相关回访、整改按误评办结</source>
        <translation>The review no longer counts; its call-back and rectification close as mistaken</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="88"/>
        <source>待审核的差评申诉：{n} 件</source>
        <translation>Contested reviews awaiting a decision: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="93"/>
        <source>{staff}：{level}“{comment}”；申诉理由：{reason}</source>
        <translation>{staff}: {level} “{comment}”; contest: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="100"/>
        <source>审核意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="116"/>
        <source>已认定 {staff} 的差评申诉成立，该评价不计入满意度</source>
        <translation>Contest of {staff} upheld; the review no longer counts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="118"/>
        <source>已驳回 {staff} 的差评申诉</source>
        <translation>Contest of {staff} rejected</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="74"/>
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="75"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="76"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="77"/>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="78"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="79"/>
        <source>开始办理</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="80"/>
        <source>结束服务</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="81"/>
        <source>收件</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="106"/>
        <source>本窗口队列</source>
        <translation>Queues of this window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="125"/>
        <source>未选择窗口：请退出后登录时选择窗口</source>
        <translation>No window chosen: sign out and choose a window when signing in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="148"/>
        <source>等候 {n} 人  ·  最长等候 {m} 分钟</source>
        <translation>{n} waiting  ·  longest wait {m} min</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="167"/>
        <source>离线：只能叫本窗口离线时取的号（{series}-01 这样的号），可叫 {own} 人；其余 {others} 人由中心排号，连上中心后再叫</source>
        <translation>Offline: only the tickets numbered here while offline ({series}-01 and so on) can be called: {own} now; the other {others} are numbered by the centre and are called once the link is back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="183"/>
        <source>F5  暂停</source>
        <translation>F5  Pause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="185"/>
        <source>窗口已暂停：{reason}</source>
        <translation>Window paused: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="187"/>
        <source>F5  恢复</source>
        <translation>F5  Resume</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="237"/>
        <source>离线：本窗口离线时取的号都已叫完；其余等候的号由中心排号，连上中心后再叫</source>
        <translation>Offline: every ticket numbered here while offline has been called; the others waiting are numbered by the centre and are called once the link is back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="240"/>
        <source>没有等候的号</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="243"/>
        <source>请 {number} 号到 {window} 窗口</source>
        <translation>Number {number}, please come to window {window}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="250"/>
        <source>正在叫号…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="259"/>
        <source>已重呼 {number} 号</source>
        <translation>{number} called again</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="264"/>
        <source>{number} 号已过号</source>
        <translation>{number} marked as no-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="269"/>
        <source>开始为 {number} 号办理</source>
        <translation>Serving {number}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="275"/>
        <source>{number} 号服务结束</source>
        <translation>{number} finished</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="285"/>
        <source>{number} 号已转移</source>
        <translation>{number} transferred</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="293"/>
        <source>窗口已恢复叫号</source>
        <translation>Window resumed calling</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="300"/>
        <source>窗口已暂停</source>
        <translation>Window paused</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="319"/>
        <source>办件 {no}：{state}</source>
        <translation>Case {no}: {state}</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="121"/>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="121"/>
        <source>不批准延期</source>
        <translation>Deny extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="124"/>
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="125"/>
        <source>审批意见</source>
        <translation>Opinion</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="142"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="146"/>
        <source>打印时间</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="150"/>
        <source>打印人</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="154"/>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="156"/>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="73"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="77"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="79"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="81"/>
        <source>当前办结期限</source>
        <translation>Current due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="82"/>
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="83"/>
        <source>延期理由（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="86"/>
        <source>请写明延期理由</source>
        <translation>Please give the reason for the extension</translation>
    </message>
</context>
<context>
    <name>ExtensionModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="94"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="98"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="101"/>
        <source>承办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="105"/>
        <source>原办结期限</source>
        <translation>Original due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="109"/>
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="110"/>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="116"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ExtensionsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="32"/>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="34"/>
        <source>不批准</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="41"/>
        <source>待审批的延期申请：{n} 件</source>
        <translation>Extensions awaiting approval: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="45"/>
        <source>{no} 延长 {n} 个工作日：{reason}</source>
        <translation>{no}: {n} more working days: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="66"/>
        <source>已批准 {no} 延期，新办结期限 {due}</source>
        <translation>Extension of {no} approved, new due date {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="70"/>
        <source>已驳回 {no} 的延期申请</source>
        <translation>Extension of {no} denied</translation>
    </message>
</context>
<context>
    <name>FileComplaintDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="89"/>
        <source>登记效能投诉</source>
        <translation>File a complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="91"/>
        <source>不愿留名可填“匿名”</source>
        <translation>Enter “匿名” for an anonymous complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="94"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="98"/>
        <source>（按被投诉人或办件）</source>
        <translation>(from the staff or the case)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="103"/>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="105"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="106"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="107"/>
        <source>被投诉人</source>
        <translation>Staff complained about</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="108"/>
        <source>被投诉部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="109"/>
        <source>涉及办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="110"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="115"/>
        <source>请填写投诉人姓名（不愿留名可填“匿名”）</source>
        <translation>Please enter the complainant’s name (or “匿名”)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="117"/>
        <source>请填写投诉内容</source>
        <translation>Please enter the complaint</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="54"/>
        <source>首问登记</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="61"/>
        <source>选填，便于回访</source>
        <translation>Optional, for the call-back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="65"/>
        <source>咨询办理：{name}</source>
        <translation>Asks about: {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="71"/>
        <source>不属本窗口办理，转办至其他部门</source>
        <translation>Not handled here: refer to another department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="74"/>
        <source>打印引导单</source>
        <translation>Print a guide slip</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="79"/>
        <source>来访人姓名</source>
        <translation>Visitor name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="80"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="81"/>
        <source>咨询事项</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="82"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="84"/>
        <source>接收部门</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="85"/>
        <source>接收窗口</source>
        <translation>Receiving window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="112"/>
        <source>由部门安排</source>
        <translation>Department decides</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="152"/>
        <source>请填写来访人姓名</source>
        <translation>Please enter the visitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="154"/>
        <source>请填写咨询事项</source>
        <translation>Please enter the question</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="156"/>
        <source>请选择接收部门</source>
        <translation>Please choose the receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="158"/>
        <source>请填写答复内容，或勾选转办</source>
        <translation>Enter the answer, or tick the referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="86"/>
        <source>相关事项</source>
        <translation>Item concerned</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="129"/>
        <source>未指定（引导单不列申请材料）</source>
        <translation>None (the guide slip lists no materials)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="132"/>
        <source>接收部门不办理“{name}”：引导单不列申请材料</source>
        <translation>The receiving department does not handle &quot;{name}&quot;: the guide slip lists no materials</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="38"/>
        <source>窗口办件台 — 首次使用</source>
        <translation>Clerk Desk — First start</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="42"/>
        <source>本机数据库中还没有服务中心。可以载入演示数据试用，或新建一个服务中心并设置系统管理员。</source>
        <translation>This database has no service center yet. Load the demo data to try it out, or create a service center and its administrator.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="47"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="50"/>
        <source>本版本未附带演示数据</source>
        <translation>This build has no demo data</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="52"/>
        <source>如 青山县政务服务中心</source>
        <translation>e.g. Qingshan County Government Service Center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="60"/>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="62"/>
        <source>新建服务中心</source>
        <translation>Create a service center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="64"/>
        <source>中心名称</source>
        <translation>Center name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="65"/>
        <source>中心编码</source>
        <translation>Center code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="66"/>
        <source>管理员工号</source>
        <translation>Administrator staff no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="67"/>
        <source>管理员姓名</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="68"/>
        <source>管理员密码</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="93"/>
        <source>请填写全部项目</source>
        <translation>Please fill in every field</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="95"/>
        <source>管理员密码至少 8 位</source>
        <translation>The administrator password needs at least 8 characters</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="36"/>
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="46"/>
        <source>待办结的回访、整改和出具结果任务：{n} 件</source>
        <translation>Open call-backs, rectifications and results to issue: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="48"/>
        <source>（其中逾期 {n} 件）</source>
        <translation> ({n} late)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="65"/>
        <source>已办结{kind}任务</source>
        <translation>{kind} closed</translation>
    </message>
</context>
<context>
    <name>FrontDeskTab</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="60"/>
        <source>事项名称 / 事项编码 / 拼音首字母，如 yyzz</source>
        <translation>Item name / item code / pinyin initials, e.g. yyzz</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="72"/>
        <source>重点项目名称或原因</source>
        <translation>Key project name or reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="74"/>
        <source>取号并打印</source>
        <translation>Issue and print ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="79"/>
        <source>首问登记 / 转办</source>
        <translation>First contact / referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="81"/>
        <source>取号</source>
        <translation>Issue ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="83"/>
        <source>队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="84"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="85"/>
        <source>绿色通道原因</source>
        <translation>Green channel reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="185"/>
        <source>正在取号…</source>
        <translation>Issuing ticket…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="199"/>
        <source>已取号 {number}，前面 {n} 人</source>
        <translation>Ticket {number} issued, {n} ahead</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="209"/>
        <source>号票 {number} 已打印</source>
        <translation>Ticket {number} printed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="233"/>
        <source>已登记并转办，可在“我的转办”中跟踪</source>
        <translation>Recorded and referred; follow it under &quot;My referrals&quot;</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="235"/>
        <source>首问登记已保存</source>
        <translation>First contact recorded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="237"/>
        <source>引导单已打印</source>
        <translation>Guide slip printed</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="93"/>
        <source>收件</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="97"/>
        <source>更换事项：名称 / 编码 / 拼音首字母</source>
        <translation>Change item: name / code / pinyin initials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="102"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="114"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="119"/>
        <source>申请材料核验</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="125"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="403"/>
        <source>现场办结</source>
        <translation>Complete on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="126"/>
        <source>受理并打印回执</source>
        <translation>Accept and print receipt</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="128"/>
        <source>一次性告知补正</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="129"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="431"/>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="130"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="443"/>
        <source>转办</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="131"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="449"/>
        <source>当场告知</source>
        <translation>Tell on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="132"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="265"/>
        <source>请选择事项</source>
        <translation>Please choose an item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="269"/>
        <source>即办：材料齐全可现场办结</source>
        <translation>Instant: completed on the spot when the materials are complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="274"/>
        <source>无需许可，可当场告知</source>
        <translation>No licence needed: can be told on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="278"/>
        <source>承诺时限 {days} 个工作日，今日受理则 {due} 前办结</source>
        <translation>Promised limit {days} working days; accepted today, due by {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="282"/>
        <source>（暂定：该年节假日安排尚未公布，公布后自动重算）</source>
        <translation> (provisional: that year&apos;s holiday arrangement is not published yet; recomputed when it is)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="291"/>
        <source>收件 — {no}</source>
        <translation>Intake — {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="337"/>
        <source>只有即办件可以现场办结</source>
        <translation>Only instant items can be completed on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="339"/>
        <source>该事项需要许可，不能当场告知了结</source>
        <translation>This item needs a licence; it cannot be closed by telling on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="349"/>
        <source>确认受理并打印受理通知书？</source>
        <translation>Accept and print the receipt?</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="351"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="416"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="389"/>
        <source>正在办理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="419"/>
        <source>一次性告知</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="461"/>
        <source>已收件（办件编号 {no}），但“{action}”没有完成：{why}
办件保持“已收件”状态，仍在“我的办件”中，可在此或稍后继续处理。</source>
        <translation>Received (case {no}), but “{action}” did not go through: {why}
The case stays “received” and is still in “My cases”; finish it here or later.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="470"/>
        <source>办件 {no}：{action}完成</source>
        <translation>Case {no}: {action} done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="479"/>
        <source>没有保存：{why}</source>
        <translation>Nothing saved: {why}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="211"/>
        <source>（经办人 {agent}）</source>
        <translation> (agent {agent})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="216"/>
        <source>接收补正材料 — {no}</source>
        <translation>Supplemented materials — {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="219"/>
        <source>已于 {day} 一次性告知补正（第 {n} 次）。请按申请人补交的材料更新核验结果，再作决定：受理、再次告知（须中心管理人员）或不予受理。</source>
        <translation>One-time supplement notice given on {day} (notice {n}). Update the checklist with the materials the applicant brought, then decide: accept, notify again (a supervisor) or refuse.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="342"/>
        <source>同一申请已一次性告知过，再次告知须由中心管理人员办理</source>
        <translation>This application already had a one-time notice; a second one is a supervisor&apos;s</translation>
    </message>
</context>
<context>
    <name>ItemGuideView</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="27"/>
        <source>在左侧输入事项名称、事项编码或拼音首字母（如 yyzz）查找事项。</source>
        <translation>Type an item name, item code or pinyin initials (e.g. yyzz) on the left to find a service item.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="39"/>
        <source>{dept}（牵头）{n} 个工作日</source>
        <translation>{dept} (lead) {n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="41"/>
        <source>{dept} {n} 个工作日</source>
        <translation>{dept} {n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="48"/>
        <source>即办（当场办结）</source>
        <translation>Instant (completed on the spot)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="50"/>
        <source>承诺 {p} 个工作日（法定 {s} 个工作日）</source>
        <translation>Promised {p} working days (statutory {s})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="56"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="57"/>
        <source>办件类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="58"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="59"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="60"/>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="60"/>
        <source>不收费</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="61"/>
        <source>办理窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="64"/>
        <source>联办部门</source>
        <translation>Joint departments</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="66"/>
        <source>超时默认</source>
        <translation>Deemed approval</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="66"/>
        <source>是：逾期未作决定视为同意</source>
        <translation>Yes: undecided after the deadline counts as approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="75"/>
        <source>（非必需）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="77"/>
        <source>原件 {o} 份，复印件 {c} 份</source>
        <translation>{o} original(s), {c} cop(ies)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="82"/>
        <source>无需提交材料</source>
        <translation>No materials required</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="83"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="83"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="84"/>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="84"/>
        <source>符合法定条件的申请人均可申请。</source>
        <translation>Any applicant meeting the statutory conditions may apply.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="15"/>
        <source>即办</source>
        <translation>Instant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="16"/>
        <source>{days} 个工作日</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="26"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="27"/>
        <source>事项名称</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="29"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="33"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
</context>
<context>
    <name>JointStepsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="66"/>
        <source>本部门联办环节</source>
        <translation>Our joint-approval steps</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="68"/>
        <source>办结本环节</source>
        <translation>Complete our step</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="98"/>
        <source>本部门联办环节：暂无待办</source>
        <translation>Our joint-approval steps: none open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="101"/>
        <source>本部门联办环节：待办 {n} 项  ·  ● 环节超期 {late} 项</source>
        <translation>Our joint-approval steps: {n} open  ·  ● {late} overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="106"/>
        <source>本部门联办环节：待办 {n} 项</source>
        <translation>Our joint-approval steps: {n} open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="130"/>
        <source>办件 {no} 的本部门环节已办结</source>
        <translation>Our step of case {no} is completed</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="43"/>
        <source>导服人员</source>
        <translation>Front-desk guide</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="44"/>
        <source>部门负责人</source>
        <translation>Department leader</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="45"/>
        <source>窗口首席代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="46"/>
        <source>效能监督员</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="47"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="48"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="54"/>
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="55"/>
        <source>老弱病残孕优先</source>
        <translation>Priority (elderly, disabled, pregnant)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="56"/>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="57"/>
        <source>绿色通道（重点项目）</source>
        <translation>Green channel (key project)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="63"/>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="64"/>
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="65"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="117"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="318"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="66"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="124"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="319"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="67"/>
        <source>已过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="73"/>
        <source>即办件</source>
        <translation>Instant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="74"/>
        <source>承诺件</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="75"/>
        <source>上报件</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="76"/>
        <source>联办件</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="82"/>
        <source>不属于本机关职权范围</source>
        <translation>Not within this agency&apos;s competence</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="85"/>
        <source>不符合受理条件</source>
        <translation>Does not meet the conditions</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="86"/>
        <source>隐瞒有关情况或者提供虚假材料</source>
        <translation>Concealed facts or false materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="89"/>
        <source>逾期未补正材料</source>
        <translation>Materials not supplemented in time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="90"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="96"/>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="97"/>
        <source>招标</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="98"/>
        <source>拍卖</source>
        <translation>Auction</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="99"/>
        <source>检验</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="100"/>
        <source>检测</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="101"/>
        <source>检疫</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="102"/>
        <source>鉴定</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="103"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="109"/>
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="110"/>
        <source>不予许可</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="116"/>
        <source>已收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="118"/>
        <source>已一次性告知补正</source>
        <translation>Supplement notice issued</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="119"/>
        <source>不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="120"/>
        <source>已转办</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="121"/>
        <source>现场办结</source>
        <translation>Completed on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="122"/>
        <source>当场告知</source>
        <translation>Told on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="123"/>
        <source>特别程序中</source>
        <translation>Suspended (special procedure)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="125"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="302"/>
        <source>超时默认</source>
        <translation>Deemed approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="139"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="140"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="141"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="142"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="143"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="149"/>
        <source>回访</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="150"/>
        <source>整改</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="151"/>
        <source>出具结果（超时默认）</source>
        <translation>Issue result (deemed approval)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="157"/>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="158"/>
        <source>部分解决</source>
        <translation>Partly resolved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="159"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="173"/>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="160"/>
        <source>无法联系</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="161"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="181"/>
        <source>误评</source>
        <translation>Mistaken review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="162"/>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="163"/>
        <source>无需整改</source>
        <translation>No rectification needed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="164"/>
        <source>已出具结果</source>
        <translation>Result issued</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="170"/>
        <source>责令整改</source>
        <translation>Rectification ordered</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="171"/>
        <source>批评教育</source>
        <translation>Criticised</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="172"/>
        <source>赔礼道歉</source>
        <translation>Apologised</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="174"/>
        <source>转有关部门处理</source>
        <translation>Referred to the competent body</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="175"/>
        <source>投诉不属实</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="182"/>
        <source>恶意差评</source>
        <translation>Malicious review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="188"/>
        <source>未申诉</source>
        <translation>Not contested</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="189"/>
        <source>申诉待审核</source>
        <translation>Contest pending</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="190"/>
        <source>申诉成立（不计入满意度）</source>
        <translation>Contest upheld (not counted)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="191"/>
        <source>申诉不成立</source>
        <translation>Contest rejected</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="259"/>
        <source>未计时</source>
        <extracomment>Each enumeration the screens show, with its table of labels (built per call: the translation follows the interface language).</extracomment>
        <translation>No clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="131"/>
        <source>绿灯 正常</source>
        <translation>Green: on time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="132"/>
        <source>黄灯 临近期限</source>
        <translation>Yellow: due soon</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="133"/>
        <source>红灯 已超期</source>
        <translation>Red: overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="293"/>
        <source>已收</source>
        <extracomment>The material statuses of a case&apos;s checklist, in the order the checklist offers them. Why an accountability record was opened (``AccountabilityRecord.cause``). Whether an accountability record is still to be dealt with. Where a referral stands (``Referral.status``). The kinds of archived documents (``clerk_app.services.archive.KINDS``).</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="294"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="295"/>
        <source>需补正</source>
        <translation>Deficient</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="301"/>
        <source>超期未办结</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="303"/>
        <source>二次补正告知</source>
        <translation>Second supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="304"/>
        <source>效能投诉属实</source>
        <translation>Substantiated complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="310"/>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="311"/>
        <source>已处理</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="317"/>
        <source>待接收</source>
        <translation>Not yet taken</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="325"/>
        <source>排队号票</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="326"/>
        <source>受理通知书</source>
        <translation>Receipt of acceptance</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="327"/>
        <source>补正材料一次性告知书</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="328"/>
        <source>不予受理决定书</source>
        <translation>Refusal decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="329"/>
        <source>延期告知书</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="330"/>
        <source>特别程序告知书</source>
        <translation>Suspension notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="331"/>
        <source>办结通知书</source>
        <translation>Completion notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="332"/>
        <source>超时默认通知书</source>
        <translation>Deemed-approval notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="333"/>
        <source>转办引导单</source>
        <translation>Referral guide slip</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/common.py" line="47"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="23"/>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="26"/>
        <source>{name}（工号 {no}）请输入密码解锁</source>
        <translation>{name} (staff no. {no}): enter your password to unlock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="35"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="38"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="57"/>
        <source>请输入密码</source>
        <translation>Please enter the password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="66"/>
        <source>只有登录本机的工作人员可以解锁</source>
        <translation>Only the signed-on staff member can unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="49"/>
        <source>窗口办件台 — 登录</source>
        <translation>Clerk Desk — Sign in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="54"/>
        <source>窗口办件台 · 挂牌上岗</source>
        <translation>Clerk Desk · sign on with your badge</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="57"/>
        <source>如 C001</source>
        <translation>e.g. C001</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="61"/>
        <source>不在窗口（导服、监督）</source>
        <translation>No window (front desk, supervision)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="65"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="70"/>
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="71"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="72"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="112"/>
        <source>请输入工号和密码</source>
        <translation>Please enter staff number and password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="118"/>
        <source>正在启动，请稍候…</source>
        <translation>Starting, one moment…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="124"/>
        <source>正在登录…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="134"/>
        <source>窗口首席代表请选择所在窗口</source>
        <translation>Chief representatives must choose their window</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="71"/>
        <source>窗口办件台 — {center}</source>
        <translation>Clerk Desk — {center}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="77"/>
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="79"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="87"/>
        <source>办件编号 / 扫描回执 (Ctrl+F)</source>
        <translation>Case no. / scan a receipt (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="106"/>
        <source>连接设置</source>
        <translation>Connection settings</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="159"/>
        <source>导服</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="160"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="161"/>
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="162"/>
        <source>转办</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="163"/>
        <source>效能监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="243"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="260"/>
        <source>连接设置已保存，重新启动程序后生效</source>
        <translation>Connection settings saved; they take effect when the program is restarted</translation>
    </message>
</context>
<context>
    <name>MaterialsChecklist</name>
    <message>
        <source>已收</source>
        <translation type="vanished">Received</translation>
    </message>
    <message>
        <source>缺少</source>
        <translation type="vanished">Missing</translation>
    </message>
    <message>
        <source>需补正</source>
        <translation type="vanished">Deficient</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="51"/>
        <source>全部收齐</source>
        <translation>All received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="53"/>
        <source>该事项目录未列申请材料</source>
        <translation>The catalogue lists no materials for this item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="73"/>
        <source>申请材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="74"/>
        <source>核验</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="75"/>
        <source>原件</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="76"/>
        <source>复印件</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="77"/>
        <source>说明（需补正时必填）</source>
        <translation>Note (required when deficient)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="85"/>
        <source>（非必需）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="141"/>
        <source>“{name}”需补正：请写明要补正的内容</source>
        <translation>“{name}” is deficient: say what must be fixed</translation>
    </message>
</context>
<context>
    <name>MyCasesTab</name>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="155"/>
        <source>中止计时</source>
        <translation>Suspend clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="156"/>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="157"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="158"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="160"/>
        <source>继续收件决定</source>
        <translation>Finish intake decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="165"/>
        <source>详情 / 补打文书</source>
        <translation>Details / reprint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="166"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="224"/>
        <source>未办结 {n} 件  ·  红灯 {red} 件  ·  黄灯 {yellow} 件</source>
        <translation>{n} open  ·  {red} red  ·  {yellow} yellow</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="289"/>
        <source>办件 {no} 已中止计时</source>
        <translation>Case {no}: clock suspended</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="300"/>
        <source>办件 {no} 已恢复计时，办结期限 {due}</source>
        <translation>Case {no}: clock resumed, due {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="310"/>
        <source>办件 {no} 的延期申请已提交，待审批</source>
        <translation>Extension requested for case {no}, awaiting approval</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="341"/>
        <source>办件 {no} 已办结</source>
        <translation>Case {no} completed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="161"/>
        <source>接收补正材料</source>
        <translation>Take in supplemented materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="163"/>
        <source>申请人按一次性告知书补交材料：核验后受理、再次告知或不予受理</source>
        <translation>The applicant brings what the one-time notice asked for: check it, then accept, notify again or refuse</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="40"/>
        <source>事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="45"/>
        <source>请填写意见</source>
        <translation>Please write your opinion</translation>
    </message>
</context>
<context>
    <name>OnTimeChart</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="47"/>
        <source>各部门按时办结率</source>
        <translation>On-time rate per department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="62"/>
        <source>按时办结率（%）</source>
        <translation>On-time rate (%)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="73"/>
        <source>目标 {t}%</source>
        <translation>Target {t}%</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="82"/>
        <source>（无数据）</source>
        <translation>(no data)</translation>
    </message>
</context>
<context>
    <name>OpenStepModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="82"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="84"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="85"/>
        <source>本部门</source>
        <translation>Our part</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="87"/>
        <source>环节期限</source>
        <translation>Step due date</translation>
    </message>
</context>
<context>
    <name>OversightModel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="29"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="34"/>
        <source>被评价人</source>
        <translation>Rated staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="37"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="41"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="99"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="144"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="45"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="103"/>
        <source>评价</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="50"/>
        <source>评价内容</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="54"/>
        <source>申诉理由</source>
        <translation>Contest reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="58"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="78"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="82"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="86"/>
        <source>（已逾期）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="95"/>
        <source>涉及人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="107"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="127"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="132"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="136"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="140"/>
        <source>被投诉人</source>
        <translation>Staff complained about</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="148"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="162"/>
        <source>（达标）</source>
        <translation> (on target)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="164"/>
        <source>（未达标）</source>
        <translation> (below target)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="189"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="191"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="197"/>
        <source>现场办结</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="203"/>
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="209"/>
        <source>按期办结</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="215"/>
        <source>超期未办</source>
        <translation>Open overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="222"/>
        <source>评价数</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="228"/>
        <source>现场办结率（目标≥{target}）</source>
        <translation>On-site rate (target ≥ {target})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="237"/>
        <source>按时办结率（目标≥{target}）</source>
        <translation>On-time rate (target ≥ {target})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="246"/>
        <source>满意率</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="261"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="264"/>
        <source>原办结期限</source>
        <translation>Old due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="268"/>
        <source>新办结期限</source>
        <translation>New due date</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="20"/>
        <source>暂停叫号</source>
        <translation>Pause calling</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="25"/>
        <source>临时离开</source>
        <translation>Away for a moment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="26"/>
        <source>午间休息</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="27"/>
        <source>业务咨询电话</source>
        <translation>Phone enquiry</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="28"/>
        <source>系统故障</source>
        <translation>System failure</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="29"/>
        <source>业务培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="44"/>
        <source>暂停原因（必填）：</source>
        <translation>Reason for the pause (required):</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="54"/>
        <source>请填写暂停原因</source>
        <translation>Please enter the reason</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="85"/>
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="86"/>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="96"/>
        <source>未存档</source>
        <translation>not archived</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="97"/>
        <source>共 {n} 页 · 存档：{where}</source>
        <translation>{n} page(s) · archived: {where}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="98"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="101"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="128"/>
        <source>打印 {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="140"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="152"/>
        <source>已送打印机 {name}：{n} 页</source>
        <translation>Sent to {name}: {n} page(s)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="159"/>
        <source>打印失败：{why}</source>
        <translation>Printing failed: {why}</translation>
    </message>
</context>
<context>
    <name>QueueStatusModel</name>
    <message>
        <location filename="../../clerk_app/ui/counter/queues_model.py" line="19"/>
        <source>队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/queues_model.py" line="22"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/queues_model.py" line="28"/>
        <source>最长等候</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/queues_model.py" line="30"/>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="79"/>
        <source>转办至其他部门</source>
        <translation>Refer to another department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="88"/>
        <source>接收部门</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="89"/>
        <source>接收窗口</source>
        <translation>Receiving window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="90"/>
        <source>转办事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="97"/>
        <source>该部门任一窗口</source>
        <translation>Any window of the department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="104"/>
        <source>请选择接收部门</source>
        <translation>Please choose the receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="106"/>
        <source>请填写转办事由</source>
        <translation>Please describe the matter</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="19"/>
        <source>（超时）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="41"/>
        <source>转办时间</source>
        <translation>Referred at</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="46"/>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="48"/>
        <source>事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="49"/>
        <source>转至</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="51"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="56"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="39"/>
        <source>接收</source>
        <translation>Take</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="40"/>
        <source>办结转办</source>
        <translation>Close referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="42"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="82"/>
        <source>我转出的：未办结 {open} 件，其中超时 {late} 件</source>
        <translation>Referred by me: {open} open, {late} late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="88"/>
        <source>转给本部门的：未办结 {n} 件</source>
        <translation>Referred to my department: {n} open</translation>
    </message>
    <message>
        <source>{matter}
办理结果：</source>
        <translation type="vanished">{matter}
Outcome:</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="34"/>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="40"/>
        <source>如：县自然资源局（地址、电话）</source>
        <translation>e.g. County Natural Resources Bureau (address, phone)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="41"/>
        <source>不予受理情形</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="42"/>
        <source>理由（必填，打印在决定书上）</source>
        <translation>Reason (required, printed on the decision)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="43"/>
        <source>有权受理的机关</source>
        <translation>Competent agency</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="55"/>
        <source>请填写不予受理的理由</source>
        <translation>Please give the reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="60"/>
        <source>不属于本机关职权范围的，须写明有权受理的机关</source>
        <translation>Out of competence: name the competent agency</translation>
    </message>
</context>
<context>
    <name>ResolveComplaintDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="140"/>
        <source>处理效能投诉</source>
        <translation>Resolve complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="144"/>
        <source>投诉属实（将立责任追究记录）</source>
        <translation>Substantiated (opens an accountability record)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="147"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="149"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="151"/>
        <source>调查核实情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="162"/>
        <source>请填写调查核实情况和处理意见</source>
        <translation>Please enter the findings and the decision</translation>
    </message>
</context>
<context>
    <name>ServingPanel</name>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="45"/>
        <source>当前服务</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="48"/>
        <source>空闲：按 F1 叫下一位</source>
        <translation>Free: press F1 to call the next visitor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="58"/>
        <source>取号 {time}  ·  已重呼 {n}/{max} 次</source>
        <translation>Issued {time}  ·  recalled {n}/{max}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../clerk_app/ui/shell/shell.py" line="112"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shell.py" line="116"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="49"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="50"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="51"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="52"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="62"/>
        <source>全中心</source>
        <translation>Whole center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="63"/>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="64"/>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="65"/>
        <source>按工作人员</source>
        <translation>By staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="69"/>
        <source>统计</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="71"/>
        <source>日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="73"/>
        <source>所选期间最后一天的效能日报（PDF，预览后打印，并存档）</source>
        <translation>Daily report for the last day of the period (PDF: preview, print, archived)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="75"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="76"/>
        <source>所选期间最后一天所在月份的效能月报（截至今天）</source>
        <translation>Monthly report for the month of the period’s last day (up to today)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="78"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="81"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="84"/>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="157"/>
        <source>{period}：本期没有可统计的办件和评价</source>
        <translation>{period}: no cases or reviews in this period</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="162"/>
        <source>{period}：受理 {a} 件，办结 {c} 件，超期未办 {o} 件；按时办结率 {rate}</source>
        <translation>{period}: {a} accepted, {c} completed, {o} open overdue; on-time rate {rate}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="187"/>
        <source>未存档（未设置存档目录）</source>
        <translation>not archived (no archive folder set)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="188"/>
        <source>报表已生成：{where}</source>
        <translation>Report ready: {where}</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="31"/>
        <source>牵头部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="33"/>
        <source>联办部门</source>
        <translation>Participating department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="38"/>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="45"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="53"/>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="55"/>
        <source>未超期</source>
        <translation>Not late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="58"/>
        <source>超期办结</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="59"/>
        <source>环节超期</source>
        <translation>Step overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="68"/>
        <source>超期情况</source>
        <translation>Lateness</translation>
    </message>
</context>
<context>
    <name>StepOutcomeDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="15"/>
        <source>办结本环节</source>
        <translation>Complete our step</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="18"/>
        <source>如：经审查符合条件，同意办理</source>
        <translation>e.g. Reviewed, conditions met, approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="19"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="20"/>
        <source>环节期限</source>
        <translation>Step due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="21"/>
        <source>本部门意见（必填）</source>
        <translation>Our department&apos;s opinion (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="25"/>
        <source>请填写本部门的办理意见</source>
        <translation>Please enter your department&apos;s opinion</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="73"/>
        <source>实时看板</source>
        <translation>Live board</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="74"/>
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="75"/>
        <source>回访整改</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="76"/>
        <source>投诉与问责</source>
        <translation>Complaints &amp; accountability</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="77"/>
        <source>绩效统计与报表</source>
        <translation>Statistics &amp; reports</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="82"/>
        <source>维护工作日历…</source>
        <translation>Work calendar…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="85"/>
        <source>效能监督</source>
        <translation>Supervision</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="43"/>
        <source>中止计时（特别程序）</source>
        <translation>Suspend the clock (special procedure)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="50"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="51"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="52"/>
        <source>特别程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="53"/>
        <source>具体内容（必填）</source>
        <translation>Details (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="54"/>
        <source>预计所需</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="58"/>
        <source>请写明特别程序的具体内容（告知书要载明）</source>
        <translation>Please describe the procedure (it is printed on the notice)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="46"/>
        <source>单机运行</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="47"/>
        <source>未设置中心数据库，本工作站单独办理</source>
        <translation>No central database is set up; this workstation works on its own</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="53"/>
        <source>正在连接中心…</source>
        <translation>Connecting to the central database…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="61"/>
        <source>未连接中心</source>
        <translation>Not connected to the central database</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="63"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="67"/>
        <source>离线（自{since}起）</source>
        <translation>Offline (since {since})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="71"/>
        <source>待上传 {n}</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="74"/>
        <source>上次同步 {at}</source>
        <translation>last sync {at}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="76"/>
        <source>冲突 {n}</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="137"/>
        <source>未连接中心：</source>
        <translation>Not connected to the central database: </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="215"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="217"/>
        <source>马上与中心数据库同步一次（不等下一轮）</source>
        <translation>Sync with the central database once, now (without waiting for the next round)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../clerk_app/ui/tasks.py" line="66"/>
        <source>操作没有完成：程序出现意外错误，已记录日志。请重试，仍不行请联系系统管理员。</source>
        <translation>The action was not completed: an unexpected error occurred and was logged. Please try again; if it persists, contact the administrator.</translation>
    </message>
</context>
<context>
    <name>TellDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="121"/>
        <source>当场告知</source>
        <translation>Tell on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="123"/>
        <source>告知内容（必填）</source>
        <translation>What was told (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="126"/>
        <source>请写明告知的内容</source>
        <translation>Please write what the applicant was told</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="30"/>
        <source>转移号票</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="40"/>
        <source>转入队列</source>
        <translation>To queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="41"/>
        <source>指定窗口</source>
        <translation>To window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="57"/>
        <source>该队列任一窗口</source>
        <translation>Any window of the queue</translation>
    </message>
</context>
</TS>
