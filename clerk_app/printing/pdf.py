"""A thin drawing layer over the reportlab canvas for A4 notices (GB/T 9704-2012).

:class:`NoticeSheet` keeps a cursor in the 156 × 225 mm text block, wraps Chinese text,
breaks pages, numbers them (— 1 —), draws tables, the signature/date/seal block, the
reprint mark, and passes every string through :func:`~clerk_app.printing.masking.redact`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from clerk_app.printing import templates as t
from clerk_app.printing.fonts import FontSet, get_fonts
from clerk_app.printing.layout import (
    BODY_SIZE,
    LINE_PITCH,
    PAGE_A4,
    PAGE_NUMBER_SIZE,
    SEAL_DIAMETER,
    TEXT_BOTTOM,
    TEXT_LEFT,
    TEXT_RIGHT,
    TEXT_TOP,
    TEXT_WIDTH,
    TITLE_SIZE,
    char_width,
    format_cn_date,
    text_width,
    wrap,
)
from clerk_app.printing.masking import redact

RED = Color(0.8, 0.05, 0.05)
GREY = Color(0.55, 0.55, 0.55)
BOLD_STROKE = 0.045  # fake bold: outline width as a share of the font size
MIN_LEADING = 1.15  # a tight pitch sets the text smaller rather than lines touching


def new_canvas(buf: io.BytesIO, pagesize: tuple[float, float], title: str, author: str) -> Canvas:
    c = Canvas(buf, pagesize=pagesize, pageCompression=1)
    c.setTitle(redact(title))
    c.setAuthor(redact(author))
    c.setCreator("Clerk Desk 窗口办件台")
    return c


def draw_text(
    c: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    bold: bool = False,
    keep: Collection[str] = (),
) -> None:
    """drawString with redaction and an optional fake bold (fill + thin outline)."""
    c.setFont(font, size)
    if bold:
        c.setLineWidth(size * BOLD_STROKE)
        c.drawString(x, y, redact(text, keep), mode=2)
    else:
        c.drawString(x, y, redact(text, keep))


def draw_texts(
    c: Canvas,
    items: Iterable[tuple[float, float, str]],
    font: str,
    size: float,
    *,
    bold: bool = False,
    keep: Collection[str] = (),
) -> None:
    """Strings at (x, y) in one font and size, as one text object: what :func:`draw_text`
    draws for each, with the font set once."""
    t = c.beginText()
    t.setFont(font, size)
    if bold:
        c.setLineWidth(size * BOLD_STROKE)
        t.setTextRenderMode(2)
    for x, y, text in items:
        if text:
            t.setTextOrigin(x, y)
            t.textLine(redact(text, keep))
    t.setTextRenderMode(0)
    c.drawText(t)


def reprint_mark(c: Canvas, right: float, top: float, font: str, size: float = 16) -> None:
    """A red boxed 补打 whose top-right corner is at (right, top)."""
    w = text_width(t.REPRINT_MARK, font, size) + size
    h = size * 1.6
    c.saveState()
    c.setStrokeColor(RED)
    c.setFillColor(RED)
    c.setLineWidth(1.5)
    c.rect(right - w, top - h, w, h, stroke=1, fill=0)
    draw_text(c, right - w + size / 2, top - h + size * 0.45, t.REPRINT_MARK, font, size, bold=True)
    c.restoreState()


class NoticeSheet:
    """An A4 notice being written top to bottom."""

    def __init__(
        self,
        *,
        title: str,
        author: str,
        reprint: bool,
        keep: Collection[str] = (),
        whole: Collection[str] = (),
        fonts: FontSet | None = None,
        pitch: float = LINE_PITCH,
        density: Density | None = None,
    ) -> None:
        self.fonts = fonts or get_fonts()
        self.density = density or Density(pitch / LINE_PITCH)
        # body line pitch; GB/T 9704: 22 lines in the text block
        self.pitch = LINE_PITCH * self.density.pitch if density else pitch
        self.seal_orphaned = False  # the seal block had to start a page of its own
        self.buf = io.BytesIO()
        self.c = new_canvas(self.buf, PAGE_A4, title, author)
        self.reprint = reprint
        self.keep = frozenset(keep)
        #: names never split across lines (agency, applicant, case number)
        self.whole = tuple(w for w in {*whole, *keep} if w)
        self.page = 1
        self.y: float = TEXT_TOP  # top of the next line box
        self._start_page()

    # --- pages ------------------------------------------------------------------
    def _start_page(self) -> None:
        if self.reprint:
            reprint_mark(self.c, TEXT_RIGHT, TEXT_TOP + 16 * mm, self.fonts.heavy)
        self.y = TEXT_TOP

    def _end_page(self) -> None:
        label = f"— {self.page} —"
        size = PAGE_NUMBER_SIZE
        y = TEXT_BOTTOM - 7 * mm - size * 0.8
        w = text_width(label, self.fonts.body, size)
        x = TEXT_RIGHT - size - w if self.page % 2 else TEXT_LEFT + size
        draw_text(self.c, x, y, label, self.fonts.body, size)

    def new_page(self) -> None:
        self._end_page()
        self.c.showPage()
        self.page += 1
        self._start_page()

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` points are left; True if it did."""
        if self.y - height < TEXT_BOTTOM - 0.5:
            self.new_page()
            return True
        return False

    def finish(self) -> bytes:
        self._end_page()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()

    # --- text -------------------------------------------------------------------
    def text(
        self, x: float, y: float, s: str, size: float, *, font: str = "", bold: bool = False
    ) -> None:
        draw_text(self.c, x, y, s, font or self.fonts.body, size, bold=bold, keep=self.keep)

    def space(self, height: float) -> None:
        self.y -= height
        if self.y < TEXT_BOTTOM:
            self.new_page()

    def title(self, s: str) -> None:
        size = TITLE_SIZE
        font = self.fonts.title
        for line in wrap(s, font, size, TEXT_WIDTH - 4 * size, whole=self.whole):
            pitch = size * 1.5
            self.ensure(pitch)
            x = TEXT_LEFT + (TEXT_WIDTH - text_width(line, font, size)) / 2
            self.text(x, self.y - size, line, size, font=font, bold=True)
            self.y -= pitch
        self.y -= self.pitch * 0.4

    def line(
        self,
        s: str,
        *,
        size: float = BODY_SIZE,
        align: str = "left",
        pitch: float | None = None,
        indent: float = 0.0,
        bold: bool = False,
    ) -> None:
        """One or more lines of text, aligned left, center or right (no first-line indent)."""
        font = self.fonts.body
        pitch = pitch or self.pitch
        size = min(size, pitch / MIN_LEADING)
        for ln in wrap(s, font, size, TEXT_WIDTH - indent, whole=self.whole):
            self.ensure(pitch)
            w = text_width(ln, font, size)
            if align == "right":
                x = TEXT_RIGHT - w
            elif align == "center":
                x = TEXT_LEFT + (TEXT_WIDTH - w) / 2
            else:
                x = TEXT_LEFT + indent
            self.text(x, self._baseline(pitch, size), ln, size, bold=bold)
            self.y -= pitch

    def paragraph(
        self,
        s: str,
        *,
        size: float = BODY_SIZE,
        pitch: float | None = None,
        first_indent: int = 2,
        hanging: float = 0.0,
    ) -> None:
        """A body paragraph: first line indented by ``first_indent`` characters."""
        font = self.fonts.body
        pitch = pitch or self.pitch
        size = min(size, pitch / MIN_LEADING)
        fi = first_indent * char_width(font, size, "中")
        for i, ln in enumerate(
            wrap(s, font, size, TEXT_WIDTH - hanging, first_indent=fi, whole=self.whole)
        ):
            self.ensure(pitch)
            x = TEXT_LEFT + (fi if i == 0 else hanging)
            self.text(x, self._baseline(pitch, size), ln, size)
            self.y -= pitch

    @staticmethod
    def _baseline_offset(pitch: float, size: float) -> float:
        # glyphs sit in the middle of the line box
        return (pitch - size) / 2 + size * 0.88

    def _baseline(self, pitch: float, size: float) -> float:
        return self.y - self._baseline_offset(pitch, size)

    # --- tables -----------------------------------------------------------------
    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        size: float = 12,
        header: bool = False,
        align: Sequence[str] = (),
        shade: Sequence[int] = (),
    ) -> None:
        """A ruled table; cells wrap; the header row repeats after a page break.

        ``shade`` lists the column indexes drawn as labels (grey background).
        """
        font = self.fonts.body
        size = size * self.density.table
        pad = 1.0 * mm * min(1.0, self.density.table)
        leading = size * 1.28
        scale = TEXT_WIDTH / sum(widths)
        cols = [w * scale for w in widths]
        c = self.c
        head: list[list[str]] | None = None
        for r, row in enumerate(rows):
            cells = [
                wrap(cell, font, size, w - 2 * pad, whole=self.whole)
                for cell, w in zip(row, cols, strict=True)
            ]
            if header and r == 0:
                head = cells  # repeated, wrapped the same, at the top of each new page
            height = max(len(lines) for lines in cells) * leading + 2 * pad
            if self.ensure(height) and head is not None and r > 0:
                self._row(head, cols, leading, pad, size, align, shade, True)
            self._row(cells, cols, leading, pad, size, align, shade, header and r == 0)
        c.setStrokeColor(black)

    def _row(
        self,
        cells: Sequence[Sequence[str]],
        cols: Sequence[float],
        leading: float,
        pad: float,
        size: float,
        align: Sequence[str],
        shade: Sequence[int],
        is_header: bool,
    ) -> None:
        c = self.c
        font = self.fonts.body
        height = max(len(lines) for lines in cells) * leading + 2 * pad
        x = TEXT_LEFT
        top = self.y
        c.setLineWidth(0.6)
        texts: list[tuple[float, float, str]] = []
        for i, (lines, w) in enumerate(zip(cells, cols, strict=True)):
            if is_header or i in shade:
                c.setFillGray(0.92)
                c.rect(x, top - height, w, height, stroke=1, fill=1)
                c.setFillGray(0)
            else:
                c.rect(x, top - height, w, height, stroke=1, fill=0)
            how = "center" if is_header else (align[i] if i < len(align) else "left")
            for k, ln in enumerate(lines):
                base = top - pad - k * leading - (leading - size) / 2 - size * 0.88
                if how == "center":
                    lx = x + (w - text_width(ln, font, size)) / 2
                elif how == "right":
                    lx = x + w - pad - text_width(ln, font, size)
                else:
                    lx = x + pad
                texts.append((lx, base, ln))
            x += w
        draw_texts(c, texts, font, size, bold=is_header, keep=self.keep)
        self.y -= height

    # --- signature, date and seal ----------------------------------------------
    def seal_block(
        self, signer: str, when: date, *, seal: bool = True, min_height: float = 0.0
    ) -> tuple[float, float]:
        """Signer over the date, date four characters in from the right, seal place over both.

        The seal circle (42 mm) starts within half a line of the text above and holds the
        signer and the date in its lower half; it may reach into the bottom margin.
        Returns the (top, bottom) of the band used, so a caller can put a QR code beside it.
        """
        size = BODY_SIZE
        font = self.fonts.body
        pitch = self.pitch
        em = char_width(font, size, "中")
        radius = SEAL_DIAMETER / 2
        signer_lines = signer_wrap(signer, font, size, TEXT_WIDTH / 2)
        extra = pitch * (len(signer_lines) - 1)
        # from the top of the band to below the date's baseline
        lead = pitch * 0.5 + radius if seal else pitch * 1.5
        need = max(lead + 2.5 * mm + pitch + extra + size * 0.4, min_height)
        if self.ensure(need):
            self.seal_orphaned = True
        top = self.y
        date_text = format_cn_date(when)
        date_right = TEXT_RIGHT - 4 * em
        date_w = text_width(date_text, font, size)
        center_x = date_right - date_w / 2
        center_y = top - lead
        sig_base = center_y - 2.5 * mm
        date_base = sig_base - pitch - extra
        if seal:
            c = self.c
            c.saveState()
            c.setStrokeColor(GREY)
            c.setDash(3, 3)
            c.setLineWidth(0.8)
            c.circle(center_x, center_y, radius, stroke=1, fill=0)
            c.setFillColor(GREY)
            label_w = text_width(t.SEAL_PLACE, font, 10)
            draw_text(c, center_x - label_w / 2, center_y + radius - 9 * mm, t.SEAL_PLACE, font, 10)
            c.restoreState()
        for k, ln in enumerate(signer_lines):
            w = text_width(ln, font, size)
            self.text(center_x - w / 2, sig_base - k * pitch, ln, size)
        self.text(date_right - date_w, date_base, date_text, size)
        bottom = date_base - size * 0.5
        if seal:
            bottom = min(bottom, center_y - radius)
        bottom = min(bottom, top - min_height)
        self.y = bottom - pitch * 0.3
        return top, bottom


