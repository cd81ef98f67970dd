"""Chinese fonts for the printed documents: find one, register it once, log which.

Discovery order (first that reportlab can load wins, per role):

1. a path configured with :func:`configure_font_path` or the ``CLERK_PRINT_FONT``
   environment variable (used for every role);
2. the Windows fonts folder (``%WINDIR%\\Fonts``): 方正小标宋 / SimHei for titles,
   FangSong / SimSun for the body, SimHei / Microsoft YaHei for the heavy ticket number;
3. the usual Linux and macOS font folders: a Song/Ming face (AR PL UMing, AR PL SungtiL
   GB, Songti) for titles and body, a sans (WenQuanYi Micro Hei / Zen Hei) for the heavy
   ticket number and as the last resort; AR PL UKai, Noto / Source Han CJK (mostly CFF
   outlines, which reportlab refuses — the error is caught and the next candidate
   tried), Droid Sans Fallback…;
4. reportlab's built-in CID font ``STSong-Light`` (not embedded; needs a viewer with
   Chinese support) so that printing never fails.

Registration happens once per process, behind a lock; :func:`reset_fonts` is for tests.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger("clerk.print")

ENV_VAR = "CLERK_PRINT_FONT"
CID_FALLBACK = "STSong-Light"

# Candidate file names (lower case) per role, best first.
WINDOWS_TITLE = ("fzxbsjw.ttf", "fzxbsk.ttf", "simhei.ttf", "simsun.ttc", "msyh.ttc", "msyh.ttf")
WINDOWS_BODY = ("simfang.ttf", "fzfsjw.ttf", "simsun.ttc", "simsun.ttf", "msyh.ttc", "msyh.ttf")
WINDOWS_HEAVY = ("simhei.ttf", "msyhbd.ttc", "msyh.ttc", "msyh.ttf", "simsun.ttc")
#: Song/Ming faces first for the body and titles of notices (GB/T 9704: 仿宋, 小标宋).
UNIX_SERIF = (
    "uming.ttc",
    "gbsn00lp.ttf",
    "songti.ttc",
    "ukai.ttc",
)
UNIX_ANY = (
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "uming.ttc",
    "gbsn00lp.ttf",
    "ukai.ttc",
    "notoserifcjk-regular.ttc",
    "notosanscjk-regular.ttc",
    "notoserifcjksc-regular.otf",
    "notosanscjksc-regular.otf",
    "sourcehanserifsc-regular.otf",
    "sourcehansanssc-regular.otf",
    "droidsansfallbackfull.ttf",
    "droidsansfallback.ttf",
    "songti.ttc",
    "stheiti light.ttc",
    "arial unicode.ttf",
)

UNIX_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/System/Library/Fonts",
    "/Library/Fonts",
)


@dataclass(frozen=True, slots=True)
class FontSet:
    """Registered font names for each role, and where they came from."""

    title: str  # 小标宋-like: titles
    body: str  # 仿宋-like: body text
    heavy: str  # 黑体-like: the big ticket number
    embedded: bool  # False for the CID fallback
    sources: tuple[str, ...]  # file paths (or the CID font name), for the log


_lock = threading.Lock()
_fonts: FontSet | None = None
_configured_path: str | None = None
_loaded: dict[str, str | None] = {}  # file path -> registered name (None = refused)


def configure_font_path(path: str | os.PathLike[str] | None) -> None:
    """Use this font file first (from the workstation settings); resets the cache."""
    global _configured_path
    with _lock:
        _configured_path = os.fspath(path) if path else None
        _reset_locked()


def reset_fonts() -> None:
    """Forget the chosen fonts (tests); registered reportlab fonts stay registered."""
    with _lock:
        _reset_locked()


def _reset_locked() -> None:
    global _fonts
    _fonts = None
    _loaded.clear()


def get_fonts() -> FontSet:
    """The fonts to print with, discovered and registered on first use (thread-safe)."""
    fonts = _fonts
    if fonts is not None:
        return fonts
    with _lock:
        if _fonts is None:
            _set(_discover())
        assert _fonts is not None
        return _fonts


def _set(fonts: FontSet) -> None:
    global _fonts
    _fonts = fonts


def _discover() -> FontSet:
    configured = _configured_path or os.environ.get(ENV_VAR) or None
    if configured:
        name = _load(configured)
        if name:
            return _announce(FontSet(name, name, name, True, (configured,)), "configured")
        log.warning("configured print font %s could not be loaded; searching", configured)

    index = _index_font_files(_search_dirs())
    roles: tuple[tuple[str, ...], ...]
    if sys.platform == "win32" or _windows_dir_present():
        roles = (WINDOWS_TITLE + UNIX_ANY, WINDOWS_BODY + UNIX_ANY, WINDOWS_HEAVY + UNIX_ANY)
    else:
        roles = (
            UNIX_SERIF + WINDOWS_TITLE + UNIX_ANY,
            UNIX_SERIF + WINDOWS_BODY + UNIX_ANY,
            UNIX_ANY + WINDOWS_HEAVY,
        )
    chosen: list[tuple[str, str]] = []
    for candidates in roles:
        found = _first_loadable(candidates, index)
        if found is None:
            break
        chosen.append(found)
    if len(chosen) == 3:
        (title, tp), (body, bp), (heavy, hp) = chosen
        sources = tuple(dict.fromkeys((tp, bp, hp)))
        return _announce(FontSet(title, body, heavy, True, sources), "found")

    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    log.warning(
        "no loadable TrueType Chinese font found; using the built-in CID font %s "
        "(not embedded: the PDF needs a viewer with Chinese fonts)",
        CID_FALLBACK,
    )
    return FontSet(CID_FALLBACK, CID_FALLBACK, CID_FALLBACK, False, (CID_FALLBACK,))


def _announce(fonts: FontSet, how: str) -> FontSet:
    log.info(
        "print fonts %s: title=%s body=%s heavy=%s from %s",
        how,
        fonts.title,
        fonts.body,
        fonts.heavy,
        ", ".join(fonts.sources),
    )
    return fonts


def _windows_dir() -> str | None:
    # environment names are case-insensitive on Windows
    return os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or None


def _windows_dir_present() -> bool:
    windir = _windows_dir()
    return windir is not None and Path(windir, "Fonts").is_dir()


def _search_dirs() -> list[Path]:
    dirs: list[Path] = []
    windir = _windows_dir()
    if windir:
        dirs.append(Path(windir, "Fonts"))
    local = os.environ.get("LOCALAPPDATA")
    if local:  # fonts installed for one user on Windows 10+
        dirs.append(Path(local, "Microsoft", "Windows", "Fonts"))
    dirs.extend(Path(d).expanduser() for d in UNIX_DIRS)
    return [d for d in dirs if d.is_dir()]


def _index_font_files(dirs: Iterable[Path]) -> dict[str, str]:
    """Lower-case file name -> first path with that name under the folders."""
    index: dict[str, str] = {}
    for top in dirs:
        for root, _subdirs, files in os.walk(top):
            for f in files:
                if f.lower().endswith((".ttf", ".ttc", ".otf")):
                    index.setdefault(f.lower(), os.path.join(root, f))
    return index


def _first_loadable(candidates: Sequence[str], index: dict[str, str]) -> tuple[str, str] | None:
    for filename in candidates:
        path = index.get(filename)
        if path is None:
            continue
        name = _load(path)
        if name:
            return name, path
    return None


def _load(path: str) -> str | None:
    """Register the font file once; None when reportlab cannot use it."""
    if path in _loaded:
        return _loaded[path]
    name = "ClerkCJK-" + Path(path).stem.replace(" ", "")
    try:
        font = TTFont(name, path, subfontIndex=0)
        if font.face.charToGlyph.get(ord("中")) is None:  # not a Chinese font
            raise ValueError("has no Chinese glyphs")
        pdfmetrics.registerFont(font)
    except Exception as exc:  # reportlab raises TTFError, also OSError/struct errors
        log.info("print font %s skipped: %s", path, exc)
        _loaded[path] = None
        return None
    _loaded[path] = name
    return name
