"""The main window: the badge on top, the tabs the role allows, a lock screen when idle, the
sync status at the right of the status bar (on every tab), and for an administrator the
central connection settings.

Only the first tab is built at sign-on (for a clerk, the counter): the others are built
when first chosen, or a moment after the window shows, so that the clerk can call the
first visitor without waiting for screens not yet looked at.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.case_views import CaseView
from clerk_app.services.context import Role
from clerk_app.services.personal_data import sealing_available
from clerk_app.ui.cases.case_details import CaseDetailsDialog

if TYPE_CHECKING:
    from clerk_app.ui.shell.central_settings import CentralSettingsDialog
    from clerk_app.ui.supervision.tab import SupervisionTab
from clerk_app.ui.cases.my_cases import MyCasesTab
from clerk_app.ui.common.printing import DocumentPrinter
from clerk_app.ui.common.qt_compat import emit
from clerk_app.ui.common.screen import fit_to_screen
from clerk_app.ui.counter.panel import CounterTab
from clerk_app.ui.front_desk.panel import FrontDeskTab
from clerk_app.ui.front_desk.referrals import ReferralsTab
from clerk_app.ui.session import SignedOn
from clerk_app.ui.shell import ops
from clerk_app.ui.shell.badge import BadgeWidget
from clerk_app.ui.shell.idle import IdleWatcher
from clerk_app.ui.shell.lock_screen import LockScreen
from clerk_app.ui.shell.roles import Tab, landing_tab, tabs_for
from clerk_app.ui.shell.shortcuts import HELP_KEYS, ShortcutHelp, add_tab_keys, shortcut_lines
from clerk_app.ui.shell.update_notice import UpdateNotice
from clerk_app.ui.sync_status import SyncNowButton, SyncStatusLabel
from clerk_app.ui.tasks import error_message

STATUS_MS = 8_000
PREBUILD_MS = 1_000  # after showing: the first tab's rows come first
BADGE_MS = 60_000  # the tab badges (referrals waiting, approvals to decide) read again


log = logging.getLogger("clerk.ui")


class MainWindow(QMainWindow):
    signedOut = Signal()
    caseOpened = Signal(object)  # CaseDetailsDialog

    def __init__(
        self, session: SignedOn, parent: QWidget | None = None, *, idle_timer: QTimer | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(session.center.name)  # " — 窗口办件台": the display name
        fit_to_screen(self, 1280, 800)
        self.badge = BadgeWidget()
        self.badge.set_badge(session.badge)
        center = QLabel(session.center.name)
        center.setObjectName("centerName")
        self.lock_button = QPushButton(self.tr("锁屏"))
        self.lock_button.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_button = QPushButton(self.tr("退出登录"))
        self.printer = DocumentPrinter(
            session.ctx, session.actor, session.tasks, session.app.printer, self
        )
        self.case_dialog: CaseDetailsDialog | None = None
        self.hidden_windows: list[QWidget] = []  # put away while locked
        self.lookup_edit = QLineEdit()
        self.lookup_edit.setObjectName("caseLookup")
        self.lookup_edit.setPlaceholderText(self.tr("办件编号 / 扫描回执 (Ctrl+F)"))
        self.lookup_edit.setClearButtonEnabled(True)
        self.lookup_edit.setMinimumWidth(280)
        self.lookup_edit.returnPressed.connect(self.look_up_case)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self.focus_lookup)
        header = QWidget()
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(8, 4, 16, 4)
        header_layout.addWidget(self.badge)
        header_layout.addStretch(1)
        header_layout.addWidget(self.lookup_edit)
        header_layout.addSpacing(16)
        header_layout.addWidget(center)
        header_layout.addSpacing(16)
        self.settings_button: QPushButton | None = None
        self.settings_dialog: CentralSettingsDialog | None = None
        if session.badge.role is Role.ADMIN and session.app.config is not None:
            self.settings_button = QPushButton(self.tr("连接设置"))
            self.settings_button.setObjectName("centralSettings")
            self.settings_button.clicked.connect(self.open_central_settings)
            header_layout.addWidget(self.settings_button)
        header_layout.addWidget(self.lock_button)
        header_layout.addWidget(self.sign_out_button)

        self.tabs = QTabWidget()
        self.available_tabs: tuple[Tab, ...] = tabs_for(session.badge.role)
        self.tab_widgets: dict[Tab, QWidget] = {}  # the tabs built so far
        self.badges: dict[str, int] = {}  # Tab value → what waits there
        for tab in self.available_tabs:
            self.tabs.addTab(QWidget(), self._tab_title(tab))  # a placeholder until built
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.lock_screen = LockScreen(session)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)

        # A newer version installed meanwhile: a banner, at a quiet moment (update_notice).
        self.update_notice = UpdateNotice(session.tasks, busy=self._busy, parent=self)
        self.update_notice.restartRequested.connect(self._restart_for_update)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.about_action = help_menu.addAction(self.tr("关于窗口办件台…"))
        self.about_action.triggered.connect(self.show_about)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.update_notice)
        layout.addWidget(self._data_key_warning())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.sync_status = SyncStatusLabel(session.app.sync_status)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_now: SyncNowButton | None = None
        if session.badge.role is Role.ADMIN and session.app.sync_status.can_sync_now:
            self.sync_now = SyncNowButton(session.app.sync_status)
            self.statusBar().addPermanentWidget(self.sync_now)

        self.prebuild = QTimer(self)  # the tabs not chosen yet, built a moment after showing
        self.prebuild.setSingleShot(True)
        self.prebuild.setInterval(PREBUILD_MS)
        self.prebuild.timeout.connect(self._build_next_tab)
        self.idle = IdleWatcher(session.app.settings.idle_lock_minutes, self, timer=idle_timer)
        self.idle.idle.connect(self.lock)
        self.lock_button.clicked.connect(self.lock)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.signOut.connect(self.sign_out)
        session.tasks.set_error_reporter(self.show_error)
        self.help_dialog: ShortcutHelp | None = None
        self.badge_timer = QTimer(self)  # what waits on each tab, read again now and then
        self.badge_timer.setInterval(BADGE_MS)
        self.badge_timer.timeout.connect(self.refresh_badges)
        self.badge_timer.start()
        add_tab_keys(self, self.tabs, lambda: not self.locked)
        for key in HELP_KEYS:
            QShortcut(QKeySequence(key), self).activated.connect(self.show_shortcuts)
        if self.available_tabs:
            landing = landing_tab(session.badge.role) or self.available_tabs[0]
            self.tab(landing)
            self.tabs.setCurrentIndex(self.available_tabs.index(landing))
        self.refresh_badges()

    def _data_key_warning(self) -> QLabel:
        """Shown for as long as this workstation has no data key: a persistent line,
        not a dialog (the clerk still works, except on personal data)."""
        self.key_warning = QLabel(
            self.tr(
                "本机没有数据密钥：不能保存身份证号和电话号码，已有的号码显示为“不可用”。"
                "请管理员设置数据密钥（sudo clerk-app data-key set --machine）后重新启动本程序。"
            )
        )
        self.key_warning.setObjectName("dataKeyWarning")
        self.key_warning.setWordWrap(True)
        self.key_warning.setVisible(not sealing_available())
        return self.key_warning

    def refresh_badges(self) -> None:
        if not self.locked:
            ops.tab_badges(self.session).success(self._show_badges).run()

    def _show_badges(self, counts: dict[str, int]) -> None:
        """ "转办 (2)": what waits on a tab, on the tab itself."""
        self.badges = counts
        for index, tab in enumerate(self.available_tabs):
            n = counts.get(tab.value, 0)
            title = self._tab_title(tab)
            self.tabs.setTabText(index, f"{title} ({n})" if n else title)

    def show_shortcuts(self) -> None:
        """F12 / Ctrl+/: every shortcut of this window (nothing while locked)."""
        if self.locked:
            return
        dialog = ShortcutHelp(shortcut_lines(self, self.tabs), self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.help_dialog = dialog
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.prebuild.isActive() and len(self.tab_widgets) < len(self.available_tabs):
            self.prebuild.start()

    def _tab_title(self, tab: Tab) -> str:
        titles = {
            Tab.FRONT_DESK: self.tr("导服"),
            Tab.COUNTER: self.tr("窗口"),
            Tab.MY_CASES: self.tr("我的办件"),
            Tab.REFERRALS: self.tr("转办"),
            Tab.SUPERVISION: self.tr("效能监督"),
            Tab.ADMINISTRATION: self.tr("系统管理"),
        }
        return titles[tab]

    def _make_tab(self, tab: Tab) -> QWidget:
        session = self.session
        if tab is Tab.FRONT_DESK:
            front = FrontDeskTab(session)
            front.status.connect(self.say)
            return front
        if tab is Tab.COUNTER:
            counter = CounterTab(session)
            counter.status.connect(self.say)
            return counter
        if tab is Tab.MY_CASES:
            cases = MyCasesTab(session)
            cases.status.connect(self.say)
            return cases
        if tab is Tab.REFERRALS:
            return ReferralsTab(session)
        if tab is Tab.ADMINISTRATION:
            from clerk_app.ui.administration.tab import AdministrationTab

            admin = AdministrationTab(session)
            admin.status.connect(self.say)
            return admin
        # Imported here: the supervision tab pulls in reportlab (~0.1 s) a clerk never needs.
        from clerk_app.ui.supervision.tab import SupervisionTab

        supervision: SupervisionTab = SupervisionTab(session)
        supervision.status.connect(self.say)
        return supervision

    def tab(self, tab: Tab) -> QWidget | None:
        """The tab's widget, built (and loaded) now if it was not yet; None if the role does
        not have it."""
        built = self.tab_widgets.get(tab)
        if built is not None or tab not in self.available_tabs:
            return built
        widget = self._make_tab(tab)
        self.tab_widgets[tab] = widget
        index = self.available_tabs.index(tab)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        blocked = self.tabs.blockSignals(True)  # a swap, not a choice of the clerk's
        try:
            self.tabs.removeTab(index)
            n = self.badges.get(tab.value, 0)
            title = self._tab_title(tab)
            self.tabs.insertTab(index, widget, f"{title} ({n})" if n else title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        refresh = getattr(widget, "refresh", None)  # the tabs that show stored rows
        if callable(refresh):
            refresh()
        return widget

    def _tab_chosen(self, index: int) -> None:
        if 0 <= index < len(self.available_tabs):
            self.tab(self.available_tabs[index])

    def _build_next_tab(self) -> None:
        """One tab not built yet, then the next a moment later (the event loop stays free)."""
        missing = [t for t in self.available_tabs if t not in self.tab_widgets]
        if missing:
            self.tab(missing[0])
        if len(missing) > 1:
            self.prebuild.start()

    def refresh(self) -> None:
        for widget in self.tab_widgets.values():
            refresh = getattr(widget, "refresh", None)  # the tabs that show stored rows
            if callable(refresh):
                refresh()

    # --- status and errors -----------------------------------------------------------------

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)
        self.refresh_badges()
        for tab in (Tab.REFERRALS, Tab.MY_CASES):
            widget = self.tab_widgets.get(tab)
            if isinstance(widget, (ReferralsTab, MyCasesTab)):
                widget.refresh()

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), message)

    # --- central connection settings (administrators) --------------------------------------

    def open_central_settings(self) -> None:
        from clerk_app.ui.shell.central_settings import CentralSettingsDialog  # keyring: lazy

        config = self.session.app.config
        assert config is not None
        dialog = CentralSettingsDialog(self.session.tasks, config, self)
        dialog.saved.connect(self._central_saved)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.settings_dialog = dialog
        dialog.open()

    def _central_saved(self, settings: object) -> None:
        self.session.app.config = settings  # type: ignore[assignment]
        self.say(self.tr("连接设置已保存，重新启动程序后生效"))

    # --- case look-up (typed, or a barcode scanner typing the number + Enter) ------------

    def focus_lookup(self) -> None:
        self.lookup_edit.setFocus()
        self.lookup_edit.selectAll()

    def look_up_case(self) -> None:
        text = self.lookup_edit.text().strip()
        if not text or self.locked:
            return
        ops.find_case(self.session, text).success(self.open_case).failure(self._not_found).run()

    def open_case(self, case: CaseView) -> None:
        if self.locked:  # found after the screen locked: not shown
            return
        self.lookup_edit.setProperty("invalid", False)
        self.lookup_edit.style().polish(self.lookup_edit)
        self.lookup_edit.clear()
        dialog = CaseDetailsDialog(self.session, self.printer, case, self)
        dialog.status.connect(self.say)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.case_dialog = dialog
        dialog.open()
        emit(self.caseOpened, dialog)

    def _not_found(self, exc: BaseException) -> None:
        self.lookup_edit.setProperty("invalid", True)
        self.lookup_edit.style().polish(self.lookup_edit)
        self.lookup_edit.selectAll()
        self.say(error_message(exc))

    # --- lock and sign-out -----------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def header_controls(self) -> list[QWidget]:
        """What the header and status bar offer besides the lock screen's own buttons."""
        controls: list[QWidget] = [self.lookup_edit, self.lock_button, self.sign_out_button]
        controls += [self.menuBar(), self.update_notice]
        controls += [w for w in (self.settings_button, self.sync_now) if w is not None]
        return controls

    def own_windows(self) -> list[QWidget]:
        """The visible windows opened from this one (dialogs, previews, their prompts)."""
        found = []
        for window in QApplication.topLevelWidgets():
            if window is self or not window.isVisible():
                continue
            parent = window.parentWidget()
            while parent is not None and parent is not self:
                parent = parent.parentWidget()
            if parent is self:
                found.append(window)
        return found

    def lock(self) -> None:
        """Nothing but the unlock (or signing out from the lock screen): the tabs, the
        header's search and buttons, and every other window of the program (a case, an
        intake form, a preview) are put away until the password is typed again. A prompt
        waiting for an answer is answered "cancel": nothing is saved by locking."""
        if self.locked:
            return
        self.stack.setCurrentWidget(self.lock_screen)
        for control in self.header_controls():
            control.setEnabled(False)
        self.hidden_windows = []
        for window in self.own_windows():
            window.hide()
            # Prompts run in their own loop (application-modal) and end when hidden; the
            # dialogs opened beside the window (window-modal or not) come back on unlock.
            if window.windowModality() is not Qt.WindowModality.ApplicationModal:
                self.hidden_windows.append(window)
        self.lock_screen.reset()

    def unlock(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        for control in self.header_controls():
            control.setEnabled(True)
        hidden, self.hidden_windows = self.hidden_windows, []
        for window in hidden:
            if shiboken6.isValid(window):
                window.show()
        self.idle.poke()
        self.refresh()

    def show_about(self) -> None:
        from clerk_app.ui.shell.about import AboutDialog

        dialog = AboutDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _busy(self) -> bool:
        """Not a quiet moment: locked, or a dialog, a case or a prompt is open."""
        return (
            self.locked or bool(self.own_windows()) or QApplication.activeModalWidget() is not None
        )

    def _restart_for_update(self) -> None:
        """The new version has started: sign off as usual, then end this program."""
        self.sign_out()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def sign_out(self) -> None:
        self.idle.stop()
        self.session.tasks.set_error_reporter(None)
        op = ops.sign_off(self.session)
        op.failure(lambda exc: log.warning("the sign-off was not recorded: %s", exc)).run()
        emit(self.signedOut)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.update_notice.timer.stop()
        self.prebuild.stop()
        super().closeEvent(event)
