<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BadgeWidget</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/badge.py" line="82" />
        <source>政务服务中心</source>
        <translation>政务服务中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/badge.py" line="83" />
        <source>工号 {no}  ·  {dept}</source>
        <translation>工号 {no}  ·  {dept}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/badge.py" line="86" />
        <source>{code} {name}</source>
        <translation>{code} {name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/badge.py" line="89" />
        <source>未选窗口</source>
        <translation>未选窗口</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="56" />
        <source>叫号</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="57" />
        <source>重呼</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="58" />
        <source>过号</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="59" />
        <source>转移</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="60" />
        <source>暂停</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="61" />
        <source>开始办理</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="62" />
        <source>结束服务</source>
        <translation>结束服务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="78" />
        <source>本窗口队列</source>
        <translation>本窗口队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="94" />
        <source>未选择窗口：请退出后登录时选择窗口</source>
        <translation>未选择窗口：请退出后登录时选择窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="125" />
        <source>等候 {n} 人  ·  最长等候 {m} 分钟</source>
        <translation>等候 {n} 人  ·  最长等候 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="134" />
        <source>F5  暂停</source>
        <translation>F5  暂停</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="136" />
        <source>窗口已暂停：{reason}</source>
        <translation>窗口已暂停：{reason}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="138" />
        <source>F5  恢复</source>
        <translation>F5  恢复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="168" />
        <source>没有等候的号</source>
        <translation>没有等候的号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="169" />
        <source>请 {number} 号到 {window} 窗口</source>
        <translation>请 {number} 号到 {window} 窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="183" />
        <source>已重呼 {number} 号</source>
        <translation>已重呼 {number} 号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="187" />
        <source>{number} 号已过号</source>
        <translation>{number} 号已过号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="192" />
        <source>开始为 {number} 号办理</source>
        <translation>开始为 {number} 号办理</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="197" />
        <source>{number} 号服务结束</source>
        <translation>{number} 号服务结束</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="208" />
        <source>{number} 号已转移</source>
        <translation>{number} 号已转移</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="214" />
        <source>窗口已恢复叫号</source>
        <translation>窗口已恢复叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/counter.py" line="220" />
        <source>窗口已暂停</source>
        <translation>窗口已暂停</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="40" />
        <source>首问登记</source>
        <translation>首问登记</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="45" />
        <source>选填，便于回访</source>
        <translation>选填，便于回访</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="49" />
        <source>咨询办理：{name}</source>
        <translation>咨询办理：{name}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="52" />
        <source>不属本窗口办理，转办至其他部门</source>
        <translation>不属本窗口办理，转办至其他部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="55" />
        <source>打印引导单</source>
        <translation>打印引导单</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="60" />
        <source>来访人姓名</source>
        <translation>来访人姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="61" />
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="62" />
        <source>咨询事项</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="63" />
        <source>答复</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="65" />
        <source>接收部门</source>
        <translation>接收部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="66" />
        <source>接收窗口</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="91" />
        <source>由部门安排</source>
        <translation>由部门安排</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="114" />
        <source>请填写来访人姓名</source>
        <translation>请填写来访人姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="116" />
        <source>请填写咨询事项</source>
        <translation>请填写咨询事项</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="118" />
        <source>请选择接收部门</source>
        <translation>请选择接收部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_contact.py" line="120" />
        <source>请填写答复内容，或勾选转办</source>
        <translation>请填写答复内容，或勾选转办</translation>
    </message>
</context>
<context>
    <name>FirstContactFlow</name>
    <message>
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="79" />
        <source>已登记并转办，可在“我的转办”中跟踪</source>
        <translation>已登记并转办，可在“我的转办”中跟踪</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="81" />
        <source>首问登记已保存</source>
        <translation>首问登记已保存</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/first_contact_flow.py" line="86" />
        <source>引导单已打印：{where}</source>
        <translation>引导单已打印：{where}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="36" />
        <source>窗口办件台 — 首次使用</source>
        <translation>窗口办件台 — 首次使用</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="38" />
        <source>本机数据库中还没有服务中心。可以载入演示数据试用，或新建一个服务中心并设置系统管理员。</source>
        <translation>本机数据库中还没有服务中心。可以载入演示数据试用，或新建一个服务中心并设置系统管理员。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="41" />
        <source>载入演示数据</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="44" />
        <source>本版本未附带演示数据</source>
        <translation>本版本未附带演示数据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="46" />
        <source>如 青山县政务服务中心</source>
        <translation>如 青山县政务服务中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="54" />
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="56" />
        <source>新建服务中心</source>
        <translation>新建服务中心</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="58" />
        <source>中心名称</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="59" />
        <source>中心编码</source>
        <translation>中心编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="60" />
        <source>管理员工号</source>
        <translation>管理员工号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="61" />
        <source>管理员姓名</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="62" />
        <source>管理员密码</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="84" />
        <source>请填写全部项目</source>
        <translation>请填写全部项目</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/first_run.py" line="86" />
        <source>管理员密码至少 8 位</source>
        <translation>管理员密码至少 8 位</translation>
    </message>
</context>
<context>
    <name>FrontDeskTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="52" />
        <source>事项名称 / 事项编码 / 拼音首字母，如 yyzz</source>
        <translation>事项名称 / 事项编码 / 拼音首字母，如 yyzz</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="70" />
        <source>重点项目名称或原因</source>
        <translation>重点项目名称或原因</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="72" />
        <source>取号并打印</source>
        <translation>取号并打印</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="77" />
        <source>首问登记 / 转办</source>
        <translation>首问登记 / 转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="79" />
        <source>取号</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="81" />
        <source>队列</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="82" />
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="83" />
        <source>绿色通道原因</source>
        <translation>绿色通道原因</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="184" />
        <source>已取号 {number}，前面 {n} 人</source>
        <translation>已取号 {number}，前面 {n} 人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/front_desk.py" line="200" />
        <source>号票 {number} 已打印：{where}</source>
        <translation>号票 {number} 已打印：{where}</translation>
    </message>
</context>
<context>
    <name>ItemGuideView</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="26" />
        <source>在左侧输入事项名称、事项编码或拼音首字母（如 yyzz）查找事项。</source>
        <translation>在左侧输入事项名称、事项编码或拼音首字母（如 yyzz）查找事项。</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="35" />
        <source>即办（当场办结）</source>
        <translation>即办（当场办结）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="37" />
        <source>承诺 {p} 个工作日（法定 {s} 个工作日）</source>
        <translation>承诺 {p} 个工作日（法定 {s} 个工作日）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="43" />
        <source>事项编码</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="44" />
        <source>办件类型</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="45" />
        <source>实施部门</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="46" />
        <source>办理时限</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="47" />
        <source>收费</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="47" />
        <source>不收费</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="48" />
        <source>办理窗口</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="51" />
        <source>超时默认</source>
        <translation>超时默认</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="51" />
        <source>是：逾期未作决定视为同意</source>
        <translation>是：逾期未作决定视为同意</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="60" />
        <source>（非必需）</source>
        <translation>（非必需）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="62" />
        <source>原件 {o} 份，复印件 {c} 份</source>
        <translation>原件 {o} 份，复印件 {c} 份</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="67" />
        <source>无需提交材料</source>
        <translation>无需提交材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="68" />
        <source>受理条件</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="68" />
        <source>申请材料</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="69" />
        <source>设定依据</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/item_guide.py" line="69" />
        <source>符合法定条件的申请人均可申请。</source>
        <translation>符合法定条件的申请人均可申请。</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="15" />
        <source>即办</source>
        <translation>即办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="16" />
        <source>{days} 个工作日</source>
        <translation>{days} 个工作日</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="26" />
        <source>事项编码</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="27" />
        <source>事项名称</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="29" />
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/items.py" line="33" />
        <source>承诺时限</source>
        <translation>承诺时限</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="13" />
        <source>导服人员</source>
        <translation>导服人员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="14" />
        <source>窗口首席代表</source>
        <translation>窗口首席代表</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="15" />
        <source>效能监督员</source>
        <translation>效能监督员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="16" />
        <source>系统管理员</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="17" />
        <source>系统</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="23" />
        <source>普通</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="24" />
        <source>老弱病残孕优先</source>
        <translation>老弱病残孕优先</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="25" />
        <source>预约</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="26" />
        <source>绿色通道（重点项目）</source>
        <translation>绿色通道（重点项目）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="32" />
        <source>等候中</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="33" />
        <source>已叫号</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="34" />
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="35" />
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="36" />
        <source>已过号</source>
        <translation>已过号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="42" />
        <source>即办件</source>
        <translation>即办件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="43" />
        <source>承诺件</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="44" />
        <source>上报件</source>
        <translation>上报件</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/labels.py" line="45" />
        <source>联办件</source>
        <translation>联办件</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="23" />
        <source>屏幕已锁定</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="25" />
        <source>{name}（工号 {no}）请输入密码解锁</source>
        <translation>{name}（工号 {no}）请输入密码解锁</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="32" />
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="35" />
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="54" />
        <source>请输入密码</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/lock_screen.py" line="66" />
        <source>只有登录本机的工作人员可以解锁</source>
        <translation>只有登录本机的工作人员可以解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="34" />
        <source>窗口办件台 — 登录</source>
        <translation>窗口办件台 — 登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="39" />
        <source>窗口办件台 · 挂牌上岗</source>
        <translation>窗口办件台 · 挂牌上岗</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="43" />
        <source>如 C001</source>
        <translation>如 C001</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="47" />
        <source>不在窗口（导服、监督）</source>
        <translation>不在窗口（导服、监督）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="51" />
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="56" />
        <source>工号</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="57" />
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="58" />
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="81" />
        <source>请输入工号和密码</source>
        <translation>请输入工号和密码</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="86" />
        <source>正在登录…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/login.py" line="94" />
        <source>窗口首席代表请选择所在窗口</source>
        <translation>窗口首席代表请选择所在窗口</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="39" />
        <source>窗口办件台 — {center}</source>
        <translation>窗口办件台 — {center}</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="45" />
        <source>锁屏</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="47" />
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="92" />
        <source>导服</source>
        <translation>导服</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="96" />
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="98" />
        <source>我的转办</source>
        <translation>我的转办</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="99" />
        <source>效能监督</source>
        <translation>效能监督</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/windows/main_window.py" line="118" />
        <source>无法完成</source>
        <translation>无法完成</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="18" />
        <source>暂停叫号</source>
        <translation>暂停叫号</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="21" />
        <source>临时离开</source>
        <translation>临时离开</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="21" />
        <source>午间休息</source>
        <translation>午间休息</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="21" />
        <source>业务咨询电话</source>
        <translation>业务咨询电话</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="22" />
        <source>系统故障</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="22" />
        <source>业务培训</source>
        <translation>业务培训</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="31" />
        <source>暂停原因（必填）：</source>
        <translation>暂停原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/pause.py" line="41" />
        <source>请填写暂停原因</source>
        <translation>请填写暂停原因</translation>
    </message>
</context>
<context>
    <name>QueueStatusModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/queues.py" line="19" />
        <source>队列</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/queues.py" line="22" />
        <source>等候人数</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/queues.py" line="28" />
        <source>最长等候</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/queues.py" line="30" />
        <source>{m} 分钟</source>
        <translation>{m} 分钟</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="17" />
        <source>待接收</source>
        <translation>待接收</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="18" />
        <source>办理中</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="19" />
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="23" />
        <source>（超时）</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="45" />
        <source>转办时间</source>
        <translation>转办时间</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="50" />
        <source>来访人</source>
        <translation>来访人</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="52" />
        <source>事由</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="53" />
        <source>转至</source>
        <translation>转至</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="55" />
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/models/referrals.py" line="60" />
        <source>状态</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="37" />
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/referrals.py" line="57" />
        <source>未办结 {open} 件，其中超时 {late} 件</source>
        <translation>未办结 {open} 件，其中超时 {late} 件</translation>
    </message>
</context>
<context>
    <name>ServingPanel</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/serving_panel.py" line="45" />
        <source>当前服务</source>
        <translation>当前服务</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/serving_panel.py" line="48" />
        <source>空闲：按 F1 叫下一位</source>
        <translation>空闲：按 F1 叫下一位</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/widgets/serving_panel.py" line="57" />
        <source>取号 {time}  ·  已重呼 {n}/{max} 次</source>
        <translation>取号 {time}  ·  已重呼 {n}/{max} 次</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../clerk_app/ui/shell.py" line="59" />
        <source>无法完成</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/shell.py" line="63" />
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../clerk_app/ui/widgets/supervision.py" line="13" />
        <source>效能监督：窗口与队列看板、时限预警、延期审批和统计报表将在此显示。</source>
        <translation>效能监督：窗口与队列看板、时限预警、延期审批和统计报表将在此显示。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../clerk_app/ui/tasks.py" line="50" />
        <source>操作没有完成：程序出现意外错误，已记录日志。请重试，仍不行请联系系统管理员。</source>
        <translation>操作没有完成：程序出现意外错误，已记录日志。请重试，仍不行请联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../clerk_app/ui/dialogs/transfer.py" line="29" />
        <source>转移号票</source>
        <translation>转移号票</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/transfer.py" line="38" />
        <source>转入队列</source>
        <translation>转入队列</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/transfer.py" line="39" />
        <source>指定窗口</source>
        <translation>指定窗口</translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dialogs/transfer.py" line="50" />
        <source>该队列任一窗口</source>
        <translation>该队列任一窗口</translation>
    </message>
</context>
</TS>