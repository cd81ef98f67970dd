"""The applicant: a person (name, ID card, phone) or an enterprise (name, USCC, agent).

Built from a declarative field list; each field is checked as it is typed with the domain's
own rules (its text limits and ``normalize_*`` functions, no database), and the Chinese
message shows next to the field. The edits are capped at the domain's lengths.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from clerk_app.domain.errors import InvalidInput
from clerk_app.domain.text_limits import ID_TYPED_MAX, TEXT_FIELDS, TextKind, check_text
from clerk_app.domain.validation import normalize_id_card, normalize_phone, normalize_uscc
from clerk_app.services.intake import Applicant
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.text_limits import limit_line

PERSON, ENTERPRISE = "person", "enterprise"
BOTH = frozenset({PERSON, ENTERPRISE})


@dataclass(frozen=True)
class Field:
    key: str
    label: Callable[[str], str]  # kind -> translated label
    kinds: frozenset[str]
    required: bool
    check: Callable[[str], str] | None = None  # raises InvalidInput; returns the clean value
    placeholder: Callable[[], str] = lambda: ""
    text_field: Callable[[str], str] | None = None  # kind -> key of the domain's text table

    def limit_key(self, kind: str) -> str | None:
        return self.text_field(kind) if self.text_field else None


def _id_card(text: str) -> str:
    return normalize_id_card(text, today=date.today())


def _name_label(kind: str) -> str:
    return (
        QCoreApplication.translate("ApplicantForm", "企业名称")
        if kind == ENTERPRISE
        else QCoreApplication.translate("ApplicantForm", "姓名")
    )


def _id_label(kind: str) -> str:
    return (
        QCoreApplication.translate("ApplicantForm", "统一社会信用代码")
        if kind == ENTERPRISE
        else QCoreApplication.translate("ApplicantForm", "身份证号码")
    )


def _id_check(kind: str) -> Callable[[str], str]:
    return normalize_uscc if kind == ENTERPRISE else _id_card


def _name_field(kind: str) -> str:
    return "enterprise_name" if kind == ENTERPRISE else "applicant_name"


FIELDS: tuple[Field, ...] = (
    Field("name", _name_label, BOTH, True, text_field=_name_field),
    Field("id_no", _id_label, BOTH, True),  # the check depends on the kind
    Field(
        "phone",
        lambda _k: QCoreApplication.translate("ApplicantForm", "联系电话"),
        BOTH,
        False,
        normalize_phone,
        lambda: QCoreApplication.translate("ApplicantForm", "手机或座机，选填"),
        lambda _k: "applicant_phone",
    ),
    Field(
        "agent_name",
        lambda _k: QCoreApplication.translate("ApplicantForm", "经办人姓名"),
        frozenset({ENTERPRISE}),
        True,
        text_field=lambda _k: "agent_name",
    ),
    Field(
        "agent_id_no",
        lambda _k: QCoreApplication.translate("ApplicantForm", "经办人身份证号码"),
        frozenset({ENTERPRISE}),
        True,
        _id_card,
    ),
)


class ApplicantForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = PERSON
        self.person_radio = QRadioButton(self.tr("个人"))
        self.enterprise_radio = QRadioButton(self.tr("企业（法人或其他组织）"))
        self.person_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.person_radio)
        group.addButton(self.enterprise_radio)
        kinds = QHBoxLayout()
        kinds.addWidget(self.person_radio)
        kinds.addWidget(self.enterprise_radio)
        kinds.addStretch(1)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.addLayout(kinds, 0, 0, 1, 3)
        for row, spec in enumerate(FIELDS, start=1):
            label, edit, message = QLabel(), QLineEdit(), QLabel()
            _limit(edit, spec)
            edit.setPlaceholderText(spec.placeholder())
            edit.setObjectName(f"applicant_{spec.key}")
            message.setObjectName("fieldError")
            message.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(message, row, 2)
            self.labels[spec.key], self.edits[spec.key] = label, edit
            self.messages[spec.key] = message
            edit.textChanged.connect(lambda _t, k=spec.key: self._edited(k))
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self.person_radio.toggled.connect(self._kind_toggled)
        self._relabel()

    # --- kind -------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        (self.enterprise_radio if kind == ENTERPRISE else self.person_radio).setChecked(True)

    def _kind_toggled(self) -> None:
        self.kind = PERSON if self.person_radio.isChecked() else ENTERPRISE
        self._relabel()
        for key in self.edits:
            self._edited(key)

    def _relabel(self) -> None:
        for spec in FIELDS:
            shown = self.kind in spec.kinds
            mark = " *" if spec.required else ""
            self.labels[spec.key].setText(spec.label(self.kind) + mark)
            for widget in (self.labels[spec.key], self.edits[spec.key], self.messages[spec.key]):
                widget.setVisible(shown)

    # --- validation -------------------------------------------------------------------

    def _check(self, spec: Field) -> str | None:
        """The message for the field as typed now, or None when it is fine."""
        text = self.edits[spec.key].text().strip()
        limit_key = spec.limit_key(self.kind)
        if limit_key is not None:
            try:
                check_text(limit_key, text)
            except InvalidInput as exc:
                return str(exc)
        if not text:
            return (
                self.tr("必填：{label}").format(label=spec.label(self.kind))
                if spec.required
                else None
            )
        check = _id_check(self.kind) if spec.key == "id_no" else spec.check
        if check is None:
            return None
        try:
            check(text)
        except InvalidInput as exc:
            return str(exc)
        return None

    def _edited(self, key: str) -> None:
        spec = next(f for f in FIELDS if f.key == key)
        edit = self.edits[key]
        message = self._check(spec) if edit.text().strip() else None  # not while still empty
        self._show(key, message)
        emit(self.changed)

    def _show(self, key: str, message: str | None) -> None:
        self.messages[key].setText(message or "")
        self.edits[key].setProperty("invalid", bool(message))
        self.edits[key].style().unpolish(self.edits[key])
        self.edits[key].style().polish(self.edits[key])

    def errors(self, *, show: bool = False) -> dict[str, str]:
        """Every problem of the visible fields; ``show`` also puts them next to the fields."""
        out = {}
        for spec in FIELDS:
            if self.kind not in spec.kinds:
                continue
            message = self._check(spec)
            if message:
                out[spec.key] = message
            if show:
                self._show(spec.key, message)
        return out

    def is_valid(self) -> bool:
        return not self.errors()

    def applicant(self) -> Applicant:
        def text(key: str) -> str:
            return self.edits[key].text().strip() if self.kind in _kinds(key) else ""

        return Applicant(
            kind=self.kind,
            name=text("name"),
            id_no=text("id_no"),
            phone=text("phone"),
            agent_name=text("agent_name"),
            agent_id_no=text("agent_id_no"),
        )

    def fill(self, applicant: Applicant) -> None:
        self.set_kind(applicant.kind)
        for key in ("name", "id_no", "phone", "agent_name", "agent_id_no"):
            self.edits[key].setText(getattr(applicant, key))


def _limit(edit: QLineEdit, spec: Field) -> None:
    """The longest the field may be for any kind (a person's name is shorter than an
    enterprise's: that limit shows as a message, not a cut); control characters refused."""
    keys = {spec.limit_key(kind) for kind in spec.kinds}
    if None in keys:  # an ID number: its own check says what is wrong with it
        edit.setMaxLength(ID_TYPED_MAX)
        return
    widest = max((k for k in keys if k is not None), key=lambda k: TEXT_FIELDS[k].max_length)
    limit_line(edit, widest, kind=TextKind.LINE if len(keys) > 1 else None)


def _kinds(key: str) -> frozenset[str]:
    return next(f.kinds for f in FIELDS if f.key == key)
