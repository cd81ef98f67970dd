"""The item guide (办事指南): conditions, materials, limits, fees, legal basis, window, and
for a joint item (联办件) the participating departments with their own limits."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from clerk_app.services.catalogue import ItemView
from clerk_app.ui.common.labels import item_kind_label
from clerk_app.ui.common.theme import ACCENT
from clerk_app.ui.ports import WindowChoice


class ItemGuideView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemGuide")
        self.setOpenExternalLinks(False)
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.setHtml(
            "<p style='color:#666'>{}</p>".format(
                escape(self.tr("在左侧输入事项名称、事项编码或拼音首字母（如 yyzz）查找事项。"))
            )
        )

    def show_item(self, item: ItemView, windows: Sequence[WindowChoice] = ()) -> None:
        self.setHtml(self.guide_html(item, windows))

    def joint_text(self, item: ItemView) -> str:
        """并联审批: each department's part and its own limit, the lead department first."""
        steps = sorted(item.joint_steps, key=lambda j: j.department_id != item.department_id)
        return "、".join(
            (
                self.tr("{dept}（牵头）{n} 个工作日")
                if j.department_id == item.department_id
                else self.tr("{dept} {n} 个工作日")
            ).format(dept=j.department_name, n=j.step_limit)
            for j in steps
        )

    def guide_html(self, item: ItemView, windows: Sequence[WindowChoice]) -> str:
        if item.promised_limit == 0:
            limit = self.tr("即办（当场办结）")
        else:
            limit = self.tr("承诺 {p} 个工作日（法定 {s} 个工作日）").format(
                p=item.promised_limit, s=item.statutory_limit
            )
        here = [w for w in windows if item.queue_id and item.queue_id in w.queue_ids]
        window_text = "、".join(f"{w.code} {w.name}" for w in here) or item.department_name
        rows = [
            (self.tr("事项编码"), escape(item.code)),
            (self.tr("办件类型"), escape(item_kind_label(item.kind))),
            (self.tr("实施部门"), escape(item.department_name)),
            (self.tr("办理时限"), escape(limit)),
            (self.tr("收费"), escape(item.fees or self.tr("不收费"))),
            (self.tr("办理窗口"), escape(window_text)),
        ]
        if item.joint_steps:
            rows.append((self.tr("联办部门"), escape(self.joint_text(item))))
        if item.deemed_approval:
            rows.append((self.tr("超时默认"), escape(self.tr("是：逾期未作决定视为同意"))))
        table = "".join(
            f"<tr><td class='k' style='color:#555;padding:3px 12px 3px 0'>{escape(k)}</td>"
            f"<td style='padding:3px 0'>{v}</td></tr>"
            for k, v in rows
        )
        mats = "".join(
            "<li>{name}{req}<span style='color:#555'> — {forms}{note}</span></li>".format(
                name=escape(m.name),
                req="" if m.required else escape(self.tr("（非必需）")),
                forms=escape(
                    self.tr("原件 {o} 份，复印件 {c} 份").format(o=m.originals, c=m.copies)
                ),
                note=escape("；" + m.note) if m.note else "",
            )
            for m in item.materials
        ) or "<li>{}</li>".format(escape(self.tr("无需提交材料")))
        h_conditions, h_materials = self.tr("受理条件"), self.tr("申请材料")
        h_basis, default_conditions = self.tr("设定依据"), self.tr("符合法定条件的申请人均可申请。")
        parts = [
            f"<h2 style='color:{ACCENT};margin-bottom:6px'>{escape(item.name)}</h2>",
            f"<table>{table}</table>",
            f"<h3>{escape(h_conditions)}</h3>",
            f"<p>{escape(item.conditions or default_conditions)}</p>",
            f"<h3>{escape(h_materials)}</h3><ol>{mats}</ol>",
        ]
        if item.legal_basis:
            parts.append(f"<h3>{escape(h_basis)}</h3><p>{escape(item.legal_basis)}</p>")
        return "".join(parts)
