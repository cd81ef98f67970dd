<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="41"/>
        <source>切换到第 1…n 个标签页</source>
        <translation>Switch to tab 1…n</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="42"/>
        <source>查找办件（输入或扫描办件编号）</source>
        <translation>Find a case (type or scan the case number)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="43"/>
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="44"/>
        <source>显示本快捷键列表</source>
        <translation>Show this list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="62"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="19"/>
        <source>关于窗口办件台</source>
        <translation>About Clerk Desk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="20"/>
        <source>窗口办件台 Clerk Desk</source>
        <translation>Clerk Desk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="22"/>
        <source>版本 {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="30"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="31"/>
        <source>数据目录</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="32"/>
        <source>程序位置</source>
        <translation>Program location</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="32"/>
        <source>源代码运行</source>
        <translation>Running from source</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="33"/>
        <source>运行环境</source>
        <translation>Environment</translation>
    </message>
</context>
<context>
    <name>AccountabilityPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="92"/>
        <source>办理要点…</source>
        <translation>Handle point…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="103"/>
        <source>责任追究记录：{n} 条（待处理 {open} 条）</source>
        <translation>Accountability records: {n} ({open} open)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="107"/>
        <source>，逾期未办结 {n} 条</source>
        <translation>, {n} overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="129"/>
        <source>四项要点均已办结，责任追究记录已办结</source>
        <translation>All four points are closed; the accountability record is closed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="131"/>
        <source>已办结要点，尚余 {n} 项</source>
        <translation>Point closed; {n} left</translation>
    </message>
</context>
<context>
    <name>AdministrationTab</name>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="136"/>
        <source>修改中心信息</source>
        <translation>Edit center details</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="159"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="161"/>
        <source>解除锁定</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="170"/>
        <source>服务中心</source>
        <translation>Service center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="171"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="172"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="173"/>
        <source>队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="174"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="175"/>
        <source>事项目录</source>
        <translation>Item catalogue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="179"/>
        <source>导入导出</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="182"/>
        <source>公示公告</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="226"/>
        <source>{name}
地址：{address}
咨询电话：{query}&#x3000;投诉电话：{complaint}&#x3000;监督电话：{supervision}
办公时间：{hours}
行政复议机关（默认）：{body}&#x3000;管辖法院（默认）：{court}</source>
        <translation>{name}
Address: {address}
Enquiries: {query}   Complaints: {complaint}   Supervision: {supervision}
Opening hours: {hours}
Administrative review body (default): {body}   Competent court (default): {court}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="256"/>
        <source>窗口已可使用：工作人员可在窗口登录办件。</source>
        <translation>The windows are ready: staff can sign in at a window and handle cases.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="258"/>
        <source>至少设置一个窗口、一名窗口工作人员和一个事项后，窗口即可使用。</source>
        <translation>Set up at least one window, one window staff member and one item, and the windows are ready to use.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="260"/>
        <source>设置进度：</source>
        <translation>Setup progress:</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="270"/>
        <source>请先在列表中选择一行</source>
        <translation>Please select a row in the list first</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="286"/>
        <source>中心信息已保存</source>
        <translation>Center details saved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="291"/>
        <source>部门已保存</source>
        <translation>Department saved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="295"/>
        <source>窗口已保存</source>
        <translation>Window saved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="299"/>
        <source>队列已保存</source>
        <translation>Queue saved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="303"/>
        <source>事项已保存</source>
        <translation>Item saved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="310"/>
        <source>工作人员已保存</source>
        <translation>Staff member saved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="317"/>
        <source>已建立账号，临时密码：{password}（请当面告知本人，首次登录须修改）</source>
        <translation>Account created, temporary password: {password} (tell the person face to face; it must be changed at the first sign-in)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="326"/>
        <source>请先在列表中选择一名工作人员</source>
        <translation>Please select a staff member in the list first</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="337"/>
        <source>{name}的临时密码：{password}（请当面告知本人，登录时须修改）</source>
        <translation>Temporary password for {name}: {password} (tell the person face to face; it must be changed at sign-in)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="351"/>
        <source>{name}的账号已解除锁定</source>
        <translation>Account of {name} unlocked</translation>
    </message>
</context>
<context>
    <name>AnswerOrderDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="21"/>
        <source>反馈督办事项</source>
        <translation>Answer supervision order</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="23"/>
        <source>督办事项</source>
        <translation>Supervision order</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="24"/>
        <source>反馈期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="25"/>
        <source>办理情况</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="28"/>
        <source>请填写办理情况</source>
        <translation>Please describe the action taken</translation>
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
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="31"/>
        <source>暂停：{reason}</source>
        <translation>Paused: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="33"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="35"/>
        <source>开放</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="42"/>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="43"/>
        <source>{h} 小时 {m} 分钟</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="57"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="58"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="60"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="101"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="156"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="232"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="63"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="237"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="68"/>
        <source>在岗人员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="69"/>
        <source>无人在岗</source>
        <translation>Nobody signed on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="72"/>
        <source>当前号</source>
        <translation>Current number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="77"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="83"/>
        <source>最长等候</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="104"/>
        <source>绿灯</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="111"/>
        <source>黄灯</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="118"/>
        <source>红灯</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="133"/>
        <source>超期 {n} 个工作日</source>
        <translation>{n} working days overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="135"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="138"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="139"/>
        <source>剩 {n} 个工作日</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="149"/>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="154"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="229"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="158"/>
        <source>承办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="160"/>
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="164"/>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="172"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="176"/>
        <source>（特别程序中）</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="184"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="193"/>
        <source>{part}：{name}</source>
        <translation>{part}: {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="195"/>
        <source>主要负责人</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="196"/>
        <source>分管负责人</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="197"/>
        <source>直接责任人</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="201"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="209"/>
        <source>（已逾期，升级督办）</source>
        <translation> (late, escalated)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="220"/>
        <source>立案时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="225"/>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="235"/>
        <source>责任人</source>
        <translation>Responsible staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="241"/>
        <source>四不放过</source>
        <translation>Four musts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="242"/>
        <source>已办结 {n}/4</source>
        <translation>{n}/4 closed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="249"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="254"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="52"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="53"/>
        <source>时限预警</source>
        <translation>Deadline warnings</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="54"/>
        <source>红灯、黄灯办件</source>
        <translation>Red and yellow cases</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="59"/>
        <source>督办该办件…</source>
        <translation>Supervision order for this case…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="60"/>
        <source>对选中的红灯、黄灯办件向其部门下达督办</source>
        <translation>Issue a supervision order to the department of the selected red or yellow case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="62"/>
        <source>立即执行时限监察</source>
        <translation>Run deadline check now</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="64"/>
        <source>标记超期办件、处理超时默认和视为受理，并立责任追究记录（系统也会定时执行）</source>
        <translation>Flags overdue cases, applies deemed approvals and acceptances and opens accountability records (the system also runs it on a schedule)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="66"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="133"/>
        <source>看板刷新失败，将在 15 秒后重试</source>
        <translation>The board could not be refreshed; retrying in 15 s</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="169"/>
        <source>● 升级督办：逾期未办结的责任追究记录 {r} 条，逾期未反馈的督办 {o} 件</source>
        <translation>● Escalated: {r} accountability records overdue, {o} supervision orders not answered in time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="148"/>
        <source>窗口：{open}/{n} 开放</source>
        <translation>Windows: {open}/{n} open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="154"/>
        <source>时限预警：绿灯 {g} · 黄灯 {y} · 红灯 {r}</source>
        <translation>Deadlines: green {g} · yellow {y} · red {r}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="157"/>
        <source>红灯（已超期）{r} 件、黄灯（临近期限）{y} 件</source>
        <translation>Red (overdue): {r}, yellow (near the deadline): {y}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="161"/>
        <source>{time} 更新 · 等候 {n} 人</source>
        <translation>Updated {time} · {n} waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="172"/>
        <source>，超过办理时限未办结的投诉 {c} 件</source>
        <translation>, complaints past their handling deadline: {c}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="174"/>
        <source>，逾期未落实的督查任务 {t} 件</source>
        <translation>, supervision tasks overdue: {t}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="189"/>
        <source>办件 {no}（{item}），办结期限 {due}</source>
        <translation>Case {no} ({item}), due {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="207"/>
        <source>时限监察完成：新超期 {o} 件，超时默认 {a} 件，视为受理 {c} 件，超时环节与督办立案 {e} 件</source>
        <translation>Deadline check done: {o} newly overdue, {a} deemed approved, {c} deemed accepted, {e} records opened for late steps and orders</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="75"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="248"/>
        <source>维护工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="96"/>
        <source>工作日（调休上班）</source>
        <translation>Workday (adjusted workday)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="97"/>
        <source>休息日（放假）</source>
        <translation>Day off (holiday)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="107"/>
        <source>如：清溪县政府办〔2026〕12号</source>
        <translation>e.g. 清溪县政府办〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="116"/>
        <source>如：县城停电检修，中心闭馆</source>
        <translation>e.g. power maintenance, center closed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="53"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="118"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="56"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="119"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="58"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="120"/>
        <source>依据文件文号</source>
        <translation>Source document number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="60"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="121"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="263"/>
        <source>请填写依据文件的文号</source>
        <translation>Please enter the number of the source document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="42"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="224"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="279"/>
        <source>工作日</source>
        <translation>a workday</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="43"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="224"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="279"/>
        <source>休息日</source>
        <translation>a day off</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="124"/>
        <source>本地日历优先于国务院公布的安排。先预览受影响的在办办件，确认后才保存并重新计算其办结期限。</source>
        <translation>Local entries win over the State Council arrangement. Preview the open cases affected first; the change is saved and their due dates recomputed only after you confirm.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="133"/>
        <source>预览影响</source>
        <translation>Preview impact</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="134"/>
        <source>确认调整</source>
        <translation>Confirm change</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="137"/>
        <source>请先预览受影响的办件</source>
        <translation>Please preview the affected cases first</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="189"/>
        <source>{y}年{m}月：工作日 {w} 天，休息日 {o} 天；本地调整 {n} 条</source>
        <translation>{y}-{m}: {w} workdays, {o} days off; {n} local entries</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="225"/>
        <source>将 {day} 设为{kind}：</source>
        <translation>Make {day} {kind}:</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="227"/>
        <source>{n} 件在办办件的办结期限将调整（原 → 新）。</source>
        <translation>The due dates of {n} open cases will move (old → new).</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="240"/>
        <source>确认调整？{n} 件在办办件的办结期限将随之改变，并记入各办件。</source>
        <translation>Confirm the change? The due dates of {n} open cases will change, and each case will record it.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="244"/>
        <source>确认调整？没有在办办件受影响。</source>
        <translation>Confirm the change? No open cases are affected.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="280"/>
        <source>已将 {day} 设为{kind}。</source>
        <translation>{day} is now {kind}.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="282"/>
        <source>{n} 件在办办件的办结期限随之调整（原 → 新）：</source>
        <translation>The due dates of {n} open cases moved (old → new):</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="231"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="284"/>
        <source>没有在办办件的办结期限受影响。</source>
        <translation>No open case’s due date moved.</translation>
    </message>
</context>
<context>
    <name>CallDisplay</name>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="182"/>
        <source>正在叫号</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="191"/>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="194"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="282"/>
        <source>{n}&#x3000;→&#x3000;{w} 号窗口</source>
        <translation>{n}  →  Window {w}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="298"/>
        <source>与叫号系统的连接中断，正在重连；以下是 {t} 的信息</source>
        <translation>Lost the connection to the calling system, reconnecting; the information below is from {t}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="335"/>
        <source>{n} 人</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="342"/>
        <source>办公时间：{h}</source>
        <translation>Opening hours: {h}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="343"/>
        <source>请留意叫号，过号请到导服台重新取号</source>
        <translation>Please listen for your number; if you miss it, get a new ticket at the front desk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="352"/>
        <source>{d}&#x3000;{t}</source>
        <translation>{d}  {t}</translation>
    </message>
</context>
<context>
    <name>CallRow</name>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="128"/>
        <source>请到 {w} 号窗口</source>
        <translation>Please go to window {w}</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="70"/>
        <source>办件 {no}</source>
        <translation>Case {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="83"/>
        <source>联办环节</source>
        <translation>Joint-approval steps</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="84"/>
        <source>办结所选环节</source>
        <translation>Complete selected step</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="86"/>
        <source>补打所选文书</source>
        <translation>Reprint the selected document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="91"/>
        <source>显示完整证件号</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="94"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="111"/>
        <source>已打印文书</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="132"/>
        <source>（经办人 {agent}）</source>
        <translation> (agent {agent})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="136"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="139"/>
        <source>部门 / 窗口</source>
        <translation>Department / window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="140"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="141"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="142"/>
        <source>承办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="143"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="144"/>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="145"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="146"/>
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="147"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="214"/>
        <source>联办环节（{n} 个部门）</source>
        <translation>Joint-approval steps ({n} departments)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="216"/>
        <source>  ·  办理中：{names}</source>
        <translation>  ·  In progress: {names}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="218"/>
        <source>  ·  各部门均已办结</source>
        <translation>  ·  All departments done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="220"/>
        <source>  ·  ● 超期环节 {n} 个</source>
        <translation>  ·  ● {n} steps overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="250"/>
        <source>办件 {no} 的{dept}环节已办结</source>
        <translation>Case {no}: the step of {dept} is complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="89"/>
        <source>接收补正材料</source>
        <translation>Take in supplemented materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="198"/>
        <source>办件 {no}：补正材料已接收，当前状态 {state}</source>
        <translation>Case {no}: supplemented materials taken in, now {state}</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="34"/>
        <source>计时中止</source>
        <translation>Clock suspended</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="44"/>
        <source>超期 {n} 个工作日</source>
        <translation>{n} working days overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="48"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="49"/>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="55"/>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="62"/>
        <source>（延期待批）</source>
        <translation> (extension pending)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="71"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="72"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="74"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="76"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="78"/>
        <source>办结期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="83"/>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="89"/>
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
    <name>CenterDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="62"/>
        <source>服务中心信息</source>
        <translation>Service center details</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="66"/>
        <location filename="../../clerk_app/ui/administration/editors.py" line="86"/>
        <source>咨询电话</source>
        <translation>Enquiry phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="67"/>
        <location filename="../../clerk_app/ui/administration/editors.py" line="87"/>
        <source>投诉电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="70"/>
        <source>如：工作日 9:00-12:00，13:30-17:00</source>
        <translation>e.g. Workdays 9:00-12:00, 13:30-17:00</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="77"/>
        <location filename="../../clerk_app/ui/administration/editors.py" line="80"/>
        <source>部门未设置时使用</source>
        <translation>Used when the department has none</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="84"/>
        <source>中心名称</source>
        <translation>Center name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="85"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="88"/>
        <source>监督电话</source>
        <translation>Supervision phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="89"/>
        <source>办公时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="90"/>
        <source>进度查询网址</source>
        <translation>Progress lookup URL</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="91"/>
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="92"/>
        <source>行政复议机关（默认）</source>
        <translation>Administrative review body (default)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="93"/>
        <source>管辖法院（默认）</source>
        <translation>Competent court (default)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="94"/>
        <source>大厅公告</source>
        <translation>Hall notice</translation>
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
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="55"/>
        <source>办结{kind}</source>
        <translation>Close {kind}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="63"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="64"/>
        <source>结果类别</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="65"/>
        <source>具体情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="68"/>
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
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="87"/>
        <source>登记投诉…</source>
        <translation>File complaint…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="89"/>
        <source>导入热线工单…</source>
        <translation>Import hotline work orders…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="92"/>
        <source>导入 12345/县长热线、部门热线平台导出的工单（Excel 或 CSV），重复工单自动跳过</source>
        <translation>Import the work orders exported by the 12345 / county mayor&apos;s hotline or a department hotline (Excel or CSV); duplicates are skipped</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="94"/>
        <source>跟进…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="95"/>
        <source>处理…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="96"/>
        <source>督办…</source>
        <translation>Supervision order…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="97"/>
        <source>就选中的投诉向被投诉部门下达督办</source>
        <translation>Order the complained-about department to act</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="99"/>
        <source>显示近 {n} 天已办结的</source>
        <translation>Show those handled in the last {n} days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="100"/>
        <source>已办结的投诉中，逾期答复的以红字标出</source>
        <translation>Handled complaints answered late are shown in red</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="114"/>
        <source>待处理的效能投诉：{n} 件</source>
        <translation>Open complaints: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="117"/>
        <source>（其中超过办理时限 {n} 件）</source>
        <translation>({n} past the handling deadline)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="140"/>
        <source>效能投诉（{who}）：{content}，办理时限 {due}</source>
        <translation>Complaint ({who}): {content}, due {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="156"/>
        <source>已登记 {who} 的效能投诉</source>
        <translation>Complaint from {who} filed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="166"/>
        <source>导入热线工单</source>
        <translation>Import hotline work orders</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="166"/>
        <source>工单导出 (*.xlsx *.csv)</source>
        <translation>Work-order export (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="176"/>
        <source>已导入 {n} 件热线工单</source>
        <translation>Imported {n} hotline work orders</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="178"/>
        <source>，跳过重复工单 {m} 件</source>
        <translation>, {m} duplicates skipped</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="189"/>
        <source>跟进投诉办理</source>
        <translation>Follow up the complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="191"/>
        <source>跟进情况</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="198"/>
        <source>已记录跟进情况</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="216"/>
        <source>投诉属实，已立责任追究记录</source>
        <translation>Complaint substantiated; an accountability record was opened</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="218"/>
        <source>投诉已处理完毕</source>
        <translation>Complaint resolved</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="99"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="104"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="105"/>
        <source>办理结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="106"/>
        <source>说明（不予许可时必填）</source>
        <translation>Note (required for a denial)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="113"/>
        <source>不予许可须写明理由</source>
        <translation>A denial needs its reason</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="108"/>
        <source>验收督查任务</source>
        <translation>Sign off supervision task</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="110"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="114"/>
        <source>督查事项</source>
        <translation>Supervision task</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="115"/>
        <source>落实成效</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="116"/>
        <source>成效评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="120"/>
        <source>请填写落实成效</source>
        <translation>Please describe the result</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="122"/>
        <source>请选择成效评价</source>
        <translation>Please choose a rating</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="25"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="35"/>
        <source>未知人员</source>
        <translation>Unknown staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="40"/>
        <source>工作站{ws}</source>
        <translation>workstation {ws}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="50"/>
        <source>{when} {who}在{where}{what}</source>
        <translation>{when} {who} at {where}: {what}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="53"/>
        <source>{when} {who}在{where}{what}：{records}</source>
        <translation>{when} {who} at {where}: {what} ({records})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="60"/>
        <source>中心数据库</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="61"/>
        <source>工作站 {ws}</source>
        <translation>Workstation {ws}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="69"/>
        <source>与本库已有的记录冲突（同一记录已由其他窗口先写入）</source>
        <translation>Clashes with a record already here (another window wrote it first)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="72"/>
        <source>该操作的前提条件在此处已不成立（{reason}）</source>
        <translation>The operation&apos;s precondition no longer holds here ({reason})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="79"/>
        <source>未处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="81"/>
        <source>已处理</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="96"/>
        <source>操作时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="101"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="105"/>
        <source>工作站</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="109"/>
        <source>涉及记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="113"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="116"/>
        <source>发现于</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="117"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="133"/>
        <source>来自工作站 {ws}</source>
        <translation>from workstation {ws}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="150"/>
        <source>未能生效的操作</source>
        <translation>The action that could not take effect</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="153"/>
        <source>原因：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="156"/>
        <source>{at} 由{where}发现</source>
        <translation>Found {at} by {where}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="160"/>
        <source>此前已生效的操作（涉及同一记录）</source>
        <translation>Earlier actions on the same records (already in effect)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="168"/>
        <source>（本库没有涉及同一记录的操作）</source>
        <translation>(no earlier action on the same records here)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="172"/>
        <source>处理情况</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="175"/>
        <source>{at} 由{who}标记已处理：{note}</source>
        <translation>Marked handled {at} by {who}: {note}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="37"/>
        <source>同时显示已处理的冲突</source>
        <translation>Also show handled conflicts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="39"/>
        <source>选择一条冲突，查看双方的操作</source>
        <translation>Select a conflict to see both sides</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="48"/>
        <source>标记已处理…</source>
        <translation>Mark as handled…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="72"/>
        <source>同步冲突：共 {n} 件，其中待处理 {open} 件</source>
        <translation>Sync conflicts: {n}, of which {open} open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="76"/>
        <source>待处理的同步冲突：{n} 件</source>
        <translation>Open sync conflicts: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="86"/>
        <source>同步冲突</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="87"/>
        <source>同步冲突 ({n})</source>
        <translation>Sync conflicts ({n})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="112"/>
        <source>标记同步冲突已处理</source>
        <translation>Mark sync conflict as handled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="114"/>
        <source>处理意见</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="120"/>
        <source>例如：已与哪个窗口核实、以哪一方为准、是否已补办</source>
        <translation>e.g. which window you checked with, which side stands, whether it was redone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="140"/>
        <source>已将同步冲突标记为已处理：{what}</source>
        <translation>Sync conflict marked as handled: {what}</translation>
    </message>
</context>
<context>
    <name>ContestsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="102"/>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="115"/>
        <source>申诉成立</source>
        <translation>Uphold contest</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="103"/>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="115"/>
        <source>申诉不成立</source>
        <translation>Reject contest</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="104"/>
        <source>该差评不计入满意度，相关回访、整改按误评办结</source>
        <translation>The review no longer counts; its call-back and rectification close as mistaken</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="111"/>
        <source>待审核的差评申诉：{n} 件</source>
        <translation>Contested reviews awaiting a decision: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="116"/>
        <source>{staff}：{level}“{comment}”；申诉理由：{reason}</source>
        <translation>{staff}: {level} “{comment}”; contest: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="123"/>
        <source>审核意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="139"/>
        <source>已认定 {staff} 的差评申诉成立，该评价不计入满意度</source>
        <translation>Contest of {staff} upheld; the review no longer counts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="141"/>
        <source>已驳回 {staff} 的差评申诉</source>
        <translation>Contest of {staff} rejected</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="62"/>
        <source>叫这一位</source>
        <translation>Call this one</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="63"/>
        <source>叫等候名单中选中的号（不按顺序时用）</source>
        <translation>Call the ticket selected in the waiting list (when not going in order)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="66"/>
        <source>无号接待</source>
        <translation>Serve without ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="68"/>
        <source>来访人没有取号：为其编号并直接开始办理（与取号办理一样计入统计）</source>
        <translation>The visitor has no ticket: give them a number and start serving right away (counted in the statistics like a ticket)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="71"/>
        <source>登记投诉…</source>
        <translation>File a complaint…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="72"/>
        <source>来访人在窗口投诉：登记后由效能监督员处理</source>
        <translation>A visitor complains at the window: once filed, a supervisor handles it</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="93"/>
        <source>请申请人在评价器上评价</source>
        <translation>Please ask the applicant to rate on the review pad</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="101"/>
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="102"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="103"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="104"/>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="105"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="106"/>
        <source>开始办理</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="107"/>
        <source>结束服务</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="108"/>
        <source>收件</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="134"/>
        <source>本窗口队列</source>
        <translation>Queues of this window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="140"/>
        <source>等候名单（按叫号顺序）</source>
        <translation>Waiting list (in calling order)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="162"/>
        <source>未选择窗口：请退出后登录时选择窗口</source>
        <translation>No window chosen: sign out and choose a window when signing in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="191"/>
        <source>等候 {n} 人  ·  最长等候 {m} 分钟</source>
        <translation>{n} waiting  ·  longest wait {m} min</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="210"/>
        <source>离线：只能叫本窗口离线时取的号（{series}-01 这样的号），可叫 {own} 人；其余 {others} 人由中心排号，连上中心后再叫</source>
        <translation>Offline: only the tickets numbered here while offline ({series}-01 and so on) can be called: {own} now; the other {others} are numbered by the centre and are called once the link is back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="227"/>
        <source>F5  暂停</source>
        <translation>F5  Pause</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="229"/>
        <source>窗口已暂停：{reason}</source>
        <translation>Window paused: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="231"/>
        <source>F5  恢复</source>
        <translation>F5  Resume</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="303"/>
        <source>离线：本窗口离线时取的号都已叫完；其余等候的号由中心排号，连上中心后再叫</source>
        <translation>Offline: every ticket numbered here while offline has been called; the others waiting are numbered by the centre and are called once the link is back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="306"/>
        <source>没有等候的号</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="309"/>
        <source>请 {number} 号到 {window} 窗口</source>
        <translation>Number {number}, please come to window {window}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="337"/>
        <source>无号接待：已编号 {number}，开始办理</source>
        <translation>Served without ticket: numbered {number}, serving now</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="343"/>
        <source>正在叫号…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="352"/>
        <source>已重呼 {number} 号</source>
        <translation>{number} called again</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="357"/>
        <source>{number} 号已过号</source>
        <translation>{number} marked as no-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="362"/>
        <source>开始为 {number} 号办理</source>
        <translation>Serving {number}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="368"/>
        <source>{number} 号服务结束</source>
        <translation>{number} finished</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="378"/>
        <source>{number} 号已转移</source>
        <translation>{number} transferred</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="386"/>
        <source>窗口已恢复叫号</source>
        <translation>Window resumed calling</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="393"/>
        <source>窗口已暂停</source>
        <translation>Window paused</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="412"/>
        <source>办件 {no}：{state}</source>
        <translation>Case {no}: {state}</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="136"/>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="136"/>
        <source>不批准延期</source>
        <translation>Deny extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="139"/>
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="140"/>
        <source>原办结期限</source>
        <translation>Old due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="143"/>
        <source>批准后办结期限</source>
        <translation>Due date once approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="144"/>
        <source>审批意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="148"/>
        <source>如：副县长 李某某</source>
        <translation>e.g. Deputy County Head Li</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="149"/>
        <source>如：清府办函〔2026〕12号</source>
        <translation>e.g. Qingfubanhan [2026] No. 12</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="150"/>
        <source>县政府批准人</source>
        <translation>Approved by (county government)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="151"/>
        <source>批准文号</source>
        <translation>Approval document no.</translation>
    </message>
</context>
<context>
    <name>Deliveries</name>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="35"/>
        <source>当面送达</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="36"/>
        <source>邮寄送达</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="37"/>
        <source>短信告知</source>
        <translation>By text message</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="45"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="46"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="47"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="49"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="52"/>
        <source>打印归档</source>
        <translation>Printed and archived</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="54"/>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="56"/>
        <source>未打印</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>DeliveriesPanel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="97"/>
        <source>打印并归档</source>
        <translation>Print and archive</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="98"/>
        <source>登记送达…</source>
        <translation>Record delivery…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="120"/>
        <source>待送达文书：{n} 件</source>
        <translation>Documents to deliver: {n}</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="68"/>
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="73"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="74"/>
        <source>送达方式</source>
        <translation>Delivery method</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="75"/>
        <source>送达情况（短信须写明内容）</source>
        <translation>Delivery details (for a text message, give its content)</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="123"/>
        <source>新建部门</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="123"/>
        <source>修改部门</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="131"/>
        <source>如：SW</source>
        <translation>e.g. SW</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="132"/>
        <source>发文机关全称</source>
        <translation>Full name of the issuing agency</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="134"/>
        <location filename="../../clerk_app/ui/administration/editors.py" line="135"/>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="139"/>
        <source>如：国家税务总局某市税务局；空：同中心</source>
        <translation>e.g. State Taxation Administration, X City Tax Bureau; empty: same as the center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="141"/>
        <source>空：同中心</source>
        <translation>Empty: same as the center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="143"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="145"/>
        <source>部门编码</source>
        <translation>Department code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="146"/>
        <source>部门全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="147"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="148"/>
        <source>主要负责人</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="149"/>
        <source>分管负责人</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="150"/>
        <source>行政复议机关</source>
        <translation>Administrative review body</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="151"/>
        <source>管辖法院</source>
        <translation>Competent court</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="152"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="153"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="157"/>
        <source>打印时间</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="161"/>
        <source>打印人</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="165"/>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="167"/>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="74"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="78"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="80"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="82"/>
        <source>当前办结期限</source>
        <translation>Current due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="83"/>
        <source>还可延期 {n} 个工作日</source>
        <translation>Up to {n} more working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="84"/>
        <source>法定延期上限</source>
        <translation>Legal extension limit</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="85"/>
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="86"/>
        <source>延期理由（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="89"/>
        <source>请写明延期理由</source>
        <translation>Please give the reason for the extension</translation>
    </message>
</context>
<context>
    <name>ExtensionModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="105"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="109"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="112"/>
        <source>承办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="116"/>
        <source>原办结期限</source>
        <translation>Original due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="120"/>
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="121"/>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="127"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ExtensionsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="35"/>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="37"/>
        <source>不批准</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="49"/>
        <source>待审批的延期申请：{n} 件</source>
        <translation>Extensions awaiting approval: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="57"/>
        <source>{no} 延长 {n} 个工作日：{reason}</source>
        <translation>{no}: {n} more working days: {reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="89"/>
        <source>已批准 {no} 延期，新办结期限 {due}</source>
        <translation>Extension of {no} approved, new due date {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="93"/>
        <source>已驳回 {no} 的延期申请</source>
        <translation>Extension of {no} denied</translation>
    </message>
</context>
<context>
    <name>FileComplaintDialog</name>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="39"/>
        <source>登记效能投诉</source>
        <translation>File a complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="45"/>
        <source>热线工单必填</source>
        <translation>Required for hotline work orders</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="47"/>
        <source>不愿留名可填“匿名”</source>
        <translation>Enter “匿名” for an anonymous complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="50"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="55"/>
        <source>（按被投诉人或办件）</source>
        <translation>(from the staff or the case)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="60"/>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="62"/>
        <source>投诉渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="63"/>
        <source>工单编号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="64"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="65"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="66"/>
        <source>被投诉人</source>
        <translation>Staff complained about</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="67"/>
        <source>被投诉部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="68"/>
        <source>涉及办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="69"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="74"/>
        <source>请填写投诉人姓名（不愿留名可填“匿名”）</source>
        <translation>Please enter the complainant’s name (or “匿名”)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="76"/>
        <source>请填写投诉内容</source>
        <translation>Please enter the complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="78"/>
        <source>被投诉人请从列表中选择（可输入姓名、工号或部门查找）</source>
        <translation>Pick the staff member from the list (search by name, staff number or department)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="80"/>
        <source>热线投诉请填写工单编号</source>
        <translation>Enter the work order number of a hotline complaint</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="191"/>
        <source>记录发现的问题</source>
        <translation>Record a finding</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="203"/>
        <source>照片文件名、记录等</source>
        <translation>Photo file names, notes, etc.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="207"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="208"/>
        <source>检查项目</source>
        <translation>Check item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="209"/>
        <source>发现的问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="210"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="211"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="214"/>
        <source>请填写发现的问题</source>
        <translation>Please describe the finding</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="58"/>
        <source>首问登记</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="65"/>
        <source>选填，便于回访</source>
        <translation>Optional, for the call-back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="69"/>
        <source>咨询办理：{name}</source>
        <translation>Asks about: {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="75"/>
        <source>不属本窗口办理，转办至其他部门</source>
        <translation>Not handled here: refer to another department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="78"/>
        <source>打印引导单</source>
        <translation>Print a guide slip</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="89"/>
        <source>来访人姓名</source>
        <translation>Visitor name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="90"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="91"/>
        <source>咨询事项</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="92"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="94"/>
        <source>接收部门</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="95"/>
        <source>接收窗口</source>
        <translation>Receiving window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="146"/>
        <source>由部门安排</source>
        <translation>Department decides</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="192"/>
        <source>请填写来访人姓名</source>
        <translation>Please enter the visitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="194"/>
        <source>请填写咨询事项</source>
        <translation>Please enter the question</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="196"/>
        <source>请选择接收部门</source>
        <translation>Please choose the receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="198"/>
        <source>请填写答复内容，或勾选转办</source>
        <translation>Enter the answer, or tick the referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="96"/>
        <source>相关事项</source>
        <translation>Item concerned</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="163"/>
        <source>未指定（引导单不列申请材料）</source>
        <translation>None (the guide slip lists no materials)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="166"/>
        <source>接收部门不办理“{name}”：引导单不列申请材料</source>
        <translation>The receiving department does not handle &quot;{name}&quot;: the guide slip lists no materials</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="38"/>
        <source>首次使用</source>
        <translation>First start</translation>
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
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="43"/>
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="53"/>
        <source>待办结的回访、整改和出具结果任务：{n} 件</source>
        <translation>Open call-backs, rectifications and results to issue: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="55"/>
        <source>（其中逾期 {n} 件）</source>
        <translation> ({n} late)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="72"/>
        <source>已办结{kind}任务</source>
        <translation>{kind} closed</translation>
    </message>
</context>
<context>
    <name>FrontDeskTab</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="63"/>
        <source>事项名称 / 事项编码 / 拼音首字母，如 yyzz</source>
        <translation>Item name / item code / pinyin initials, e.g. yyzz</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="75"/>
        <source>重点项目名称或原因</source>
        <translation>Key project name or reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="77"/>
        <source>取号并打印</source>
        <translation>Issue and print ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="82"/>
        <source>首问登记 / 转办</source>
        <translation>First contact / referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="83"/>
        <source>打印办事指南</source>
        <translation>Print service guide</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="84"/>
        <source>登记投诉…</source>
        <translation>File a complaint…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="85"/>
        <source>来访人当场投诉：登记后由效能监督员处理</source>
        <translation>A visitor complains in person: once filed, a supervisor handles it</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="91"/>
        <source>取号</source>
        <translation>Issue ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="93"/>
        <source>队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="94"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="95"/>
        <source>绿色通道原因</source>
        <translation>Green channel reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="97"/>
        <source>预览号票</source>
        <translation>Preview ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="98"/>
        <source>再看一遍刚打印的号票（可从预览中重打）</source>
        <translation>Show the ticket just printed again (you can reprint it from the preview)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="241"/>
        <source>正在取号…</source>
        <translation>Issuing ticket…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="255"/>
        <source>已取号 {number}，前面 {n} 人</source>
        <translation>Ticket {number} issued, {n} ahead</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="272"/>
        <source>号票 {number} 已送打印机</source>
        <translation>Ticket {number} sent to the printer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="274"/>
        <source>号票 {number} 已生成，请在预览窗口中打印</source>
        <translation>Ticket {number} created; print it from the preview</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="318"/>
        <source>已登记并转办，可在“我的转办”中跟踪</source>
        <translation>Recorded and referred; follow it under &quot;My referrals&quot;</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="320"/>
        <source>首问登记已保存</source>
        <translation>First contact recorded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="322"/>
        <source>引导单已打印</source>
        <translation>Guide slip printed</translation>
    </message>
</context>
<context>
    <name>IdCardRow</name>
    <message>
        <location filename="../../clerk_app/ui/common/id_reader.py" line="29"/>
        <source>读卡</source>
        <translation>Read card</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/id_reader.py" line="30"/>
        <source>从身份证阅读器读取姓名和身份证号</source>
        <translation>Read the name and ID number from the ID-card reader</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/id_reader.py" line="43"/>
        <source>正在读卡…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/id_reader.py" line="59"/>
        <source>读卡失败，请重新放置身份证后再读</source>
        <translation>The card could not be read; place the ID card again and retry</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="57"/>
        <source>导入工作簿：{name}</source>
        <translation>Import workbook: {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="65"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="65"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="65"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="65"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="77"/>
        <source>全部导入</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="113"/>
        <source>工作簿有 {n} 处错误，不能导入。请按下表（工作表、行、列）改正后重新选择文件；在改正之前不会导入任何数据。</source>
        <translation>The workbook has {n} errors and cannot be imported. Correct them as listed below (sheet, row, column) and choose the file again; nothing is imported until then.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="119"/>
        <source>没有发现错误。全部导入将写入：{counts}。</source>
        <translation>No errors found. Import all will write: {counts}.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="120"/>
        <source>（没有数据行）</source>
        <translation>(no data rows)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="139"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="140"/>
        <source>已导入：{counts}。</source>
        <translation>Imported: {counts}.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="142"/>
        <source>新建账号的临时密码只显示这一次，请当面告知本人（首次登录须修改）：</source>
        <translation>The temporary passwords of new accounts are shown only this once; tell each person in person (they must change it at first sign-on):</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="145"/>
        <source>工号 {no}：{password}</source>
        <translation>Staff no. {no}: {password}</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="123"/>
        <source>登记明查暗访</source>
        <translation>Record inspection</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="128"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="145"/>
        <source>{item}：符合</source>
        <translation>{item}: OK</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="149"/>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="150"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="151"/>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="152"/>
        <source>检查窗口</source>
        <translation>Windows inspected</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="153"/>
        <source>检查表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="157"/>
        <source>请选择明查或暗访</source>
        <translation>Please choose open or unannounced</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="159"/>
        <source>请填写检查人员</source>
        <translation>Please enter the inspectors</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="161"/>
        <source>请选择检查的窗口</source>
        <translation>Please choose the windows inspected</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="36"/>
        <source>明查</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="37"/>
        <source>暗访</source>
        <translation>Unannounced</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="43"/>
        <source>已立案追究</source>
        <translation>Accountability record opened</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="44"/>
        <source>已下达督办</source>
        <translation>Supervision order issued</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="45"/>
        <source>当场纠正</source>
        <translation>Corrected on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="54"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="58"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="61"/>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="64"/>
        <source>检查窗口</source>
        <translation>Windows inspected</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="68"/>
        <source>未通过项目</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="72"/>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="85"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="87"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="90"/>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="93"/>
        <source>检查项目</source>
        <translation>Check item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="95"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="97"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="100"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="228"/>
        <source>立案追究责任</source>
        <translation>Open an accountability record</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="229"/>
        <source>下达督办（3 个工作日）</source>
        <translation>Issue a supervision order (3 working days)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="230"/>
        <source>当场纠正，不再处理</source>
        <translation>Corrected on the spot, no further action</translation>
    </message>
</context>
<context>
    <name>InspectionsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="239"/>
        <source>登记检查…</source>
        <translation>Record inspection…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="241"/>
        <source>记录问题…</source>
        <translation>Record finding…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="243"/>
        <source>通报批评</source>
        <translation>Public criticism</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="246"/>
        <source>通报表扬</source>
        <translation>Public commendation</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="250"/>
        <source>发现的问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="267"/>
        <source>明查暗访：{n} 次</source>
        <translation>Inspections: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="282"/>
        <source>已登记明查暗访</source>
        <translation>Inspection recorded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="297"/>
        <source>已记录问题：{what}</source>
        <translation>Finding recorded: {what}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="101"/>
        <source>收件</source>
        <extracomment>A refusal&apos;s field (the services&apos; name) → the applicant form&apos;s field it is shown at.</extracomment>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="105"/>
        <source>更换事项：名称 / 编码 / 拼音首字母</source>
        <translation>Change item: name / code / pinyin initials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="110"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="122"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="131"/>
        <source>申请材料核验</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="137"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="456"/>
        <source>现场办结</source>
        <translation>Complete on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="138"/>
        <source>受理并打印回执</source>
        <translation>Accept and print receipt</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="140"/>
        <source>一次性告知补正</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="141"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="486"/>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="142"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="500"/>
        <source>转办</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="143"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="506"/>
        <source>当场告知</source>
        <translation>Tell on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="144"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="277"/>
        <source>请选择事项</source>
        <translation>Please choose an item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="281"/>
        <source>即办：材料齐全可现场办结</source>
        <translation>Instant: completed on the spot when the materials are complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="286"/>
        <source>无需许可，可当场告知</source>
        <translation>No licence needed: can be told on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="290"/>
        <source>承诺时限 {days} 个工作日，今日受理则 {due} 前办结</source>
        <translation>Promised limit {days} working days; accepted today, due by {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="294"/>
        <source>（暂定：该年节假日安排尚未公布，公布后自动重算）</source>
        <translation> (provisional: that year&apos;s holiday arrangement is not published yet; recomputed when it is)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="303"/>
        <source>收件 — {no}</source>
        <translation>Intake — {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="350"/>
        <source>只有即办件可以现场办结</source>
        <translation>Only instant items can be completed on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="352"/>
        <source>该事项需要许可，不能当场告知了结</source>
        <translation>This item needs a licence; it cannot be closed by telling on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="364"/>
        <source>请先选择事项</source>
        <translation>Please choose an item first</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="366"/>
        <source>即办件当场办结，不按承诺时限受理</source>
        <translation>Instant items are completed on the spot, not accepted with a promised time limit</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="370"/>
        <source>申请人信息或材料核验未填写完整（见标红处）</source>
        <translation>Applicant details or the materials check are incomplete (see the fields in red)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="372"/>
        <source>材料不齐全或不符合要求，不能受理；请出具一次性告知书</source>
        <translation>The materials are incomplete or deficient and cannot be accepted; please issue a one-time notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="373"/>
        <source>该办件当前状态不能受理</source>
        <translation>This case cannot be accepted in its current state</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="379"/>
        <source>确认受理并打印受理通知书？</source>
        <translation>Accept and print the receipt?</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="381"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="469"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="368"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="418"/>
        <source>正在办理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="472"/>
        <source>一次性告知</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="520"/>
        <source>已收件（办件编号 {no}），但“{action}”没有完成：{why}
办件保持“已收件”状态，仍在“我的办件”中，可在此或稍后继续处理。</source>
        <translation>Received (case {no}), but “{action}” did not go through: {why}
The case stays “received” and is still in “My cases”; finish it here or later.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="529"/>
        <source>办件 {no}：{action}完成</source>
        <translation>Case {no}: {action} done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="538"/>
        <source>没有保存：{why}</source>
        <translation>Nothing saved: {why}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="223"/>
        <source>（经办人 {agent}）</source>
        <translation> (agent {agent})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="228"/>
        <source>接收补正材料 — {no}</source>
        <translation>Supplemented materials — {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="231"/>
        <source>已于 {day} 一次性告知补正（第 {n} 次）。请按申请人补交的材料更新核验结果，再作决定：受理、再次告知（须中心管理人员）或不予受理。</source>
        <translation>One-time supplement notice given on {day} (notice {n}). Update the checklist with the materials the applicant brought, then decide: accept, notify again (a supervisor) or refuse.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="355"/>
        <source>同一申请已一次性告知过，再次告知须由中心管理人员办理</source>
        <translation>This application already had a one-time notice; a second one is a supervisor&apos;s</translation>
    </message>
</context>
<context>
    <name>IssueOrderDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="53"/>
        <source>下达督办</source>
        <translation>Issue supervision order</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="56"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="60"/>
        <source>（整个部门）</source>
        <translation>(whole department)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="67"/>
        <source> 个工作日内反馈</source>
        <translation> working days to answer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="70"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="74"/>
        <source>被督办部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="75"/>
        <source>被督办窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="76"/>
        <source>督办事项</source>
        <translation>Supervision order</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="77"/>
        <source>反馈期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="82"/>
        <source>请选择被督办的部门或窗口</source>
        <translation>Please choose the department or window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="84"/>
        <source>请填写督办事项</source>
        <translation>Please enter the order</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="210"/>
        <source>新建事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="210"/>
        <source>修改事项</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="218"/>
        <source>省级事项目录编码</source>
        <translation>Provincial catalogue code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="222"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="230"/>
        <source>超时默认（逾期未办结视为同意）</source>
        <translation>Deemed approval (counts as approved if not completed in time)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="234"/>
        <source>须经许可（不予受理时告知复议、诉讼权利）</source>
        <translation>Licensing (a refusal states the rights to review and litigation)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="236"/>
        <source>窗口可现场办结</source>
        <translation>Window can complete on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="248"/>
        <source>如：营业执照</source>
        <translation>e.g. Business licence</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="253"/>
        <source>每行一条常用的不予受理理由</source>
        <translation>One common refusal reason per line</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="266"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="267"/>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="268"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="269"/>
        <source>取号队列</source>
        <translation>Ticket queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="270"/>
        <source>办件类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="271"/>
        <source>事项类别</source>
        <translation>Item category</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="272"/>
        <source>法定时限（工作日）</source>
        <translation>Legal time limit (working days)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="273"/>
        <source>承诺时限（工作日）</source>
        <translation>Promised time limit (working days)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="274"/>
        <source>可延期（工作日）</source>
        <translation>Extension allowed (working days)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="275"/>
        <source>补正期限（工作日）</source>
        <translation>Supplement period (working days)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="277"/>
        <source>超时默认依据</source>
        <translation>Legal basis for deemed approval</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="280"/>
        <source>向窗口授权</source>
        <translation>Authorised to the window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="281"/>
        <source>办理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="282"/>
        <source>收费标准</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="283"/>
        <source>收费依据</source>
        <translation>Legal basis for fees</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="284"/>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="285"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="286"/>
        <source>联办部门（联办件）</source>
        <translation>Joint departments (joint items)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="287"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="288"/>
        <source>不予受理理由</source>
        <translation>Refusal reasons</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="289"/>
        <source>事项状态</source>
        <translation>Item status</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="290"/>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="291"/>
        <source>调整说明</source>
        <translation>Change note</translation>
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
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="24"/>
        <source>【已取消】</source>
        <translation>[Cancelled]</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="27"/>
        <source>【已调整】</source>
        <translation>[Changed]</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="36"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="37"/>
        <source>事项名称</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="39"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="43"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
</context>
<context>
    <name>JointStepsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="69"/>
        <source>本部门联办环节</source>
        <translation>Our joint-approval steps</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="71"/>
        <source>办结本环节</source>
        <translation>Complete our step</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="101"/>
        <source>本部门联办环节：暂无待办</source>
        <translation>Our joint-approval steps: none open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="104"/>
        <source>本部门联办环节：待办 {n} 项  ·  ● 环节超期 {late} 项</source>
        <translation>Our joint-approval steps: {n} open  ·  ● {late} overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="109"/>
        <source>本部门联办环节：待办 {n} 项</source>
        <translation>Our joint-approval steps: {n} open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="133"/>
        <source>办件 {no} 的本部门环节已办结</source>
        <translation>Our step of case {no} is completed</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="94"/>
        <source>自助取号</source>
        <translation>Self-service tickets</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="118"/>
        <source>请选择办事部门</source>
        <translation>Please choose a department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="151"/>
        <source>本机只发普通号。老年人、残疾人优先号和重点项目绿色通道，请到导服台办理。</source>
        <translation>This machine issues normal tickets only. For priority tickets (elderly, disabled) and the key-project green channel, please go to the front desk.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="155"/>
        <source>手机号码（选填，过号或需要补充材料时便于窗口联系您）：</source>
        <translation>Mobile number (optional; lets the window reach you if you miss your turn or need to bring more materials):</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="170"/>
        <source>确认取号</source>
        <translation>Get ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="198"/>
        <source>您的号码</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="205"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="221"/>
        <source>管理员退出取号机</source>
        <translation>Administrator: close the kiosk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="224"/>
        <source>管理员工号</source>
        <translation>Administrator staff no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="227"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="230"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="248"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="260"/>
        <source>暂时无法取号，请到导服台：{why}</source>
        <translation>Tickets are unavailable right now, please go to the front desk: {why}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="273"/>
        <source>{d}：请选择要办理的事项</source>
        <translation>{d}: please choose your item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="313"/>
        <source>{item}
前面还有 {n} 人，预计等候约 {m} 分钟。请取走号票，留意叫号。</source>
        <translation>{item}
{n} ahead of you, about {m} minutes&apos; wait. Please take your ticket and listen for your number.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="340"/>
        <source>号票打印失败，请记住您的号码或到导服台补打</source>
        <translation>The ticket could not be printed; please remember your number or get a reprint at the front desk</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="46"/>
        <source>导服人员</source>
        <translation>Front-desk guide</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="47"/>
        <source>部门负责人</source>
        <translation>Department leader</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="48"/>
        <source>窗口首席代表</source>
        <translation>Chief representative</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="49"/>
        <source>效能监督员</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="50"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="51"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="57"/>
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="58"/>
        <source>老弱病残孕优先</source>
        <translation>Priority (elderly, disabled, pregnant)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="59"/>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="60"/>
        <source>绿色通道（重点项目）</source>
        <translation>Green channel (key project)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="66"/>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="67"/>
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="68"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="120"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="376"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="69"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="127"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="377"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="70"/>
        <source>已过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="76"/>
        <source>即办件</source>
        <translation>Instant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="77"/>
        <source>承诺件</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="78"/>
        <source>上报件</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="79"/>
        <source>联办件</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="85"/>
        <source>不属于本机关职权范围</source>
        <translation>Not within this agency&apos;s competence</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="88"/>
        <source>不符合受理条件</source>
        <translation>Does not meet the conditions</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="89"/>
        <source>隐瞒有关情况或者提供虚假材料</source>
        <translation>Concealed facts or false materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="92"/>
        <source>逾期未补正材料</source>
        <translation>Materials not supplemented in time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="93"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="99"/>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="100"/>
        <source>招标</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="101"/>
        <source>拍卖</source>
        <translation>Auction</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="102"/>
        <source>检验</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="103"/>
        <source>检测</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="104"/>
        <source>检疫</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="105"/>
        <source>鉴定</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="106"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="112"/>
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="113"/>
        <source>不予许可</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="119"/>
        <source>已收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="121"/>
        <source>已一次性告知补正</source>
        <translation>Supplement notice issued</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="122"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="413"/>
        <source>不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="123"/>
        <source>已转办</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="124"/>
        <source>现场办结</source>
        <translation>Completed on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="125"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="418"/>
        <source>当场告知</source>
        <translation>Told on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="126"/>
        <source>特别程序中</source>
        <translation>Suspended (special procedure)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="128"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="352"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="408"/>
        <source>超时默认</source>
        <translation>Deemed approved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="129"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="419"/>
        <source>逾期未补正视为撤回</source>
        <translation>Deemed withdrawn (not supplemented in time)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="143"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="144"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="145"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="146"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="147"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="153"/>
        <source>回访</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="154"/>
        <source>整改</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="155"/>
        <source>出具结果（超时默认）</source>
        <translation>Issue result (deemed approval)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="161"/>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="162"/>
        <source>部分解决</source>
        <translation>Partly resolved</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="163"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="177"/>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="164"/>
        <source>无法联系</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="165"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="225"/>
        <source>误评</source>
        <translation>Mistaken review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="166"/>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="167"/>
        <source>无需整改</source>
        <translation>No rectification needed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="168"/>
        <source>已出具结果</source>
        <translation>Result issued</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="174"/>
        <source>责令整改</source>
        <translation>Rectification ordered</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="175"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="195"/>
        <source>批评教育</source>
        <translation>Criticised</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="176"/>
        <source>赔礼道歉</source>
        <translation>Apologised</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="178"/>
        <source>转有关部门处理</source>
        <translation>Referred to the competent body</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="179"/>
        <source>投诉不属实</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="185"/>
        <source>事实查清</source>
        <translation>Facts established</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="186"/>
        <source>责任落实</source>
        <translation>Responsibility assigned</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="187"/>
        <source>整改到位</source>
        <translation>Rectification done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="188"/>
        <source>教育到位</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="194"/>
        <source>不予追究（无过错）</source>
        <translation>No action (no fault)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="196"/>
        <source>通报批评</source>
        <translation>Public criticism</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="197"/>
        <source>诫勉</source>
        <translation>Admonition</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="198"/>
        <source>组织处理</source>
        <translation>Organisational action</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="199"/>
        <source>移送纪检监察机关</source>
        <translation>Referred to discipline inspection</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="205"/>
        <source>现场</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="206"/>
        <source>12345/县长热线</source>
        <translation>12345 / mayor&apos;s hotline</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="207"/>
        <source>部门热线</source>
        <translation>Department hotline</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="208"/>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="209"/>
        <source>信件</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="215"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="216"/>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="217"/>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="218"/>
        <source>书面</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="219"/>
        <source>热线平台回复</source>
        <translation>Via the hotline platform</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="226"/>
        <source>恶意差评</source>
        <translation>Malicious review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="232"/>
        <source>未申诉</source>
        <translation>Not contested</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="233"/>
        <source>申诉待审核</source>
        <translation>Contest pending</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="234"/>
        <source>申诉成立（不计入满意度）</source>
        <translation>Contest upheld (not counted)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="235"/>
        <source>申诉不成立</source>
        <translation>Contest rejected</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="307"/>
        <source>未计时</source>
        <extracomment>Each enumeration the screens show, with its table of labels (built per call: the translation follows the interface language).</extracomment>
        <translation>No clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="401"/>
        <source>问责结案</source>
        <translation>Accountability closed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="402"/>
        <source>问责立案</source>
        <translation>Accountability opened</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="403"/>
        <source>问责事项办结</source>
        <translation>Accountability point closed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="404"/>
        <source>设置工作日历</source>
        <translation>Set the working calendar</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="405"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="406"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="407"/>
        <source>即办办结</source>
        <translation>Completed on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="409"/>
        <source>调整办结期限</source>
        <translation>Due date changed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="410"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="411"/>
        <source>收件</source>
        <translation>Receive application</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="412"/>
        <source>转办办件</source>
        <translation>Refer case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="414"/>
        <source>恢复计时</source>
        <translation>Resume the clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="415"/>
        <source>一次性告知补正</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="416"/>
        <source>收取补正材料</source>
        <translation>Receive supplements</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="417"/>
        <source>中止计时（特别程序）</source>
        <translation>Suspend the clock (special procedure)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="420"/>
        <source>完成联办环节</source>
        <translation>Joint step completed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="421"/>
        <source>建立服务中心</source>
        <translation>Create the service centre</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="422"/>
        <source>修改服务中心信息</source>
        <translation>Centre details changed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="423"/>
        <source>登记效能投诉</source>
        <translation>File a complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="424"/>
        <source>投诉回访</source>
        <translation>Complaint followed up</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="425"/>
        <source>设置投诉办结时限</source>
        <translation>Complaint time limit set</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="426"/>
        <source>答复效能投诉</source>
        <translation>Complaint answered</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="427"/>
        <source>办结效能投诉</source>
        <translation>Close a complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="428"/>
        <source>处理同步冲突</source>
        <translation>Resolve a sync conflict</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="429"/>
        <source>新增部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="430"/>
        <source>设置部门负责人</source>
        <translation>Set department leaders</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="431"/>
        <source>修改部门</source>
        <translation>Department changed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="432"/>
        <source>文书归档</source>
        <translation>Archive a document</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="433"/>
        <source>审批延期</source>
        <translation>Decide an extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="434"/>
        <source>申请延期</source>
        <translation>Request an extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="438"/>
        <source>设置明查暗访清单</source>
        <translation>Inspection checklist set</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="439"/>
        <source>补充检查发现</source>
        <translation>Inspection finding added</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="440"/>
        <source>登记明查暗访</source>
        <translation>Inspection recorded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="442"/>
        <source>修改事项</source>
        <translation>Service item changed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="443"/>
        <source>登记文书送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="435"/>
        <source>首问登记</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="436"/>
        <source>办结回访整改</source>
        <translation>Close a follow-up</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="437"/>
        <source>开启回访整改</source>
        <translation>Open a follow-up</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="441"/>
        <source>新增事项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="448"/>
        <source>新增队列</source>
        <translation>Add queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="450"/>
        <source>办结转办</source>
        <translation>Close a referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="451"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="505"/>
        <source>转办</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="452"/>
        <source>接收转办</source>
        <translation>Accept a referral</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="453"/>
        <source>审核评价申诉</source>
        <translation>Decide a review appeal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="454"/>
        <source>评价申诉</source>
        <translation>Appeal a review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="455"/>
        <source>设置回访整改时限</source>
        <translation>Set follow-up limits</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="456"/>
        <source>服务评价</source>
        <translation>Service review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="459"/>
        <source>新增工作人员</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="460"/>
        <source>登录失败</source>
        <translation>Failed sign-on</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="464"/>
        <source>挂牌上岗</source>
        <translation>Sign on at a window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="463"/>
        <source>退出登录</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="444"/>
        <source>反馈督办</source>
        <translation>Supervision order answered</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="445"/>
        <source>下发督办</source>
        <translation>Supervision order issued</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="446"/>
        <source>封存统计期间</source>
        <translation>Period closed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="447"/>
        <source>查看完整个人信息</source>
        <translation>Personal data revealed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="449"/>
        <source>修改队列</source>
        <translation>Queue changed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="457"/>
        <source>录入考核评分</source>
        <translation>Rating entered</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="458"/>
        <source>设置指标体系</source>
        <translation>Indicator system set</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="461"/>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="462"/>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="465"/>
        <source>解除账号锁定</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="466"/>
        <source>修改工作人员</source>
        <translation>Staff member changed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="467"/>
        <source>督查任务办结</source>
        <translation>Inspection task completed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="468"/>
        <source>下达督查任务</source>
        <translation>Inspection task created</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="469"/>
        <source>报告督查任务进展</source>
        <translation>Task progress reported</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="470"/>
        <source>叫号</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="471"/>
        <source>办结号票</source>
        <translation>Finish ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="472"/>
        <source>取号</source>
        <translation>Issue ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="473"/>
        <source>过号</source>
        <translation>Skip ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="474"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="475"/>
        <source>开始办理</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="476"/>
        <source>转移号票</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="477"/>
        <source>新增窗口</source>
        <translation>Add window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="478"/>
        <source>窗口暂停</source>
        <translation>Pause window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="479"/>
        <source>窗口恢复</source>
        <translation>Resume window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="480"/>
        <source>修改窗口</source>
        <translation>Window changed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="502"/>
        <source>号票</source>
        <extracomment>Every event type a journal may hold (the ones emitted now and the legacy ones). What the records named in a sync conflict are (``services.conflicts.ConflictRecord.kind``).</extracomment>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="503"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="504"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="506"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="507"/>
        <source>队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="508"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="509"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="135"/>
        <source>绿灯 正常</source>
        <translation>Green: on time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="136"/>
        <source>黄灯 临近期限</source>
        <translation>Yellow: due soon</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="137"/>
        <source>红灯 已超期</source>
        <translation>Red: overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="343"/>
        <source>已收</source>
        <extracomment>The material statuses of a case&apos;s checklist, in the order the checklist offers them. Why an accountability record was opened (``AccountabilityRecord.cause``). Whether an accountability record is still to be dealt with. Where a referral stands (``Referral.status``). The kinds of archived documents (``clerk_app.services.archive.KINDS``).</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="344"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="345"/>
        <source>需补正</source>
        <translation>Deficient</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="351"/>
        <source>超期未办结</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="353"/>
        <source>二次补正告知</source>
        <translation>Second supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="354"/>
        <source>效能投诉属实</source>
        <translation>Substantiated complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="355"/>
        <source>转办超时</source>
        <translation>Referral late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="356"/>
        <source>联办环节超时</source>
        <translation>Joint step late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="357"/>
        <source>回访超时</source>
        <translation>Call-back late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="358"/>
        <source>督办逾期未反馈</source>
        <translation>Supervision order not answered in time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="359"/>
        <source>督查任务逾期未落实</source>
        <translation>Supervision task not carried out in time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="360"/>
        <source>投诉逾期未办结</source>
        <translation>Complaint not handled in time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="361"/>
        <source>明查暗访发现问题</source>
        <translation>Inspection finding</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="362"/>
        <source>监督员立案</source>
        <translation>Opened by supervisor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="368"/>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="369"/>
        <source>已处理</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="375"/>
        <source>待接收</source>
        <translation>Not yet taken</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="383"/>
        <source>排队号票</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="384"/>
        <source>受理通知书</source>
        <translation>Receipt of acceptance</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="385"/>
        <source>补正材料一次性告知书</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="386"/>
        <source>不予受理决定书</source>
        <translation>Refusal decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="387"/>
        <source>延期告知书</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="388"/>
        <source>特别程序告知书</source>
        <translation>Suspension notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="389"/>
        <source>办结通知书</source>
        <translation>Completion notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="390"/>
        <source>超时默认通知书</source>
        <translation>Deemed-approval notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="391"/>
        <source>视为受理通知书</source>
        <translation>Deemed-acceptance notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="392"/>
        <source>视为撤回申请告知书</source>
        <translation>Deemed-withdrawal notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="393"/>
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
        <location filename="../../clerk_app/ui/shell/login.py" line="55"/>
        <source>窗口办件台 · 挂牌上岗</source>
        <translation>Clerk Desk · sign on with your badge</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="58"/>
        <source>如 C001</source>
        <translation>e.g. C001</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="62"/>
        <source>不在窗口（导服、监督）</source>
        <translation>No window (front desk, supervision)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="50"/>
        <location filename="../../clerk_app/ui/shell/login.py" line="66"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="71"/>
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="72"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="73"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="81"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="82"/>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="135"/>
        <source>请输入工号和密码</source>
        <translation>Please enter staff number and password</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="141"/>
        <source>正在启动，请稍候…</source>
        <translation>Starting, one moment…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="147"/>
        <source>正在登录…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="158"/>
        <source>窗口首席代表请选择所在窗口</source>
        <translation>Chief representatives must choose their window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="181"/>
        <source>设置新密码并登录</source>
        <translation>Set new password and sign in</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="182"/>
        <source>您使用的是临时密码，请设置新密码（至少 6 位）</source>
        <translation>You signed in with a temporary password; please set a new one (at least 6 characters)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="189"/>
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords do not match</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="81"/>
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="83"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="91"/>
        <source>办件编号 / 扫描回执 (Ctrl+F)</source>
        <translation>Case no. / scan a receipt (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="110"/>
        <source>连接设置</source>
        <translation>Connection settings</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="132"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="133"/>
        <source>关于窗口办件台…</source>
        <translation>About Clerk Desk…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="182"/>
        <source>本机没有数据密钥：不能保存身份证号和电话号码，已有的号码显示为“不可用”。请管理员设置数据密钥（sudo clerk-app data-key set --machine）后重新启动本程序。</source>
        <translation>This workstation has no data key: ID and phone numbers cannot be saved, and existing ones show as “unavailable”. Ask the administrator to set the data key (sudo clerk-app data-key set --machine), then restart the program.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="219"/>
        <source>导服</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="220"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="221"/>
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="222"/>
        <source>转办</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="223"/>
        <source>效能监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="224"/>
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="313"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="330"/>
        <source>连接设置已保存，重新启动程序后生效</source>
        <translation>Connection settings saved; they take effect when the program is restarted</translation>
    </message>
</context>
<context>
    <name>MaterialsChecklist</name>
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
    <name>MaterialsTable</name>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="60"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="61"/>
        <source>原件</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="62"/>
        <source>复印件</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="63"/>
        <source>必交</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="64"/>
        <source>要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="65"/>
        <source>示范文本</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="74"/>
        <source>添加材料</source>
        <translation>Add material</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="75"/>
        <source>删除所选材料</source>
        <translation>Remove selected material</translation>
    </message>
</context>
<context>
    <name>MyCasesTab</name>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="160"/>
        <source>中止计时</source>
        <translation>Suspend clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="161"/>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="162"/>
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="163"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="165"/>
        <source>继续收件决定</source>
        <translation>Finish intake decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="170"/>
        <source>详情 / 补打文书</source>
        <translation>Details / reprint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="171"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="235"/>
        <source>未办结 {n} 件  ·  红灯 {red} 件  ·  黄灯 {yellow} 件</source>
        <translation>{n} open  ·  {red} red  ·  {yellow} yellow</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="281"/>
        <source>已有待审批的延期申请</source>
        <translation>An extension request is already awaiting approval</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="283"/>
        <source>该事项已无可延期的工作日（法定延期已用尽或不得延期）</source>
        <translation>No extension days are left for this item (the legal extension is used up or not allowed)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="285"/>
        <source>已超过办结期限，不能再申请延期</source>
        <translation>The due date has passed; an extension can no longer be requested</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="286"/>
        <source>只有办理中的办件可以申请延期</source>
        <translation>Only cases in progress can be extended</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="313"/>
        <source>办件 {no} 已中止计时</source>
        <translation>Case {no}: clock suspended</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="324"/>
        <source>办件 {no} 已恢复计时，办结期限 {due}</source>
        <translation>Case {no}: clock resumed, due {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="334"/>
        <source>办件 {no} 的延期申请已提交，待审批</source>
        <translation>Extension requested for case {no}, awaiting approval</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="365"/>
        <source>办件 {no} 已办结</source>
        <translation>Case {no} completed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="166"/>
        <source>接收补正材料</source>
        <translation>Take in supplemented materials</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="168"/>
        <source>申请人按一次性告知书补交材料：核验后受理、再次告知或不予受理</source>
        <translation>The applicant brings what the one-time notice asked for: check it, then accept, notify again or refuse</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="74"/>
        <source>下达督查任务</source>
        <translation>Assign supervision task</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="77"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="81"/>
        <source>（部门负责落实）</source>
        <translation>(the department decides)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="89"/>
        <source> 个工作日内落实</source>
        <translation> working days to carry out</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="90"/>
        <source>督查事项</source>
        <translation>Supervision task</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="91"/>
        <source>负责部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="92"/>
        <source>具体负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="93"/>
        <source>怎么落实</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="94"/>
        <source>何时落实</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="98"/>
        <source>请填写督查事项</source>
        <translation>Please enter the task</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="100"/>
        <source>请选择负责落实的部门</source>
        <translation>Please choose the responsible department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="102"/>
        <source>请填写落实方式</source>
        <translation>Please say how it is to be carried out</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="39"/>
        <source>事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="44"/>
        <source>请填写意见</source>
        <translation>Please write your opinion</translation>
    </message>
</context>
<context>
    <name>OnTimeChart</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="51"/>
        <source>各部门按时办结率</source>
        <translation>On-time rate per department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="67"/>
        <source>按时办结率（%）</source>
        <translation>On-time rate (%)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="78"/>
        <source>目标 {t}%</source>
        <translation>Target {t}%</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="87"/>
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
    <name>OrdersInbox</name>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="44"/>
        <source>督办事项</source>
        <translation>Supervision order</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="46"/>
        <source>反馈办理情况…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="70"/>
        <source>督办事项：暂无</source>
        <translation>Supervision orders: none</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="73"/>
        <source>督办事项：待反馈 {n} 件  ·  ● 逾期 {late} 件</source>
        <translation>Supervision orders: {n} to answer  ·  ● {late} late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="78"/>
        <source>督办事项：待反馈 {n} 件</source>
        <translation>Supervision orders: {n} to answer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="92"/>
        <source>已反馈督办事项</source>
        <translation>Supervision order answered</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="16"/>
        <source>已反馈</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="18"/>
        <source>逾期未反馈（已升级问责）</source>
        <translation>Not answered in time (escalated)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="19"/>
        <source>待反馈</source>
        <translation>To answer</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="35"/>
        <source>督办时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="40"/>
        <source>被督办</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="44"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="48"/>
        <source>反馈期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="53"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="57"/>
        <source>督办事项</source>
        <translation>Supervision order</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="59"/>
        <source>办理情况</source>
        <translation>Action taken</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="102"/>
        <source>下达督办…</source>
        <translation>Issue supervision order…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="115"/>
        <source>督办事项：{n} 件（待反馈 {w} 件）</source>
        <translation>Supervision orders: {n} ({w} to answer)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="117"/>
        <source>，逾期未反馈 {n} 件</source>
        <translation>, {n} not answered in time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="125"/>
        <source>已下达督办</source>
        <translation>Supervision order issued</translation>
    </message>
</context>
<context>
    <name>OversightModel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="35"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="40"/>
        <source>被评价人</source>
        <translation>Rated staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="43"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="47"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="105"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="150"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="51"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="109"/>
        <source>评价</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="56"/>
        <source>评价内容</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="60"/>
        <source>申诉理由</source>
        <translation>Contest reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="64"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="177"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="84"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="88"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="92"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="190"/>
        <source>（已逾期）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="101"/>
        <source>涉及人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="113"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="133"/>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="138"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="142"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="146"/>
        <source>被投诉人</source>
        <translation>Staff complained about</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="154"/>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="158"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="162"/>
        <source>工单编号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="166"/>
        <source>办理时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="172"/>
        <source>答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="198"/>
        <source>已答复（满意）</source>
        <translation>Replied (satisfied)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="200"/>
        <source>已答复（不满意）</source>
        <translation>Replied (not satisfied)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="196"/>
        <source>未答复</source>
        <translation>Not replied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="203"/>
        <source>，逾期答复</source>
        <translation>, answered late</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="209"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="210"/>
        <source>属实</source>
        <translation>Substantiated</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="211"/>
        <source>不属实</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="221"/>
        <source>（达标）</source>
        <translation> (on target)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="223"/>
        <source>（未达标）</source>
        <translation> (below target)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="246"/>
        <source>·拟通报</source>
        <translation> · to be named in a bulletin</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="257"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="259"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="265"/>
        <source>现场办结</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="271"/>
        <source>当场办结</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="277"/>
        <source>办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="283"/>
        <source>按期办结</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="289"/>
        <source>超期未办</source>
        <translation>Open overdue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="296"/>
        <source>评价数</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="302"/>
        <source>现场办结率（目标≥{target}）</source>
        <translation>On-site rate (target ≥ {target})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="311"/>
        <source>当场办结率</source>
        <translation>On-the-spot rate</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="317"/>
        <source>按时办结率（目标≥{target}）</source>
        <translation>On-time rate (target ≥ {target})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="326"/>
        <source>满意率（目标≥{target}）</source>
        <translation>Satisfaction (target ≥ {target})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="335"/>
        <source>授权到位率（目标{target}）</source>
        <translation>Authorisation rate (target {target})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="351"/>
        <source>推迟 {n} 天</source>
        <translation>{n} days later</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="352"/>
        <source>提前 {n} 天</source>
        <translation>{n} days earlier</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="371"/>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="360"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="363"/>
        <source>原办结期限</source>
        <translation>Old due date</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="367"/>
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
    <name>PointDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="39"/>
        <source>办理责任追究要点</source>
        <translation>Handle accountability point</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="44"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="50"/>
        <source>处理决定、整改报告等的文件名或文号，可不填</source>
        <translation>File name or document no. of the decision, rectification report, etc. (optional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="54"/>
        <source>事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="57"/>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="58"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="58"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="59"/>
        <source>要点</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="60"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="61"/>
        <source>情况说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="62"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="75"/>
        <source>请选择责任追究的处理结果</source>
        <translation>Please choose the outcome</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="77"/>
        <source>请填写情况说明</source>
        <translation>Please enter the details</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="136"/>
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="137"/>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="147"/>
        <source>未存档</source>
        <translation>not archived</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="148"/>
        <source>共 {n} 页 · 存档：{where}</source>
        <translation>{n} page(s) · archived: {where}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="149"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="152"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="171"/>
        <source>打印 {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="183"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="195"/>
        <source>已送打印机 {name}：{n} 页</source>
        <translation>Sent to {name}: {n} page(s)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="202"/>
        <source>打印失败：{why}</source>
        <translation>Printing failed: {why}</translation>
    </message>
</context>
<context>
    <name>PublishingPage</name>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="48"/>
        <source>事项公示表</source>
        <translation>Published catalogue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="50"/>
        <source>按部门列出仍在受理的全部事项：办件类型、承诺时限、法定时限和收费。</source>
        <translation>Every item still taken in, by department: kind, promised and statutory limits, and fees.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="53"/>
        <source>预览 / 打印事项公示表</source>
        <translation>Preview / print the published catalogue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="59"/>
        <source>调整/取消事项公告</source>
        <translation>Notice of adjusted and cancelled items</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="60"/>
        <source>列出生效日期在所选期间内的调整、取消事项。</source>
        <translation>Lists the items adjusted or cancelled with effect within the chosen period.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="69"/>
        <source>预览 / 打印公告</source>
        <translation>Preview / print the notice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="72"/>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="74"/>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="95"/>
        <source>已生成：{title}</source>
        <translation>Generated: {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="110"/>
        <source>公告期间的结束日期不能早于开始日期</source>
        <translation>The end of the period cannot be before its start</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="180"/>
        <source>新建队列</source>
        <translation>New queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="180"/>
        <source>修改队列</source>
        <translation>Edit queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="188"/>
        <source>一到两个字母，如 A</source>
        <translation>One or two letters, e.g. A</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="189"/>
        <source>（综合）</source>
        <translation>(general)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="192"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="194"/>
        <source>队列编码</source>
        <translation>Queue code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="195"/>
        <source>队列名称</source>
        <translation>Queue name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="196"/>
        <source>号码前缀</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="197"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="198"/>
        <source>每人平均分钟数</source>
        <translation>Average minutes per visitor</translation>
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
    <name>RatingDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="81"/>
        <source>录入评议得分</source>
        <translation>Enter rating scores</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="88"/>
        <source>公众评议</source>
        <translation>Public rating</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="89"/>
        <source>专家评价</source>
        <translation>Expert rating</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="93"/>
        <source> 分</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="95"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="96"/>
        <source>评议类别</source>
        <translation>Rating kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="97"/>
        <source>得分（百分制）</source>
        <translation>Score (out of 100)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="98"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="101"/>
        <source>请选择部门</source>
        <translation>Please choose a department</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="102"/>
        <source>转办至其他部门</source>
        <translation>Refer to another department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="111"/>
        <source>接收部门</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="112"/>
        <source>接收窗口</source>
        <translation>Receiving window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="113"/>
        <source>转办事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="120"/>
        <source>该部门任一窗口</source>
        <translation>Any window of the department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="127"/>
        <source>请选择接收部门</source>
        <translation>Please choose the receiving department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="129"/>
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
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="37"/>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="42"/>
        <source>（不选，自行填写）</source>
        <translation>(none, write your own)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="47"/>
        <source>如：县自然资源局（地址、电话）</source>
        <translation>e.g. County Natural Resources Bureau (address, phone)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="48"/>
        <source>不予受理情形</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="50"/>
        <source>本事项常用理由</source>
        <translation>Common reasons for this item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="52"/>
        <source>理由（必填，打印在决定书上）</source>
        <translation>Reason (required, printed on the decision)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="53"/>
        <source>有权受理的机关</source>
        <translation>Competent agency</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="78"/>
        <source>请填写不予受理的理由</source>
        <translation>Please give the reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="83"/>
        <source>不属于本机关职权范围的，须写明有权受理的机关</source>
        <translation>Out of competence: name the competent agency</translation>
    </message>
</context>
<context>
    <name>ResolveComplaintDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="90"/>
        <source>处理效能投诉</source>
        <translation>Resolve complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="94"/>
        <source>投诉属实（将立责任追究记录）</source>
        <translation>Substantiated (opens an accountability record)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="97"/>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="99"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="101"/>
        <source>调查核实情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="106"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="107"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="108"/>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="115"/>
        <source>答复方式</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="116"/>
        <source>投诉人是否满意</source>
        <translation>Complainant satisfied?</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="117"/>
        <source>答复情况</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="130"/>
        <source>请填写调查核实情况和处理意见</source>
        <translation>Please enter the findings and the decision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="132"/>
        <source>请选择投诉人对答复是否满意</source>
        <translation>Please choose whether the complainant was satisfied with the reply</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="134"/>
        <source>请填写答复投诉人的情况</source>
        <translation>Please describe the reply to the complainant</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="33"/>
        <source>显示完整证件号</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="35"/>
        <source>如：申请人要求核对证件号码</source>
        <translation>e.g. the applicant asked to check the ID number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="41"/>
        <source>显示（将记录查看人和原因）</source>
        <translation>Show (who and why is recorded)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="42"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="47"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="48"/>
        <source>查看原因</source>
        <translation>Reason for viewing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="56"/>
        <source>完整证件号码只在需要时查看；每次查看都会记录在审计日志中。</source>
        <translation>View the full ID number only when needed; every view is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="66"/>
        <source>请填写查看完整号码的原因</source>
        <translation>Please give the reason for viewing the full number</translation>
    </message>
</context>
<context>
    <name>ReviewPad</name>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="124"/>
        <source>按办件编号评价</source>
        <translation>Rate by case number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="166"/>
        <source>请告诉我们哪里做得不好（至少选一项或填写）：</source>
        <translation>Please tell us what went wrong (tick at least one or write it):</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="174"/>
        <source>其他意见（可选）</source>
        <translation>Other comments (optional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="180"/>
        <source>提交评价</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="208"/>
        <source>请输入受理通知书上的办件编号</source>
        <translation>Enter the case number on your receipt of acceptance</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="214"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="215"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="242"/>
        <source>{code} 窗口 · {name}</source>
        <translation>Window {code} · {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="246"/>
        <source>本窗口暂无工作人员</source>
        <translation>No one is at this window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="247"/>
        <source>工号：{no}</source>
        <translation>Staff no.: {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="251"/>
        <source>正在为 {n} 号办理，请稍候</source>
        <translation>Now serving {n}, please wait</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="265"/>
        <source>{n} 号，请为本次服务评价</source>
        <translation>{n}, please rate this service</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="302"/>
        <source>原因：{r}</source>
        <translation>Reason: {r}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="310"/>
        <source>请先选择一个评价等级</source>
        <translation>Please choose a rating first</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="314"/>
        <source>选择“不满意”或“非常不满意”时，请勾选或填写原因</source>
        <translation>If you choose “Dissatisfied” or “Very dissatisfied”, please tick or write a reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="333"/>
        <source>感谢您的评价！
我们会不断改进服务</source>
        <translation>Thank you for your rating!
We keep improving our service</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="340"/>
        <source>本次服务已经评价过，谢谢您！</source>
        <translation>This service has already been rated, thank you!</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="355"/>
        <source>感谢您的光临，祝您生活愉快！</source>
        <translation>Thank you for your visit, have a nice day!</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="375"/>
        <source>请输入办件编号</source>
        <translation>Please enter the case number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="381"/>
        <source>请为办件 {no}（{item}）评价</source>
        <translation>Please rate case {no} ({item})</translation>
    </message>
</context>
<context>
    <name>ScoreSystemDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="59"/>
        <source>配置绩效考核指标体系</source>
        <extracomment>The posts (staff roles) a standard may score.</extracomment>
        <translation>Performance indicator system</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="68"/>
        <source>新增部门类型标准</source>
        <translation>Add department-type standard</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="69"/>
        <source>新增岗位标准</source>
        <translation>Add post standard</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="70"/>
        <source>删除该标准</source>
        <translation>Remove this standard</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="93"/>
        <source>适用范围</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="102"/>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="138"/>
        <source>考核指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="102"/>
        <source>权重（分）</source>
        <translation>Weight (pts)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="102"/>
        <source>目标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="102"/>
        <source>每件扣分</source>
        <translation>Deduction per case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="136"/>
        <source>考核标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="137"/>
        <source>标准名称</source>
        <translation>Standard name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="157"/>
        <source>{name}（通用：未列入其他标准的部门）</source>
        <translation>{name} (default: departments not named elsewhere)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="159"/>
        <source>{name}（部门类型：{n} 个部门）</source>
        <translation>{name} (department type: {n} departments)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="163"/>
        <source>{name}（岗位：{posts}）</source>
        <translation>{name} (posts: {posts})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="180"/>
        <source>部门类型标准</source>
        <translation>Department-type standard</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="180"/>
        <source>岗位标准</source>
        <translation>Post standard</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="225"/>
        <source>通用标准适用于未列入部门类型标准的所有部门</source>
        <translation>The default standard applies to every department not under a department-type standard</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="227"/>
        <source>勾选适用该标准的部门（每个部门只能适用一个标准）</source>
        <translation>Tick the departments it applies to (one standard per department)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="233"/>
        <source>勾选按该标准考核的岗位，其工作人员按本人数据计分（每个岗位只能适用一个标准）</source>
        <translation>Tick the posts it scores; their staff are scored on their own figures (one standard per post)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="293"/>
        <source>权重合计：{total:g} 分</source>
        <translation>Weights in all: {total:g} points</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="295"/>
        <source>（须为 {full:g} 分）</source>
        <translation>(must be {full:g})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="306"/>
        <source>请填写考核标准的名称</source>
        <translation>Enter the standard&apos;s name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="311"/>
        <source>考核标准名称“{name}”重复</source>
        <translation>Standard name “{name}” is used twice</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="316"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="316"/>
        <source>岗位</source>
        <translation>posts</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="317"/>
        <source>请勾选该标准适用的{what}</source>
        <translation>Tick the {what} this standard applies to</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="326"/>
        <source>“{what}”已适用考核标准“{other}”</source>
        <translation>“{what}” is already under standard “{other}”</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="338"/>
        <source>请至少勾选一项考核指标</source>
        <translation>Tick at least one indicator</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="341"/>
        <source>“{what}”的权重须大于 0 分</source>
        <translation>The weight of “{what}” must be above 0</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="343"/>
        <source>“{what}”的目标值须大于 0%</source>
        <translation>The target of “{what}” must be above 0 %</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="345"/>
        <source>“{what}”的每件扣分须大于 0</source>
        <translation>The deduction per case of “{what}” must be above 0</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="348"/>
        <source>“{name}”的权重合计为 {total:g} 分，须为 {full:g} 分</source>
        <translation>The weights of “{name}” add up to {total:g} points; they must add up to {full:g}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="141"/>
        <source>标记末位名次数</source>
        <translation>Bottom ranks flagged</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="131"/>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="132"/>
        <source>按岗位（工作人员）</source>
        <translation>By post (staff)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="133"/>
        <source>计算得分</source>
        <translation>Compute scores</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="135"/>
        <source>录入评议…</source>
        <translation>Enter ratings…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="136"/>
        <source>录入所选期间的公众评议、专家评价得分（百分制）</source>
        <translation>Enter the public and expert rating scores (out of 100) for the chosen period</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="137"/>
        <source>指标体系…</source>
        <translation>Indicators…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="138"/>
        <source>配置考核指标、权重、目标值和扣分标准</source>
        <translation>Set the indicators, weights, targets and deductions</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="142"/>
        <source>仅效能监督员可以录入评议和配置指标体系</source>
        <translation>Only an efficiency supervisor may enter ratings or set the indicator system</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="143"/>
        <source>得分表 PDF</source>
        <translation>Score sheet PDF</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="144"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="146"/>
        <source>考核期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="148"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="195"/>
        <source>名工作人员</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="195"/>
        <source>个部门</source>
        <translation>departments</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="196"/>
        <source>{start} 至 {end}：{n} {what}参加考核</source>
        <translation>{start} to {end}: {n} {what} assessed</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="200"/>
        <source>；末位：{names}</source>
        <translation>; bottom: {names}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="225"/>
        <source>评议得分已录入</source>
        <translation>Rating scores entered</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="243"/>
        <source>绩效考核指标体系已更新</source>
        <translation>Indicator system updated</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="257"/>
        <source>绩效考核得分表已生成</source>
        <translation>Score sheet generated</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="262"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="262"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="272"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <location filename="../../clerk_app/ui/common/search_combo.py" line="30"/>
        <source>输入姓名、工号或部门查找</source>
        <translation>Search by name, staff number or department</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="87"/>
        <source>输入编码或名称筛选</source>
        <translation>Filter by code or name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="91"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="93"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>ServingPanel</name>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="69"/>
        <source>办理用时</source>
        <translation>Serving time</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="69"/>
        <source>叫号后已等</source>
        <translation>Waiting since call</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="79"/>
        <source>当前服务</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="88"/>
        <source>窗口已暂停：按 F5 恢复后再叫号</source>
        <translation>Window paused: press F5 to resume before calling</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="90"/>
        <source>空闲：按 F1 叫下一位</source>
        <translation>Free: press F1 to call the next visitor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="101"/>
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
    <name>StaffDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="275"/>
        <source>新建工作人员</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="275"/>
        <source>修改工作人员</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="280"/>
        <source>如：C001</source>
        <translation>e.g. C001</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="283"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="288"/>
        <source>在岗（取消勾选：已离岗）</source>
        <translation>On duty (untick: left)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="290"/>
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="291"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="292"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="293"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="294"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="295"/>
        <source>可坐窗口（不选：不限）</source>
        <translation>Allowed windows (none ticked: any)</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="54"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="55"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="56"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="57"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="67"/>
        <source>全中心</source>
        <translation>Whole center</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="68"/>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="69"/>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="70"/>
        <source>按工作人员</source>
        <translation>By staff</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="74"/>
        <source>统计</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="76"/>
        <source>日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="78"/>
        <source>所选期间最后一天的效能日报（PDF，预览后打印，并存档）</source>
        <translation>Daily report for the last day of the period (PDF: preview, print, archived)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="80"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="81"/>
        <source>所选期间最后一天所在月份的效能月报（截至今天）</source>
        <translation>Monthly report for the month of the period’s last day (up to today)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="82"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="84"/>
        <source>所选期间各分组的统计表（Excel），已结账的期间为冻结数据</source>
        <translation>Statistics of every group for the period (Excel); closed periods use the frozen data</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="86"/>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="172"/>
        <source>结账…</source>
        <translation>Close period…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="89"/>
        <source>冻结所选期间的统计数据：结账后该期间的数据不再变化，更正须作为修订版并说明理由</source>
        <translation>Freeze the statistics of the period: once closed, its figures no longer change; corrections need a revision with a reason</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="95"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="98"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="101"/>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="172"/>
        <source>修订结账…</source>
        <translation>Revise closing…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="181"/>
        <source>{period}：本期没有可统计的办件和评价</source>
        <translation>{period}: no cases or reviews in this period</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="186"/>
        <source>{period}：受理 {a} 件，办结 {c} 件，超期未办 {o} 件；按时办结率 {rate}</source>
        <translation>{period}: {a} accepted, {c} completed, {o} open overdue; on-time rate {rate}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="201"/>
        <source>；已结账（第 {n} 版，{who} {day}），数据已冻结</source>
        <translation>; closed (version {n}, {who} {day}), figures frozen</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="208"/>
        <source>；满意率未达标拟通报：{names}</source>
        <translation>; below the satisfaction target, to be named in a bulletin: {names}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="216"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="216"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="226"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="236"/>
        <source>修订结账</source>
        <translation>Revise closing</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="236"/>
        <source>结账</source>
        <translation>Close period</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="237"/>
        <source>{start} 至 {end} 的统计数据将被冻结</source>
        <translation>The statistics from {start} to {end} will be frozen</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="238"/>
        <source>修订理由</source>
        <translation>Reason for the revision</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="238"/>
        <source>说明（可不填）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="245"/>
        <source>已结账（第 {n} 版）</source>
        <translation>Closed (version {n})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="268"/>
        <source>未存档（未设置存档目录）</source>
        <translation>not archived (no archive folder set)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="270"/>
        <source>（表格另存为同名 Excel 文件）</source>
        <translation>(its tables saved as an Excel file of the same name)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="271"/>
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
    <name>StepsTable</name>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="153"/>
        <source>联办部门</source>
        <translation>Joint departments</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="153"/>
        <source>环节时限（工作日）</source>
        <translation>Step time limit (working days)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="160"/>
        <source>添加联办部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="161"/>
        <source>删除所选部门</source>
        <translation>Remove selected department</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="88"/>
        <source>实时看板</source>
        <translation>Live board</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="89"/>
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="90"/>
        <source>回访整改</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="91"/>
        <source>投诉与问责</source>
        <translation>Complaints &amp; accountability</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="93"/>
        <source>督办督查</source>
        <translation>Orders and tasks</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="94"/>
        <source>明查暗访</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="95"/>
        <source>绩效统计与报表</source>
        <translation>Statistics &amp; reports</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="96"/>
        <source>绩效考核</source>
        <translation>Performance scores</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="101"/>
        <source>维护工作日历…</source>
        <translation>Work calendar…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="104"/>
        <source>效能监督</source>
        <translation>Supervision</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="44"/>
        <source>中止计时（特别程序）</source>
        <translation>Suspend the clock (special procedure)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="51"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="52"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="53"/>
        <source>特别程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="54"/>
        <source>具体内容（必填）</source>
        <translation>Details (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="55"/>
        <source>预计所需</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="59"/>
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
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="24"/>
        <source>好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="25"/>
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="26"/>
        <source>差</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="32"/>
        <source>已落实（成效：{e}）</source>
        <translation>Done (result: {e})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="36"/>
        <source>逾期未落实（已升级问责）</source>
        <translation>Not done in time (escalated)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="37"/>
        <source>落实中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="46"/>
        <source>督查事项</source>
        <translation>Supervision task</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="48"/>
        <source>谁去落实</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="51"/>
        <source>怎么落实</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="53"/>
        <source>何时落实</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="58"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="63"/>
        <source>最新进展</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="66"/>
        <source>落实成效</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="129"/>
        <source>下达督查任务…</source>
        <translation>Assign supervision task…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="131"/>
        <source>报告进展…</source>
        <translation>Report progress…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="132"/>
        <source>验收…</source>
        <translation>Sign off…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="143"/>
        <source>督查任务：{n} 项</source>
        <translation>Supervision tasks: {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="145"/>
        <source>（逾期未落实 {n} 项）</source>
        <translation> ({n} not done in time)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="176"/>
        <source>已下达督查任务</source>
        <translation>Supervision task assigned</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="187"/>
        <source>报告进展</source>
        <translation>Report progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="189"/>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="197"/>
        <source>已记录进展</source>
        <translation>Progress recorded</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="213"/>
        <source>督查任务已验收</source>
        <translation>Supervision task signed off</translation>
    </message>
</context>
<context>
    <name>TellDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="144"/>
        <source>当场告知</source>
        <translation>Tell on the spot</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="146"/>
        <source>告知内容（必填）</source>
        <translation>What was told (required)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="149"/>
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
        <location filename="../../clerk_app/ui/counter/transfer.py" line="43"/>
        <source>转入队列</source>
        <translation>To queue</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="44"/>
        <source>指定窗口</source>
        <translation>To window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="70"/>
        <source>该队列任一窗口</source>
        <translation>Any window of the queue</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../clerk_app/ui/shell/update_notice.py" line="61"/>
        <source>重新启动</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/update_notice.py" line="63"/>
        <source>稍后</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/update_notice.py" line="90"/>
        <source>已安装新版本 {version}。请在办完手头的业务后点“重新启动”，本程序仍可继续使用。</source>
        <translation>Version {version} has been installed. Click “Restart” once you have finished the business at hand; you can keep using the program until then.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/update_notice.py" line="101"/>
        <source>无法启动新版本，请关闭本程序后从菜单重新打开。</source>
        <translation>Could not start the new version; please close the program and open it again from the menu.</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="20"/>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="23"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="27"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="31"/>
        <source>已等</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="32"/>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
</context>
<context>
    <name>WindowDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="223"/>
        <source>新建窗口</source>
        <translation>New window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="223"/>
        <source>修改窗口</source>
        <translation>Edit window</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="226"/>
        <source>如：A01</source>
        <translation>e.g. A01</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="227"/>
        <source>如：市场监管1号窗口</source>
        <translation>e.g. Market Regulation Window 1</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="229"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="236"/>
        <source>如：二楼B区</source>
        <translation>e.g. 2nd floor, area B</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="237"/>
        <source>开放</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="239"/>
        <source>窗口编码</source>
        <translation>Window code</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="240"/>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="241"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="242"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="243"/>
        <source>其他部门</source>
        <translation>Other departments</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="244"/>
        <source>服务队列（按顺序）</source>
        <translation>Queues served (in order)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="245"/>
        <source>候办区域</source>
        <translation>Waiting area</translation>
    </message>
</context>
<context>
    <name>WorkbookPage</name>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="179"/>
        <source>事项目录和组织机构可以用 Excel 工作簿整体导出、导入（每张工作表一类记录，以编码相互引用）。导入前先预览：有任何错误时不导入任何数据；没有错误时全部导入。新工作人员的临时密码在导入后显示一次。</source>
        <translation>The catalogue and the organisation can be exported to and imported from an Excel workbook (one sheet per kind of record, linked by codes). An import is previewed first: with any error nothing is imported; without errors everything is. The temporary passwords of new staff are shown once after the import.</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="185"/>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="230"/>
        <source>导出工作簿</source>
        <translation>Export workbook</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="187"/>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="239"/>
        <source>下载模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="189"/>
        <source>导入工作簿</source>
        <translation>Import workbook</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="215"/>
        <source>选择要导入的工作簿</source>
        <translation>Choose the workbook to import</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="235"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="243"/>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="250"/>
        <source>正在检查工作簿……</source>
        <translation>Checking the workbook…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="264"/>
        <source>工作簿已导入：{counts}</source>
        <translation>Workbook imported: {counts}</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../../clerk_app/ui/hall/launch.py" line="72"/>
        <source>叫号显示屏</source>
        <translation>Call display</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../clerk_app/ui/hall/launch.py" line="108"/>
        <source>自助取号机</source>
        <translation>Ticket kiosk</translation>
    </message>
</context>
<context>
    <name>pad</name>
    <message>
        <location filename="../../clerk_app/ui/hall/launch.py" line="88"/>
        <source>服务评价器</source>
        <translation>Review pad</translation>
    </message>
</context>
</TS>
