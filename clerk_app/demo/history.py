"""Weeks of believable counter work for the demo, done through the services.

Each working day: the deadline sweep runs, the front desk records first contacts and
refers some, windows call and serve visitors, cases are taken in and decided, older cases
are completed (some left to run late), reviews come in and supervisors follow up.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from clerk_app.demo.catalogue import DemoCatalogue, DemoItem, refusal_reason
from clerk_app.domain.cases import CaseState, Decision, ItemKind, RefusalGround
from clerk_app.domain.clock import SHANGHAI
from clerk_app.domain.errors import RuleViolation
from clerk_app.domain.reviews import FollowUpKind, FollowUpOutcome
from clerk_app.domain.tickets import TicketKind
from clerk_app.domain.validation import id_card_check_char, uscc_check_char
from clerk_app.services import (
    auth,
    casework,
    catalogue,
    complaints,
    first_contact,
    follow_ups,
    intake,
    joint,
    oversight,
    reviews,
    tickets,
)
from clerk_app.services.complaints import Reply
from clerk_app.services.context import Actor, Role, ServiceContext
from clerk_app.services.first_contact import ReferTo
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.services.setup_records import organisation as read_organisation

if TYPE_CHECKING:
    from clerk_app.demo.center import DemoIds, HandClock

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = [
    "建华",
    "丽萍",
    "志强",
    "海燕",
    "国庆",
    "晓东",
    "秀英",
    "伟",
    "芳",
    "敏",
    "静",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "霞",
    "平",
    "刚",
    "桂英",
    "文博",
    "思远",
    "雨涵",
    "子轩",
    "欣怡",
]
COMPANY_WORDS = ["溪口", "青峰", "瑞丰", "恒达", "绿源", "宏远", "金桥", "和美", "华信", "嘉禾"]
COMPANY_KINDS = [
    "贸易有限公司",
    "餐饮管理有限公司",
    "建设工程有限公司",
    "农业开发有限公司",
    "电子商务有限公司",
    "物流有限公司",
]
LEVELS = [5] * 70 + [4] * 18 + [3] * 7 + [2] * 3 + [1] * 2


class HistoryBuilder:
    def __init__(
        self,
        ctx: ServiceContext,
        clock: HandClock,
        cat: DemoCatalogue,
        ids: DemoIds,
        rng: random.Random,
    ) -> None:
        self.ctx, self.clock, self.cat, self.ids, self.rng = ctx, clock, cat, ids, rng
        self.count: Counter[str] = Counter()
        self.actors: dict[str, Actor] = {}
        self.window_chief: dict[str, Actor] = {}
        for person in cat.staff:
            sid = ids.staff[person.staff_no]
            actor = auth.actor_of_staff(ctx, sid, window_id=ids.windows.get(person.window or ""))
            self.actors[sid] = actor
            if (
                person.window
                and person.role is Role.CLERK
                and person.window not in self.window_chief
            ):
                self.window_chief[person.window] = actor
        # each department's deputy in charge (分管负责人) approves its extensions (Art. 42)
        self.leaders = {
            d.id: auth.actor_of_staff(ctx, d.deputy_staff_id)
            for d in read_organisation(ctx).departments
            if d.deputy_staff_id
        }
        self.guide = next(
            self.actors[ids.staff[p.staff_no]] for p in cat.staff if p.role is Role.GUIDE
        )
        self.supervisor = next(
            self.actors[ids.staff[p.staff_no]] for p in cat.staff if p.role is Role.SUPERVISOR
        )
        self.items_by_queue: dict[str, list[DemoItem]] = {}
        for item in cat.items:
            if item.queue:
                self.items_by_queue.setdefault(item.queue, []).append(item)
        self.serving_windows = [
            w
            for w in cat.windows
            if w.code in self.window_chief and any(q in self.items_by_queue for q in w.queues)
        ]

    # --- the clock ---------------------------------------------------------------------

    def _at(self, day: date, hh: int, mm: int) -> None:
        self.clock.now = datetime.combine(day, time(hh, mm), tzinfo=SHANGHAI)

    def _tick(self, lo: int = 2, hi: int = 9) -> None:
        self.clock.now += timedelta(minutes=self.rng.randint(lo, hi))

    # --- a day -------------------------------------------------------------------------

    def working_day(self, day: date) -> None:
        self._at(day, 8, 25)
        oversight.sweep(self.ctx, Actor.system())
        self._follow_up_work()
        self._at(day, 8, 40)
        self._front_desk(day)
        windows = self.rng.sample(self.serving_windows, k=min(14, len(self.serving_windows)))
        for window in windows:
            self._at(day, 9, self.rng.randint(0, 40))
            for _ in range(self.rng.randint(2, 4)):
                self._visit(window.code)
        self._at(day, 16, 10)
        self._back_office(day)

    def today(self, day: date) -> None:
        """This morning: the sweep has run, people are waiting, nobody is at A01 yet."""
        self._at(day, 8, 25)
        oversight.sweep(self.ctx, Actor.system())
        self._at(day, 8, 45)
        for queue_code in ("Q-SCJG", "Q-SCJG", "Q-SCJG", "Q-RS", "Q-SW", "Q-BDC", "Q-HZ"):
            if queue_code in self.ids.queues:
                self._issue(queue_code, TicketKind.NORMAL)
        self._issue("Q-SCJG", TicketKind.PRIORITY)
        self._issue("Q-LSTD", TicketKind.GREEN_CHANNEL)

    def summary(self) -> str:
        c = self.count
        return (
            f"号票 {c['tickets']} 张、办件 {c['cases']} 件（现场办结 {c['on_spot']}、"
            f"受理 {c['accepted']}、补正告知 {c['supplement']}、不予受理 {c['refused']}、"
            f"转办 {c['referred']}）、评价 {c['reviews']} 条"
        )

    # --- the front desk ----------------------------------------------------------------

    def _front_desk(self, day: date) -> None:
        for n in range(self.rng.randint(2, 4)):
            self._tick(5, 20)
            name = self._name()
            item = self.rng.choice(self.cat.items)
            referred = n == 0  # the first one of the day is a special case for the department
            first_contact.record_and_refer(
                self.ctx,
                self.guide,
                visitor_name=name,
                visitor_phone=self._mobile(),
                question=(
                    f"咨询“{item.name}”，涉及特殊情形，请部门窗口答复"
                    if referred
                    else f"咨询“{item.name}”需要带哪些材料、在哪个窗口办理"
                ),
                answer="" if referred else "已告知所需材料清单和办理窗口",
                item_id=self.ids.items[item.code],
                refer_to=ReferTo(self.ids.departments[item.department]) if referred else None,
            )
            if referred:
                self.count["contact_referrals"] += 1

    def _issue(self, queue_code: str, kind: TicketKind) -> tickets.TicketView:
        items = self.items_by_queue.get(queue_code) or self.items_by_queue["Q-FG"]
        item = self.rng.choice(items)
        reason = "县重点项目：清溪新能源装备产业园" if kind is TicketKind.GREEN_CHANNEL else ""
        self.count["tickets"] += 1
        return tickets.issue_ticket(
            self.ctx,
            self.guide,
            queue_id=self.ids.queues[queue_code],
            kind=kind,
            reason=reason,
            item_id=self.ids.items[item.code],
        )

    # --- a visit at a window -------------------------------------------------------------

    def _visit(self, window_code: str) -> None:
        window = self.cat.window(window_code)
        clerk = self.window_chief[window_code]
        queue_code = self.rng.choice([q for q in window.queues if q in self.items_by_queue])
        roll = self.rng.random()
        kind = (
            TicketKind.GREEN_CHANNEL
            if window.is_green_channel
            else TicketKind.PRIORITY
            if roll < 0.08
            else TicketKind.APPOINTMENT
            if roll < 0.14
            else TicketKind.NORMAL
        )
        self._issue(queue_code, kind)
        self._tick()
        called = tickets.call_next(self.ctx, clerk, window_id=clerk.window_id or "")
        if called is None:
            return
        if self.rng.random() < 0.04:
            tickets.recall(self.ctx, clerk, called.id)
            tickets.no_show(self.ctx, clerk, called.id)
            self.count["no_show"] += 1
            return
        tickets.start_serving(self.ctx, clerk, called.id)
        item_code = next(
            (code for code, iid in self.ids.items.items() if iid == called.item_id), None
        )
        if item_code is not None:
            self._application(clerk, self.cat.item(item_code), called.id)
        self._tick(5, 20)
        tickets.finish(self.ctx, clerk, called.id)
        if self.rng.random() < 0.7:
            level = self.rng.choice(LEVELS)
            reviews.submit_review(
                self.ctx,
                clerk,
                ticket_id=called.id,
                level=level,
                comment="" if level >= 3 else "等候时间太长，窗口解释不够耐心",
            )
            self.count["reviews"] += 1

    def _application(self, clerk: Actor, item: DemoItem, ticket_id: str) -> None:
        item_id = self.ids.items[item.code]
        view = catalogue.get_item(self.ctx, item_id)
        complete = self.rng.random() > 0.12
        checks = []
        for n, (mid, spec) in enumerate(zip(view.material_ids, view.materials, strict=True)):
            if not complete and n == len(view.materials) - 1 and spec.required:
                checks.append(
                    MaterialCheck(mid, "deficient", 0, 1, "复印件不清晰，请提供清晰复印件")
                )
            elif spec.required or self.rng.random() < 0.5:
                checks.append(MaterialCheck(mid, "received", spec.originals, spec.copies))
        case = intake.receive(
            self.ctx,
            clerk,
            item_id=item_id,
            applicant=self._applicant(),
            materials=checks,
            ticket_id=ticket_id,
        )
        self.count["cases"] += 1
        if any(c.status != "received" for c in checks):
            intake.issue_supplement_notice(self.ctx, clerk, case.id)
            self.count["supplement"] += 1
        elif not view.needs_licence:
            intake.tell_on_spot(self.ctx, clerk, case.id, "该事项实行备案管理，已当场告知备案要求")
            self.count["told"] += 1
        elif item.kind is ItemKind.INSTANT:
            intake.complete_on_spot(self.ctx, clerk, case.id)
            self.count["on_spot"] += 1
        elif self.rng.random() < 0.04:
            intake.refuse(
                self.ctx,
                clerk,
                case.id,
                ground=RefusalGround.NOT_ELIGIBLE,
                reason=refusal_reason(item.name, item.conditions),
            )
            self.count["refused"] += 1
        elif self.rng.random() < 0.04:
            other = self.rng.choice([d for d in self.cat.departments if d.code != item.department])
            intake.refer(
                self.ctx,
                clerk,
                case.id,
                to_department_id=self.ids.departments[other.code],
                matter=f"申请事项属于{other.short_name}职责，已引导至该部门窗口",
            )
            self.count["referred"] += 1
        else:
            intake.accept(self.ctx, clerk, case.id)
            self.count["accepted"] += 1

    # --- the back office -----------------------------------------------------------------

    def _back_office(self, day: date) -> None:
        for case in casework.open_cases(self.ctx):
            clerk = self.actors.get(case.clerk_id)
            if clerk is None:
                continue
            self._tick(0, 2)
            if case.state is CaseState.SUSPENDED and self.rng.random() < 0.4:
                casework.resume(self.ctx, clerk, case.id)
            elif case.state is not CaseState.ACCEPTED or case.due_date is None:
                continue
            if case.item_kind is ItemKind.JOINT:
                self._finish_steps(case.id, chance=0.4)
            elif (
                case.workdays_left is not None
                and case.workdays_left <= 2
                and self.rng.random() < 0.85
            ):
                self._finish_steps(case.id, chance=1.0)
                decision = Decision.APPROVED if self.rng.random() < 0.93 else Decision.DENIED
                casework.complete(
                    self.ctx,
                    clerk,
                    case.id,
                    decision=decision,
                    note="" if decision is Decision.APPROVED else "现场核查不符合许可条件",
                )
                self.count["completed"] += 1
            elif self.rng.random() < 0.03:
                casework.suspend(
                    self.ctx,
                    clerk,
                    case.id,
                    reason="检测",
                    detail="需委托第三方机构进行现场检测",
                    expected_workdays=3,
                )
            elif self.rng.random() < 0.02 and not case.pending_extension and case.overdue is False:
                try:
                    req = casework.request_extension(
                        self.ctx, clerk, case.id, workdays=5, reason="涉及多部门现场联合踏勘"
                    )
                except RuleViolation:  # the item allows no (more) extension
                    continue
                leader = self.leaders.get(case.department_id)
                if leader is None:
                    continue
                casework.decide_extension(self.ctx, leader, req, approve=True, note="同意延期")
        for referral in first_contact.open_referrals(self.ctx):
            clerk = next(
                (
                    a
                    for a in self.window_chief.values()
                    if a.department_id == referral.to_department_id
                ),
                None,
            )
            if clerk is not None and self.rng.random() < 0.8:
                first_contact.close_referral(
                    self.ctx, clerk, referral.id, "已电话联系来访人答复，并预约窗口办理"
                )
        if self.rng.random() < 0.2:
            target = self.rng.choice(list(self.window_chief.values()))
            complaints.file_complaint(
                self.ctx,
                self.guide,
                complainant=self._name(),
                phone=self._mobile(),
                staff_id=target.staff_id,
                content="窗口工作人员离岗时间较长，未放置暂停服务提示牌",
            )

    def _finish_steps(self, case_id: str, *, chance: float) -> None:
        """The departments of a joint case do their parts."""
        for step in joint.steps_of(self.ctx, case_id):
            if step.done_on is not None or self.rng.random() > chance:
                continue
            clerk = next(
                (a for a in self.window_chief.values() if a.department_id == step.department_id),
                self.supervisor,
            )
            joint.complete_step(self.ctx, clerk, step.id, "本部门审核通过，同意")
            self.count["joint_steps"] += 1

    def _follow_up_work(self) -> None:
        for task in follow_ups.open_follow_ups(self.ctx):
            if self.rng.random() < 0.7:
                outcome = {
                    FollowUpKind.CALLBACK: FollowUpOutcome.RESOLVED,
                    FollowUpKind.RECTIFICATION: FollowUpOutcome.RECTIFIED,
                    FollowUpKind.ISSUE_RESULT: FollowUpOutcome.RESULT_ISSUED,
                }[task.kind]
                follow_ups.close_follow_up(
                    self.ctx,
                    self.supervisor,
                    task.id,
                    category=outcome,
                    note="已电话回访申请人，说明情况并致歉；窗口已整改",
                )
        for complaint in complaints.open_complaints(self.ctx):
            if self.rng.random() < 0.5:
                complaints.resolve_complaint(
                    self.ctx,
                    self.supervisor,
                    complaint.id,
                    outcome="批评教育",
                    substantiated=True,
                    note="经调取监控核实属实，已对当事人批评教育",
                    reply=Reply("phone", True, "已电话告知投诉人处理结果"),
                )

    # --- applicants ----------------------------------------------------------------------

    def _name(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def _mobile(self) -> str:
        return f"1{self.rng.choice('3589')}{self.rng.randint(0, 999_999_999):09d}"

    def _applicant(self) -> Applicant:
        if self.rng.random() < 0.3:
            org = "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
            first17 = "91330188" + org
            name = f"清溪县{self.rng.choice(COMPANY_WORDS)}{self.rng.choice(COMPANY_KINDS)}"
            return Applicant(
                "enterprise",
                name,
                first17 + uscc_check_char(first17),
                self._mobile(),
                agent_name=self._name(),
            )
        born = date(1950, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 50))
        first17 = f"330188{born:%Y%m%d}{self.rng.randint(0, 999):03d}"
        return Applicant(
            "person", self._name(), first17 + id_card_check_char(first17), self._mobile()
        )
