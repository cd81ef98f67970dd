<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="41"/>
        <source>切换到第 1…n 个标签页</source>
        <translation>切换到第 1…n 个标签页</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="42"/>
        <source>查找办件（输入或扫描办件编号）</source>
        <translation>查找办件（输入或扫描办件编号）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="43"/>
        <source>锁屏</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="44"/>
        <source>显示本快捷键列表</source>
        <translation>显示本快捷键列表</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shortcuts.py" line="62"/>
        <source>快捷键</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="19"/>
        <source>关于窗口办件台</source>
        <translation>关于窗口办件台</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="20"/>
        <source>窗口办件台 Clerk Desk</source>
        <translation>窗口办件台 Clerk Desk</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="22"/>
        <source>版本 {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="30"/>
        <source>工作站</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="31"/>
        <source>数据目录</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="32"/>
        <source>程序位置</source>
        <translation>程序位置</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="32"/>
        <source>源代码运行</source>
        <translation>源代码运行</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/about.py" line="33"/>
        <source>运行环境</source>
        <translation>运行环境</translation>
    </message>
</context>
<context>
    <name>AccountabilityPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="92"/>
        <source>办理要点…</source>
        <translation>办理要点…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="103"/>
        <source>责任追究记录：{n} 条（待处理 {open} 条）</source>
        <translation>责任追究记录：{n} 条（待处理 {open} 条）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="107"/>
        <source>，逾期未办结 {n} 条</source>
        <translation>，逾期未办结 {n} 条</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="129"/>
        <source>四项要点均已办结，责任追究记录已办结</source>
        <translation>四项要点均已办结，责任追究记录已办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="131"/>
        <source>已办结要点，尚余 {n} 项</source>
        <translation>已办结要点，尚余 {n} 项</translation>
    </message>
</context>
<context>
    <name>AdministrationTab</name>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="136"/>
        <source>修改中心信息</source>
        <translation>修改中心信息</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="159"/>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="161"/>
        <source>解除锁定</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="170"/>
        <source>服务中心</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="171"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="172"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="173"/>
        <source>队列</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="174"/>
        <source>工作人员</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="175"/>
        <source>事项目录</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="179"/>
        <source>导入导出</source>
        <translation>导入导出</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="182"/>
        <source>公示公告</source>
        <translation>公示公告</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="226"/>
        <source>{name}
地址：{address}
咨询电话：{query}&#x3000;投诉电话：{complaint}&#x3000;监督电话：{supervision}
办公时间：{hours}
行政复议机关（默认）：{body}&#x3000;管辖法院（默认）：{court}</source>
        <translation>{name}
地址：{address}
咨询电话：{query}&#x3000;投诉电话：{complaint}&#x3000;监督电话：{supervision}
办公时间：{hours}
行政复议机关（默认）：{body}&#x3000;管辖法院（默认）：{court}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="256"/>
        <source>窗口已可使用：工作人员可在窗口登录办件。</source>
        <translation>窗口已可使用：工作人员可在窗口登录办件。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="258"/>
        <source>至少设置一个窗口、一名窗口工作人员和一个事项后，窗口即可使用。</source>
        <translation>至少设置一个窗口、一名窗口工作人员和一个事项后，窗口即可使用。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="260"/>
        <source>设置进度：</source>
        <translation>设置进度：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="270"/>
        <source>请先在列表中选择一行</source>
        <translation>请先在列表中选择一行</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="286"/>
        <source>中心信息已保存</source>
        <translation>中心信息已保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="291"/>
        <source>部门已保存</source>
        <translation>部门已保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="295"/>
        <source>窗口已保存</source>
        <translation>窗口已保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="299"/>
        <source>队列已保存</source>
        <translation>队列已保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="303"/>
        <source>事项已保存</source>
        <translation>事项已保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="310"/>
        <source>工作人员已保存</source>
        <translation>工作人员已保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="317"/>
        <source>已建立账号，临时密码：{password}（请当面告知本人，首次登录须修改）</source>
        <translation>已建立账号，临时密码：{password}（请当面告知本人，首次登录须修改）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="326"/>
        <source>请先在列表中选择一名工作人员</source>
        <translation>请先在列表中选择一名工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="337"/>
        <source>{name}的临时密码：{password}（请当面告知本人，登录时须修改）</source>
        <translation>{name}的临时密码：{password}（请当面告知本人，登录时须修改）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="351"/>
        <source>{name}的账号已解除锁定</source>
        <translation>{name}的账号已解除锁定</translation>
    </message>
</context>
<context>
    <name>AnswerOrderDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="21"/>
        <source>反馈督办事项</source>
        <translation>反馈督办事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="23"/>
        <source>督办事项</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="24"/>
        <source>反馈期限</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="25"/>
        <source>办理情况</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="28"/>
        <source>请填写办理情况</source>
        <translation>请填写办理情况</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="56"/>
        <source>企业名称</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="58"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="64"/>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="66"/>
        <source>身份证号码</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="83"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="87"/>
        <source>手机或座机，选填</source>
        <translation>手机或座机，选填</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="92"/>
        <source>经办人姓名</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="99"/>
        <source>经办人身份证号码</source>
        <translation>经办人身份证号码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="113"/>
        <source>个人</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="114"/>
        <source>企业（法人或其他组织）</source>
        <translation>企业（法人或其他组织）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/applicant_form.py" line="180"/>
        <source>必填：{label}</source>
        <translation>必填：{label}</translation>
    </message>
</context>
<context>
    <name>BadgeWidget</name>
    <message>
        <location filename="../../clerk_app/ui/shell/badge.py" line="82"/>
        <source>政务服务中心</source>
        <translation>政务服务中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/badge.py" line="84"/>
        <source>工号 {no}  ·  {dept}</source>
        <translation>工号 {no}  ·  {dept}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/badge.py" line="88"/>
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/badge.py" line="91"/>
        <source>未选窗口</source>
        <translation>未选窗口</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="31"/>
        <source>暂停：{reason}</source>
        <translation>暂停：{reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="33"/>
        <source>暂停</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="35"/>
        <source>开放</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="42"/>
        <source>{m} 分钟</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="43"/>
        <source>{h} 小时 {m} 分钟</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="57"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="58"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="60"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="101"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="156"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="232"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="63"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="237"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="68"/>
        <source>在岗人员</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="69"/>
        <source>无人在岗</source>
        <translation>无人在岗</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="72"/>
        <source>当前号</source>
        <translation>当前号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="77"/>
        <source>等候人数</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="83"/>
        <source>最长等候</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="104"/>
        <source>绿灯</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="111"/>
        <source>黄灯</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="118"/>
        <source>红灯</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="133"/>
        <source>超期 {n} 个工作日</source>
        <translation>超期 {n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="135"/>
        <source>已超期</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="138"/>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="139"/>
        <source>剩 {n} 个工作日</source>
        <translation>剩 {n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="149"/>
        <source>预警</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="154"/>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="229"/>
        <source>办件编号</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="158"/>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="160"/>
        <source>办结期限</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="164"/>
        <source>（暂定）</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="172"/>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="176"/>
        <source>（特别程序中）</source>
        <translation>（特别程序中）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="184"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="193"/>
        <source>{part}：{name}</source>
        <translation>{part}：{name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="195"/>
        <source>主要负责人</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="196"/>
        <source>分管负责人</source>
        <translation>分管负责人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="197"/>
        <source>直接责任人</source>
        <translation>直接责任人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="201"/>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="209"/>
        <source>（已逾期，升级督办）</source>
        <translation>（已逾期，升级督办）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="220"/>
        <source>立案时间</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="225"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="235"/>
        <source>责任人</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="241"/>
        <source>四不放过</source>
        <translation>四不放过</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="242"/>
        <source>已办结 {n}/4</source>
        <translation>已办结 {n}/4</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="249"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board_model.py" line="254"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="52"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="53"/>
        <source>时限预警</source>
        <translation>时限预警</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="54"/>
        <source>红灯、黄灯办件</source>
        <translation>红灯、黄灯办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="59"/>
        <source>督办该办件…</source>
        <translation>督办该办件…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="60"/>
        <source>对选中的红灯、黄灯办件向其部门下达督办</source>
        <translation>对选中的红灯、黄灯办件向其部门下达督办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="62"/>
        <source>立即执行时限监察</source>
        <translation>立即执行时限监察</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="64"/>
        <source>标记超期办件、处理超时默认和视为受理，并立责任追究记录（系统也会定时执行）</source>
        <translation>标记超期办件、处理超时默认和视为受理，并立责任追究记录（系统也会定时执行）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="66"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="133"/>
        <source>看板刷新失败，将在 15 秒后重试</source>
        <translation>看板刷新失败，将在 15 秒后重试</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="169"/>
        <source>● 升级督办：逾期未办结的责任追究记录 {r} 条，逾期未反馈的督办 {o} 件</source>
        <translation>● 升级督办：逾期未办结的责任追究记录 {r} 条，逾期未反馈的督办 {o} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="148"/>
        <source>窗口：{open}/{n} 开放</source>
        <translation>窗口：{open}/{n} 开放</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="154"/>
        <source>时限预警：绿灯 {g} · 黄灯 {y} · 红灯 {r}</source>
        <translation>时限预警：绿灯 {g} · 黄灯 {y} · 红灯 {r}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="157"/>
        <source>红灯（已超期）{r} 件、黄灯（临近期限）{y} 件</source>
        <translation>红灯（已超期）{r} 件、黄灯（临近期限）{y} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="161"/>
        <source>{time} 更新 · 等候 {n} 人</source>
        <translation>{time} 更新 · 等候 {n} 人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="172"/>
        <source>，超过办理时限未办结的投诉 {c} 件</source>
        <translation>，超过办理时限未办结的投诉 {c} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="174"/>
        <source>，逾期未落实的督查任务 {t} 件</source>
        <translation>，逾期未落实的督查任务 {t} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="189"/>
        <source>办件 {no}（{item}），办结期限 {due}</source>
        <translation>办件 {no}（{item}），办结期限 {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/board.py" line="207"/>
        <source>时限监察完成：新超期 {o} 件，超时默认 {a} 件，视为受理 {c} 件，超时环节与督办立案 {e} 件</source>
        <translation>时限监察完成：新超期 {o} 件，超时默认 {a} 件，视为受理 {c} 件，超时环节与督办立案 {e} 件</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="75"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="248"/>
        <source>维护工作日历</source>
        <translation>维护工作日历</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="96"/>
        <source>工作日（调休上班）</source>
        <translation>工作日（调休上班）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="97"/>
        <source>休息日（放假）</source>
        <translation>休息日（放假）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="107"/>
        <source>如：清溪县政府办〔2026〕12号</source>
        <translation>如：清溪县政府办〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="116"/>
        <source>如：县城停电检修，中心闭馆</source>
        <translation>如：县城停电检修，中心闭馆</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="53"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="118"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="56"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="119"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="58"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="120"/>
        <source>依据文件文号</source>
        <translation>依据文件文号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="60"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="121"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="263"/>
        <source>请填写依据文件的文号</source>
        <translation>请填写依据文件的文号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="42"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="224"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="279"/>
        <source>工作日</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="43"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="224"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="279"/>
        <source>休息日</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="124"/>
        <source>本地日历优先于国务院公布的安排。先预览受影响的在办办件，确认后才保存并重新计算其办结期限。</source>
        <translation>本地日历优先于国务院公布的安排。先预览受影响的在办办件，确认后才保存并重新计算其办结期限。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="133"/>
        <source>预览影响</source>
        <translation>预览影响</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="134"/>
        <source>确认调整</source>
        <translation>确认调整</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="137"/>
        <source>请先预览受影响的办件</source>
        <translation>请先预览受影响的办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="189"/>
        <source>{y}年{m}月：工作日 {w} 天，休息日 {o} 天；本地调整 {n} 条</source>
        <translation>{y}年{m}月：工作日 {w} 天，休息日 {o} 天；本地调整 {n} 条</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="225"/>
        <source>将 {day} 设为{kind}：</source>
        <translation>将 {day} 设为{kind}：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="227"/>
        <source>{n} 件在办办件的办结期限将调整（原 → 新）。</source>
        <translation>{n} 件在办办件的办结期限将调整（原 → 新）。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="240"/>
        <source>确认调整？{n} 件在办办件的办结期限将随之改变，并记入各办件。</source>
        <translation>确认调整？{n} 件在办办件的办结期限将随之改变，并记入各办件。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="244"/>
        <source>确认调整？没有在办办件受影响。</source>
        <translation>确认调整？没有在办办件受影响。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="280"/>
        <source>已将 {day} 设为{kind}。</source>
        <translation>已将 {day} 设为{kind}。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="282"/>
        <source>{n} 件在办办件的办结期限随之调整（原 → 新）：</source>
        <translation>{n} 件在办办件的办结期限随之调整（原 → 新）：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="231"/>
        <location filename="../../clerk_app/ui/supervision/calendar.py" line="284"/>
        <source>没有在办办件的办结期限受影响。</source>
        <translation>没有在办办件的办结期限受影响。</translation>
    </message>
</context>
<context>
    <name>CallDisplay</name>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="182"/>
        <source>正在叫号</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="191"/>
        <source>最近叫号</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="194"/>
        <source>等候人数</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="282"/>
        <source>{n}&#x3000;→&#x3000;{w} 号窗口</source>
        <translation>{n}&#x3000;→&#x3000;{w} 号窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="298"/>
        <source>与叫号系统的连接中断，正在重连；以下是 {t} 的信息</source>
        <translation>与叫号系统的连接中断，正在重连；以下是 {t} 的信息</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="335"/>
        <source>{n} 人</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="342"/>
        <source>办公时间：{h}</source>
        <translation>办公时间：{h}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="343"/>
        <source>请留意叫号，过号请到导服台重新取号</source>
        <translation>请留意叫号，过号请到导服台重新取号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="352"/>
        <source>{d}&#x3000;{t}</source>
        <translation>{d}&#x3000;{t}</translation>
    </message>
</context>
<context>
    <name>CallRow</name>
    <message>
        <location filename="../../clerk_app/ui/hall/display.py" line="128"/>
        <source>请到 {w} 号窗口</source>
        <translation>请到 {w} 号窗口</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="70"/>
        <source>办件 {no}</source>
        <translation>办件 {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="83"/>
        <source>联办环节</source>
        <translation>联办环节</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="84"/>
        <source>办结所选环节</source>
        <translation>办结所选环节</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="86"/>
        <source>补打所选文书</source>
        <translation>补打所选文书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="91"/>
        <source>显示完整证件号</source>
        <translation>显示完整证件号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="94"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="111"/>
        <source>已打印文书</source>
        <translation>已打印文书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="132"/>
        <source>（经办人 {agent}）</source>
        <translation>（经办人 {agent}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="136"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="139"/>
        <source>部门 / 窗口</source>
        <translation>部门 / 窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="140"/>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="141"/>
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="142"/>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="143"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="144"/>
        <source>收件日期</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="145"/>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="146"/>
        <source>办结期限</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="147"/>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="214"/>
        <source>联办环节（{n} 个部门）</source>
        <translation>联办环节（{n} 个部门）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="216"/>
        <source>  ·  办理中：{names}</source>
        <translation>  ·  办理中：{names}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="218"/>
        <source>  ·  各部门均已办结</source>
        <translation>  ·  各部门均已办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="220"/>
        <source>  ·  ● 超期环节 {n} 个</source>
        <translation>  ·  ● 超期环节 {n} 个</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="250"/>
        <source>办件 {no} 的{dept}环节已办结</source>
        <translation>办件 {no} 的{dept}环节已办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="89"/>
        <source>接收补正材料</source>
        <translation>接收补正材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_details.py" line="198"/>
        <source>办件 {no}：补正材料已接收，当前状态 {state}</source>
        <translation>办件 {no}：补正材料已接收，当前状态 {state}</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="34"/>
        <source>计时中止</source>
        <translation>计时中止</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="44"/>
        <source>超期 {n} 个工作日</source>
        <translation>超期 {n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="48"/>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="49"/>
        <source>{n} 个工作日</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="55"/>
        <source>（暂定）</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="62"/>
        <source>（延期待批）</source>
        <translation>（延期待批）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="71"/>
        <source>办件编号</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="72"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="74"/>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="76"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="78"/>
        <source>办结期限</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="83"/>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="89"/>
        <source>预警</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>CaseStepModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="107"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="110"/>
        <source>分工</source>
        <translation>分工</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="112"/>
        <source>环节时限</source>
        <translation>环节时限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="118"/>
        <source>环节期限</source>
        <translation>环节期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="122"/>
        <source>办结日期</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="127"/>
        <source>办理意见</source>
        <translation>办理意见</translation>
    </message>
</context>
<context>
    <name>CenterDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="62"/>
        <source>服务中心信息</source>
        <translation>服务中心信息</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="66"/>
        <location filename="../../clerk_app/ui/administration/editors.py" line="86"/>
        <source>咨询电话</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="67"/>
        <location filename="../../clerk_app/ui/administration/editors.py" line="87"/>
        <source>投诉电话</source>
        <translation>投诉电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="70"/>
        <source>如：工作日 9:00-12:00，13:30-17:00</source>
        <translation>如：工作日 9:00-12:00，13:30-17:00</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="77"/>
        <location filename="../../clerk_app/ui/administration/editors.py" line="80"/>
        <source>部门未设置时使用</source>
        <translation>部门未设置时使用</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="84"/>
        <source>中心名称</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="85"/>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="88"/>
        <source>监督电话</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="89"/>
        <source>办公时间</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="90"/>
        <source>进度查询网址</source>
        <translation>进度查询网址</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="91"/>
        <source>印章文字</source>
        <translation>印章文字</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="92"/>
        <source>行政复议机关（默认）</source>
        <translation>行政复议机关（默认）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="93"/>
        <source>管辖法院（默认）</source>
        <translation>管辖法院（默认）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="94"/>
        <source>大厅公告</source>
        <translation>大厅公告</translation>
    </message>
</context>
<context>
    <name>CentralSettingsDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="43"/>
        <source>中心数据库连接设置</source>
        <translation>中心数据库连接设置</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="47"/>
        <source>如 10.12.0.5；留空则单机运行</source>
        <translation>如 10.12.0.5；留空则单机运行</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="56"/>
        <source>留空则沿用已保存的密码</source>
        <translation>留空则沿用已保存的密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="59"/>
        <source>服务器地址</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="60"/>
        <source>端口</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="61"/>
        <source>数据库</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="62"/>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="63"/>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="64"/>
        <source>工作站编号</source>
        <translation>工作站编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="65"/>
        <source>密码只保存在本机系统密钥环中，不写入设置文件。</source>
        <translation>密码只保存在本机系统密钥环中，不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="70"/>
        <source>测试连接</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="71"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="73"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="93"/>
        <source>工作站编号只能用字母、数字、“-”和“_”，最多 32 位</source>
        <translation>工作站编号只能用字母、数字、“-”和“_”，最多 32 位</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="95"/>
        <source>请填写数据库名称</source>
        <translation>请填写数据库名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="121"/>
        <source>请填写中心数据库服务器地址</source>
        <translation>请填写中心数据库服务器地址</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/central_settings.py" line="125"/>
        <source>正在连接…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="55"/>
        <source>办结{kind}</source>
        <translation>办结{kind}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="63"/>
        <source>任务</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="64"/>
        <source>结果类别</source>
        <translation>结果类别</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="65"/>
        <source>具体情况</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="68"/>
        <source>请填写回访或整改的具体情况</source>
        <translation>请填写回访或整改的具体情况</translation>
    </message>
</context>
<context>
    <name>CloseReferralDialog</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="134"/>
        <source>办结转办</source>
        <translation>办结转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="136"/>
        <source>转办事由</source>
        <translation>转办事由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="137"/>
        <source>办理结果</source>
        <translation>办理结果</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="87"/>
        <source>登记投诉…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="89"/>
        <source>导入热线工单…</source>
        <translation>导入热线工单…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="92"/>
        <source>导入 12345/县长热线、部门热线平台导出的工单（Excel 或 CSV），重复工单自动跳过</source>
        <translation>导入 12345/县长热线、部门热线平台导出的工单（Excel 或 CSV），重复工单自动跳过</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="94"/>
        <source>跟进…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="95"/>
        <source>处理…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="96"/>
        <source>督办…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="97"/>
        <source>就选中的投诉向被投诉部门下达督办</source>
        <translation>就选中的投诉向被投诉部门下达督办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="99"/>
        <source>显示近 {n} 天已办结的</source>
        <translation>显示近 {n} 天已办结的</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="100"/>
        <source>已办结的投诉中，逾期答复的以红字标出</source>
        <translation>已办结的投诉中，逾期答复的以红字标出</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="114"/>
        <source>待处理的效能投诉：{n} 件</source>
        <translation>待处理的效能投诉：{n} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="117"/>
        <source>（其中超过办理时限 {n} 件）</source>
        <translation>（其中超过办理时限 {n} 件）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="140"/>
        <source>效能投诉（{who}）：{content}，办理时限 {due}</source>
        <translation>效能投诉（{who}）：{content}，办理时限 {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="156"/>
        <source>已登记 {who} 的效能投诉</source>
        <translation>已登记 {who} 的效能投诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="166"/>
        <source>导入热线工单</source>
        <translation>导入热线工单</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="166"/>
        <source>工单导出 (*.xlsx *.csv)</source>
        <translation>工单导出 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="176"/>
        <source>已导入 {n} 件热线工单</source>
        <translation>已导入 {n} 件热线工单</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="178"/>
        <source>，跳过重复工单 {m} 件</source>
        <translation>，跳过重复工单 {m} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="189"/>
        <source>跟进投诉办理</source>
        <translation>跟进投诉办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="191"/>
        <source>跟进情况</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="198"/>
        <source>已记录跟进情况</source>
        <translation>已记录跟进情况</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="216"/>
        <source>投诉属实，已立责任追究记录</source>
        <translation>投诉属实，已立责任追究记录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="218"/>
        <source>投诉已处理完毕</source>
        <translation>投诉已处理完毕</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="99"/>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="104"/>
        <source>办件</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="105"/>
        <source>办理结果</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="106"/>
        <source>说明（不予许可时必填）</source>
        <translation>说明（不予许可时必填）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="113"/>
        <source>不予许可须写明理由</source>
        <translation>不予许可须写明理由</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="108"/>
        <source>验收督查任务</source>
        <translation>验收督查任务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="110"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="114"/>
        <source>督查事项</source>
        <translation>督查事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="115"/>
        <source>落实成效</source>
        <translation>落实成效</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="116"/>
        <source>成效评价</source>
        <translation>成效评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="120"/>
        <source>请填写落实成效</source>
        <translation>请填写落实成效</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="122"/>
        <source>请选择成效评价</source>
        <translation>请选择成效评价</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="25"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="35"/>
        <source>未知人员</source>
        <translation>未知人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="40"/>
        <source>工作站{ws}</source>
        <translation>工作站{ws}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="50"/>
        <source>{when} {who}在{where}{what}</source>
        <translation>{when} {who}在{where}{what}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="53"/>
        <source>{when} {who}在{where}{what}：{records}</source>
        <translation>{when} {who}在{where}{what}：{records}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="60"/>
        <source>中心数据库</source>
        <translation>中心数据库</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="61"/>
        <source>工作站 {ws}</source>
        <translation>工作站 {ws}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="69"/>
        <source>与本库已有的记录冲突（同一记录已由其他窗口先写入）</source>
        <translation>与本库已有的记录冲突（同一记录已由其他窗口先写入）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="72"/>
        <source>该操作的前提条件在此处已不成立（{reason}）</source>
        <translation>该操作的前提条件在此处已不成立（{reason}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="79"/>
        <source>未处理</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="81"/>
        <source>已处理</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="96"/>
        <source>操作时间</source>
        <translation>操作时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="101"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="105"/>
        <source>工作站</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="109"/>
        <source>涉及记录</source>
        <translation>涉及记录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="113"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="116"/>
        <source>发现于</source>
        <translation>发现于</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="117"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="133"/>
        <source>来自工作站 {ws}</source>
        <translation>来自工作站 {ws}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="150"/>
        <source>未能生效的操作</source>
        <translation>未能生效的操作</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="153"/>
        <source>原因：{reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="156"/>
        <source>{at} 由{where}发现</source>
        <translation>{at} 由{where}发现</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="160"/>
        <source>此前已生效的操作（涉及同一记录）</source>
        <translation>此前已生效的操作（涉及同一记录）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="168"/>
        <source>（本库没有涉及同一记录的操作）</source>
        <translation>（本库没有涉及同一记录的操作）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="172"/>
        <source>处理情况</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts_model.py" line="175"/>
        <source>{at} 由{who}标记已处理：{note}</source>
        <translation>{at} 由{who}标记已处理：{note}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="37"/>
        <source>同时显示已处理的冲突</source>
        <translation>同时显示已处理的冲突</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="39"/>
        <source>选择一条冲突，查看双方的操作</source>
        <translation>选择一条冲突，查看双方的操作</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="48"/>
        <source>标记已处理…</source>
        <translation>标记已处理…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="72"/>
        <source>同步冲突：共 {n} 件，其中待处理 {open} 件</source>
        <translation>同步冲突：共 {n} 件，其中待处理 {open} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="76"/>
        <source>待处理的同步冲突：{n} 件</source>
        <translation>待处理的同步冲突：{n} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="86"/>
        <source>同步冲突</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="87"/>
        <source>同步冲突 ({n})</source>
        <translation>同步冲突 ({n})</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="112"/>
        <source>标记同步冲突已处理</source>
        <translation>标记同步冲突已处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="114"/>
        <source>处理意见</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="120"/>
        <source>例如：已与哪个窗口核实、以哪一方为准、是否已补办</source>
        <translation>例如：已与哪个窗口核实、以哪一方为准、是否已补办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/conflicts.py" line="140"/>
        <source>已将同步冲突标记为已处理：{what}</source>
        <translation>已将同步冲突标记为已处理：{what}</translation>
    </message>
</context>
<context>
    <name>ContestsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="102"/>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="115"/>
        <source>申诉成立</source>
        <translation>申诉成立</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="103"/>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="115"/>
        <source>申诉不成立</source>
        <translation>申诉不成立</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="104"/>
        <source>该差评不计入满意度，相关回访、整改按误评办结</source>
        <translation>该差评不计入满意度，相关回访、整改按误评办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="111"/>
        <source>待审核的差评申诉：{n} 件</source>
        <translation>待审核的差评申诉：{n} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="116"/>
        <source>{staff}：{level}“{comment}”；申诉理由：{reason}</source>
        <translation>{staff}：{level}“{comment}”；申诉理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="123"/>
        <source>审核意见</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="139"/>
        <source>已认定 {staff} 的差评申诉成立，该评价不计入满意度</source>
        <translation>已认定 {staff} 的差评申诉成立，该评价不计入满意度</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="141"/>
        <source>已驳回 {staff} 的差评申诉</source>
        <translation>已驳回 {staff} 的差评申诉</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="62"/>
        <source>叫这一位</source>
        <translation>叫这一位</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="63"/>
        <source>叫等候名单中选中的号（不按顺序时用）</source>
        <translation>叫等候名单中选中的号（不按顺序时用）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="66"/>
        <source>无号接待</source>
        <translation>无号接待</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="68"/>
        <source>来访人没有取号：为其编号并直接开始办理（与取号办理一样计入统计）</source>
        <translation>来访人没有取号：为其编号并直接开始办理（与取号办理一样计入统计）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="71"/>
        <source>登记投诉…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="72"/>
        <source>来访人在窗口投诉：登记后由效能监督员处理</source>
        <translation>来访人在窗口投诉：登记后由效能监督员处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="93"/>
        <source>请申请人在评价器上评价</source>
        <translation>请申请人在评价器上评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="101"/>
        <source>叫号</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="102"/>
        <source>重呼</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="103"/>
        <source>过号</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="104"/>
        <source>转移</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="105"/>
        <source>暂停</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="106"/>
        <source>开始办理</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="107"/>
        <source>结束服务</source>
        <translation>结束服务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="108"/>
        <source>收件</source>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="134"/>
        <source>本窗口队列</source>
        <translation>本窗口队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="140"/>
        <source>等候名单（按叫号顺序）</source>
        <translation>等候名单（按叫号顺序）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="162"/>
        <source>未选择窗口：请退出后登录时选择窗口</source>
        <translation>未选择窗口：请退出后登录时选择窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="191"/>
        <source>等候 {n} 人  ·  最长等候 {m} 分钟</source>
        <translation>等候 {n} 人  ·  最长等候 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="210"/>
        <source>离线：只能叫本窗口离线时取的号（{series}-01 这样的号），可叫 {own} 人；其余 {others} 人由中心排号，连上中心后再叫</source>
        <translation>离线：只能叫本窗口离线时取的号（{series}-01 这样的号），可叫 {own} 人；其余 {others} 人由中心排号，连上中心后再叫</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="227"/>
        <source>F5  暂停</source>
        <translation>F5  暂停</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="229"/>
        <source>窗口已暂停：{reason}</source>
        <translation>窗口已暂停：{reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="231"/>
        <source>F5  恢复</source>
        <translation>F5  恢复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="303"/>
        <source>离线：本窗口离线时取的号都已叫完；其余等候的号由中心排号，连上中心后再叫</source>
        <translation>离线：本窗口离线时取的号都已叫完；其余等候的号由中心排号，连上中心后再叫</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="306"/>
        <source>没有等候的号</source>
        <translation>没有等候的号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="309"/>
        <source>请 {number} 号到 {window} 窗口</source>
        <translation>请 {number} 号到 {window} 窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="337"/>
        <source>无号接待：已编号 {number}，开始办理</source>
        <translation>无号接待：已编号 {number}，开始办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="343"/>
        <source>正在叫号…</source>
        <translation>正在叫号…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="352"/>
        <source>已重呼 {number} 号</source>
        <translation>已重呼 {number} 号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="357"/>
        <source>{number} 号已过号</source>
        <translation>{number} 号已过号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="362"/>
        <source>开始为 {number} 号办理</source>
        <translation>开始为 {number} 号办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="368"/>
        <source>{number} 号服务结束</source>
        <translation>{number} 号服务结束</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="378"/>
        <source>{number} 号已转移</source>
        <translation>{number} 号已转移</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="386"/>
        <source>窗口已恢复叫号</source>
        <translation>窗口已恢复叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="393"/>
        <source>窗口已暂停</source>
        <translation>窗口已暂停</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/panel.py" line="412"/>
        <source>办件 {no}：{state}</source>
        <translation>办件 {no}：{state}</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="136"/>
        <source>批准延期</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="136"/>
        <source>不批准延期</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="139"/>
        <source>申请</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="140"/>
        <source>原办结期限</source>
        <translation>原办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="143"/>
        <source>批准后办结期限</source>
        <translation>批准后办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="144"/>
        <source>审批意见</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="148"/>
        <source>如：副县长 李某某</source>
        <translation>如：副县长 李某某</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="149"/>
        <source>如：清府办函〔2026〕12号</source>
        <translation>如：清府办函〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="150"/>
        <source>县政府批准人</source>
        <translation>县政府批准人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="151"/>
        <source>批准文号</source>
        <translation>批准文号</translation>
    </message>
</context>
<context>
    <name>Deliveries</name>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="35"/>
        <source>当面送达</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="36"/>
        <source>邮寄送达</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="37"/>
        <source>短信告知</source>
        <translation>短信告知</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="45"/>
        <source>办件编号</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="46"/>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="47"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="49"/>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="52"/>
        <source>打印归档</source>
        <translation>打印归档</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="54"/>
        <source>已打印</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="56"/>
        <source>未打印</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>DeliveriesPanel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="97"/>
        <source>打印并归档</source>
        <translation>打印并归档</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="98"/>
        <source>登记送达…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="120"/>
        <source>待送达文书：{n} 件</source>
        <translation>待送达文书：{n} 件</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="68"/>
        <source>登记送达</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="73"/>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="74"/>
        <source>送达方式</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/deliveries.py" line="75"/>
        <source>送达情况（短信须写明内容）</source>
        <translation>送达情况（短信须写明内容）</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="123"/>
        <source>新建部门</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="123"/>
        <source>修改部门</source>
        <translation>修改部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="131"/>
        <source>如：SW</source>
        <translation>如：SW</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="132"/>
        <source>发文机关全称</source>
        <translation>发文机关全称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="134"/>
        <location filename="../../clerk_app/ui/administration/editors.py" line="135"/>
        <source>（未设置）</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="139"/>
        <source>如：国家税务总局某市税务局；空：同中心</source>
        <translation>如：国家税务总局某市税务局；空：同中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="141"/>
        <source>空：同中心</source>
        <translation>空：同中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="143"/>
        <source>在用</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="145"/>
        <source>部门编码</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="146"/>
        <source>部门全称</source>
        <translation>部门全称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="147"/>
        <source>简称</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="148"/>
        <source>主要负责人</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="149"/>
        <source>分管负责人</source>
        <translation>分管负责人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="150"/>
        <source>行政复议机关</source>
        <translation>行政复议机关</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="151"/>
        <source>管辖法院</source>
        <translation>管辖法院</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="152"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="153"/>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="157"/>
        <source>打印时间</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="161"/>
        <source>打印人</source>
        <translation>打印人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="165"/>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="167"/>
        <source>补打</source>
        <translation>补打</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="74"/>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="78"/>
        <source> 个工作日</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="80"/>
        <source>办件</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="82"/>
        <source>当前办结期限</source>
        <translation>当前办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="83"/>
        <source>还可延期 {n} 个工作日</source>
        <translation>还可延期 {n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="84"/>
        <source>法定延期上限</source>
        <translation>法定延期上限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="85"/>
        <source>延长</source>
        <translation>延长</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="86"/>
        <source>延期理由（必填）</source>
        <translation>延期理由（必填）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="89"/>
        <source>请写明延期理由</source>
        <translation>请写明延期理由</translation>
    </message>
</context>
<context>
    <name>ExtensionModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="105"/>
        <source>办件编号</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="109"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="112"/>
        <source>承办人</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="116"/>
        <source>原办结期限</source>
        <translation>原办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="120"/>
        <source>延长</source>
        <translation>延长</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="121"/>
        <source>{n} 个工作日</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/cases_model.py" line="127"/>
        <source>理由</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ExtensionsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="35"/>
        <source>批准延期</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="37"/>
        <source>不批准</source>
        <translation>不批准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="49"/>
        <source>待审批的延期申请：{n} 件</source>
        <translation>待审批的延期申请：{n} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="57"/>
        <source>{no} 延长 {n} 个工作日：{reason}</source>
        <translation>{no} 延长 {n} 个工作日：{reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="89"/>
        <source>已批准 {no} 延期，新办结期限 {due}</source>
        <translation>已批准 {no} 延期，新办结期限 {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/approvals.py" line="93"/>
        <source>已驳回 {no} 的延期申请</source>
        <translation>已驳回 {no} 的延期申请</translation>
    </message>
</context>
<context>
    <name>FileComplaintDialog</name>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="39"/>
        <source>登记效能投诉</source>
        <translation>登记效能投诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="45"/>
        <source>热线工单必填</source>
        <translation>热线工单必填</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="47"/>
        <source>不愿留名可填“匿名”</source>
        <translation>不愿留名可填“匿名”</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="50"/>
        <source>（不指定）</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="55"/>
        <source>（按被投诉人或办件）</source>
        <translation>（按被投诉人或办件）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="60"/>
        <source>可不填</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="62"/>
        <source>投诉渠道</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="63"/>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="64"/>
        <source>投诉人</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="65"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="66"/>
        <source>被投诉人</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="67"/>
        <source>被投诉部门</source>
        <translation>被投诉部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="68"/>
        <source>涉及办件编号</source>
        <translation>涉及办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="69"/>
        <source>投诉内容</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="74"/>
        <source>请填写投诉人姓名（不愿留名可填“匿名”）</source>
        <translation>请填写投诉人姓名（不愿留名可填“匿名”）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="76"/>
        <source>请填写投诉内容</source>
        <translation>请填写投诉内容</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="78"/>
        <source>被投诉人请从列表中选择（可输入姓名、工号或部门查找）</source>
        <translation>被投诉人请从列表中选择（可输入姓名、工号或部门查找）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/complaint_filing.py" line="80"/>
        <source>热线投诉请填写工单编号</source>
        <translation>热线投诉请填写工单编号</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="191"/>
        <source>记录发现的问题</source>
        <translation>记录发现的问题</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="203"/>
        <source>照片文件名、记录等</source>
        <translation>照片文件名、记录等</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="207"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="208"/>
        <source>检查项目</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="209"/>
        <source>发现的问题</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="210"/>
        <source>证据</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="211"/>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="214"/>
        <source>请填写发现的问题</source>
        <translation>请填写发现的问题</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="58"/>
        <source>首问登记</source>
        <translation>首问登记</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="65"/>
        <source>选填，便于回访</source>
        <translation>选填，便于回访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="69"/>
        <source>咨询办理：{name}</source>
        <translation>咨询办理：{name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="75"/>
        <source>不属本窗口办理，转办至其他部门</source>
        <translation>不属本窗口办理，转办至其他部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="78"/>
        <source>打印引导单</source>
        <translation>打印引导单</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="89"/>
        <source>来访人姓名</source>
        <translation>来访人姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="90"/>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="91"/>
        <source>咨询事项</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="92"/>
        <source>答复</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="94"/>
        <source>接收部门</source>
        <translation>接收部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="95"/>
        <source>接收窗口</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="146"/>
        <source>由部门安排</source>
        <translation>由部门安排</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="192"/>
        <source>请填写来访人姓名</source>
        <translation>请填写来访人姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="194"/>
        <source>请填写咨询事项</source>
        <translation>请填写咨询事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="196"/>
        <source>请选择接收部门</source>
        <translation>请选择接收部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="198"/>
        <source>请填写答复内容，或勾选转办</source>
        <translation>请填写答复内容，或勾选转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="96"/>
        <source>相关事项</source>
        <translation>相关事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="163"/>
        <source>未指定（引导单不列申请材料）</source>
        <translation>未指定（引导单不列申请材料）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/first_contact.py" line="166"/>
        <source>接收部门不办理“{name}”：引导单不列申请材料</source>
        <translation>接收部门不办理“{name}”：引导单不列申请材料</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="38"/>
        <source>首次使用</source>
        <translation>首次使用</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="42"/>
        <source>本机数据库中还没有服务中心。可以载入演示数据试用，或新建一个服务中心并设置系统管理员。</source>
        <translation>本机数据库中还没有服务中心。可以载入演示数据试用，或新建一个服务中心并设置系统管理员。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="47"/>
        <source>载入演示数据</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="50"/>
        <source>本版本未附带演示数据</source>
        <translation>本版本未附带演示数据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="52"/>
        <source>如 青山县政务服务中心</source>
        <translation>如 青山县政务服务中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="60"/>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="62"/>
        <source>新建服务中心</source>
        <translation>新建服务中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="64"/>
        <source>中心名称</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="65"/>
        <source>中心编码</source>
        <translation>中心编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="66"/>
        <source>管理员工号</source>
        <translation>管理员工号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="67"/>
        <source>管理员姓名</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="68"/>
        <source>管理员密码</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="93"/>
        <source>请填写全部项目</source>
        <translation>请填写全部项目</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/first_run.py" line="95"/>
        <source>管理员密码至少 8 位</source>
        <translation>管理员密码至少 8 位</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="43"/>
        <source>办结…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="53"/>
        <source>待办结的回访、整改和出具结果任务：{n} 件</source>
        <translation>待办结的回访、整改和出具结果任务：{n} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="55"/>
        <source>（其中逾期 {n} 件）</source>
        <translation>（其中逾期 {n} 件）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/follow_ups.py" line="72"/>
        <source>已办结{kind}任务</source>
        <translation>已办结{kind}任务</translation>
    </message>
</context>
<context>
    <name>FrontDeskTab</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="63"/>
        <source>事项名称 / 事项编码 / 拼音首字母，如 yyzz</source>
        <translation>事项名称 / 事项编码 / 拼音首字母，如 yyzz</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="75"/>
        <source>重点项目名称或原因</source>
        <translation>重点项目名称或原因</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="77"/>
        <source>取号并打印</source>
        <translation>取号并打印</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="82"/>
        <source>首问登记 / 转办</source>
        <translation>首问登记 / 转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="83"/>
        <source>打印办事指南</source>
        <translation>打印办事指南</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="84"/>
        <source>登记投诉…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="85"/>
        <source>来访人当场投诉：登记后由效能监督员处理</source>
        <translation>来访人当场投诉：登记后由效能监督员处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="91"/>
        <source>取号</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="93"/>
        <source>队列</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="94"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="95"/>
        <source>绿色通道原因</source>
        <translation>绿色通道原因</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="97"/>
        <source>预览号票</source>
        <translation>预览号票</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="98"/>
        <source>再看一遍刚打印的号票（可从预览中重打）</source>
        <translation>再看一遍刚打印的号票（可从预览中重打）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="241"/>
        <source>正在取号…</source>
        <translation>正在取号…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="255"/>
        <source>已取号 {number}，前面 {n} 人</source>
        <translation>已取号 {number}，前面 {n} 人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="272"/>
        <source>号票 {number} 已送打印机</source>
        <translation>号票 {number} 已送打印机</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="274"/>
        <source>号票 {number} 已生成，请在预览窗口中打印</source>
        <translation>号票 {number} 已生成，请在预览窗口中打印</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="318"/>
        <source>已登记并转办，可在“我的转办”中跟踪</source>
        <translation>已登记并转办，可在“我的转办”中跟踪</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="320"/>
        <source>首问登记已保存</source>
        <translation>首问登记已保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/panel.py" line="322"/>
        <source>引导单已打印</source>
        <translation>引导单已打印</translation>
    </message>
</context>
<context>
    <name>IdCardRow</name>
    <message>
        <location filename="../../clerk_app/ui/common/id_reader.py" line="29"/>
        <source>读卡</source>
        <translation>读卡</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/id_reader.py" line="30"/>
        <source>从身份证阅读器读取姓名和身份证号</source>
        <translation>从身份证阅读器读取姓名和身份证号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/id_reader.py" line="43"/>
        <source>正在读卡…</source>
        <translation>正在读卡…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/id_reader.py" line="59"/>
        <source>读卡失败，请重新放置身份证后再读</source>
        <translation>读卡失败，请重新放置身份证后再读</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="57"/>
        <source>导入工作簿：{name}</source>
        <translation>导入工作簿：{name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="65"/>
        <source>工作表</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="65"/>
        <source>行</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="65"/>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="65"/>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="77"/>
        <source>全部导入</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="79"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="113"/>
        <source>工作簿有 {n} 处错误，不能导入。请按下表（工作表、行、列）改正后重新选择文件；在改正之前不会导入任何数据。</source>
        <translation>工作簿有 {n} 处错误，不能导入。请按下表（工作表、行、列）改正后重新选择文件；在改正之前不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="119"/>
        <source>没有发现错误。全部导入将写入：{counts}。</source>
        <translation>没有发现错误。全部导入将写入：{counts}。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="120"/>
        <source>（没有数据行）</source>
        <translation>（没有数据行）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="139"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="140"/>
        <source>已导入：{counts}。</source>
        <translation>已导入：{counts}。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="142"/>
        <source>新建账号的临时密码只显示这一次，请当面告知本人（首次登录须修改）：</source>
        <translation>新建账号的临时密码只显示这一次，请当面告知本人（首次登录须修改）：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="145"/>
        <source>工号 {no}：{password}</source>
        <translation>工号 {no}：{password}</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="123"/>
        <source>登记明查暗访</source>
        <translation>登记明查暗访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="128"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="145"/>
        <source>{item}：符合</source>
        <translation>{item}：符合</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="149"/>
        <source>检查日期</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="150"/>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="151"/>
        <source>检查人员</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="152"/>
        <source>检查窗口</source>
        <translation>检查窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="153"/>
        <source>检查表</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="157"/>
        <source>请选择明查或暗访</source>
        <translation>请选择明查或暗访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="159"/>
        <source>请填写检查人员</source>
        <translation>请填写检查人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="161"/>
        <source>请选择检查的窗口</source>
        <translation>请选择检查的窗口</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="36"/>
        <source>明查</source>
        <translation>明查</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="37"/>
        <source>暗访</source>
        <translation>暗访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="43"/>
        <source>已立案追究</source>
        <translation>已立案追究</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="44"/>
        <source>已下达督办</source>
        <translation>已下达督办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="45"/>
        <source>当场纠正</source>
        <translation>当场纠正</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="54"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="58"/>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="61"/>
        <source>检查人员</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="64"/>
        <source>检查窗口</source>
        <translation>检查窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="68"/>
        <source>未通过项目</source>
        <translation>未通过项目</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="72"/>
        <source>发现问题</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="85"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="87"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="90"/>
        <source>人员</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="93"/>
        <source>检查项目</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="95"/>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="97"/>
        <source>证据</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="100"/>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="228"/>
        <source>立案追究责任</source>
        <translation>立案追究责任</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="229"/>
        <source>下达督办（3 个工作日）</source>
        <translation>下达督办（3 个工作日）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="230"/>
        <source>当场纠正，不再处理</source>
        <translation>当场纠正，不再处理</translation>
    </message>
</context>
<context>
    <name>InspectionsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="239"/>
        <source>登记检查…</source>
        <translation>登记检查…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="241"/>
        <source>记录问题…</source>
        <translation>记录问题…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="243"/>
        <source>通报批评</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="246"/>
        <source>通报表扬</source>
        <translation>通报表扬</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="250"/>
        <source>发现的问题</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="267"/>
        <source>明查暗访：{n} 次</source>
        <translation>明查暗访：{n} 次</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="282"/>
        <source>已登记明查暗访</source>
        <translation>已登记明查暗访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/inspections.py" line="297"/>
        <source>已记录问题：{what}</source>
        <translation>已记录问题：{what}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="101"/>
        <source>收件</source>
        <extracomment>A refusal&apos;s field (the services&apos; name) → the applicant form&apos;s field it is shown at.</extracomment>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="105"/>
        <source>更换事项：名称 / 编码 / 拼音首字母</source>
        <translation>更换事项：名称 / 编码 / 拼音首字母</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="110"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="122"/>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="131"/>
        <source>申请材料核验</source>
        <translation>申请材料核验</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="137"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="456"/>
        <source>现场办结</source>
        <translation>现场办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="138"/>
        <source>受理并打印回执</source>
        <translation>受理并打印回执</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="140"/>
        <source>一次性告知补正</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="141"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="486"/>
        <source>不予受理</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="142"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="500"/>
        <source>转办</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="143"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="506"/>
        <source>当场告知</source>
        <translation>当场告知</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="144"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="277"/>
        <source>请选择事项</source>
        <translation>请选择事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="281"/>
        <source>即办：材料齐全可现场办结</source>
        <translation>即办：材料齐全可现场办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="286"/>
        <source>无需许可，可当场告知</source>
        <translation>无需许可，可当场告知</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="290"/>
        <source>承诺时限 {days} 个工作日，今日受理则 {due} 前办结</source>
        <translation>承诺时限 {days} 个工作日，今日受理则 {due} 前办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="294"/>
        <source>（暂定：该年节假日安排尚未公布，公布后自动重算）</source>
        <translation>（暂定：该年节假日安排尚未公布，公布后自动重算）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="303"/>
        <source>收件 — {no}</source>
        <translation>收件 — {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="350"/>
        <source>只有即办件可以现场办结</source>
        <translation>只有即办件可以现场办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="352"/>
        <source>该事项需要许可，不能当场告知了结</source>
        <translation>该事项需要许可，不能当场告知了结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="364"/>
        <source>请先选择事项</source>
        <translation>请先选择事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="366"/>
        <source>即办件当场办结，不按承诺时限受理</source>
        <translation>即办件当场办结，不按承诺时限受理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="370"/>
        <source>申请人信息或材料核验未填写完整（见标红处）</source>
        <translation>申请人信息或材料核验未填写完整（见标红处）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="372"/>
        <source>材料不齐全或不符合要求，不能受理；请出具一次性告知书</source>
        <translation>材料不齐全或不符合要求，不能受理；请出具一次性告知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="373"/>
        <source>该办件当前状态不能受理</source>
        <translation>该办件当前状态不能受理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="379"/>
        <source>确认受理并打印受理通知书？</source>
        <translation>确认受理并打印受理通知书？</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="381"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="469"/>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="368"/>
        <location filename="../../clerk_app/ui/cases/intake.py" line="418"/>
        <source>正在办理…</source>
        <translation>正在办理…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="472"/>
        <source>一次性告知</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="520"/>
        <source>已收件（办件编号 {no}），但“{action}”没有完成：{why}
办件保持“已收件”状态，仍在“我的办件”中，可在此或稍后继续处理。</source>
        <translation>已收件（办件编号 {no}），但“{action}”没有完成：{why}
办件保持“已收件”状态，仍在“我的办件”中，可在此或稍后继续处理。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="529"/>
        <source>办件 {no}：{action}完成</source>
        <translation>办件 {no}：{action}完成</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="538"/>
        <source>没有保存：{why}</source>
        <translation>没有保存：{why}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="223"/>
        <source>（经办人 {agent}）</source>
        <translation>（经办人 {agent}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="228"/>
        <source>接收补正材料 — {no}</source>
        <translation>接收补正材料 — {no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="231"/>
        <source>已于 {day} 一次性告知补正（第 {n} 次）。请按申请人补交的材料更新核验结果，再作决定：受理、再次告知（须中心管理人员）或不予受理。</source>
        <translation>已于 {day} 一次性告知补正（第 {n} 次）。请按申请人补交的材料更新核验结果，再作决定：受理、再次告知（须中心管理人员）或不予受理。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/intake.py" line="355"/>
        <source>同一申请已一次性告知过，再次告知须由中心管理人员办理</source>
        <translation>同一申请已一次性告知过，再次告知须由中心管理人员办理</translation>
    </message>
</context>
<context>
    <name>IssueOrderDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="53"/>
        <source>下达督办</source>
        <translation>下达督办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="56"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="60"/>
        <source>（整个部门）</source>
        <translation>（整个部门）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="67"/>
        <source> 个工作日内反馈</source>
        <translation> 个工作日内反馈</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="70"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="74"/>
        <source>被督办部门</source>
        <translation>被督办部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="75"/>
        <source>被督办窗口</source>
        <translation>被督办窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="76"/>
        <source>督办事项</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="77"/>
        <source>反馈期限</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="82"/>
        <source>请选择被督办的部门或窗口</source>
        <translation>请选择被督办的部门或窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="84"/>
        <source>请填写督办事项</source>
        <translation>请填写督办事项</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="210"/>
        <source>新建事项</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="210"/>
        <source>修改事项</source>
        <translation>修改事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="218"/>
        <source>省级事项目录编码</source>
        <translation>省级事项目录编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="222"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="230"/>
        <source>超时默认（逾期未办结视为同意）</source>
        <translation>超时默认（逾期未办结视为同意）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="234"/>
        <source>须经许可（不予受理时告知复议、诉讼权利）</source>
        <translation>须经许可（不予受理时告知复议、诉讼权利）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="236"/>
        <source>窗口可现场办结</source>
        <translation>窗口可现场办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="248"/>
        <source>如：营业执照</source>
        <translation>如：营业执照</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="253"/>
        <source>每行一条常用的不予受理理由</source>
        <translation>每行一条常用的不予受理理由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="266"/>
        <source>事项编码</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="267"/>
        <source>事项名称</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="268"/>
        <source>实施部门</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="269"/>
        <source>取号队列</source>
        <translation>取号队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="270"/>
        <source>办件类型</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="271"/>
        <source>事项类别</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="272"/>
        <source>法定时限（工作日）</source>
        <translation>法定时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="273"/>
        <source>承诺时限（工作日）</source>
        <translation>承诺时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="274"/>
        <source>可延期（工作日）</source>
        <translation>可延期（工作日）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="275"/>
        <source>补正期限（工作日）</source>
        <translation>补正期限（工作日）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="277"/>
        <source>超时默认依据</source>
        <translation>超时默认依据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="280"/>
        <source>向窗口授权</source>
        <translation>向窗口授权</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="281"/>
        <source>办理条件</source>
        <translation>办理条件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="282"/>
        <source>收费标准</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="283"/>
        <source>收费依据</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="284"/>
        <source>设定依据</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="285"/>
        <source>办理结果</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="286"/>
        <source>联办部门（联办件）</source>
        <translation>联办部门（联办件）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="287"/>
        <source>申请材料</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="288"/>
        <source>不予受理理由</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="289"/>
        <source>事项状态</source>
        <translation>事项状态</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="290"/>
        <source>生效日期</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="291"/>
        <source>调整说明</source>
        <translation>调整说明</translation>
    </message>
</context>
<context>
    <name>ItemGuideView</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="27"/>
        <source>在左侧输入事项名称、事项编码或拼音首字母（如 yyzz）查找事项。</source>
        <translation>在左侧输入事项名称、事项编码或拼音首字母（如 yyzz）查找事项。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="39"/>
        <source>{dept}（牵头）{n} 个工作日</source>
        <translation>{dept}（牵头）{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="41"/>
        <source>{dept} {n} 个工作日</source>
        <translation>{dept} {n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="48"/>
        <source>即办（当场办结）</source>
        <translation>即办（当场办结）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="50"/>
        <source>承诺 {p} 个工作日（法定 {s} 个工作日）</source>
        <translation>承诺 {p} 个工作日（法定 {s} 个工作日）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="56"/>
        <source>事项编码</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="57"/>
        <source>办件类型</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="58"/>
        <source>实施部门</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="59"/>
        <source>办理时限</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="60"/>
        <source>收费</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="60"/>
        <source>不收费</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="61"/>
        <source>办理窗口</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="64"/>
        <source>联办部门</source>
        <translation>联办部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="66"/>
        <source>超时默认</source>
        <translation>超时默认</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="66"/>
        <source>是：逾期未作决定视为同意</source>
        <translation>是：逾期未作决定视为同意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="75"/>
        <source>（非必需）</source>
        <translation>（非必需）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="77"/>
        <source>原件 {o} 份，复印件 {c} 份</source>
        <translation>原件 {o} 份，复印件 {c} 份</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="82"/>
        <source>无需提交材料</source>
        <translation>无需提交材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="83"/>
        <source>受理条件</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="83"/>
        <source>申请材料</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="84"/>
        <source>设定依据</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/item_guide.py" line="84"/>
        <source>符合法定条件的申请人均可申请。</source>
        <translation>符合法定条件的申请人均可申请。</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="15"/>
        <source>即办</source>
        <translation>即办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="16"/>
        <source>{days} 个工作日</source>
        <translation>{days} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="24"/>
        <source>【已取消】</source>
        <translation>【已取消】</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="27"/>
        <source>【已调整】</source>
        <translation>【已调整】</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="36"/>
        <source>事项编码</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="37"/>
        <source>事项名称</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="39"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/items_model.py" line="43"/>
        <source>承诺时限</source>
        <translation>承诺时限</translation>
    </message>
</context>
<context>
    <name>JointStepsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="69"/>
        <source>本部门联办环节</source>
        <translation>本部门联办环节</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="71"/>
        <source>办结本环节</source>
        <translation>办结本环节</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="101"/>
        <source>本部门联办环节：暂无待办</source>
        <translation>本部门联办环节：暂无待办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="104"/>
        <source>本部门联办环节：待办 {n} 项  ·  ● 环节超期 {late} 项</source>
        <translation>本部门联办环节：待办 {n} 项  ·  ● 环节超期 {late} 项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="109"/>
        <source>本部门联办环节：待办 {n} 项</source>
        <translation>本部门联办环节：待办 {n} 项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="133"/>
        <source>办件 {no} 的本部门环节已办结</source>
        <translation>办件 {no} 的本部门环节已办结</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="94"/>
        <source>自助取号</source>
        <translation>自助取号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="118"/>
        <source>请选择办事部门</source>
        <translation>请选择办事部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="151"/>
        <source>本机只发普通号。老年人、残疾人优先号和重点项目绿色通道，请到导服台办理。</source>
        <translation>本机只发普通号。老年人、残疾人优先号和重点项目绿色通道，请到导服台办理。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="155"/>
        <source>手机号码（选填，过号或需要补充材料时便于窗口联系您）：</source>
        <translation>手机号码（选填，过号或需要补充材料时便于窗口联系您）：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="170"/>
        <source>确认取号</source>
        <translation>确认取号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="198"/>
        <source>您的号码</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="205"/>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="221"/>
        <source>管理员退出取号机</source>
        <translation>管理员退出取号机</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="224"/>
        <source>管理员工号</source>
        <translation>管理员工号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="227"/>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="230"/>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="248"/>
        <source>返回</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="260"/>
        <source>暂时无法取号，请到导服台：{why}</source>
        <translation>暂时无法取号，请到导服台：{why}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="273"/>
        <source>{d}：请选择要办理的事项</source>
        <translation>{d}：请选择要办理的事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="313"/>
        <source>{item}
前面还有 {n} 人，预计等候约 {m} 分钟。请取走号票，留意叫号。</source>
        <translation>{item}
前面还有 {n} 人，预计等候约 {m} 分钟。请取走号票，留意叫号。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/kiosk.py" line="340"/>
        <source>号票打印失败，请记住您的号码或到导服台补打</source>
        <translation>号票打印失败，请记住您的号码或到导服台补打</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="46"/>
        <source>导服人员</source>
        <translation>导服人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="47"/>
        <source>部门负责人</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="48"/>
        <source>窗口首席代表</source>
        <translation>窗口首席代表</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="49"/>
        <source>效能监督员</source>
        <translation>效能监督员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="50"/>
        <source>系统管理员</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="51"/>
        <source>系统</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="57"/>
        <source>普通</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="58"/>
        <source>老弱病残孕优先</source>
        <translation>老弱病残孕优先</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="59"/>
        <source>预约</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="60"/>
        <source>绿色通道（重点项目）</source>
        <translation>绿色通道（重点项目）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="66"/>
        <source>等候中</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="67"/>
        <source>已叫号</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="68"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="120"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="376"/>
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="69"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="127"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="377"/>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="70"/>
        <source>已过号</source>
        <translation>已过号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="76"/>
        <source>即办件</source>
        <translation>即办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="77"/>
        <source>承诺件</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="78"/>
        <source>上报件</source>
        <translation>上报件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="79"/>
        <source>联办件</source>
        <translation>联办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="85"/>
        <source>不属于本机关职权范围</source>
        <translation>不属于本机关职权范围</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="88"/>
        <source>不符合受理条件</source>
        <translation>不符合受理条件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="89"/>
        <source>隐瞒有关情况或者提供虚假材料</source>
        <translation>隐瞒有关情况或者提供虚假材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="92"/>
        <source>逾期未补正材料</source>
        <translation>逾期未补正材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="93"/>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="99"/>
        <source>听证</source>
        <translation>听证</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="100"/>
        <source>招标</source>
        <translation>招标</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="101"/>
        <source>拍卖</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="102"/>
        <source>检验</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="103"/>
        <source>检测</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="104"/>
        <source>检疫</source>
        <translation>检疫</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="105"/>
        <source>鉴定</source>
        <translation>鉴定</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="106"/>
        <source>专家评审</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="112"/>
        <source>准予许可</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="113"/>
        <source>不予许可</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="119"/>
        <source>已收件</source>
        <translation>已收件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="121"/>
        <source>已一次性告知补正</source>
        <translation>已一次性告知补正</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="122"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="413"/>
        <source>不予受理</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="123"/>
        <source>已转办</source>
        <translation>已转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="124"/>
        <source>现场办结</source>
        <translation>现场办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="125"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="418"/>
        <source>当场告知</source>
        <translation>当场告知</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="126"/>
        <source>特别程序中</source>
        <translation>特别程序中</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="128"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="352"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="408"/>
        <source>超时默认</source>
        <translation>超时默认</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="129"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="419"/>
        <source>逾期未补正视为撤回</source>
        <translation>逾期未补正视为撤回</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="143"/>
        <source>非常满意</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="144"/>
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="145"/>
        <source>基本满意</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="146"/>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="147"/>
        <source>非常不满意</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="153"/>
        <source>回访</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="154"/>
        <source>整改</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="155"/>
        <source>出具结果（超时默认）</source>
        <translation>出具结果（超时默认）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="161"/>
        <source>已解决</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="162"/>
        <source>部分解决</source>
        <translation>部分解决</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="163"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="177"/>
        <source>解释说明</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="164"/>
        <source>无法联系</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="165"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="225"/>
        <source>误评</source>
        <translation>误评</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="166"/>
        <source>已整改</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="167"/>
        <source>无需整改</source>
        <translation>无需整改</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="168"/>
        <source>已出具结果</source>
        <translation>已出具结果</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="174"/>
        <source>责令整改</source>
        <translation>责令整改</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="175"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="195"/>
        <source>批评教育</source>
        <translation>批评教育</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="176"/>
        <source>赔礼道歉</source>
        <translation>赔礼道歉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="178"/>
        <source>转有关部门处理</source>
        <translation>转有关部门处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="179"/>
        <source>投诉不属实</source>
        <translation>投诉不属实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="185"/>
        <source>事实查清</source>
        <translation>事实查清</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="186"/>
        <source>责任落实</source>
        <translation>责任落实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="187"/>
        <source>整改到位</source>
        <translation>整改到位</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="188"/>
        <source>教育到位</source>
        <translation>教育到位</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="194"/>
        <source>不予追究（无过错）</source>
        <translation>不予追究（无过错）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="196"/>
        <source>通报批评</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="197"/>
        <source>诫勉</source>
        <translation>诫勉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="198"/>
        <source>组织处理</source>
        <translation>组织处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="199"/>
        <source>移送纪检监察机关</source>
        <translation>移送纪检监察机关</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="205"/>
        <source>现场</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="206"/>
        <source>12345/县长热线</source>
        <translation>12345/县长热线</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="207"/>
        <source>部门热线</source>
        <translation>部门热线</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="208"/>
        <source>网上</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="209"/>
        <source>信件</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="215"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="216"/>
        <source>短信</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="217"/>
        <source>当面</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="218"/>
        <source>书面</source>
        <translation>书面</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="219"/>
        <source>热线平台回复</source>
        <translation>热线平台回复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="226"/>
        <source>恶意差评</source>
        <translation>恶意差评</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="232"/>
        <source>未申诉</source>
        <translation>未申诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="233"/>
        <source>申诉待审核</source>
        <translation>申诉待审核</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="234"/>
        <source>申诉成立（不计入满意度）</source>
        <translation>申诉成立（不计入满意度）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="235"/>
        <source>申诉不成立</source>
        <translation>申诉不成立</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="307"/>
        <source>未计时</source>
        <extracomment>Each enumeration the screens show, with its table of labels (built per call: the translation follows the interface language).</extracomment>
        <translation>未计时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="401"/>
        <source>问责结案</source>
        <translation>问责结案</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="402"/>
        <source>问责立案</source>
        <translation>问责立案</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="403"/>
        <source>问责事项办结</source>
        <translation>问责事项办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="404"/>
        <source>设置工作日历</source>
        <translation>设置工作日历</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="405"/>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="406"/>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="407"/>
        <source>即办办结</source>
        <translation>即办办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="409"/>
        <source>调整办结期限</source>
        <translation>调整办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="410"/>
        <source>超期</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="411"/>
        <source>收件</source>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="412"/>
        <source>转办办件</source>
        <translation>转办办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="414"/>
        <source>恢复计时</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="415"/>
        <source>一次性告知补正</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="416"/>
        <source>收取补正材料</source>
        <translation>收取补正材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="417"/>
        <source>中止计时（特别程序）</source>
        <translation>中止计时（特别程序）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="420"/>
        <source>完成联办环节</source>
        <translation>完成联办环节</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="421"/>
        <source>建立服务中心</source>
        <translation>建立服务中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="422"/>
        <source>修改服务中心信息</source>
        <translation>修改服务中心信息</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="423"/>
        <source>登记效能投诉</source>
        <translation>登记效能投诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="424"/>
        <source>投诉回访</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="425"/>
        <source>设置投诉办结时限</source>
        <translation>设置投诉办结时限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="426"/>
        <source>答复效能投诉</source>
        <translation>答复效能投诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="427"/>
        <source>办结效能投诉</source>
        <translation>办结效能投诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="428"/>
        <source>处理同步冲突</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="429"/>
        <source>新增部门</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="430"/>
        <source>设置部门负责人</source>
        <translation>设置部门负责人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="431"/>
        <source>修改部门</source>
        <translation>修改部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="432"/>
        <source>文书归档</source>
        <translation>文书归档</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="433"/>
        <source>审批延期</source>
        <translation>审批延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="434"/>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="438"/>
        <source>设置明查暗访清单</source>
        <translation>设置明查暗访清单</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="439"/>
        <source>补充检查发现</source>
        <translation>补充检查发现</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="440"/>
        <source>登记明查暗访</source>
        <translation>登记明查暗访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="442"/>
        <source>修改事项</source>
        <translation>修改事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="443"/>
        <source>登记文书送达</source>
        <translation>登记文书送达</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="435"/>
        <source>首问登记</source>
        <translation>首问登记</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="436"/>
        <source>办结回访整改</source>
        <translation>办结回访整改</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="437"/>
        <source>开启回访整改</source>
        <translation>开启回访整改</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="441"/>
        <source>新增事项</source>
        <translation>新增事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="448"/>
        <source>新增队列</source>
        <translation>新增队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="450"/>
        <source>办结转办</source>
        <translation>办结转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="451"/>
        <location filename="../../clerk_app/ui/common/labels.py" line="505"/>
        <source>转办</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="452"/>
        <source>接收转办</source>
        <translation>接收转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="453"/>
        <source>审核评价申诉</source>
        <translation>审核评价申诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="454"/>
        <source>评价申诉</source>
        <translation>评价申诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="455"/>
        <source>设置回访整改时限</source>
        <translation>设置回访整改时限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="456"/>
        <source>服务评价</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="459"/>
        <source>新增工作人员</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="460"/>
        <source>登录失败</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="464"/>
        <source>挂牌上岗</source>
        <translation>挂牌上岗</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="463"/>
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="444"/>
        <source>反馈督办</source>
        <translation>反馈督办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="445"/>
        <source>下发督办</source>
        <translation>下发督办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="446"/>
        <source>封存统计期间</source>
        <translation>封存统计期间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="447"/>
        <source>查看完整个人信息</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="449"/>
        <source>修改队列</source>
        <translation>修改队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="457"/>
        <source>录入考核评分</source>
        <translation>录入考核评分</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="458"/>
        <source>设置指标体系</source>
        <translation>设置指标体系</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="461"/>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="462"/>
        <source>重置密码</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="465"/>
        <source>解除账号锁定</source>
        <translation>解除账号锁定</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="466"/>
        <source>修改工作人员</source>
        <translation>修改工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="467"/>
        <source>督查任务办结</source>
        <translation>督查任务办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="468"/>
        <source>下达督查任务</source>
        <translation>下达督查任务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="469"/>
        <source>报告督查任务进展</source>
        <translation>报告督查任务进展</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="470"/>
        <source>叫号</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="471"/>
        <source>办结号票</source>
        <translation>办结号票</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="472"/>
        <source>取号</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="473"/>
        <source>过号</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="474"/>
        <source>重呼</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="475"/>
        <source>开始办理</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="476"/>
        <source>转移号票</source>
        <translation>转移号票</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="477"/>
        <source>新增窗口</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="478"/>
        <source>窗口暂停</source>
        <translation>窗口暂停</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="479"/>
        <source>窗口恢复</source>
        <translation>窗口恢复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="480"/>
        <source>修改窗口</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="502"/>
        <source>号票</source>
        <extracomment>Every event type a journal may hold (the ones emitted now and the legacy ones). What the records named in a sync conflict are (``services.conflicts.ConflictRecord.kind``).</extracomment>
        <translation>号票</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="503"/>
        <source>办件</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="504"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="506"/>
        <source>工作人员</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="507"/>
        <source>队列</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="508"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="509"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="135"/>
        <source>绿灯 正常</source>
        <translation>绿灯 正常</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="136"/>
        <source>黄灯 临近期限</source>
        <translation>黄灯 临近期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="137"/>
        <source>红灯 已超期</source>
        <translation>红灯 已超期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="343"/>
        <source>已收</source>
        <extracomment>The material statuses of a case&apos;s checklist, in the order the checklist offers them. Why an accountability record was opened (``AccountabilityRecord.cause``). Whether an accountability record is still to be dealt with. Where a referral stands (``Referral.status``). The kinds of archived documents (``clerk_app.services.archive.KINDS``).</extracomment>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="344"/>
        <source>缺少</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="345"/>
        <source>需补正</source>
        <translation>需补正</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="351"/>
        <source>超期未办结</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="353"/>
        <source>二次补正告知</source>
        <translation>二次补正告知</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="354"/>
        <source>效能投诉属实</source>
        <translation>效能投诉属实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="355"/>
        <source>转办超时</source>
        <translation>转办超时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="356"/>
        <source>联办环节超时</source>
        <translation>联办环节超时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="357"/>
        <source>回访超时</source>
        <translation>回访超时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="358"/>
        <source>督办逾期未反馈</source>
        <translation>督办逾期未反馈</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="359"/>
        <source>督查任务逾期未落实</source>
        <translation>督查任务逾期未落实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="360"/>
        <source>投诉逾期未办结</source>
        <translation>投诉逾期未办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="361"/>
        <source>明查暗访发现问题</source>
        <translation>明查暗访发现问题</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="362"/>
        <source>监督员立案</source>
        <translation>监督员立案</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="368"/>
        <source>待处理</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="369"/>
        <source>已处理</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="375"/>
        <source>待接收</source>
        <translation>待接收</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="383"/>
        <source>排队号票</source>
        <translation>排队号票</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="384"/>
        <source>受理通知书</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="385"/>
        <source>补正材料一次性告知书</source>
        <translation>补正材料一次性告知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="386"/>
        <source>不予受理决定书</source>
        <translation>不予受理决定书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="387"/>
        <source>延期告知书</source>
        <translation>延期告知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="388"/>
        <source>特别程序告知书</source>
        <translation>特别程序告知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="389"/>
        <source>办结通知书</source>
        <translation>办结通知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="390"/>
        <source>超时默认通知书</source>
        <translation>超时默认通知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="391"/>
        <source>视为受理通知书</source>
        <translation>视为受理通知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="392"/>
        <source>视为撤回申请告知书</source>
        <translation>视为撤回申请告知书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/labels.py" line="393"/>
        <source>转办引导单</source>
        <translation>转办引导单</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/common.py" line="47"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="23"/>
        <source>屏幕已锁定</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="26"/>
        <source>{name}（工号 {no}）请输入密码解锁</source>
        <translation>{name}（工号 {no}）请输入密码解锁</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="35"/>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="38"/>
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="57"/>
        <source>请输入密码</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/lock_screen.py" line="66"/>
        <source>只有登录本机的工作人员可以解锁</source>
        <translation>只有登录本机的工作人员可以解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="55"/>
        <source>窗口办件台 · 挂牌上岗</source>
        <translation>窗口办件台 · 挂牌上岗</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="58"/>
        <source>如 C001</source>
        <translation>如 C001</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="62"/>
        <source>不在窗口（导服、监督）</source>
        <translation>不在窗口（导服、监督）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="50"/>
        <location filename="../../clerk_app/ui/shell/login.py" line="66"/>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="71"/>
        <source>工号</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="72"/>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="73"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="81"/>
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="82"/>
        <source>再次输入</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="135"/>
        <source>请输入工号和密码</source>
        <translation>请输入工号和密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="141"/>
        <source>正在启动，请稍候…</source>
        <translation>正在启动，请稍候…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="147"/>
        <source>正在登录…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="158"/>
        <source>窗口首席代表请选择所在窗口</source>
        <translation>窗口首席代表请选择所在窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="181"/>
        <source>设置新密码并登录</source>
        <translation>设置新密码并登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="182"/>
        <source>您使用的是临时密码，请设置新密码（至少 6 位）</source>
        <translation>您使用的是临时密码，请设置新密码（至少 6 位）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/login.py" line="189"/>
        <source>两次输入的新密码不一致</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="81"/>
        <source>锁屏</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="83"/>
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="91"/>
        <source>办件编号 / 扫描回执 (Ctrl+F)</source>
        <translation>办件编号 / 扫描回执 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="110"/>
        <source>连接设置</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="132"/>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="133"/>
        <source>关于窗口办件台…</source>
        <translation>关于窗口办件台…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="182"/>
        <source>本机没有数据密钥：不能保存身份证号和电话号码，已有的号码显示为“不可用”。请管理员设置数据密钥（sudo clerk-app data-key set --machine）后重新启动本程序。</source>
        <translation>本机没有数据密钥：不能保存身份证号和电话号码，已有的号码显示为“不可用”。请管理员设置数据密钥（sudo clerk-app data-key set --machine）后重新启动本程序。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="219"/>
        <source>导服</source>
        <translation>导服</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="220"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="221"/>
        <source>我的办件</source>
        <translation>我的办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="222"/>
        <source>转办</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="223"/>
        <source>效能监督</source>
        <translation>效能监督</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="224"/>
        <source>系统管理</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="313"/>
        <source>无法完成</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/main_window.py" line="330"/>
        <source>连接设置已保存，重新启动程序后生效</source>
        <translation>连接设置已保存，重新启动程序后生效</translation>
    </message>
</context>
<context>
    <name>MaterialsChecklist</name>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="51"/>
        <source>全部收齐</source>
        <translation>全部收齐</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="53"/>
        <source>该事项目录未列申请材料</source>
        <translation>该事项目录未列申请材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="73"/>
        <source>申请材料</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="74"/>
        <source>核验</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="75"/>
        <source>原件</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="76"/>
        <source>复印件</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="77"/>
        <source>说明（需补正时必填）</source>
        <translation>说明（需补正时必填）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="85"/>
        <source>（非必需）</source>
        <translation>（非必需）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/materials_checklist.py" line="141"/>
        <source>“{name}”需补正：请写明要补正的内容</source>
        <translation>“{name}”需补正：请写明要补正的内容</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="60"/>
        <source>材料名称</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="61"/>
        <source>原件</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="62"/>
        <source>复印件</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="63"/>
        <source>必交</source>
        <translation>必交</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="64"/>
        <source>要求</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="65"/>
        <source>示范文本</source>
        <translation>示范文本</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="74"/>
        <source>添加材料</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="75"/>
        <source>删除所选材料</source>
        <translation>删除所选材料</translation>
    </message>
</context>
<context>
    <name>MyCasesTab</name>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="160"/>
        <source>中止计时</source>
        <translation>中止计时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="161"/>
        <source>恢复计时</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="162"/>
        <source>申请延期</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="163"/>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="165"/>
        <source>继续收件决定</source>
        <translation>继续收件决定</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="170"/>
        <source>详情 / 补打文书</source>
        <translation>详情 / 补打文书</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="171"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="235"/>
        <source>未办结 {n} 件  ·  红灯 {red} 件  ·  黄灯 {yellow} 件</source>
        <translation>未办结 {n} 件  ·  红灯 {red} 件  ·  黄灯 {yellow} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="281"/>
        <source>已有待审批的延期申请</source>
        <translation>已有待审批的延期申请</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="283"/>
        <source>该事项已无可延期的工作日（法定延期已用尽或不得延期）</source>
        <translation>该事项已无可延期的工作日（法定延期已用尽或不得延期）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="285"/>
        <source>已超过办结期限，不能再申请延期</source>
        <translation>已超过办结期限，不能再申请延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="286"/>
        <source>只有办理中的办件可以申请延期</source>
        <translation>只有办理中的办件可以申请延期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="313"/>
        <source>办件 {no} 已中止计时</source>
        <translation>办件 {no} 已中止计时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="324"/>
        <source>办件 {no} 已恢复计时，办结期限 {due}</source>
        <translation>办件 {no} 已恢复计时，办结期限 {due}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="334"/>
        <source>办件 {no} 的延期申请已提交，待审批</source>
        <translation>办件 {no} 的延期申请已提交，待审批</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="365"/>
        <source>办件 {no} 已办结</source>
        <translation>办件 {no} 已办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="166"/>
        <source>接收补正材料</source>
        <translation>接收补正材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/my_cases.py" line="168"/>
        <source>申请人按一次性告知书补交材料：核验后受理、再次告知或不予受理</source>
        <translation>申请人按一次性告知书补交材料：核验后受理、再次告知或不予受理</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="74"/>
        <source>下达督查任务</source>
        <translation>下达督查任务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="77"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="81"/>
        <source>（部门负责落实）</source>
        <translation>（部门负责落实）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="89"/>
        <source> 个工作日内落实</source>
        <translation> 个工作日内落实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="90"/>
        <source>督查事项</source>
        <translation>督查事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="91"/>
        <source>负责部门</source>
        <translation>负责部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="92"/>
        <source>具体负责人</source>
        <translation>具体负责人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="93"/>
        <source>怎么落实</source>
        <translation>怎么落实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="94"/>
        <source>何时落实</source>
        <translation>何时落实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="98"/>
        <source>请填写督查事项</source>
        <translation>请填写督查事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="100"/>
        <source>请选择负责落实的部门</source>
        <translation>请选择负责落实的部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="102"/>
        <source>请填写落实方式</source>
        <translation>请填写落实方式</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="39"/>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="44"/>
        <source>请填写意见</source>
        <translation>请填写意见</translation>
    </message>
</context>
<context>
    <name>OnTimeChart</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="51"/>
        <source>各部门按时办结率</source>
        <translation>各部门按时办结率</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="67"/>
        <source>按时办结率（%）</source>
        <translation>按时办结率（%）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="78"/>
        <source>目标 {t}%</source>
        <translation>目标 {t}%</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/chart.py" line="87"/>
        <source>（无数据）</source>
        <translation>（无数据）</translation>
    </message>
</context>
<context>
    <name>OpenStepModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="82"/>
        <source>办件编号</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="84"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="85"/>
        <source>本部门</source>
        <translation>本部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="87"/>
        <source>环节期限</source>
        <translation>环节期限</translation>
    </message>
</context>
<context>
    <name>OrdersInbox</name>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="44"/>
        <source>督办事项</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="46"/>
        <source>反馈办理情况…</source>
        <translation>反馈办理情况…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="70"/>
        <source>督办事项：暂无</source>
        <translation>督办事项：暂无</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="73"/>
        <source>督办事项：待反馈 {n} 件  ·  ● 逾期 {late} 件</source>
        <translation>督办事项：待反馈 {n} 件  ·  ● 逾期 {late} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="78"/>
        <source>督办事项：待反馈 {n} 件</source>
        <translation>督办事项：待反馈 {n} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/orders_inbox.py" line="92"/>
        <source>已反馈督办事项</source>
        <translation>已反馈督办事项</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="16"/>
        <source>已反馈</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="18"/>
        <source>逾期未反馈（已升级问责）</source>
        <translation>逾期未反馈（已升级问责）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="19"/>
        <source>待反馈</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="35"/>
        <source>督办时间</source>
        <translation>督办时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="40"/>
        <source>被督办</source>
        <translation>被督办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="44"/>
        <source>办件编号</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="48"/>
        <source>反馈期限</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="53"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="57"/>
        <source>督办事项</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/orders_model.py" line="59"/>
        <source>办理情况</source>
        <translation>办理情况</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="102"/>
        <source>下达督办…</source>
        <translation>下达督办…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="115"/>
        <source>督办事项：{n} 件（待反馈 {w} 件）</source>
        <translation>督办事项：{n} 件（待反馈 {w} 件）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="117"/>
        <source>，逾期未反馈 {n} 件</source>
        <translation>，逾期未反馈 {n} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/orders.py" line="125"/>
        <source>已下达督办</source>
        <translation>已下达督办</translation>
    </message>
</context>
<context>
    <name>OversightModel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="35"/>
        <source>评价时间</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="40"/>
        <source>被评价人</source>
        <translation>被评价人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="43"/>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="47"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="105"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="150"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="51"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="109"/>
        <source>评价</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="56"/>
        <source>评价内容</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="60"/>
        <source>申诉理由</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="64"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="177"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="84"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="88"/>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="92"/>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="190"/>
        <source>（已逾期）</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="101"/>
        <source>涉及人员</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="113"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="133"/>
        <source>受理时间</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="138"/>
        <source>投诉人</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="142"/>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="146"/>
        <source>被投诉人</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="154"/>
        <source>投诉内容</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="158"/>
        <source>渠道</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="162"/>
        <source>工单编号</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="166"/>
        <source>办理时限</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="172"/>
        <source>答复</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="198"/>
        <source>已答复（满意）</source>
        <translation>已答复（满意）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="200"/>
        <source>已答复（不满意）</source>
        <translation>已答复（不满意）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="196"/>
        <source>未答复</source>
        <translation>未答复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="203"/>
        <source>，逾期答复</source>
        <translation>，逾期答复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="209"/>
        <source>待处理</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="210"/>
        <source>属实</source>
        <translation>属实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="211"/>
        <source>不属实</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="221"/>
        <source>（达标）</source>
        <translation>（达标）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="223"/>
        <source>（未达标）</source>
        <translation>（未达标）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="246"/>
        <source>·拟通报</source>
        <translation>·拟通报</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="257"/>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="259"/>
        <source>受理</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="265"/>
        <source>现场办结</source>
        <translation>现场办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="271"/>
        <source>当场办结</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="277"/>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="283"/>
        <source>按期办结</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="289"/>
        <source>超期未办</source>
        <translation>超期未办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="296"/>
        <source>评价数</source>
        <translation>评价数</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="302"/>
        <source>现场办结率（目标≥{target}）</source>
        <translation>现场办结率（目标≥{target}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="311"/>
        <source>当场办结率</source>
        <translation>当场办结率</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="317"/>
        <source>按时办结率（目标≥{target}）</source>
        <translation>按时办结率（目标≥{target}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="326"/>
        <source>满意率（目标≥{target}）</source>
        <translation>满意率（目标≥{target}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="335"/>
        <source>授权到位率（目标{target}）</source>
        <translation>授权到位率（目标{target}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="351"/>
        <source>推迟 {n} 天</source>
        <translation>推迟 {n} 天</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="352"/>
        <source>提前 {n} 天</source>
        <translation>提前 {n} 天</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="371"/>
        <source>变动</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="360"/>
        <source>办件编号</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="363"/>
        <source>原办结期限</source>
        <translation>原办结期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/oversight_model.py" line="367"/>
        <source>新办结期限</source>
        <translation>新办结期限</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="20"/>
        <source>暂停叫号</source>
        <translation>暂停叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="25"/>
        <source>临时离开</source>
        <translation>临时离开</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="26"/>
        <source>午间休息</source>
        <translation>午间休息</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="27"/>
        <source>业务咨询电话</source>
        <translation>业务咨询电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="28"/>
        <source>系统故障</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="29"/>
        <source>业务培训</source>
        <translation>业务培训</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="44"/>
        <source>暂停原因（必填）：</source>
        <translation>暂停原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/pause.py" line="54"/>
        <source>请填写暂停原因</source>
        <translation>请填写暂停原因</translation>
    </message>
</context>
<context>
    <name>PointDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="39"/>
        <source>办理责任追究要点</source>
        <translation>办理责任追究要点</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="44"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="50"/>
        <source>处理决定、整改报告等的文件名或文号，可不填</source>
        <translation>处理决定、整改报告等的文件名或文号，可不填</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="54"/>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="57"/>
        <source>责任人</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="58"/>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="58"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="59"/>
        <source>要点</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="60"/>
        <source>处理结果</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="61"/>
        <source>情况说明</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="62"/>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="75"/>
        <source>请选择责任追究的处理结果</source>
        <translation>请选择责任追究的处理结果</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/accountability.py" line="77"/>
        <source>请填写情况说明</source>
        <translation>请填写情况说明</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="136"/>
        <source>（补打）</source>
        <translation>（补打）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="137"/>
        <source>打印预览 — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="147"/>
        <source>未存档</source>
        <translation>未存档</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="148"/>
        <source>共 {n} 页 · 存档：{where}</source>
        <translation>共 {n} 页 · 存档：{where}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="149"/>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="152"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="171"/>
        <source>打印 {title}</source>
        <translation>打印 {title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="183"/>
        <source>正在打印…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="195"/>
        <source>已送打印机 {name}：{n} 页</source>
        <translation>已送打印机 {name}：{n} 页</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/common/print_preview.py" line="202"/>
        <source>打印失败：{why}</source>
        <translation>打印失败：{why}</translation>
    </message>
</context>
<context>
    <name>PublishingPage</name>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="48"/>
        <source>事项公示表</source>
        <translation>事项公示表</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="50"/>
        <source>按部门列出仍在受理的全部事项：办件类型、承诺时限、法定时限和收费。</source>
        <translation>按部门列出仍在受理的全部事项：办件类型、承诺时限、法定时限和收费。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="53"/>
        <source>预览 / 打印事项公示表</source>
        <translation>预览 / 打印事项公示表</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="59"/>
        <source>调整/取消事项公告</source>
        <translation>调整/取消事项公告</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="60"/>
        <source>列出生效日期在所选期间内的调整、取消事项。</source>
        <translation>列出生效日期在所选期间内的调整、取消事项。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="69"/>
        <source>预览 / 打印公告</source>
        <translation>预览 / 打印公告</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="72"/>
        <source>自</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="74"/>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="95"/>
        <source>已生成：{title}</source>
        <translation>已生成：{title}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/publishing.py" line="110"/>
        <source>公告期间的结束日期不能早于开始日期</source>
        <translation>公告期间的结束日期不能早于开始日期</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="180"/>
        <source>新建队列</source>
        <translation>新建队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="180"/>
        <source>修改队列</source>
        <translation>修改队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="188"/>
        <source>一到两个字母，如 A</source>
        <translation>一到两个字母，如 A</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="189"/>
        <source>（综合）</source>
        <translation>（综合）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="192"/>
        <source>在用</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="194"/>
        <source>队列编码</source>
        <translation>队列编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="195"/>
        <source>队列名称</source>
        <translation>队列名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="196"/>
        <source>号码前缀</source>
        <translation>号码前缀</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="197"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="198"/>
        <source>每人平均分钟数</source>
        <translation>每人平均分钟数</translation>
    </message>
</context>
<context>
    <name>QueueStatusModel</name>
    <message>
        <location filename="../../clerk_app/ui/counter/queues_model.py" line="19"/>
        <source>队列</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/queues_model.py" line="22"/>
        <source>等候人数</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/queues_model.py" line="28"/>
        <source>最长等候</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/queues_model.py" line="30"/>
        <source>{m} 分钟</source>
        <translation>{m} 分钟</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="81"/>
        <source>录入评议得分</source>
        <translation>录入评议得分</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="88"/>
        <source>公众评议</source>
        <translation>公众评议</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="89"/>
        <source>专家评价</source>
        <translation>专家评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="93"/>
        <source> 分</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="95"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="96"/>
        <source>评议类别</source>
        <translation>评议类别</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="97"/>
        <source>得分（百分制）</source>
        <translation>得分（百分制）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="98"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="101"/>
        <source>请选择部门</source>
        <translation>请选择部门</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="102"/>
        <source>转办至其他部门</source>
        <translation>转办至其他部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="111"/>
        <source>接收部门</source>
        <translation>接收部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="112"/>
        <source>接收窗口</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="113"/>
        <source>转办事由</source>
        <translation>转办事由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="120"/>
        <source>该部门任一窗口</source>
        <translation>该部门任一窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="127"/>
        <source>请选择接收部门</source>
        <translation>请选择接收部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="129"/>
        <source>请填写转办事由</source>
        <translation>请填写转办事由</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="19"/>
        <source>（超时）</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="41"/>
        <source>转办时间</source>
        <translation>转办时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="46"/>
        <source>来访人</source>
        <translation>来访人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="48"/>
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="49"/>
        <source>转至</source>
        <translation>转至</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="51"/>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals_model.py" line="56"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="39"/>
        <source>接收</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="40"/>
        <source>办结转办</source>
        <translation>办结转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="42"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="82"/>
        <source>我转出的：未办结 {open} 件，其中超时 {late} 件</source>
        <translation>我转出的：未办结 {open} 件，其中超时 {late} 件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/front_desk/referrals.py" line="88"/>
        <source>转给本部门的：未办结 {n} 件</source>
        <translation>转给本部门的：未办结 {n} 件</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="37"/>
        <source>不予受理</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="42"/>
        <source>（不选，自行填写）</source>
        <translation>（不选，自行填写）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="47"/>
        <source>如：县自然资源局（地址、电话）</source>
        <translation>如：县自然资源局（地址、电话）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="48"/>
        <source>不予受理情形</source>
        <translation>不予受理情形</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="50"/>
        <source>本事项常用理由</source>
        <translation>本事项常用理由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="52"/>
        <source>理由（必填，打印在决定书上）</source>
        <translation>理由（必填，打印在决定书上）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="53"/>
        <source>有权受理的机关</source>
        <translation>有权受理的机关</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="78"/>
        <source>请填写不予受理的理由</source>
        <translation>请填写不予受理的理由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="83"/>
        <source>不属于本机关职权范围的，须写明有权受理的机关</source>
        <translation>不属于本机关职权范围的，须写明有权受理的机关</translation>
    </message>
</context>
<context>
    <name>ResolveComplaintDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="90"/>
        <source>处理效能投诉</source>
        <translation>处理效能投诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="94"/>
        <source>投诉属实（将立责任追究记录）</source>
        <translation>投诉属实（将立责任追究记录）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="97"/>
        <source>投诉</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="99"/>
        <source>处理结果</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="101"/>
        <source>调查核实情况</source>
        <translation>调查核实情况</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="106"/>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="107"/>
        <source>满意</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="108"/>
        <source>不满意</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="115"/>
        <source>答复方式</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="116"/>
        <source>投诉人是否满意</source>
        <translation>投诉人是否满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="117"/>
        <source>答复情况</source>
        <translation>答复情况</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="130"/>
        <source>请填写调查核实情况和处理意见</source>
        <translation>请填写调查核实情况和处理意见</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="132"/>
        <source>请选择投诉人对答复是否满意</source>
        <translation>请选择投诉人对答复是否满意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/dialogs.py" line="134"/>
        <source>请填写答复投诉人的情况</source>
        <translation>请填写答复投诉人的情况</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="33"/>
        <source>显示完整证件号</source>
        <translation>显示完整证件号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="35"/>
        <source>如：申请人要求核对证件号码</source>
        <translation>如：申请人要求核对证件号码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="41"/>
        <source>显示（将记录查看人和原因）</source>
        <translation>显示（将记录查看人和原因）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="42"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="47"/>
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="48"/>
        <source>查看原因</source>
        <translation>查看原因</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="56"/>
        <source>完整证件号码只在需要时查看；每次查看都会记录在审计日志中。</source>
        <translation>完整证件号码只在需要时查看；每次查看都会记录在审计日志中。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/reveal.py" line="66"/>
        <source>请填写查看完整号码的原因</source>
        <translation>请填写查看完整号码的原因</translation>
    </message>
</context>
<context>
    <name>ReviewPad</name>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="124"/>
        <source>按办件编号评价</source>
        <translation>按办件编号评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="166"/>
        <source>请告诉我们哪里做得不好（至少选一项或填写）：</source>
        <translation>请告诉我们哪里做得不好（至少选一项或填写）：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="174"/>
        <source>其他意见（可选）</source>
        <translation>其他意见（可选）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="180"/>
        <source>提交评价</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="208"/>
        <source>请输入受理通知书上的办件编号</source>
        <translation>请输入受理通知书上的办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="214"/>
        <source>查找</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="215"/>
        <source>返回</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="242"/>
        <source>{code} 窗口 · {name}</source>
        <translation>{code} 窗口 · {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="246"/>
        <source>本窗口暂无工作人员</source>
        <translation>本窗口暂无工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="247"/>
        <source>工号：{no}</source>
        <translation>工号：{no}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="251"/>
        <source>正在为 {n} 号办理，请稍候</source>
        <translation>正在为 {n} 号办理，请稍候</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="265"/>
        <source>{n} 号，请为本次服务评价</source>
        <translation>{n} 号，请为本次服务评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="302"/>
        <source>原因：{r}</source>
        <translation>原因：{r}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="310"/>
        <source>请先选择一个评价等级</source>
        <translation>请先选择一个评价等级</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="314"/>
        <source>选择“不满意”或“非常不满意”时，请勾选或填写原因</source>
        <translation>选择“不满意”或“非常不满意”时，请勾选或填写原因</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="333"/>
        <source>感谢您的评价！
我们会不断改进服务</source>
        <translation>感谢您的评价！
我们会不断改进服务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="340"/>
        <source>本次服务已经评价过，谢谢您！</source>
        <translation>本次服务已经评价过，谢谢您！</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="355"/>
        <source>感谢您的光临，祝您生活愉快！</source>
        <translation>感谢您的光临，祝您生活愉快！</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="375"/>
        <source>请输入办件编号</source>
        <translation>请输入办件编号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/hall/review_pad.py" line="381"/>
        <source>请为办件 {no}（{item}）评价</source>
        <translation>请为办件 {no}（{item}）评价</translation>
    </message>
</context>
<context>
    <name>ScoreSystemDialog</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="59"/>
        <source>配置绩效考核指标体系</source>
        <extracomment>The posts (staff roles) a standard may score.</extracomment>
        <translation>配置绩效考核指标体系</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="68"/>
        <source>新增部门类型标准</source>
        <translation>新增部门类型标准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="69"/>
        <source>新增岗位标准</source>
        <translation>新增岗位标准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="70"/>
        <source>删除该标准</source>
        <translation>删除该标准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="93"/>
        <source>适用范围</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="102"/>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="138"/>
        <source>考核指标</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="102"/>
        <source>权重（分）</source>
        <translation>权重（分）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="102"/>
        <source>目标值</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="102"/>
        <source>每件扣分</source>
        <translation>每件扣分</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="136"/>
        <source>考核标准</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="137"/>
        <source>标准名称</source>
        <translation>标准名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="157"/>
        <source>{name}（通用：未列入其他标准的部门）</source>
        <translation>{name}（通用：未列入其他标准的部门）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="159"/>
        <source>{name}（部门类型：{n} 个部门）</source>
        <translation>{name}（部门类型：{n} 个部门）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="163"/>
        <source>{name}（岗位：{posts}）</source>
        <translation>{name}（岗位：{posts}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="180"/>
        <source>部门类型标准</source>
        <translation>部门类型标准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="180"/>
        <source>岗位标准</source>
        <translation>岗位标准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="225"/>
        <source>通用标准适用于未列入部门类型标准的所有部门</source>
        <translation>通用标准适用于未列入部门类型标准的所有部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="227"/>
        <source>勾选适用该标准的部门（每个部门只能适用一个标准）</source>
        <translation>勾选适用该标准的部门（每个部门只能适用一个标准）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="233"/>
        <source>勾选按该标准考核的岗位，其工作人员按本人数据计分（每个岗位只能适用一个标准）</source>
        <translation>勾选按该标准考核的岗位，其工作人员按本人数据计分（每个岗位只能适用一个标准）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="293"/>
        <source>权重合计：{total:g} 分</source>
        <translation>权重合计：{total:g} 分</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="295"/>
        <source>（须为 {full:g} 分）</source>
        <translation>（须为 {full:g} 分）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="306"/>
        <source>请填写考核标准的名称</source>
        <translation>请填写考核标准的名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="311"/>
        <source>考核标准名称“{name}”重复</source>
        <translation>考核标准名称“{name}”重复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="316"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="316"/>
        <source>岗位</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="317"/>
        <source>请勾选该标准适用的{what}</source>
        <translation>请勾选该标准适用的{what}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="326"/>
        <source>“{what}”已适用考核标准“{other}”</source>
        <translation>“{what}”已适用考核标准“{other}”</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="338"/>
        <source>请至少勾选一项考核指标</source>
        <translation>请至少勾选一项考核指标</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="341"/>
        <source>“{what}”的权重须大于 0 分</source>
        <translation>“{what}”的权重须大于 0 分</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="343"/>
        <source>“{what}”的目标值须大于 0%</source>
        <translation>“{what}”的目标值须大于 0%</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="345"/>
        <source>“{what}”的每件扣分须大于 0</source>
        <translation>“{what}”的每件扣分须大于 0</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="348"/>
        <source>“{name}”的权重合计为 {total:g} 分，须为 {full:g} 分</source>
        <translation>“{name}”的权重合计为 {total:g} 分，须为 {full:g} 分</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/score_system.py" line="141"/>
        <source>标记末位名次数</source>
        <translation>标记末位名次数</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="131"/>
        <source>按部门</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="132"/>
        <source>按岗位（工作人员）</source>
        <translation>按岗位（工作人员）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="133"/>
        <source>计算得分</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="135"/>
        <source>录入评议…</source>
        <translation>录入评议…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="136"/>
        <source>录入所选期间的公众评议、专家评价得分（百分制）</source>
        <translation>录入所选期间的公众评议、专家评价得分（百分制）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="137"/>
        <source>指标体系…</source>
        <translation>指标体系…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="138"/>
        <source>配置考核指标、权重、目标值和扣分标准</source>
        <translation>配置考核指标、权重、目标值和扣分标准</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="142"/>
        <source>仅效能监督员可以录入评议和配置指标体系</source>
        <translation>仅效能监督员可以录入评议和配置指标体系</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="143"/>
        <source>得分表 PDF</source>
        <translation>得分表 PDF</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="144"/>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="146"/>
        <source>考核期间</source>
        <translation>考核期间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="148"/>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="195"/>
        <source>名工作人员</source>
        <translation>名工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="195"/>
        <source>个部门</source>
        <translation>个部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="196"/>
        <source>{start} 至 {end}：{n} {what}参加考核</source>
        <translation>{start} 至 {end}：{n} {what}参加考核</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="200"/>
        <source>；末位：{names}</source>
        <translation>；末位：{names}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="225"/>
        <source>评议得分已录入</source>
        <translation>评议得分已录入</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="243"/>
        <source>绩效考核指标体系已更新</source>
        <translation>绩效考核指标体系已更新</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="257"/>
        <source>绩效考核得分表已生成</source>
        <translation>绩效考核得分表已生成</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="262"/>
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="262"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/scores.py" line="272"/>
        <source>已导出：{path}</source>
        <translation>已导出：{path}</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <location filename="../../clerk_app/ui/common/search_combo.py" line="30"/>
        <source>输入姓名、工号或部门查找</source>
        <translation>输入姓名、工号或部门查找</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="87"/>
        <source>输入编码或名称筛选</source>
        <translation>输入编码或名称筛选</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="91"/>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/tab.py" line="93"/>
        <source>修改</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ServingPanel</name>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="69"/>
        <source>办理用时</source>
        <translation>办理用时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="69"/>
        <source>叫号后已等</source>
        <translation>叫号后已等</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="79"/>
        <source>当前服务</source>
        <translation>当前服务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="88"/>
        <source>窗口已暂停：按 F5 恢复后再叫号</source>
        <translation>窗口已暂停：按 F5 恢复后再叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="90"/>
        <source>空闲：按 F1 叫下一位</source>
        <translation>空闲：按 F1 叫下一位</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/serving_panel.py" line="101"/>
        <source>取号 {time}  ·  已重呼 {n}/{max} 次</source>
        <translation>取号 {time}  ·  已重呼 {n}/{max} 次</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../clerk_app/ui/shell/shell.py" line="112"/>
        <source>无法完成</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/shell.py" line="116"/>
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="275"/>
        <source>新建工作人员</source>
        <translation>新建工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="275"/>
        <source>修改工作人员</source>
        <translation>修改工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="280"/>
        <source>如：C001</source>
        <translation>如：C001</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="283"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="288"/>
        <source>在岗（取消勾选：已离岗）</source>
        <translation>在岗（取消勾选：已离岗）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="290"/>
        <source>工号</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="291"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="292"/>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="293"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="294"/>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="295"/>
        <source>可坐窗口（不选：不限）</source>
        <translation>可坐窗口（不选：不限）</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="54"/>
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="55"/>
        <source>本周</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="56"/>
        <source>本月</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="57"/>
        <source>自定义</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="67"/>
        <source>全中心</source>
        <translation>全中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="68"/>
        <source>按部门</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="69"/>
        <source>按窗口</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="70"/>
        <source>按工作人员</source>
        <translation>按工作人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="74"/>
        <source>统计</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="76"/>
        <source>日报</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="78"/>
        <source>所选期间最后一天的效能日报（PDF，预览后打印，并存档）</source>
        <translation>所选期间最后一天的效能日报（PDF，预览后打印，并存档）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="80"/>
        <source>月报</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="81"/>
        <source>所选期间最后一天所在月份的效能月报（截至今天）</source>
        <translation>所选期间最后一天所在月份的效能月报（截至今天）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="82"/>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="84"/>
        <source>所选期间各分组的统计表（Excel），已结账的期间为冻结数据</source>
        <translation>所选期间各分组的统计表（Excel），已结账的期间为冻结数据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="86"/>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="172"/>
        <source>结账…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="89"/>
        <source>冻结所选期间的统计数据：结账后该期间的数据不再变化，更正须作为修订版并说明理由</source>
        <translation>冻结所选期间的统计数据：结账后该期间的数据不再变化，更正须作为修订版并说明理由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="95"/>
        <source>期间</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="98"/>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="101"/>
        <source>分组</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="172"/>
        <source>修订结账…</source>
        <translation>修订结账…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="181"/>
        <source>{period}：本期没有可统计的办件和评价</source>
        <translation>{period}：本期没有可统计的办件和评价</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="186"/>
        <source>{period}：受理 {a} 件，办结 {c} 件，超期未办 {o} 件；按时办结率 {rate}</source>
        <translation>{period}：受理 {a} 件，办结 {c} 件，超期未办 {o} 件；按时办结率 {rate}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="201"/>
        <source>；已结账（第 {n} 版，{who} {day}），数据已冻结</source>
        <translation>；已结账（第 {n} 版，{who} {day}），数据已冻结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="208"/>
        <source>；满意率未达标拟通报：{names}</source>
        <translation>；满意率未达标拟通报：{names}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="216"/>
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="216"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="226"/>
        <source>已导出：{path}</source>
        <translation>已导出：{path}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="236"/>
        <source>修订结账</source>
        <translation>修订结账</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="236"/>
        <source>结账</source>
        <translation>结账</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="237"/>
        <source>{start} 至 {end} 的统计数据将被冻结</source>
        <translation>{start} 至 {end} 的统计数据将被冻结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="238"/>
        <source>修订理由</source>
        <translation>修订理由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="238"/>
        <source>说明（可不填）</source>
        <translation>说明（可不填）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="245"/>
        <source>已结账（第 {n} 版）</source>
        <translation>已结账（第 {n} 版）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="268"/>
        <source>未存档（未设置存档目录）</source>
        <translation>未存档（未设置存档目录）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="270"/>
        <source>（表格另存为同名 Excel 文件）</source>
        <translation>（表格另存为同名 Excel 文件）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/statistics.py" line="271"/>
        <source>报表已生成：{where}</source>
        <translation>报表已生成：{where}</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="31"/>
        <source>牵头部门</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="33"/>
        <source>联办部门</source>
        <translation>联办部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="38"/>
        <source>{n} 个工作日</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="45"/>
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="53"/>
        <source>按时</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="55"/>
        <source>未超期</source>
        <translation>未超期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="58"/>
        <source>超期办结</source>
        <translation>超期办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="59"/>
        <source>环节超期</source>
        <translation>环节超期</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/steps_model.py" line="68"/>
        <source>超期情况</source>
        <translation>超期情况</translation>
    </message>
</context>
<context>
    <name>StepOutcomeDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="15"/>
        <source>办结本环节</source>
        <translation>办结本环节</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="18"/>
        <source>如：经审查符合条件，同意办理</source>
        <translation>如：经审查符合条件，同意办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="19"/>
        <source>办件</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="20"/>
        <source>环节期限</source>
        <translation>环节期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="21"/>
        <source>本部门意见（必填）</source>
        <translation>本部门意见（必填）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/step_outcome.py" line="25"/>
        <source>请填写本部门的办理意见</source>
        <translation>请填写本部门的办理意见</translation>
    </message>
</context>
<context>
    <name>StepsTable</name>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="153"/>
        <source>联办部门</source>
        <translation>联办部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="153"/>
        <source>环节时限（工作日）</source>
        <translation>环节时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="160"/>
        <source>添加联办部门</source>
        <translation>添加联办部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/item_editor.py" line="161"/>
        <source>删除所选部门</source>
        <translation>删除所选部门</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="88"/>
        <source>实时看板</source>
        <translation>实时看板</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="89"/>
        <source>审批</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="90"/>
        <source>回访整改</source>
        <translation>回访整改</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="91"/>
        <source>投诉与问责</source>
        <translation>投诉与问责</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="93"/>
        <source>督办督查</source>
        <translation>督办督查</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="94"/>
        <source>明查暗访</source>
        <translation>明查暗访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="95"/>
        <source>绩效统计与报表</source>
        <translation>绩效统计与报表</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="96"/>
        <source>绩效考核</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="101"/>
        <source>维护工作日历…</source>
        <translation>维护工作日历…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tab.py" line="104"/>
        <source>效能监督</source>
        <translation>效能监督</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="44"/>
        <source>中止计时（特别程序）</source>
        <translation>中止计时（特别程序）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="51"/>
        <source> 个工作日</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="52"/>
        <source>办件</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="53"/>
        <source>特别程序</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="54"/>
        <source>具体内容（必填）</source>
        <translation>具体内容（必填）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="55"/>
        <source>预计所需</source>
        <translation>预计所需</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/case_actions.py" line="59"/>
        <source>请写明特别程序的具体内容（告知书要载明）</source>
        <translation>请写明特别程序的具体内容（告知书要载明）</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="46"/>
        <source>单机运行</source>
        <translation>单机运行</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="47"/>
        <source>未设置中心数据库，本工作站单独办理</source>
        <translation>未设置中心数据库，本工作站单独办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="53"/>
        <source>正在连接中心…</source>
        <translation>正在连接中心…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="61"/>
        <source>未连接中心</source>
        <translation>未连接中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="63"/>
        <source>在线</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="67"/>
        <source>离线（自{since}起）</source>
        <translation>离线（自{since}起）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="71"/>
        <source>待上传 {n}</source>
        <translation>待上传 {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="74"/>
        <source>上次同步 {at}</source>
        <translation>上次同步 {at}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="76"/>
        <source>冲突 {n}</source>
        <translation>冲突 {n}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="137"/>
        <source>未连接中心：</source>
        <translation>未连接中心：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="215"/>
        <source>立即同步</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/sync_status.py" line="217"/>
        <source>马上与中心数据库同步一次（不等下一轮）</source>
        <translation>马上与中心数据库同步一次（不等下一轮）</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../clerk_app/ui/tasks.py" line="66"/>
        <source>操作没有完成：程序出现意外错误，已记录日志。请重试，仍不行请联系系统管理员。</source>
        <translation>操作没有完成：程序出现意外错误，已记录日志。请重试，仍不行请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="24"/>
        <source>好</source>
        <translation>好</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="25"/>
        <source>一般</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="26"/>
        <source>差</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="32"/>
        <source>已落实（成效：{e}）</source>
        <translation>已落实（成效：{e}）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="36"/>
        <source>逾期未落实（已升级问责）</source>
        <translation>逾期未落实（已升级问责）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="37"/>
        <source>落实中</source>
        <translation>落实中</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="46"/>
        <source>督查事项</source>
        <translation>督查事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="48"/>
        <source>谁去落实</source>
        <translation>谁去落实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="51"/>
        <source>怎么落实</source>
        <translation>怎么落实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="53"/>
        <source>何时落实</source>
        <translation>何时落实</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="58"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="63"/>
        <source>最新进展</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="66"/>
        <source>落实成效</source>
        <translation>落实成效</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="129"/>
        <source>下达督查任务…</source>
        <translation>下达督查任务…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="131"/>
        <source>报告进展…</source>
        <translation>报告进展…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="132"/>
        <source>验收…</source>
        <translation>验收…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="143"/>
        <source>督查任务：{n} 项</source>
        <translation>督查任务：{n} 项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="145"/>
        <source>（逾期未落实 {n} 项）</source>
        <translation>（逾期未落实 {n} 项）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="176"/>
        <source>已下达督查任务</source>
        <translation>已下达督查任务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="187"/>
        <source>报告进展</source>
        <translation>报告进展</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="189"/>
        <source>进展情况</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="197"/>
        <source>已记录进展</source>
        <translation>已记录进展</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/supervision/tasks.py" line="213"/>
        <source>督查任务已验收</source>
        <translation>督查任务已验收</translation>
    </message>
</context>
<context>
    <name>TellDialog</name>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="144"/>
        <source>当场告知</source>
        <translation>当场告知</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="146"/>
        <source>告知内容（必填）</source>
        <translation>告知内容（必填）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/cases/decisions.py" line="149"/>
        <source>请写明告知的内容</source>
        <translation>请写明告知的内容</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="30"/>
        <source>转移号票</source>
        <translation>转移号票</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="43"/>
        <source>转入队列</source>
        <translation>转入队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="44"/>
        <source>指定窗口</source>
        <translation>指定窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/transfer.py" line="70"/>
        <source>该队列任一窗口</source>
        <translation>该队列任一窗口</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../clerk_app/ui/shell/update_notice.py" line="61"/>
        <source>重新启动</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/update_notice.py" line="63"/>
        <source>稍后</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/update_notice.py" line="90"/>
        <source>已安装新版本 {version}。请在办完手头的业务后点“重新启动”，本程序仍可继续使用。</source>
        <translation>已安装新版本 {version}。请在办完手头的业务后点“重新启动”，本程序仍可继续使用。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell/update_notice.py" line="101"/>
        <source>无法启动新版本，请关闭本程序后从菜单重新打开。</source>
        <translation>无法启动新版本，请关闭本程序后从菜单重新打开。</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="20"/>
        <source>号码</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="23"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="27"/>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="31"/>
        <source>已等</source>
        <translation>已等</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/counter/waiting_model.py" line="32"/>
        <source>{m} 分钟</source>
        <translation>{m} 分钟</translation>
    </message>
</context>
<context>
    <name>WindowDialog</name>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="223"/>
        <source>新建窗口</source>
        <translation>新建窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="223"/>
        <source>修改窗口</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="226"/>
        <source>如：A01</source>
        <translation>如：A01</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="227"/>
        <source>如：市场监管1号窗口</source>
        <translation>如：市场监管1号窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="229"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="236"/>
        <source>如：二楼B区</source>
        <translation>如：二楼B区</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="237"/>
        <source>开放</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="239"/>
        <source>窗口编码</source>
        <translation>窗口编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="240"/>
        <source>窗口名称</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="241"/>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="242"/>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="243"/>
        <source>其他部门</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="244"/>
        <source>服务队列（按顺序）</source>
        <translation>服务队列（按顺序）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/editors.py" line="245"/>
        <source>候办区域</source>
        <translation>候办区域</translation>
    </message>
</context>
<context>
    <name>WorkbookPage</name>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="179"/>
        <source>事项目录和组织机构可以用 Excel 工作簿整体导出、导入（每张工作表一类记录，以编码相互引用）。导入前先预览：有任何错误时不导入任何数据；没有错误时全部导入。新工作人员的临时密码在导入后显示一次。</source>
        <translation>事项目录和组织机构可以用 Excel 工作簿整体导出、导入（每张工作表一类记录，以编码相互引用）。导入前先预览：有任何错误时不导入任何数据；没有错误时全部导入。新工作人员的临时密码在导入后显示一次。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="185"/>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="230"/>
        <source>导出工作簿</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="187"/>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="239"/>
        <source>下载模板</source>
        <translation>下载模板</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="189"/>
        <source>导入工作簿</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="215"/>
        <source>选择要导入的工作簿</source>
        <translation>选择要导入的工作簿</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="235"/>
        <source>已导出：{path}</source>
        <translation>已导出：{path}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="243"/>
        <source>模板已保存：{path}</source>
        <translation>模板已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="250"/>
        <source>正在检查工作簿……</source>
        <translation>正在检查工作簿……</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/administration/workbook_page.py" line="264"/>
        <source>工作簿已导入：{counts}</source>
        <translation>工作簿已导入：{counts}</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../../clerk_app/ui/hall/launch.py" line="72"/>
        <source>叫号显示屏</source>
        <translation>叫号显示屏</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../clerk_app/ui/hall/launch.py" line="108"/>
        <source>自助取号机</source>
        <translation>自助取号机</translation>
    </message>
</context>
<context>
    <name>pad</name>
    <message>
        <location filename="../../clerk_app/ui/hall/launch.py" line="88"/>
        <source>服务评价器</source>
        <translation>服务评价器</translation>
    </message>
</context>
</TS>
