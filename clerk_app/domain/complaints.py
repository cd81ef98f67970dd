"""Complaints and hotlines (有诉必理、每理必果): where a complaint came from, how the
complainant was answered, and the handling deadline in working days.

A complaint comes in at the centre (现场), through the county's 12345 / mayor's hotline,
a department's hotline, online or by letter; a hotline's complaint carries the platform's
work-order number, unique across complaints (an imported export's duplicates are
recognised by it). It is to be handled within :data:`DEFAULT_LIMIT_WORKDAYS` working days
(configurable), followed up while open, and it closes only with a result and a reply to
the complainant (how, when, satisfied or not).
"""

from __future__ import annotations

from clerk_app.domain.cases import _Labelled
from clerk_app.domain.errors import InvalidInput

DEFAULT_LIMIT_WORKDAYS = 5
MAX_LIMIT_WORKDAYS = 30
WORK_ORDER_MAX = 40


class Channel(_Labelled):
    ONSITE = "onsite", "现场"
    MAYOR_HOTLINE = "hotline_12345", "12345/县长热线"
    DEPARTMENT_HOTLINE = "dept_hotline", "部门热线"
    ONLINE = "online", "网上"
    LETTER = "letter", "信件"

    @property
    def hotline(self) -> bool:
        return self in (Channel.MAYOR_HOTLINE, Channel.DEPARTMENT_HOTLINE)


class ReplyMethod(_Labelled):
    PHONE = "phone", "电话"
    SMS = "sms", "短信"
    IN_PERSON = "in_person", "当面"
    LETTER = "letter", "书面"
    PLATFORM = "platform", "热线平台回复"


def parse_channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        pass
    for channel in Channel:  # an export says 12345/县长热线, 部门热线 …
        if value.strip() and value.strip() in channel.label:
            return channel
    raise InvalidInput("请选择投诉渠道", field="complaint_channel")


def parse_reply_method(value: str) -> ReplyMethod:
    try:
        return ReplyMethod(value)
    except ValueError:
        raise InvalidInput("请选择答复方式", field="reply_method") from None


def check_work_order(channel: Channel, work_order_no: str) -> str:
    """A hotline's complaint needs its work-order number; others may have one."""
    number = work_order_no.strip()
    if len(number) > WORK_ORDER_MAX:
        raise InvalidInput(f"工单编号不能超过 {WORK_ORDER_MAX} 个字符", field="work_order_no")
    if channel.hotline and not number:
        raise InvalidInput("热线投诉请填写工单编号", field="work_order_no")
    return number


def check_limit(workdays: int) -> int:
    if isinstance(workdays, bool) or not isinstance(workdays, int):
        raise InvalidInput("办理时限须为整数个工作日", field="complaint_limit")
    if not 1 <= workdays <= MAX_LIMIT_WORKDAYS:
        raise InvalidInput(
            f"办理时限须在 1 至 {MAX_LIMIT_WORKDAYS} 个工作日之间", field="complaint_limit"
        )
    return workdays