@dataclass(frozen=True, slots=True)
class Density:
    """How tightly a document is set: the body line pitch as a share of the standard one,
    the tables' type size as a share of their own, and how many columns a long list
    (the receipt's materials) runs in."""

    pitch: float = 1.0
    table: float = 1.0
    columns: int = 1


#: A notice: the standard pitch first, then tighter (GB/T 9704 7.3.5.1: 调整行距、字距).
NOTICE_DENSITIES = (
    Density(1.0),
    Density(0.9),
    Density(0.8, 0.92),
    Density(0.72, 0.85),
    Density(0.64, 0.78),
    Density(0.58, 0.7),
    Density(0.52, 0.62),
    Density(0.48, 0.56),
)


def signer_wrap(signer: str, font: str, size: float, width: float) -> list[str]:
    """The issuing agency under the seal: whole when it fits, else broken before a
    bracketed second name (…局（…中心）) rather than inside a word."""
    if text_width(signer, font, size) <= width:
        return [signer]
    head, bracket, rest = signer.partition("（")
    if bracket and text_width(head, font, size) <= width:
        return [head, *wrap(bracket + rest, font, size, width)]
    return wrap(signer, font, size, width)


def fitted(
    build: Callable[[Density], NoticeSheet], densities: Sequence[Density] = NOTICE_DENSITIES
) -> bytes:
    """Render at the first density that puts the whole document on one page, so the seal
    and the date always stand on the page of the body's last line. A document too long
    even for the tightest density is set at it over more pages."""
    sheet = build(densities[0])
    for density in densities[1:]:
        if sheet.page == 1 and not sheet.seal_orphaned:
            break
        sheet = build(density)
    return sheet.finish()
