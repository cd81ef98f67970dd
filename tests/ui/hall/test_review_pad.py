"""The review pad: the clerk's badge while serving, five levels with none chosen after the
service, a reason for the two lowest, one review per service, a bad review's call-back,
and rating a case later by its number."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.domain.reviews import ReviewLevel
from clerk_app.services import catalogue, follow_ups, intake, reviews, tickets
from clerk_app.services.context import ServiceContext
from clerk_app.services.intake import Applicant, MaterialCheck
from clerk_app.ui.hall.review_pad import ReviewPad
from clerk_app.ui.tasks import Tasks
from tests.helpers.clock import FakeClock
from tests.helpers.factories import SmallCenter, valid_id_card


@pytest.fixture
def pad(qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks) -> ReviewPad:
    widget = ReviewPad(tasks, ui_ctx, small.window_a, refresh_ms=60_000, thanks_ms=60_000)
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.refresh()
    return widget


def _serve(ctx: ServiceContext, small: SmallCenter) -> str:
    tickets.issue_ticket(ctx, small.guide.actor(), queue_id=small.market_queue)
    called = tickets.call_next(ctx, small.clerk.actor(), window_id=small.window_a)
    assert called is not None
    tickets.start_serving(ctx, small.clerk.actor(), called.id)
    return called.id


def test_while_serving_the_pad_shows_the_clerks_badge(
    pad: ReviewPad, ui_ctx: ServiceContext, small: SmallCenter
) -> None:
    _serve(ui_ctx, small)
    pad.refresh()
    assert pad.pages.currentIndex() == ReviewPad.BADGE
    assert pad.badge_name.text() == "李窗口"
    assert pad.initials.text() == "李"
    assert "C001" in pad.badge_no.text()
    assert "测试县市场监督管理局" in pad.badge_dept.text()
    assert "A001" in pad.serving.text()


def test_after_the_service_five_levels_none_chosen_and_one_review_only(
    pad: ReviewPad, ui_ctx: ServiceContext, small: SmallCenter, qtbot: QtBot
) -> None:
    ticket_id = _serve(ui_ctx, small)
    tickets.finish(ui_ctx, small.clerk.actor(), ticket_id)
    pad.refresh()
    assert pad.pages.currentIndex() == ReviewPad.RATE
    assert [b.text() for b in pad.level_buttons.values()] == [
        "非常满意",
        "满意",
        "基本满意",
        "不满意",
        "非常不满意",
    ]
    assert pad.chosen() is None
    assert not any(b.isChecked() for b in pad.level_buttons.values())
    assert not pad.submit_button.isEnabled()

    pad.level_buttons[ReviewLevel.SATISFIED].click()
    with qtbot.waitSignal(pad.submitted) as sent:
        pad.submit_button.click()
    review = sent.args[0]
    assert (review.level, review.ticket_id) == (ReviewLevel.SATISFIED, ticket_id)
    assert pad.pages.currentIndex() == ReviewPad.THANKS
    assert "感谢" in pad.thanks.text()

    pad.show_badge()
    pad.refresh()  # the same service is not asked again
    assert pad.pages.currentIndex() == ReviewPad.BADGE
    # …and a second pad (or a retry) for the same service is refused
    pad.ask(ticket_id=ticket_id, title="again")
    pad.level_buttons[ReviewLevel.VERY_SATISFIED].click()
    pad.submit_button.click()
    assert "已经评价过" in pad.thanks.text()
    assert len(reviews.reviews_for_staff(ui_ctx, small.clerk.staff_id)) == 1


def test_a_bad_level_needs_a_reason_and_opens_the_call_back(
    pad: ReviewPad, ui_ctx: ServiceContext, small: SmallCenter, qtbot: QtBot
) -> None:
    ticket_id = _serve(ui_ctx, small)
    tickets.finish(ui_ctx, small.clerk.actor(), ticket_id)
    pad.refresh()
    pad.level_buttons[ReviewLevel.VERY_DISSATISFIED].click()
    assert pad.reason_box.isVisibleTo(pad)
    pad.submit_button.click()
    assert "请勾选或填写原因" in pad.refusal.text()
    assert pad.pages.currentIndex() == ReviewPad.RATE
    assert reviews.reviews_for_staff(ui_ctx, small.clerk.staff_id) == []

    pad.reason_checks[1].setChecked(True)  # 等候时间太长
    pad.reason_text.setText("取号后等了一个小时")
    with qtbot.waitSignal(pad.submitted) as sent:
        pad.submit_button.click()
    review = sent.args[0]
    assert review.comment == "原因：等候时间太长；取号后等了一个小时"
    opened = follow_ups.list_follow_ups(ui_ctx, review_id=review.id)
    assert {f.kind.value for f in opened} >= {"callback"}
    # what the clerk sees of it: the level and the reason, never who gave it
    seen = reviews.reviews_for_staff(ui_ctx, small.clerk.staff_id)[0]
    assert not any("applicant" in name or "rater" in name for name in vars(seen))


def test_the_rating_times_out_politely_and_is_not_asked_again(
    qtbot: QtBot, ui_ctx: ServiceContext, small: SmallCenter, tasks: Tasks
) -> None:
    pad = ReviewPad(tasks, ui_ctx, small.window_a, refresh_ms=60_000, rate_ms=50, thanks_ms=50)
    qtbot.addWidget(pad)
    ticket_id = _serve(ui_ctx, small)
    tickets.finish(ui_ctx, small.clerk.actor(), ticket_id)
    pad.refresh()
    assert pad.pages.currentIndex() == ReviewPad.RATE
    qtbot.waitUntil(lambda: pad.pages.currentIndex() == ReviewPad.THANKS)
    assert "感谢您的光临" in pad.thanks.text()
    qtbot.waitUntil(lambda: pad.pages.currentIndex() == ReviewPad.BADGE)
    pad.refresh()
    assert pad.pages.currentIndex() == ReviewPad.BADGE
    assert reviews.reviews_for_staff(ui_ctx, small.clerk.staff_id) == []


def test_a_case_is_rated_later_by_its_number(
    pad: ReviewPad, ui_ctx: ServiceContext, small: SmallCenter, clock: FakeClock, qtbot: QtBot
) -> None:
    item = catalogue.get_item(ui_ctx, small.promised_item)
    case = intake.receive(
        ui_ctx,
        small.clerk.actor(),
        item_id=item.id,
        applicant=Applicant("person", "张三", valid_id_card(), "13800000000"),
        materials=[MaterialCheck(m, "received", originals=1) for m in item.material_ids],
    )
    intake.accept(ui_ctx, small.clerk.actor(), case.id)
    clock.advance(days=3)
    pad._ask_case()
    pad.case_no.setText("NO-SUCH-CASE")
    pad._find_case()
    assert "没有找到" in pad.case_refusal.text()
    pad.case_no.setText(case.case_no.lower())
    pad._find_case()
    assert pad.pages.currentIndex() == ReviewPad.RATE
    assert "食品经营许可证核发" in pad.rate_title.text()
    pad.level_buttons[ReviewLevel.BASICALLY_SATISFIED].click()
    with qtbot.waitSignal(pad.submitted) as sent:
        pad.submit_button.click()
    assert sent.args[0].case_id == case.id
