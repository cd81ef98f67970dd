"""Queue ticket on an 80 mm thermal roll; the page is as long as its content."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from reportlab.lib.units import mm

from clerk_app.printing import templates as t
from clerk_app.printing.documents import TicketDoc
from clerk_app.printing.fonts import get_fonts
from clerk_app.printing.layout import (
    ROLL_MARGIN,
    ROLL_WIDTH,
    format_cn_datetime,
    format_minutes,
    text_width,
    wrap,
)
from clerk_app.printing.pdf import draw_text, new_canvas, reprint_mark

WIDTH = ROLL_WIDTH - 2 * ROLL_MARGIN
NUMBER_SIZE = 44.0


def number_size(number: str) -> float:
    """The number's type size: as large as :data:`NUMBER_SIZE`, smaller for a long number
    (an offline series such as "A01-07"), so that it always stays on one line."""
    width = text_width(number, get_fonts().heavy, NUMBER_SIZE)
    return NUMBER_SIZE if width <= WIDTH else NUMBER_SIZE * WIDTH / width * 0.98


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    size: float
    font: str
    bold: bool = False
    align: str = "center"
    pitch_factor: float = 1.45
    rule_after: bool = False
    indent: float = 0.0

    @property
    def pitch(self) -> float:
        return self.size * self.pitch_factor


def _lines(doc: TicketDoc) -> list[_Line]:
    f = get_fonts()
    out: list[_Line] = []

    def add(
        text: str,
        size: float,
        font: str,
        *,
        bold: bool = False,
        align: str = "center",
        pitch_factor: float = 1.45,
        rule_after: bool = False,
        hang: str = "",
    ) -> None:
        """``hang``: the field's label; its wrapped lines start under the value."""
        indent = text_width(hang, font, size) if hang else 0.0
        for i, ln in enumerate(wrap(text, font, size, WIDTH - indent, first_indent=-indent)):
            at = indent if i and hang else 0.0
            out.append(_Line(ln, size, font, bold, align, pitch_factor, indent=at))
        if rule_after:
            out[-1] = replace(out[-1], rule_after=True)

    add(doc.center_name, 13, f.title, bold=True, rule_after=True)
    if mark := t.TICKET_KIND_MARKS[doc.kind]:
        add(t.TICKET_KIND_MARK.format(kind=mark), 12, f.heavy, bold=True)
    add(t.TICKET_CAPTION, 10.5, f.body)
    add(doc.ticket_number, number_size(doc.ticket_number), f.heavy, bold=True, pitch_factor=1.15)
    queue = t.TICKET_QUEUE.format(queue=doc.item_name or doc.queue_name)
    add(queue, 11, f.body, align="left", hang=t.TICKET_QUEUE.format(queue=""))
    if doc.wait_zone:
        zone = t.TICKET_ZONE.format(zone=doc.wait_zone)
        add(zone, 11, f.body, align="left", hang=t.TICKET_ZONE.format(zone=""))
    add(t.TICKET_AHEAD.format(n=doc.people_ahead), 11, f.body, align="left")
    wait = (
        t.TICKET_WAIT.format(wait=format_minutes(doc.estimated_wait_minutes))
        if doc.estimated_wait_minutes is not None
        else t.TICKET_WAIT_UNKNOWN
    )
    add(wait, 11, f.body, align="left")
    time = t.TICKET_TIME.format(time=format_cn_datetime(doc.issued_at))
    add(time, 11, f.body, align="left", rule_after=True)
    add(doc.guide_line or t.TICKET_GUIDE, 9, f.body, align="left", pitch_factor=1.4)
    return out


def render_ticket(doc: TicketDoc, *, reprint: bool = False) -> bytes:
    lines = _lines(doc)
    rule_gap = 3 * mm
    mark_h = 10 * mm if reprint else 0.0
    height = (
        2 * ROLL_MARGIN
        + mark_h
        + sum(ln.pitch + (rule_gap if ln.rule_after else 0.0) for ln in lines)
        + 4 * mm  # feed before the cutter
    )
    buf = io.BytesIO()
    c = new_canvas(buf, (ROLL_WIDTH, height), f"排队号 {doc.ticket_number}", doc.center_name)
    y = height - ROLL_MARGIN
    if reprint:
        reprint_mark(c, ROLL_WIDTH - ROLL_MARGIN, y, get_fonts().heavy, size=14)
        y -= mark_h
    for ln in lines:
        base = y - (ln.pitch - ln.size) / 2 - ln.size * 0.86
        w = text_width(ln.text, ln.font, ln.size)
        x = ROLL_MARGIN + (WIDTH - w) / 2 if ln.align == "center" else ROLL_MARGIN + ln.indent
        draw_text(c, x, base, ln.text, ln.font, ln.size, bold=ln.bold)
        y -= ln.pitch
        if ln.rule_after:
            c.setDash(2, 2)
            c.setLineWidth(0.6)
            c.line(ROLL_MARGIN, y - rule_gap / 2, ROLL_WIDTH - ROLL_MARGIN, y - rule_gap / 2)
            c.setDash()
            y -= rule_gap
    c.showPage()
    c.save()
    return buf.getvalue()
