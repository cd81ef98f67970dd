"""After acceptance: suspend and resume the clock, extensions, completion, case lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain import cases as rules
from clerk_app.domain.cases import CaseState, Decision, ItemKind
from clerk_app.domain.deadlines import max_extension_workdays
from clerk_app.domain.errors import IllegalTransition, InvalidInput, RuleViolation
from clerk_app.domain.text_limits import check_count, check_text
from clerk_app.services.authority import own_case
from clerk_app.services.case_views import (
    OPEN_STATES,
    CaseView,
    case_view,
    extension_kind,
    get_case,
    get_item,
    recompute_due,
    snapshot,
    store_snapshot,
)
from clerk_app.services.context import Actor, Role, ServiceContext, require_role
from clerk_app.services.errors import NotFound, PermissionDenied
from clerk_app.services.events import EventData, applier
from clerk_app.services.joint import open_step_departments
from clerk_app.services.rows import new_id
from clerk_app.services.unit_of_work import UnitOfWork
from clerk_app.store.models import (
    Case,
    Department,
    DueDateChange,
    ExtensionRequest,
    Setting,
    Suspension,
)

COUNTER = (Role.CLERK, Role.SUPERVISOR)


def _view(uow: UnitOfWork, case_id: str) -> CaseView:
    return case_view(uow.session, get_case(uow.session, case_id), uow.calendar, uow.today)


def local_suspension_reasons(s: Session) -> tuple[str, ...]:
    """Local reasons a supervisor configured on top of the eight of Art. 45."""
    row = s.get(Setting, "suspension.local_reasons")
    return tuple(r.strip() for r in row.value.split(",") if r.strip()) if row else ()


def suspend(
    ctx: ServiceContext,
    actor: Actor,
    case_id: str,
    *,
    reason: str,
    detail: str,
    expected_workdays: int,
) -> CaseView:
    """特别程序: stop the clock for an Art. 45 reason; the applicant gets a written notice."""
    require_role(actor, *COUNTER, action="中止计时")
    reason = check_text("suspension_reason", reason)
    detail = check_text("suspension_detail", detail)
    if not detail:
        raise InvalidInput("请写明特别程序的具体内容（告知书要载明）", field="suspension_detail")
    if expected_workdays < 1:
        raise InvalidInput("请填写预计所需工作日", field="suspension_workdays")
    check_count("suspension_workdays", expected_workdays)
    with ctx.unit_of_work(actor) as uow:
        case = own_case(uow, case_id, action="中止计时")
        snap = rules.suspend(
            snapshot(uow.session, case),
            reason,
            on=uow.today,
            local_reasons=local_suspension_reasons(uow.session),
        )
        uow.emit(
            "case.suspended",
            dict(
                case_id=case_id,
                suspension_id=new_id(),
                reason=snap.suspension_reason,
                detail=detail,
                expected_workdays=expected_workdays,
                on=uow.today,
            ),
        )
        return _view(uow, case_id)


@applier("case.suspended")
def _suspended(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    snap = rules.suspend(
        snapshot(s, case), e.text("reason"), on=e.day("on"), local_reasons=(e.text("reason"),)
    )
    store_snapshot(case, snap)
    s.add(
        Suspension(
            id=e.text("suspension_id"),
            case_id=case.id,
            reason=e.text("reason"),
            detail=e.text("detail"),
            expected_workdays=e.integer("expected_workdays"),
            start_on=e.day("on"),
            staff_id=e.actor_id or case.clerk_id,
        )
    )


def resume(ctx: ServiceContext, actor: Actor, case_id: str) -> CaseView:
    """The special procedure is over: the clock runs again, the due date moves on."""
    require_role(actor, *COUNTER, action="恢复计时")
    with ctx.unit_of_work(actor) as uow:
        case = own_case(uow, case_id, action="恢复计时")
        sus = uow.session.scalar(
            select(Suspension).where(Suspension.case_id == case.id, Suspension.end_on.is_(None))
        )
        if case.state != CaseState.SUSPENDED.value or sus is None:
            raise IllegalTransition(
                "办件未处于特别程序中，无需恢复计时", state=case.state, action="resume"
            )
        last = uow.today - timedelta(days=1)  # the clock runs again on the day it resumes
        new_due = recompute_due(uow.session, uow.calendar, case, closing=(sus.start_on, last))
        suspended = (
            uow.calendar.workdays_between(sus.start_on - timedelta(days=1), last)
            if last >= sus.start_on
            else 0
        )
        assert case.due_date is not None
        new_due = max(new_due, case.due_date)
        rules.resume(
            snapshot(uow.session, case),
            on=uow.today,
            new_due_on=new_due,
            suspended_workdays=suspended,
        )
        uow.emit(
            "case.resumed",
            dict(
                case_id=case_id,
                suspension_id=sus.id,
                on=uow.today,
                last_suspended=last,
                suspended_workdays=suspended,
                new_due=new_due,
                at=uow.now,
            ),
        )
        return _view(uow, case_id)


@applier("case.resumed")
def _resumed(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    sus = s.get(Suspension, e.text("suspension_id"))
    if sus is None or sus.end_on is not None:
        raise IllegalTransition("办件未处于特别程序中", state=case.state, action="resume")
    before = snapshot(s, case)
    sus.end_on = e.day("last_suspended")
    store_snapshot(
        case,
        rules.resume(
            before,
            on=e.day("on"),
            new_due_on=e.day("new_due"),
            suspended_workdays=e.integer("suspended_workdays"),
        ),
    )
    if case.due_date != before.due_on:
        s.add(
            DueDateChange(
                id=e.derived_id("due"),
                case_id=case.id,
                old_due=before.due_on,
                new_due=case.due_date,
                cause="特别程序结束，顺延办结期限",
                changed_at=e.moment("at"),
            )
        )


def request_extension(
    ctx: ServiceContext, actor: Actor, case_id: str, *, workdays: int, reason: str
) -> str:
    """申请延期: the clerk asks; the department's leader must approve before the original
    due date."""
    require_role(actor, *COUNTER, action="申请延期")
    reason = check_text("extension_reason", reason)
    if not reason:
        raise InvalidInput("请写明延期理由", field="extension_reason")
    with ctx.unit_of_work(actor) as uow:
        case = own_case(uow, case_id, action="申请延期")
        item = get_item(uow.session, case.item_id)
        if case.state != CaseState.ACCEPTED.value or case.due_date is None:
            raise IllegalTransition(
                "只有办理中的办件可以申请延期", state=case.state, action="extend"
            )
        if uow.today > case.due_date:
            raise RuleViolation("已超过办结期限，不能再申请延期")
        allowed = (
            max_extension_workdays(item.statutory_limit, extension_kind(item), item.max_extension)
            - case.extension_workdays
        )
        if workdays < 1 or workdays > allowed:
            raise RuleViolation(
                f"延期不能超过法定上限（还可延期 {max(allowed, 0)} 个工作日）",
                field="extension_workdays",
            )
        if uow.session.scalar(
            select(ExtensionRequest.id).where(
                ExtensionRequest.case_id == case_id, ExtensionRequest.status == "pending"
            )
        ):
            raise RuleViolation("该办件已有待审批的延期申请")
        request_id = new_id()
        uow.emit(
            "extension.requested",
            dict(
                id=request_id,
                case_id=case_id,
                workdays=workdays,
                reason=reason,
                at=uow.now,
                old_due=case.due_date,
            ),
        )
        return request_id


@applier("extension.requested")
def _ext_requested(s: Session, e: EventData) -> None:
    s.add(
        ExtensionRequest(
            id=e.text("id"),
            case_id=e.text("case_id"),
            workdays=e.integer("workdays"),
            reason=e.text("reason"),
            requested_by=e.actor_id,
            requested_at=e.moment("at"),
            old_due=e.day("old_due"),
        )
    )


def decide_extension(
    ctx: ServiceContext,
    actor: Actor,
    request_id: str,
    *,
    approve: bool,
    note: str = "",
    county_approver: str = "",
    county_document: str = "",
) -> CaseView:
    """批准延期 / 不批准: only the head or the deputy in charge of the case's department
    (本行政机关负责人, Art. 42), before the original due date. A joint case's extension
    needs the county government leader's approval, recorded with its document number."""
    require_role(actor, Role.LEADER, action="审批延期")
    note = check_text("extension_note", note)
    county_approver = check_text("county_approver", county_approver)
    county_document = check_text("county_document", county_document)
    with ctx.unit_of_work(actor) as uow:
        req = uow.session.get(ExtensionRequest, request_id)
        if req is None:
            raise NotFound("找不到该延期申请")
        if req.status != "pending":
            raise IllegalTransition("该延期申请已审批", state=req.status, action="decide")
        case = get_case(uow.session, req.case_id)
        _check_approver(uow.session, case, actor.staff_id)
        payload: dict[str, object] = dict(
            request_id=request_id, approve=approve, note=note, at=uow.now, on=uow.today
        )
        if approve:
            item = get_item(uow.session, case.item_id)
            if item.kind == ItemKind.JOINT.value:
                if not county_approver:
                    raise InvalidInput(
                        "联办件延期须经县人民政府负责人批准，请填写批准人", field="county_approver"
                    )
                if not county_document:
                    raise InvalidInput("请填写县人民政府批准的文号", field="county_document")
                payload |= dict(county_approver=county_approver, county_document=county_document)
            new_due = recompute_due(uow.session, uow.calendar, case, extra_extension=req.workdays)
            rules.extend(
                snapshot(uow.session, case),
                workdays=req.workdays,
                max_workdays=max_extension_workdays(
                    item.statutory_limit, extension_kind(item), item.max_extension
                )
                - case.extension_workdays,
                new_due_on=new_due,
                reason=req.reason,
                on=uow.today,
                by_supervisor=True,
            )
            payload["new_due"] = new_due
        uow.emit("extension.decided", payload)
        return _view(uow, case.id)


