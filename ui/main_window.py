"""The main window: the generation panel, the player, and the Queue and Library tabs.

It owns no logic of its own beyond wiring: each area is a self-contained
widget over the ``AppContext``, and this window connects their requests
(play this, edit that, use these settings) to each other. Its layout
(geometry, splitters, the open tab) is kept in QSettings under the config
folder; everything else the user chose lives in ``omnidesk.settings``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omnidesk import APP_NAME, __version__, paths
from resources import icon_path
from ui.banners import DemoBanner, ProblemBar
from ui.context import AppContext, Service
from ui.status import ServiceStatus

if TYPE_CHECKING:
    # Not needed for the frame that shows first (see ui.app); the areas import them in build().
    from omnidesk.api.models import GenerationRequest
    from omnidesk.engine.events import Notice, QueueChanged, VideoUpdated
    from omnidesk.engine.library import LibraryItem, ResultMetadata
    from omnidesk.engine.store import TaskRecord
    from ui.generate import GenerationPanel
    from ui.iterate.history import HistoryPanel
    from ui.iterate.lineage import LineageView
    from ui.iterate.spend import SpendView
    from ui.library.view import LibraryView
    from ui.player.widget import PlayerPanel
    from ui.queue.view import QueueView

log = logging.getLogger(__name__)

LAYOUT_FILE = "window.ini"
QUEUE_TAB, LIBRARY_TAB, HISTORY_TAB, SPEND_TAB = 0, 1, 2, 3
# The settings dialog's tab with the library, the defaults and the spending cap.
SETTINGS_LIBRARY_TAB = 1
STATUS_SECONDS = 6000


def layout_settings() -> QSettings:
    """The window's own layout (not the user's settings), under the config folder."""
    return QSettings(str(paths.config_dir() / LAYOUT_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """Signals: ``_problem(str)`` (internal: a problem reported from any thread)."""

    _problem = Signal(str)

    # The areas, made by build().
    generate: GenerationPanel
    player: PlayerPanel
    queue: QueueView
    library: LibraryView
    history: HistoryPanel
    lineage: LineageView
    spend: SpendView

    def __init__(self, context: AppContext, *, build: bool = True) -> None:
        """The window's frame; with ``build`` (the default) its areas too.

        The app passes ``build=False``, shows the frame, then calls ``build()``: the
        window is on screen before the areas' modules are even imported.
        """
        super().__init__()
        self.context = context
        self.built = False
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(icon_path("omnidesk"))))
        self.resize(1360, 860)

        self.demo_banner = DemoBanner()
        self.demo_banner.hide()
        self.problem_bar = ProblemBar()
        self._compare_windows: list[QWidget] = []
        self._column = QVBoxLayout()
        central = QWidget()
        central.setLayout(self._column)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.demo_banner)
        self._column.addWidget(self.problem_bar)
        self._column.addStretch(1)  # where the areas go
        self.setCentralWidget(central)

        self.service_status = ServiceStatus(context)
        self.statusBar().addPermanentWidget(self.service_status)
        self._engine_problem_shown = False  # the problem bar holds a start failure
        self._connect_frame()
        geometry = layout_settings().value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if build:
            self.build()

    def build(self) -> None:
        """Make the areas (form, player, queue, library, history, thread) and wire them."""
        if self.built:
            return
        from ui.generate import GenerationPanel
        from ui.iterate.history import HistoryPanel
        from ui.iterate.lineage import LineageView
        from ui.iterate.spend import SpendView
        from ui.library.view import LibraryView
        from ui.notifications import TaskNotifier
        from ui.player.widget import PlayerPanel
        from ui.queue.view import QueueView

        self.notifier = TaskNotifier(self.windowIcon(), self, enabled=lambda: self.context.settings.notify)
        context = self.context
        self.generate = GenerationPanel(context)
        self.player = PlayerPanel()
        self.queue = QueueView(context)
        self.library = LibraryView(context)
        self.history = HistoryPanel(context, current_request=self._current_request)
        self.lineage = LineageView(context)
        self.spend = SpendView(context)

        form_scroll = QScrollArea()
        form_scroll.setWidget(self.generate)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setMinimumWidth(340)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.queue, self.tr("&Queue"))
        self.tabs.addTab(self.library, self.tr("&Library"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(self.spend, self.tr("&Spend"))
        self.tabs.setAccessibleName(self.tr("Queue and library"))

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.player)
        self.right_splitter.addWidget(self.tabs)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(form_scroll)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 5)
        self.main_splitter.setChildrenCollapsible(False)
        stretch = self._column.takeAt(self._column.count() - 1)
        del stretch
        self._column.addWidget(self.main_splitter, 1)

        # The iteration thread of a result: beside everything, shown when asked for.
        self.lineage_dock = QDockWidget(self.tr("Iteration thread"), self)
        self.lineage_dock.setObjectName("lineageDock")
        self.lineage_dock.setWidget(self.lineage)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lineage_dock)
        self.lineage_dock.hide()

        self._build_menus()
        self._connect_areas()
        self.generate.apply_defaults(context.settings)
        self.built = True
        self.restore_layout()

    # ------------------------------------------------------------------ wiring

    def _connect_frame(self) -> None:
        context = self.context
        context.engineStarting.connect(self._on_engine_starting)
        context.engineReady.connect(self._on_engine_ready)
        context.engineFailed.connect(self._on_engine_failed)
        context.background.failed.connect(self.show_problem)
        context.bridge.notice.connect(self._on_notice)
        context.bridge.queueChanged.connect(self._on_queue_changed)
        context.bridge.videoUpdated.connect(self._on_video_updated)
        self._problem.connect(self.show_problem)
        self.demo_banner.addKeyRequested.connect(lambda *_: self.open_settings())

    def _connect_areas(self) -> None:
        self.generate.submitted.connect(self._on_submitted)
        self.generate.settingsRequested.connect(lambda *_: self.open_settings())
        self.queue.playRequested.connect(self.play_file)
        self.queue.editRequested.connect(self._on_edit_requested)
        self.queue.rerunSubmitted.connect(self._on_submitted)
        self.queue.message.connect(self.show_status)
        self.library.playRequested.connect(self.play_item)
        self.library.aboutToDelete.connect(self._on_about_to_delete)
        self.library.message.connect(self.show_status)
        self.library.reuseItemRequested.connect(lambda item: self._on_use_settings(item.metadata))
        self.library.compareRequested.connect(self.open_compare)
        for steps in (self.queue.next_steps, self.library.next_steps):
            steps.formRequested.connect(self._on_form_requested)
            steps.submitted.connect(lambda records: self.tabs.setCurrentIndex(QUEUE_TAB))
        self.library.countChanged.connect(self._on_library_count)
        self.player.useSettingsRequested.connect(self._on_use_settings)
        self.player.message.connect(self.show_status)
        self.history.loadRequested.connect(self._on_reuse_requested)
        self.history.templateRequested.connect(self._on_template_requested)
        self.history.message.connect(self.show_status)
        self.lineage.playRequested.connect(self.play_file)
        self.lineage.loadRequested.connect(self._on_lineage_load)
        self.spend.capSettingsRequested.connect(lambda: self.open_settings(SETTINGS_LIBRARY_TAB))
        self.context.bridge.taskUpdated.connect(self.notifier._on_task_updated)
        self.notifier.announced.connect(lambda _id, title, text: self.show_status(f"{title}: {text}"))
        self.notifier.activated.connect(self._on_notification_clicked)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda *_: self.open_settings())
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for title, shortcut, slot in (
            (self.tr("&New generation"), "Ctrl+N", self.generate.focus_prompt),
            (self.tr("&Queue"), "Ctrl+1", lambda: self.tabs.setCurrentIndex(QUEUE_TAB)),
            (self.tr("&Library"), "Ctrl+2", lambda: self.tabs.setCurrentIndex(LIBRARY_TAB)),
            (self.tr("&Player"), "Ctrl+3", lambda: self.player.setFocus()),
            (self.tr("&History and presets"), "Ctrl+4", lambda: self.tabs.setCurrentIndex(HISTORY_TAB)),
            (self.tr("&Spend"), "Ctrl+5", lambda: self.tabs.setCurrentIndex(SPEND_TAB)),
            (self.tr("Iteration &thread"), "Ctrl+I", self.show_thread_of_current),
        ):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            view_menu.addAction(action)
            if slot == self.show_thread_of_current:
                self.thread_action = action
        # A result's own menu offers its thread too (the thread panel says to look there).
        self.library.menu_actions = [self.thread_action]
        self.queue.menu_actions = [self.thread_action]

        result_menu = self.menuBar().addMenu(self.tr("&Result"))
        for title, shortcut, slot in (
            (self.tr("&Notes and rating…"), "Ctrl+Shift+N", self.edit_notes_of_current),
            (self.tr("&Compare selected…"), "Ctrl+Shift+C", self.compare_selected),
            (self.tr("&Export selected…"), "Ctrl+Shift+E", self.export_selected),
        ):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            result_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About OmniDesk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        log_folder = QAction(self.tr("Open the &log folder"), self)
        log_folder.triggered.connect(self._open_log_folder)
        help_menu.addAction(log_folder)

    # ------------------------------------------------------------------ the service

    def _on_engine_starting(self) -> None:
        self.show_status(self.tr("Starting the service…"))

    def _on_engine_ready(self, service: Service) -> None:
        self.demo_banner.setVisible(service.simulated)
        where = (
            self.tr("Demo mode")
            if service.simulated
            else self.tr("APIMart at {host}").format(host=service.backend.host)
        )
        self.setWindowTitle(f"{APP_NAME} — {where}")
        if self.problem_bar.isVisible() and self._engine_problem_shown:
            self.problem_bar.hide()
        self._engine_problem_shown = False
        self.show_status(self.tr("Ready."))

    def _on_engine_failed(self, message: str) -> None:
        self._engine_problem_shown = True
        self.show_problem(
            self.tr("OmniDesk could not start: {message}").format(message=message),
            (
                (self.tr("Try again"), self.context.start),
                (self.tr("Settings…"), lambda: self.open_settings()),
            ),
        )

    # ------------------------------------------------------------------ messages

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_SECONDS)

    def show_problem(self, text: str, actions: tuple = ()) -> None:
        log.warning("shown to the user: %s", text)
        self.problem_bar.show_problem(text, actions)

    def show_problem_from_any_thread(self, text: str) -> None:
        """For the excepthooks: only emits, so it is safe from any thread."""
        self._problem.emit(text)

    def _on_notice(self, notice: Notice) -> None:
        self.show_status(notice.message)
        # About one submission: the generation panel shows it beside the form.
        if notice.level != "info" and notice.local_id is None:
            self.show_problem(notice.message)

    def _on_queue_changed(self, event: QueueChanged) -> None:
        if event.reason:
            self.show_status(event.reason)

    # ------------------------------------------------------------------ playing

    def play_item(self, item: LibraryItem, autoplay: bool = True) -> None:
        self.player.play(item.video, item.metadata, autoplay=autoplay)

    def play_file(self, path: Path, autoplay: bool = True) -> None:
        """Play a library file, with what its sidecar says about it (read on a worker)."""
        engine = self.context.engine
        if engine is None:
            self.player.play(path, None, autoplay=autoplay)
            return
        self.context.background.run(
            engine.library.item_at,
            path,
            on_done=lambda item: self.play_item(item, autoplay),
            on_error=lambda _exc: self.player.play(path, None, autoplay=autoplay),
        )

    def _on_video_updated(self, event: VideoUpdated) -> None:
        from omnidesk.engine.store import DownloadState

        video = event.video
        if event.received is not None or video.state is not DownloadState.DONE or video.local_path is None:
            return
        if self.context.settings.autoplay and not self.player.player.is_playing:
            self.play_file(video.local_path)

    def _on_about_to_delete(self, path: Path) -> None:
        current = self.player.current_path()
        if current is not None and Path(current).resolve() == Path(path).resolve():
            self.player.release()

    # ------------------------------------------------------------------ iterating

    def _on_submitted(self, record: TaskRecord) -> None:
        self.tabs.setCurrentIndex(QUEUE_TAB)
        self.queue.select_task(record.id)

    def _on_edit_requested(self, record: TaskRecord) -> None:
        self.generate.load_request(record.request, record.local_images, parent_id=record.id)
        self.generate.focus_prompt()
        self.show_status(self.tr("The form holds that generation's settings: edit, then submit."))

    def _on_use_settings(self, metadata: ResultMetadata) -> None:
        # The panel finds the result's own submission (its parent) on a worker.
        self.generate.load_result(metadata)
        self.generate.focus_prompt()
        self.show_status(self.tr("The form holds this video's settings."))

    def _on_form_requested(
        self, request: GenerationRequest, local_images: tuple[str | None, ...], parent_id: int | None
    ) -> None:
        self.generate.load_request(request, local_images, parent_id=parent_id)
        self.generate.focus_prompt()
        self.show_status(self.tr("The form is ready: edit the prompt if you like, then submit."))

    def _on_reuse_requested(self, request: GenerationRequest, local_images: tuple[str | None, ...]) -> None:
        self.generate.load_request(request, local_images)
        self.generate.focus_prompt()
        self.show_status(self.tr("The form holds this video's settings."))

    def _current_request(self) -> tuple[GenerationRequest, tuple[str | None, ...]]:
        """What the form holds, as a preset stores it (the history panel's "Save current…")."""
        request, local = self.generate.build_request()
        return request, tuple(str(local[i]) if i in local else None for i in range(len(request.image_urls)))

    def _on_template_requested(self, text: str) -> None:
        self.generate.prompt.set_text(text)
        self.generate.focus_prompt()
        self.show_status(self.tr("Template loaded: replace the bracketed parts."))

    def _on_lineage_load(self, request: GenerationRequest, local_images: tuple[str | None, ...]) -> None:
        version = self.lineage.current_version()
        self.generate.load_request(request, local_images, parent_id=version.local_id if version else None)
        self.generate.focus_prompt()
        self.show_status(self.tr("The form holds that version's settings: edit, then submit."))

    # ------------------------------------------------------------------ threads, notes, compare

    def show_thread_of_current(self) -> None:
        """The iteration thread of what is on screen: the result picked in the open Queue or
        Library tab, else the playing clip, else the selected task."""
        metadata = self.player.metadata()
        records = self.queue.selected_records() if self.tabs.currentIndex() == QUEUE_TAB else []
        if self.tabs.currentIndex() == LIBRARY_TAB:
            # A result picked without playing it (Ctrl+click, right click) is the one meant.
            item = self.library.current_item()
            if item is not None and item.metadata.task_id:
                metadata = item.metadata
        if records:
            self.lineage.show_thread(records[0].id)
        elif metadata is not None and metadata.task_id:
            self.lineage.show_task(metadata.task_id)
        elif self.queue.selected_records():
            self.lineage.show_thread(self.queue.selected_records()[0].id)
        else:
            self.show_status(self.tr("Play a result or select a task first: its thread is shown here."))
            return
        self.lineage_dock.show()
        self.lineage_dock.raise_()

    def edit_notes_of_current(self) -> None:
        from ui.iterate.notes import NotesDialog

        item = self.library.current_item()
        if item is None:
            self.show_status(self.tr("Select a video in the library first."))
            return
        dialog = NotesDialog(self.context, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.library.model.replace_item)
        dialog.open()

    def _selected_results(self) -> list[LibraryItem]:
        selected = getattr(self.library, "selected_items", None)
        return list(selected()) if callable(selected) else [i for i in [self.library.current_item()] if i]

    def compare_selected(self) -> None:
        self.open_compare(self._selected_results())

    def export_selected(self) -> None:
        from ui.iterate.export import export_items

        items = self._selected_results()
        if not items:
            self.show_status(self.tr("Select videos in the library first."))
            return
        export_items(self, self.context, items, on_message=self.show_status)

    def open_compare(self, items: list[LibraryItem]) -> None:
        from ui.compare import CompareWindow

        try:
            window = CompareWindow(self.context, items, parent=self)
        except ValueError as exc:
            self.show_status(str(exc))
            return
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.message.connect(self.show_status)
        window.resultChanged.connect(self.library.model.replace_item)
        window.destroyed.connect(lambda *_: self._compare_windows.remove(window))
        self._compare_windows.append(window)
        window.show()

    def _on_library_count(self, count: int) -> None:
        title = self.tr("&Library") if count == 0 else self.tr("&Library ({count})").format(count=count)
        self.tabs.setTabText(LIBRARY_TAB, title)

    def _on_notification_clicked(self, local_id: int) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentIndex(QUEUE_TAB)
        self.queue.select_task(local_id)

    # ------------------------------------------------------------------ dialogs

    def open_settings(self, tab: int | None = None) -> None:
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        tabs = dialog.findChild(QTabWidget)
        if tab is not None and tabs is not None:
            tabs.setCurrentIndex(tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.generate.apply_defaults(self.context.settings))
        dialog.open()

    def show_about(self) -> None:
        service = self.context.service
        where = (
            self.tr("not connected")
            if service is None
            else self.tr("the built-in demo simulator")
            if service.simulated
            else self.tr("APIMart at {host}").format(host=service.backend.host)
        )
        QMessageBox.about(
            self,
            self.tr("About OmniDesk"),
            self.tr(
                "<h3>OmniDesk {version}</h3><p>A desktop studio for APIMart's Omni-Flash-Ext video model.</p>"
                "<p>Connected to {where}.</p><p>Your data: {data}<br>Your videos: {videos}</p>"
            ).format(
                version=__version__,
                where=where,
                data=paths.data_dir(),
                videos=self.context.settings.library_root(),
            ),
        )

    def _open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    # ------------------------------------------------------------------ layout

    def restore_layout(self) -> None:
        store = layout_settings()
        for key, restore in (
            ("state", self.restoreState),
            ("mainSplitter", self.main_splitter.restoreState),
            ("rightSplitter", self.right_splitter.restoreState),
        ):
            value = store.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        tab = store.value("tab")
        if tab is not None and str(tab).isdigit():
            self.tabs.setCurrentIndex(int(str(tab)))
        if store.value("mainSplitter") is None:
            # First run: the form a third of the width; the player gets the larger share above the lists.
            QTimer.singleShot(0, self._first_run_sizes)

    def _first_run_sizes(self) -> None:
        width, height = self.main_splitter.width(), self.right_splitter.height()
        self.main_splitter.setSizes([max(380, width * 3 // 10), width - max(380, width * 3 // 10)])
        self.right_splitter.setSizes([height * 11 // 20, height - height * 11 // 20])

    def save_layout(self) -> None:
        store = layout_settings()
        store.setValue("geometry", self.saveGeometry())
        if not self.built:
            store.sync()
            return
        store.setValue("state", self.saveState())
        store.setValue("mainSplitter", self.main_splitter.saveState())
        store.setValue("rightSplitter", self.right_splitter.saveState())
        store.setValue("tab", self.tabs.currentIndex())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self._compare_windows):
            window.close()  # releases its players before this window's widgets go
        self.save_layout()
        if self.built:
            self.player.release()
            # Qt's decoding threads must be done before the video widget goes away with the window.
            self.player.player.wait_released()
        super().closeEvent(event)
