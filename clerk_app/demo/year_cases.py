"""The longer stories of the generated year: an accepted case until its decision (joint
steps, an extension, lateness and its accountability record), first contacts at the front
desk, and complaints with their reply and result."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from clerk_app.demo.year_journal import Row, YearJournal
from clerk_app.demo.year_world import Calendar, Desk, Item, People, World, at, derived
from clerk_app.domain.complaints import DEFAULT_LIMIT_WORKDAYS
from clerk_app.domain.reviews import ComplaintOutcome
from clerk_app.store.sealed import seal_text


class CaseStories:
    j: YearJournal
    w: World
    cal: Calendar
    rng: random.Random
    people: People
    last: date
    count: Counter[str]

    def _accepted(self, day: date, desk: Desk, item: Item, case: Row, moment: datetime) -> None:
        j, rng, cal = self.j, self.rng, self.cal
        limit = item.promised_limit
        due = cal.add(day, limit)
        steps = [
            dict(
                id=j.new_id(),
                department_id=dept,
                is_lead=dept == item.department_id,
                step_limit=step_limit,
                due_date=cal.add(day, step_limit).isoformat(),
            )
            for dept, step_limit in (item.steps if item.kind == "joint" else ())
        ]
        j.emit(
            moment,
            "case.accepted",
            desk.clerk_id,
            desk.id,
            dict(
                case_id=case["id"],
                accepted_on=day.isoformat(),
                limit_workdays=limit,
                due_date=due.isoformat(),
                provisional=cal.provisional(day, due),
                deemed=False,
                steps=steps,
            ),
        )
        case.update(
            state="accepted",
            accepted_on=day,
            due_date=due,
            limit_workdays=limit,
            provisional_due=cal.provisional(day, due),
            deemed_accepted=False,
        )
        step_rows = [
            j.add(
                "case_step",
                id=st["id"],
                case_id=case["id"],
                department_id=st["department_id"],
                is_lead=st["is_lead"],
                step_limit=st["step_limit"],
                started_on=day,
                due_date=date.fromisoformat(str(st["due_date"])),
                outcome="",
            )
            for st in steps
        ]
        self.count["accepted"] += 1
        lo = 1 if limit >= 1 else 0
        if item.kind != "joint" and limit >= 2 and item.max_extension >= 5 and rng.random() < 0.02:
            extended = self._extend(day, desk, case, due)
            if extended is not None:
                due, lo = extended, 2
        late = not item.deemed_approval and rng.random() < 0.03
        if late:
            finish_on = cal.add(due, rng.randint(1, 6))
        else:
            finish_on = cal.add(day, rng.randint(lo, limit + case["extension_workdays"]))
        latest_step = day
        for row in step_rows:
            done_on = cal.add(day, rng.randint(min(1, row["step_limit"]), row["step_limit"]))
            done_on = min(done_on, finish_on)
            if done_on > self.last:
                continue
            latest_step = max(latest_step, done_on)
            helper = self.w.clerk_of_department.get(row["department_id"])
            who, where = (helper.clerk_id, helper.id) if helper else (self.w.supervisor_id, None)
            when = at(done_on, 15 * 60 + rng.randint(0, 40))
            j.emit(
                when,
                "case_step.completed",
                who,
                where,
                dict(step_id=row["id"], outcome="本部门审核通过，同意", on=done_on.isoformat()),
            )
            row.update(done_on=done_on, outcome="本部门审核通过，同意")
            self.count["joint_steps"] += 1
        if finish_on > due:
            self._overdue(case, due, desk)
        if finish_on > self.last or any(r["done_on"] is None for r in step_rows):
            return
        when = at(finish_on, 15 * 60 + 45 + rng.randint(0, 60))
        approved = rng.random() < 0.93
        note = "" if approved else "现场核查不符合许可条件"
        decision = "approved" if approved else "denied"
        j.emit(
            when,
            "case.completed",
            desk.clerk_id,
            desk.id,
            dict(
                case_id=case["id"],
                decision=decision,
                note=note,
                on=finish_on.isoformat(),
                at=when.isoformat(),
            ),
        )
        case.update(
            state="completed",
            decision=decision,
            decision_note=note,
            closed_on=finish_on,
            closed_at=when,
        )
        self.count["completed"] += 1
        self.count["late" if finish_on > due else "on_time"] += 1

    def _extend(self, day: date, desk: Desk, case: Row, due: date) -> date | None:
        """延期: asked the next working day, approved at once by the deputy in charge."""
        asked_on = self.cal.add(day, 1)
        deputy = self.w.heads.get(case["department_id"], (None, None))[1]
        if deputy is None or asked_on > self.last or asked_on > due:
            return None
        j, workdays = self.j, 5
        when = at(asked_on, 16 * 60 + 30)
        request_id = j.new_id()
        reason = "涉及多部门现场联合踏勘"
        j.emit(
            when,
            "extension.requested",
            desk.clerk_id,
            desk.id,
            dict(
                id=request_id,
                case_id=case["id"],
                workdays=workdays,
                reason=reason,
                at=when.isoformat(),
                old_due=due.isoformat(),
            ),
        )
        new_due = self.cal.add(day, case["limit_workdays"] + workdays)
        decided = when + timedelta(minutes=5)
        event_id = j.emit(
            decided,
            "extension.decided",
            deputy,
            None,
            dict(
                request_id=request_id,
                approve=True,
                note="同意延期",
                at=decided.isoformat(),
                on=asked_on.isoformat(),
                new_due=new_due.isoformat(),
            ),
        )
        j.add(
            "extension_request",
            id=request_id,
            case_id=case["id"],
            workdays=workdays,
            reason=reason,
            requested_by=desk.clerk_id,
            requested_at=when,
            status="approved",
            decided_by=deputy,
            decided_at=decided,
            decision_note="同意延期",
            old_due=due,
            new_due=new_due,
            county_approver="",
            county_document="",
        )
        j.add(
            "due_date_change",
            id=derived(event_id, "due"),
            case_id=case["id"],
            old_due=due,
            new_due=new_due,
            cause=f"批准延期 {workdays} 个工作日",
            changed_at=decided,
        )
        case.update(extension_workdays=workdays, due_date=new_due)
        self.count["extended"] += 1
        return new_due

    def _overdue(self, case: Row, due: date, desk: Desk) -> None:
        """The morning sweep after the due date flags the case and opens its record."""
        sweep_day = self.cal.add(due, 1)
        if sweep_day > self.last:
            return
        when = at(sweep_day, 8 * 60 + 25)
        event_id = self.j.emit(
            when, "case.overdue", None, None, dict(case_id=case["id"], on=sweep_day.isoformat())
        )
        case.update(overdue=True)
        self._record(
            derived(event_id, "accountability"),
            "overdue",
            when,
            f"办件超过办结期限（{due}）未办结",
            case["department_id"],
            desk.clerk_id,
            case_id=case["id"],
        )
        self.count["overdue"] += 1

    def _record(
        self,
        record_id: str,
        cause: str,
        opened: datetime,
        note: str,
        department_id: str | None,
        direct: str | None,
        **links: Any,
    ) -> None:
        head, deputy = self.w.heads.get(department_id or "", (None, None))
        self.j.add(
            "accountability_record",
            id=record_id,
            cause=cause,
            department_id=department_id,
            main_staff_id=head,
            supervising_staff_id=deputy,
            direct_staff_id=direct,
            opened_at=opened,
            status="open",
            note=note,
            outcome="",
            **links,
        )

    # --- the front desk and complaints ---------------------------------------------------

    def _first_contact(self, day: date) -> None:
        j, rng = self.j, self.rng
        item = rng.choice(list(self.w.items.values()))
        when = at(day, 8 * 60 + 40 + rng.randint(0, 420))
        contact_id = j.new_id()
        fields = dict(
            id=contact_id,
            staff_id=self.w.guide_id,
            window_id=None,
            visitor_name=self.people.name(),
            visitor_phone=seal_text(self.people.mobile()),
            question=f"咨询“{item.name}”需要带哪些材料、在哪个窗口办理",
            answer="已告知所需材料清单和办理窗口",
            item_id=item.id,
        )
        j.emit(
            when,
            "first_contact.recorded",
            self.w.guide_id,
            None,
            dict(fields, created_at=when.isoformat()),
        )
        j.add("first_contact", created_at=when, **fields)
        self.count["first_contacts"] += 1

    def _complaint(self, day: date) -> None:
        j, rng, sup = self.j, self.rng, self.w.supervisor_id
        desk = rng.choice(self.w.desks)
        when = at(day, 16 * 60 + 50)
        complaint_id = j.new_id()
        due = self.cal.add(day, DEFAULT_LIMIT_WORKDAYS)
        fields = dict(
            id=complaint_id,
            complainant=self.people.name(),
            phone=seal_text(self.people.mobile()),
            content="窗口工作人员离岗时间较长，未放置暂停服务提示牌",
            staff_id=desk.clerk_id,
            department_id=desk.department_id,
            case_id=None,
        )
        j.emit(
            when,
            "complaint.filed",
            self.w.guide_id,
            None,
            dict(
                fields,
                received_at=when.isoformat(),
                channel="onsite",
                work_order_no="",
                due_date=due.isoformat(),
            ),
        )
        row = j.add(
            "complaint",
            received_at=when,
            status="open",
            outcome="",
            channel="onsite",
            work_order_no=None,
            due_date=due,
            **fields,
        )
        self.count["complaints"] += 1
        done_on = self.cal.add(day, rng.randint(1, DEFAULT_LIMIT_WORKDAYS))
        if done_on > self.last:
            return
        reply_at = at(done_on, 8 * 60 + 40)
        reply = "已电话告知投诉人处理结果"
        j.emit(
            reply_at,
            "complaint.replied",
            sup,
            None,
            dict(
                complaint_id=complaint_id,
                method="phone",
                satisfied=True,
                note=reply,
                at=reply_at.isoformat(),
            ),
        )
        row.update(
            reply_method="phone", reply_satisfied=True, reply_note=reply, replied_at=reply_at
        )
        resolved_at = reply_at + timedelta(minutes=5)
        record_id = j.new_id()
        note = "经调取监控核实属实，已对当事人批评教育"
        outcome = ComplaintOutcome.CRITICISED
        j.emit(
            resolved_at,
            "complaint.resolved",
            sup,
            None,
            dict(
                complaint_id=complaint_id,
                outcome=outcome.value,
                substantiated=True,
                note=note,
                staff_id=sup,
                accountability_id=record_id,
                at=resolved_at.isoformat(),
            ),
        )
        row.update(status="substantiated", outcome=f"{outcome.label}：{note}")
        self._record(
            record_id,
            "complaint",
            resolved_at,
            f"效能投诉属实（{outcome.label}）：{note}",
            desk.department_id,
            desk.clerk_id,
            complaint_id=complaint_id,
            case_id=None,
        )
