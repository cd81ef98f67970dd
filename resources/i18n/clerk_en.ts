<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
    <name>CounterTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="56" />
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="57" />
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="58" />
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="59" />
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="60" />
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="61" />
        <source>开始办理</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="62" />
        <source>结束服务</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="84" />
        <source>本窗口队列</source>
        <translation>Queues of this window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="100" />
        <source>未选择窗口：请退出后登录时选择窗口</source>
        <translation>No window chosen: sign out and choose a window when signing in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="136" />
        <source>等候 {n} 人  ·  最长等候 {m} 分钟</source>
        <translation>{n} waiting  ·  longest wait {m} min</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="147" />
        <source>F5  暂停</source>
        <translation>F5  Pause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="149" />
        <source>窗口已暂停：{reason}</source>
        <translation>Window paused: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="151" />
        <source>F5  恢复</source>
        <translation>F5  Resume</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="181" />
        <source>没有等候的号</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="182" />
        <source>请 {number} 号到 {window} 窗口</source>
        <translation>Number {number}, please come to window {window}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="197" />
        <source>已重呼 {number} 号</source>
        <translation>{number} called again</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="201" />
        <source>{number} 号已过号</source>
        <translation>{number} marked as no-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="206" />
        <source>开始为 {number} 号办理</source>
        <translation>Serving {number}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="211" />
        <source>{number} 号服务结束</source>
        <translation>{number} finished</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="224" />
        <source>{number} 号已转移</source>
        <translation>{number} transferred</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="231" />
        <source>窗口已恢复叫号</source>
        <translation>Window resumed calling</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="238" />
        <source>窗口已暂停</source>
        <translation>Window paused</translation>
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
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="96" />
        <source>已登记并转办，可在“我的转办”中跟踪</source>
        <translation>Recorded and referred; follow it under "My referrals"</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="98" />
        <source>首问登记已保存</source>
        <translation>First contact recorded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="103" />
        <source>引导单已打印：{where}</source>
        <translation>Guide slip printed: {where}</translation>
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
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="189" />
        <source>已取号 {number}，前面 {n} 人</source>
        <translation>Ticket {number} issued, {n} ahead</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="213" />
        <source>号票 {number} 已打印：{where}</source>
        <translation>Ticket {number} printed: {where}</translation>
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
        <location filename="../../clerk_app/ui/labels.py" line="13" />
        <source>导服人员</source>
        <translation>Front-desk guide</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="14" />
        <source>窗口首席代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="15" />
        <source>效能监督员</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="16" />
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="17" />
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="23" />
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="24" />
        <source>老弱病残孕优先</source>
        <translation>Priority (elderly, disabled, pregnant)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="25" />
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="26" />
        <source>绿色通道（重点项目）</source>
        <translation>Green channel (key project)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="32" />
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="33" />
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="34" />
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="35" />
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="36" />
        <source>已过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="42" />
        <source>即办件</source>
        <translation>Instant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="43" />
        <source>承诺件</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="44" />
        <source>上报件</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="45" />
        <source>联办件</source>
        <translation>Joint</translation>
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
        <location filename="../../clerk_app/ui/windows/main_window.py" line="39" />
        <source>窗口办件台 — {center}</source>
        <translation>Clerk Desk — {center}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="45" />
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="47" />
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="92" />
        <source>导服</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="96" />
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="98" />
        <source>我的转办</source>
        <translation>My referrals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="99" />
        <source>效能监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="118" />
        <source>无法完成</source>
        <translation>Could not complete</translation>
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
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="37" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="58" />
        <source>未办结 {open} 件，其中超时 {late} 件</source>
        <translation>{open} open, {late} of them late</translation>
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
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="13" />
        <source>效能监督：窗口与队列看板、时限预警、延期审批和统计报表将在此显示。</source>
        <translation>Supervision: the window and queue board, deadline warnings, extension approvals and statistics will appear here.</translation>
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