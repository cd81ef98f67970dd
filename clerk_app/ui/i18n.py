"""Interface language: Simplified Chinese source strings, English through clerk_en.qm."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger("clerk.ui")

SUPPORTED = ("zh_CN", "en")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Qt's own and the product's translations; keep the returned list alive."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(SUPPORTED)}")
    QLocale.setDefault(QLocale(lang))
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if lang != "zh_CN":  # the source strings are Simplified Chinese
        from importlib import resources  # not needed for Chinese, the source language

        ours = QTranslator(app)
        folder = resources.files("clerk_app.resources") / "i18n"
        if ours.load(str(folder / f"clerk_{lang}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("translation clerk_%s.qm could not be loaded", lang)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
