"""A working day of a large centre, told as stories: each visitor's ticket, each case from
receipt to its end, each bad review's follow-ups, each complaint.

A story decides its whole future when it starts (when the case will be completed, whether
late, extended …) and emits each later event on its day; the journal orders a day's
events by time. Nothing after the year's last day happens: a story stops there and its
rows keep the state they had. Every payload is the one the service would emit, and every
row is what the event's applier would leave (``audit verify --deep`` checks both).
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from clerk_app.demo.year_cases import CaseStories
from clerk_app.demo.year_journal import Row, YearJournal
from clerk_app.demo.year_world import Calendar, Desk, Item, People, World, at, derived
from clerk_app.store.sealed import seal_text

#: One complaint (hotline or on site) for so many cases.
CASES_PER_COMPLAINT = 250
LEVELS = [5] * 72 + [4] * 18 + [3] * 6 + [2] * 3 + [1] * 1
DEFICIENT = "复印件不清晰，请提供清晰复印件"
TOLD = "该事项实行备案管理，已当场告知备案要求"
DENIED = "现场核查不符合许可条件"
STEP_OK = "本部门审核通过，同意"
REFERRAL_DONE = "已电话联系来访人答复，并预约窗口办理"
FOLLOW_UP_NOTE = "已电话回访申请人，说明情况并致歉；窗口已整改"
COMPLAINT = "窗口工作人员离岗时间较长，未放置暂停服务提示牌"
COMPLAINT_NOTE = "经调取监控核实属实，已对当事人批评教育"


class YearStories(CaseStories):
    def __init__(
        self,
        journal: YearJournal,
        world: World,
        cal: Calendar,
        rng: random.Random,
        *,
        workstation: str,
        last_day: date,
    ) -> None:
        self.j, self.w, self.cal, self.rng = journal, world, cal, rng
        self.people = People(rng)
        self.ws = workstation
        self.last = last_day
        self.count: Counter[str] = Counter()
        self.complaints_due = 0.0

    # --- a day ---------------------------------------------------------------------------

    def day(self, day: date, cases: int, tickets: int) -> None:
        """The day's visits (``tickets``, of which ``cases`` bring an application), its
        first contacts and complaints; later events of these stories go to later days."""
        visits = self._plan_visits(day, tickets, cases)
        self._number(day, visits)
        case_seq = 0
        for v in visits:
            case_seq = self._visit(day, v, case_seq)
        for _ in range(max(1, cases // 100)):
            self._first_contact(day)
        self.complaints_due += cases / CASES_PER_COMPLAINT
        while self.complaints_due >= 1:
            self.complaints_due -= 1
            self._complaint(day)

    def _plan_visits(self, day: date, tickets: int, cases: int) -> list[dict[str, Any]]:
        rng, desks = self.rng, self.w.desks
        per_desk = [tickets // len(desks)] * len(desks)
        for n in range(tickets - sum(per_desk)):
            per_desk[n % len(desks)] += 1
        visits: list[dict[str, Any]] = []
        for desk, n in zip(desks, per_desk, strict=True):
            if n == 0:
                continue
            span = 8 * 60 - 30  # 09:00 to 16:30, lunch included (the hall stays open)
            step = span / n
            cursor = 9 * 60.0 + rng.random() * min(step, 10)
            for _ in range(n):
                queue = rng.choice(desk.queues)
                called = int(cursor)
                took = max(2, int(step * rng.uniform(0.5, 0.95)))
                roll = rng.random()
                visits.append(
                    dict(
                        desk=desk,
                        queue=queue,
                        item=rng.choice(self.w.items_by_queue[queue]),
                        issued=max(8 * 60 + 30, called - rng.randint(1, 40)),
                        called=called,
                        took=took,
                        kind="priority"
                        if roll < 0.08
                        else "appointment"
                        if roll < 0.14
                        else "normal",
                        no_show=rng.random() < 0.03,
                        case=False,
                    )
                )
                cursor += step
        served = [v for v in visits if not v["no_show"]]
        for v in rng.sample(served, k=min(cases, len(served))):
            v["case"] = True
        return visits

    def _number(self, day: date, visits: list[dict[str, Any]]) -> None:
        """Numbers per queue in the order the tickets were issued (A001, A002 …)."""
        seqs: Counter[str] = Counter()
        for v in sorted(visits, key=lambda v: v["issued"]):
            seqs[v["queue"]] += 1
            v["seq"] = seqs[v["queue"]]
        for queue, last in seqs.items():
            self.j.bump(f"ticket:{queue}:{day.isoformat()}", last)

    # --- a visit -------------------------------------------------------------------------

    def _visit(self, day: date, v: dict[str, Any], case_seq: int) -> int:
        j, desk, item = self.j, v["desk"], v["item"]
        clerk, window = desk.clerk_id, desk.id
        issued, called = at(day, v["issued"]), at(day, v["called"])
        ticket_id = j.new_id()
        number = f"{self.w.prefixes[v['queue']]}{v['seq']:03d}"
        mobile = seal_text(self.people.mobile()) if self.rng.random() < 0.2 else ""
        payload: dict[str, Any] = dict(
            id=ticket_id,
            queue_id=v["queue"],
            service_day=day.isoformat(),
            seq=v["seq"],
            number=number,
            kind=v["kind"],
            kind_reason="",
            item_id=item.id,
            issued_at=issued.isoformat(),
            fallback_of=None,
        )
        if mobile:
            payload["mobile"] = mobile
        j.emit(issued, "ticket.issued", self.w.guide_id, None, payload)
        ticket = j.add(
            "ticket",
            id=ticket_id,
            queue_id=v["queue"],
            service_day=day,
            seq=v["seq"],
            number=number,
            kind=v["kind"],
            kind_reason="",
            item_id=item.id,
            mobile=mobile,
            state="called",
            issued_at=issued,
            called_at=called,
            window_id=window,
            staff_id=clerk,
            recalls=0,
            transfers=0,
        )
        j.emit(
            called,
            "ticket.called",
            clerk,
            window,
            dict(ticket_id=ticket_id, window_id=window, staff_id=clerk, at=called.isoformat()),
        )
        self.count["tickets"] += 1
        if v["no_show"]:
            gone = called + timedelta(minutes=2)
            for kind in ("ticket.recalled", "ticket.no_show"):
                j.emit(gone, kind, clerk, window, dict(ticket_id=ticket_id, at=gone.isoformat()))
            ticket.update(state="no_show", recalls=1, called_at=gone, finished_at=gone)
            self.count["no_show"] += 1
            return case_seq
        started = called + timedelta(minutes=1)
        j.emit(
            started,
            "ticket.serving",
            clerk,
            window,
            dict(ticket_id=ticket_id, at=started.isoformat()),
        )
        if v["case"]:
            case_seq += 1
            self._case(day, desk, item, ticket_id, started, case_seq)
        done = called + timedelta(minutes=v["took"])
        j.emit(
            done, "ticket.finished", clerk, window, dict(ticket_id=ticket_id, at=done.isoformat())
        )
        ticket.update(state="done", started_at=started, finished_at=done)
        if self.rng.random() < 0.7:
            self._review(day, desk, ticket_id, done)
        return case_seq

    def _review(self, day: date, desk: Desk, ticket_id: str, moment: datetime) -> None:
        j, level = self.j, self.rng.choice(LEVELS)
        review_id = j.new_id()
        comment = "" if level >= 3 else "等候时间太长，窗口解释不够耐心"
        rated = dict(
            occasion=f"ticket:{ticket_id}",
            ticket_id=ticket_id,
            case_id=None,
            staff_id=desk.clerk_id,
            window_id=desk.id,
            department_id=desk.department_id,
        )
        j.emit(
            moment,
            "review.submitted",
            desk.clerk_id,
            desk.id,
            dict(rated, id=review_id, level=level, comment=comment, created_at=moment.isoformat()),
        )
        j.add(
            "review",
            id=review_id,
            level=level,
            comment=comment,
            created_at=moment,
            contest_status="",
            contest_reason="",
            **rated,
        )
        self.count["reviews"] += 1
        if level > 2:
            return
        for kind, workdays, category in (
            ("callback", 1, "resolved"),
            ("rectification", 15, "rectified"),
        ):
            due = self.cal.add(day, workdays)
            task_id = j.new_id()
            payload = dict(
                id=task_id,
                kind=kind,
                review_id=review_id,
                complaint_id=None,
                due_date=due.isoformat(),
            )
            j.emit(moment, "follow_up.opened", desk.clerk_id, desk.id, payload)
            row = j.add(
                "follow_up", id=task_id, kind=kind, review_id=review_id, due_date=due, status="open"
            )
            closed_on = self.cal.add(day, self.rng.randint(1, workdays))
            when = at(closed_on, 8 * 60 + 30)
            if closed_on > self.last:
                continue
            j.emit(
                when,
                "follow_up.closed",
                self.w.supervisor_id,
                None,
                dict(
                    follow_up_id=task_id,
                    category=category,
                    note=FOLLOW_UP_NOTE,
                    staff_id=self.w.supervisor_id,
                    at=when.isoformat(),
                ),
            )
            row.update(
                status="closed",
                outcome_category=category,
                outcome_note=FOLLOW_UP_NOTE,
                closed_by=self.w.supervisor_id,
                closed_at=when,
            )

    # --- a case --------------------------------------------------------------------------

    def _case(
        self, day: date, desk: Desk, item: Item, ticket_id: str, moment: datetime, seq: int
    ) -> None:
        j, rng = self.j, self.rng
        clerk, window = desk.clerk_id, desk.id
        case_id = j.new_id()
        supplement = rng.random() < (0.12 if item.kind == "instant" else 0.10)
        lines: list[dict[str, Any]] = []
        required = [m for m in item.materials if m.required]
        for m in item.materials:
            if supplement and required and m is required[-1]:
                status, originals, copies, note = "deficient", 0, 1, DEFICIENT
            elif m.required or rng.random() < 0.5:
                status, originals, copies, note = "received", m.originals, m.copies, ""
            else:
                continue
            lines.append(
                dict(
                    id=j.new_id(),
                    material_id=m.id,
                    position=m.position,
                    name=m.name,
                    status=status,
                    originals=originals,
                    copies=copies,
                    note=note,
                )
            )
        supplement = supplement and any(x["status"] != "received" for x in lines)
        case_no = f"{day:%Y%m%d}-{self.ws}-{seq:04d}"
        person = self.people.applicant()
        fields = dict(
            id=case_id,
            case_no=case_no,
            item_id=item.id,
            department_id=item.department_id,
            window_id=window,
            clerk_id=clerk,
            ticket_id=ticket_id,
            **person,
        )
        j.emit(
            moment,
            "case.received",
            clerk,
            window,
            dict(
                fields,
                seq=seq,
                received_at=moment.isoformat(),
                received_on=day.isoformat(),
                materials=lines,
            ),
        )
        j.bump(f"case:{self.ws}:{day.isoformat()}", seq)
        case = j.add("case_file", state="received", received_at=moment, received_on=day, **fields)
        for line in lines:
            j.add("case_material", case_id=case_id, **line)
        self.count["cases"] += 1
        roll = rng.random()
        if supplement:
            self._supplement(day, desk, item, case, lines, moment)
        elif not item.needs_licence:
            self._closing(case, "case.told_on_spot", desk, moment, note=TOLD)
            case.update(state="told_on_spot", decision_note=TOLD)
            self.count["told"] += 1
        elif item.kind == "instant":
            self._closing(case, "case.completed_on_spot", desk, moment)
            case.update(
                state="completed_on_spot",
                accepted_on=day,
                due_date=day,
                decision="approved",
                on_spot=True,
            )
            self.count["on_spot"] += 1
        elif roll < 0.03:
            self._closing(
                case,
                "case.refused",
                desk,
                moment,
                ground="not_eligible",
                reason=item.refusal,
                other_agency="",
            )
            case.update(state="refused", refusal_reason=item.refusal, refusal_agency="")
            self.count["refused"] += 1
        elif roll < 0.05:
            self._refer(day, desk, item, case, moment)
        else:
            self._accepted(day, desk, item, case, moment)

    def _closing(self, case: Row, kind: str, desk: Desk, moment: datetime, **extra: Any) -> None:
        day = moment.date()
        payload = dict(case_id=case["id"], on=day.isoformat(), at=moment.isoformat(), **extra)
        self.j.emit(moment, kind, desk.clerk_id, desk.id, payload)
        case.update(closed_on=day, closed_at=moment)

    def _supplement(
        self,
        day: date,
        desk: Desk,
        item: Item,
        case: Row,
        lines: list[dict[str, Any]],
        moment: datetime,
    ) -> None:
        j = self.j
        deadline = self.cal.add(day, item.supplement_days) if item.supplement_days > 0 else None
        missing = [
            dict(name=x["name"], status=x["status"], note=x["note"])
            for x in lines
            if x["status"] != "received"
        ]
        j.emit(
            moment,
            "case.supplement_notice",
            desk.clerk_id,
            desk.id,
            dict(
                case_id=case["id"],
                materials=missing,
                by_supervisor=False,
                accountability_id=j.new_id(),
                deadline=deadline.isoformat() if deadline else None,
            ),
        )
        case.update(state="supplement_notice", supplement_count=1, supplement_due=deadline)
        self.count["supplement"] += 1
        if deadline is None:
            return
        sweep_day = self.cal.add(deadline, 1)
        if sweep_day > self.last:
            return
        when = at(sweep_day, 8 * 60 + 25)
        event_id = j.emit(
            when,
            "case.withdrawn",
            None,
            None,
            dict(
                case_id=case["id"],
                deadline=deadline.isoformat(),
                on=sweep_day.isoformat(),
                at=when.isoformat(),
            ),
        )
        case.update(state="withdrawn", closed_on=sweep_day, closed_at=when)
        j.add(
            "notice_delivery",
            id=derived(event_id, "delivery-withdrawal_notice"),
            case_id=case["id"],
            department_id=case["department_id"],
            kind="withdrawal_notice",
            created_at=when,
            method="",
            note="",
        )
        self.count["withdrawn"] += 1

    def _refer(self, day: date, desk: Desk, item: Item, case: Row, moment: datetime) -> None:
        j, rng = self.j, self.rng
        others = [d for d in self.w.clerk_of_department if d != item.department_id]
        to_dept = rng.choice(others)
        self._closing(case, "case.referred", desk, moment, to_department_id=to_dept)
        case.update(state="referred")
        referral_id = j.new_id()
        due = self.cal.add(day, 1)
        fields = dict(
            id=referral_id,
            first_contact_id=None,
            case_id=case["id"],
            from_staff_id=desk.clerk_id,
            from_window_id=desk.id,
            to_department_id=to_dept,
            to_window_id=None,
            item_id=item.id,
            matter="申请事项属于其他部门职责，已引导至该部门窗口",
            visitor_name=case["applicant_name"]
            if len(case["applicant_name"]) <= 50
            else case["agent_name"],
            visitor_phone=case["applicant_phone"],
            step_limit=1,
        )
        j.emit(
            moment,
            "referral.created",
            desk.clerk_id,
            desk.id,
            dict(fields, step_due=due.isoformat(), created_at=moment.isoformat()),
        )
        row = j.add("referral", status="open", step_due=due, created_at=moment, **fields)
        self._close_referral(row, day, due)
        self.count["referred"] += 1

    def _close_referral(self, row: Row, day: date, due: date) -> None:
        taker = self.w.clerk_of_department[row["to_department_id"]]
        closed_on = self.rng.choice([d for d in (day, due) if d <= self.last] or [day])
        when = at(closed_on, 16 * 60 + self.rng.randint(30, 50))
        if when <= row["created_at"]:
            when = row["created_at"] + timedelta(minutes=30)
        self.j.emit(
            when,
            "referral.closed",
            taker.clerk_id,
            taker.id,
            dict(
                referral_id=row["id"],
                outcome=REFERRAL_DONE,
                staff_id=taker.clerk_id,
                at=when.isoformat(),
            ),
        )
        row.update(status="done", taken_by=taker.clerk_id, outcome=REFERRAL_DONE, closed_at=when)