def _check_approver(s: Session, case: Case, staff_id: str | None) -> None:
    """The head or the deputy in charge of the case's department, or PermissionDenied."""
    dept = s.get(Department, case.department_id)
    if (
        dept is None
        or staff_id is None
        or staff_id
        not in (
            dept.head_staff_id,
            dept.deputy_staff_id,
        )
    ):
        name = dept.name if dept else "该部门"
        raise PermissionDenied(f"延期须由{name}的主要负责人或分管负责人批准")


@applier("extension.decided")
def _ext_decided(s: Session, e: EventData) -> None:
    req = s.get(ExtensionRequest, e.text("request_id"))
    if req is None:
        raise NotFound("找不到该延期申请")
    if req.status != "pending":
        raise IllegalTransition("该延期申请已审批", state=req.status, action="decide")
    _check_approver(s, get_case(s, req.case_id), e.actor_id)
    req.county_approver = str(e.payload.get("county_approver", ""))
    req.county_document = str(e.payload.get("county_document", ""))
    req.decided_by = e.actor_id
    req.decided_at = e.moment("at")
    req.decision_note = e.text("note")
    if not e.flag("approve"):
        req.status = "denied"
        return
    case = get_case(s, req.case_id)
    new_due = e.day("new_due")
    if case.due_date is None or e.day("on") > case.due_date:
        raise RuleViolation("延期必须在原办结期限届满前批准")
    req.status, req.new_due = "approved", new_due
    s.add(
        DueDateChange(
            id=e.derived_id("due"),
            case_id=case.id,
            old_due=case.due_date,
            new_due=new_due,
            cause=f"批准延期 {req.workdays} 个工作日",
            changed_at=e.moment("at"),
        )
    )
    case.extension_workdays += req.workdays
    case.due_date = new_due


