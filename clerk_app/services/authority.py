"""Authority per object, below the screens: not only *which role* acts but *on what*.

A window clerk (首席代表) acts on the cases of their own department, on cases assigned to
them and on cases with a joint step of their department; on the queue of the window they
are signed on at and no other; the statistics of the centre are for supervisors,
administrators and (for their own department) department leaders. Each check raises
:class:`PermissionDenied` with the message the screen shows.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.services.case_views import get_case
from clerk_app.services.context import Actor, Role
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import Case, CaseStep

#: Roles whose reach is the whole centre (the sync and the sweeps act as SYSTEM).
CENTRE_WIDE = frozenset({Role.SUPERVISOR, Role.ADMIN, Role.SYSTEM})
#: Roles bound to one department's cases.
DEPARTMENTAL = frozenset({Role.CLERK, Role.LEADER})


def may_act_on_case(s: Session, actor: Actor, case: Case) -> bool:
    if actor.role in CENTRE_WIDE:
        return True
    if actor.role not in DEPARTMENTAL:
        return False
    if actor.staff_id is not None and case.clerk_id == actor.staff_id:
        return True
    if actor.department_id is None:
        return False
    if case.department_id == actor.department_id:
        return True
    joint_step = s.scalar(
        select(CaseStep.id)
        .where(CaseStep.case_id == case.id, CaseStep.department_id == actor.department_id)
        .limit(1)
    )
    return joint_step is not None


def check_case(s: Session, actor: Actor, case: Case, *, action: str) -> None:
    """The actor may ``action`` this case (own department, assigned, or a joint step)."""
    if not may_act_on_case(s, actor, case):
        raise PermissionDenied(f"办件{case.case_no}不属于本部门，无权{action}")


def check_window(actor: Actor, window_id: str | None, *, action: str) -> None:
    """A window clerk works the queue of the window they are signed on at, no other."""
    if actor.role in CENTRE_WIDE:
        return
    if actor.window_id is None:
        raise PermissionDenied(f"未在窗口签到上岗，不能{action}")
    if window_id != actor.window_id:
        raise PermissionDenied(f"只能为本人签到的窗口{action}")


def statistics_scope(actor: Actor, department_id: str | None) -> str | None:
    """The department whose statistics the actor may read (None: the whole centre)."""
    if actor.role in CENTRE_WIDE:
        return department_id
    if actor.role is Role.LEADER and actor.department_id is not None:
        if department_id not in (None, actor.department_id):
            raise PermissionDenied("部门负责人只能查看本部门的统计")
        return actor.department_id
    raise PermissionDenied("只有效能监督员、系统管理员和部门负责人可以查看绩效统计")


def own_case(uow: UnitOfWork, case_id: str, *, action: str) -> Case:
    """The case, once the unit of work's actor may ``action`` it."""
    case = get_case(uow.session, case_id)
    check_case(uow.session, uow.actor, case, action=action)
    return case
