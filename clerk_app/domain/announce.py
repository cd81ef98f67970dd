"""The words of a hall announcement (叫号播报): what the display shows and what is spoken.

A ticket number and a window code are spoken character by character — each digit as its
own Chinese numeral (A012 → A 零 一 二, never "十二"), each Latin letter as a letter — so
that any Mandarin engine reads them the same way.
"""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"


def spell(code: str) -> str:
    """A number or a window code, one character at a time, separated by spaces."""
    out = []
    for ch in code.strip():
        if ch.isdigit() and ch.isascii():
            out.append(_DIGITS[int(ch)])
        elif ch.isascii() and ch.isalpha():
            out.append(ch.upper())
        elif ch in "-_ ":
            continue
        else:
            out.append(ch)
    return " ".join(out)


def window_label(window_code: str) -> str:
    """How the hall names a window: its code without leading zeros of a plain number
    ("05" → "5"), the code as it is otherwise ("A01")."""
    code = window_code.strip()
    return str(int(code)) if code.isdigit() else code


def call_text(number: str, window_code: str) -> str:
    """What the display writes: 请 A012 号 到 5 号窗口 办理."""
    return f"请 {number} 号 到 {window_label(window_code)} 号窗口 办理"


def spoken_call(number: str, window_code: str) -> str:
    """What the engine says: 请 A 零 一 二 号 到 五 号窗口 办理."""
    return f"请 {spell(number)} 号 到 {spell(window_label(window_code))} 号窗口 办理"