def complete(
    ctx: ServiceContext, actor: Actor, case_id: str, *, decision: Decision, note: str = ""
) -> CaseView:
    """办结: the decision (准予/不予许可) on an accepted case."""
    require_role(actor, *COUNTER, action="办结")
    note = check_text("decision_note", note)
    if decision is Decision.DENIED and not note:
        raise InvalidInput("不予许可须写明理由", field="decision_note")
    with ctx.unit_of_work(actor) as uow:
        case = own_case(uow, case_id, action="办结")
        rules.complete(snapshot(uow.session, case), decision, on=uow.today)
        uow.emit(
            "case.completed",
            dict(
                case_id=case_id,
                decision=decision.value,
                note=note,
                on=uow.today,
                at=uow.now,
            ),
        )
        return _view(uow, case_id)


@applier("case.completed")
def _completed(s: Session, e: EventData) -> None:
    case = get_case(s, e.text("case_id"))
    waiting = open_step_departments(s, case.id)
    if waiting:  # a joint case is completed once every department has done its part
        raise RuleViolation(f"联办部门尚未全部办结（{'、'.join(waiting)}），不能办结整件")
    store_snapshot(
        case, rules.complete(snapshot(s, case), Decision(e.text("decision")), on=e.day("on"))
    )
    case.decision_note = e.text("note")
    case.closed_at = e.moment("at")


