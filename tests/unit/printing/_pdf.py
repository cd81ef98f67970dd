"""Helpers for the printing tests: text and page sizes of a rendered PDF."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pdf_text(data: bytes) -> str:
    """All text of the PDF with every kind of whitespace removed (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def page_sizes_mm(data: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return [
        (
            round(float(p.mediabox.width) / 72 * 25.4, 1),
            round(float(p.mediabox.height) / 72 * 25.4, 1),
        )
        for p in reader.pages
    ]


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def text_lines(data: bytes) -> list[tuple[int, float, float, str]]:
    """Every string drawn, as (page, x, y, text): a wrapped line is one string."""
    reader = PdfReader(io.BytesIO(data))
    out: list[tuple[int, float, float, str]] = []
    for number, page in enumerate(reader.pages, 1):

        def visit(
            text: str, cm: list[float], tm: list[float], *_: object, number: int = number
        ) -> None:
            # a string drawn in several font subsets comes in pieces at the same origin
            if not text.strip():
                return
            x = round(tm[4] * cm[0] + tm[5] * cm[2] + cm[4], 1)
            y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1)
            if out and out[-1][:3] == (number, x, y):
                out[-1] = (number, x, y, out[-1][3] + text.strip())
            else:
                out.append((number, x, y, text.strip()))

        page.extract_text(visitor_text=visit)
    return out