# --- reads -------------------------------------------------------------------------------


def get(ctx: ServiceContext, case_id: str) -> CaseView:
    with ctx.db.read_sessions() as s:
        return case_view(s, get_case(s, case_id), ctx.calendar_from(s), ctx.today())


def find_by_number(ctx: ServiceContext, case_no: str) -> CaseView:
    """Look a case up by its number, as typed or as a scanner types it from the receipt
    (the bare number, or the progress-query address carrying it)."""
    candidates = case_number_candidates(case_no) or [""]
    text = candidates[0]
    with ctx.db.read_sessions() as s:
        case = s.scalars(select(Case).where(Case.case_no.in_(candidates)).limit(1)).first()
        if case is None:
            raise NotFound(f"找不到办件编号 {text}")
        return case_view(s, case, ctx.calendar_from(s), ctx.today())


def case_number_candidates(scanned: str) -> list[str]:
    """What a typed or scanned text may name: ``20261203-A01-0012`` as it is, or the
    number carried by a progress-query address (``…?case=…`` or ``…/case/…``)."""
    text = scanned.strip()
    if "://" not in text and "?" not in text:
        return [text.upper()]
    parsed = urlsplit(text)
    query = parse_qs(parsed.query)
    found = [v for key in ("case", "no", "case_no") for v in query.get(key, [])]
    found += [v for values in query.values() for v in values]
    found.append(unquote(parsed.path.rstrip("/").rsplit("/", 1)[-1]))
    return [f.strip().upper() for f in dict.fromkeys(found) if f.strip()]


def my_cases(ctx: ServiceContext, clerk_id: str) -> list[CaseView]:
    """The clerk's open cases, the most urgent first."""
    return _open(ctx, Case.clerk_id == clerk_id)


def open_cases(ctx: ServiceContext, department_id: str | None = None) -> list[CaseView]:
    return _open(ctx, Case.department_id == department_id if department_id else None)


def _open(ctx: ServiceContext, where: object) -> list[CaseView]:
    today = ctx.today()
    with ctx.db.read_sessions() as s:
        cal = ctx.calendar_from(s)
        query = select(Case).where(Case.state.in_(OPEN_STATES))
        if where is not None:
            query = query.where(where)  # type: ignore[arg-type]
        rows = s.scalars(
            query.order_by(Case.due_date.is_(None), Case.due_date, Case.received_at)
        ).all()
        return [case_view(s, c, cal, today) for c in rows]


@dataclass(frozen=True)
class PendingExtension:
    """An extension request awaiting its department's leader."""

    request_id: str
    case: CaseView
    workdays: int
    reason: str
    #: The due date once approved (working days on the centre's calendar); None: not running.
    new_due: date | None = None


def pending_extensions(ctx: ServiceContext, actor: Actor | None = None) -> list[PendingExtension]:
    """Extension requests awaiting approval, the oldest first: a department leader's own
    department's (those they may approve); the 效能办 (and the system) sees them all."""
    with ctx.db.read_sessions() as s:
        cal, today = ctx.calendar_from(s), ctx.today()
        out = []
        query = select(ExtensionRequest).where(ExtensionRequest.status == "pending")
        if actor is not None and actor.role is not Role.SUPERVISOR:
            require_role(actor, Role.LEADER, Role.SUPERVISOR, action="查看待审批的延期申请")
            led = select(Department.id).where(
                (Department.head_staff_id == actor.staff_id)
                | (Department.deputy_staff_id == actor.staff_id)
            )
            query = query.join(Case, Case.id == ExtensionRequest.case_id).where(
                Case.department_id.in_(led)
            )
        for req in s.scalars(query.order_by(ExtensionRequest.requested_at)):
            case = get_case(s, req.case_id)
            new_due = None
            if case.accepted_on is not None and case.due_date is not None:
                new_due = recompute_due(s, cal, case, extra_extension=req.workdays)
            out.append(
                PendingExtension(
                    request_id=req.id,
                    case=case_view(s, case, cal, today),
                    workdays=req.workdays,
                    reason=req.reason,
                    new_due=new_due,
                )
            )
        return out
