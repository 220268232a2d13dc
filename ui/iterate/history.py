"""The history panel: every prompt used, the user's named presets and the built-in templates.

``HistoryPanel`` has three tabs. *History* lists ``store.prompt_history``
(searched as the user types, starred prompts first, how often and when each
was used); picking one loads the newest request made with it, parameters
and all. *Presets* are saved prompts with their parameters, named; they go
in and out of JSON files with the history (``omnidesk.iterate.transfer``).
*Templates* are the built-in starting points (``omnidesk.iterate.templates``).

The panel never touches the store on the UI thread: every read and write
goes through ``context.background``. It reloads when a service becomes
ready and, debounced, when a new submission appears (its prompt is then in
the history). The dialogs it asks through (a name, a confirmation, a file)
are attributes tests replace: ``ask_text``, ``confirm``, ``ask_replace``,
``choose_file``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from omnidesk.api.models import GenerationRequest
from omnidesk.engine.events import TaskUpdated
from omnidesk.engine.store import Preset, PromptUse, Store
from omnidesk.iterate import transfer
from omnidesk.iterate.templates import TEMPLATES, Template
from ui import icons
from ui.background import describe_error
from ui.context import AppContext, Service
from ui.iterate.words import exact_time, one_line, relative_day, request_summary, sentence

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
LoadedRequest = tuple[GenerationRequest, tuple[str | None, ...]]

# Typing settles for this long before the history is searched again.
SEARCH_DELAY_MS = 250
# Submissions come in bursts (a batch): one reload after the burst.
RELOAD_DELAY_MS = 400
# Longest prompt shown in a confirmation or a message.
SHORT_PROMPT = 60


def _short(text: str, limit: int = SHORT_PROMPT) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- models


class PromptHistoryModel(QAbstractTableModel):
    """The prompt history, starred prompts first, then most recently used.

    Columns: ``PROMPT`` (a star icon when starred), ``USES``, ``LAST_USED``
    (relative: "today", "3 days ago"; the exact time in the tooltip).
    ``PromptRole`` gives the row's ``PromptUse``. No signals of its own.
    """

    PROMPT, USES, LAST_USED = range(3)
    PromptRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._rows: list[PromptUse] = []
        self._clock = clock

    def set_rows(self, rows: Sequence[PromptUse]) -> None:
        self.beginResetModel()
        # Stable: within each group, the store's order (most recently used first) stays.
        self._rows = sorted(rows, key=lambda use: not use.starred)
        self.endResetModel()

    def rows(self) -> tuple[PromptUse, ...]:
        return tuple(self._rows)

    def use(self, row: int) -> PromptUse:
        return self._rows[row]

    def row_of(self, text: str) -> int | None:
        return next((row for row, use in enumerate(self._rows) if use.text == text), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.PROMPT: self.tr("Prompt"),
            self.USES: self.tr("Uses"),
            self.LAST_USED: self.tr("Last used"),
        }.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        use = self._rows[index.row()]
        column = index.column()
        if role == self.PromptRole:
            return use
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PROMPT:
                return one_line(use.text)
            if column == self.USES:
                return str(use.use_count)
            if column == self.LAST_USED:
                return relative_day(use.last_used, self._clock())
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROMPT and use.starred:
            return icons.icon("star-filled", QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.USES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(use)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.PROMPT:
            text = one_line(use.text)
            return self.tr("Starred: {prompt}").format(prompt=text) if use.starred else text
        return None

    def _tooltip(self, use: PromptUse) -> str:
        import html

        uses = (
            self.tr("Used once, on {last}.")
            if use.use_count == 1
            else self.tr("Used {count} times; last on {last}, first on {first}.")
        ).format(count=use.use_count, last=exact_time(use.last_used), first=exact_time(use.first_used))
        star = "<p>" + html.escape(self.tr("Starred")) + "</p>" if use.starred else ""
        return (
            f"<p style='white-space:pre-wrap'>{html.escape(use.text.strip())}</p>"
            f"<p>{html.escape(uses)}</p>{star}"
        )


class PresetModel(QAbstractListModel):
    """The user's presets by name; ``PresetRole`` gives the ``Preset``. No signals of its own."""

    PresetRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Preset] = []

    def set_rows(self, rows: Sequence[Preset]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> tuple[Preset, ...]:
        return tuple(self._rows)

    def names(self) -> set[str]:
        return {preset.name for preset in self._rows}

    def row_of(self, name: str) -> int | None:
        return next((row for row, preset in enumerate(self._rows) if preset.name == name), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        preset = self._rows[index.row()]
        if role == self.PresetRole:
            return preset
        if role == Qt.ItemDataRole.DisplayRole:
            return preset.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((request_summary(preset.request), _short(preset.request.prompt, 200)))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return request_summary(preset.request)
        return None


class TemplateModel(QAbstractListModel):
    """The built-in templates; ``TemplateRole`` gives the ``Template``. No signals of its own."""

    TemplateRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, templates: Sequence[Template] = TEMPLATES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = tuple(templates)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        template = self.template(index.row())
        if role == self.TemplateRole:
            return template
        if role == Qt.ItemDataRole.DisplayRole:
            return template.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return template.text
        return None

    def template(self, row: int) -> Template:
        """The template of ``row``, its name and text in the user's language where translated."""
        template = self._rows[row]
        return Template(
            QCoreApplication.translate("Templates", template.name),
            QCoreApplication.translate("Templates", template.text),
        )


# --------------------------------------------------------------------------- worker functions


def request_for_prompt(store: Store, text: str) -> LoadedRequest:
    """On a worker: the newest request made with ``text`` and its local images, or just the prompt."""
    record = store.last_request_for_prompt(text)
    if record is None:
        return GenerationRequest(prompt=text), ()
    return record.request, record.local_images


def rename_preset(store: Store, preset: Preset, new_name: str) -> Preset:
    """On a worker: the preset saved under its new name first, then the old name deleted (never lost)."""
    saved = store.save_preset(new_name, preset.request, preset.local_images, now=time.time())
    if saved.name != preset.name:
        store.delete_preset(preset.name)
    return saved


def export_all(store: Store, path: Path) -> tuple[int, int]:
    """On a worker: presets and history to ``path``; (presets, prompts) written."""
    presets = len(store.presets())
    prompts = len(store.prompt_history(limit=None))
    transfer.export_json(store, path)
    return presets, prompts


def clashing_presets(store: Store, path: Path) -> list[str]:
    """On a worker: the presets in ``path`` whose names are taken here (TransferError for a bad file)."""
    names = set(transfer.preset_names(path))
    return sorted(names & {preset.name for preset in store.presets()}, key=str.casefold)


# --------------------------------------------------------------------------- the panel


class _SearchField(QLineEdit):
    """The search line; Down moves into the list below (``downPressed``), Enter uses its first row."""

    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.downPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class HistoryPanel(QWidget):
    """Prompt history, presets and templates, in three tabs. Signals:

    - ``loadRequested(object, object)``: put this ``GenerationRequest`` and its local image paths
      (a tuple, None where an image was a URL; may be empty) into the form: a prompt of the
      history with the parameters it was last sent with, or a preset.
    - ``templateRequested(str)``: put this template's text into the prompt editor.
    - ``message(str)``: a sentence about what was done or what went wrong (also shown in the panel).
    - ``historyLoaded()``, ``presetsLoaded()``: a reload of that list finished.
    """

    loadRequested = Signal(object, object)
    templateRequested = Signal(str)
    message = Signal(str)
    historyLoaded = Signal()
    presetsLoaded = Signal()

    def __init__(
        self,
        context: AppContext,
        current_request: Callable[[], LoadedRequest],
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._current_request = current_request
        self._history_generation = 0
        self._presets_generation = 0
        self._history_loading = False
        self._select_prompt: str | None = None
        self._select_preset: str | None = None
        self._seen_new: set[int] = set()

        # The dialogs the panel asks through; tests replace them.
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.ask_replace: Callable[[list[str]], bool | None] = self._ask_replace
        self.choose_file: Callable[[str, bool], Path | None] = self._choose_file

        self.history_model = PromptHistoryModel(self, clock=clock)
        self.preset_model = PresetModel(self)
        self.template_model = TemplateModel(parent=self)

        self.setAccessibleName(self.tr("Prompt history, presets and templates"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("History, presets and templates"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_history(), self.tr("History"))
        self.tabs.addTab(self._build_presets(), self.tr("Presets"))
        self.tabs.addTab(self._build_templates(), self.tr("Templates"))

        self.message_icon = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("History message"))
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_row = QWidget(self)
        row = QHBoxLayout(self._message_row)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.message_label, 1)
        self._message_row.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._message_row)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_history)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        context.engineReady.connect(self._on_engine_ready)
        context.bridge.taskUpdated.connect(self._on_task_updated)
        self._sync_history_actions()
        self._sync_preset_actions()
        self._on_template_current(self.templates_view.currentIndex())
        if context.ready and context.service is not None:
            self._on_engine_ready(context.service)

    # ------------------------------------------------------------------ building

    def _button(
        self, text: str, tip: str, slot: Callable[[], None], icon: QIcon | None = None
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        if icon is not None:
            button.setIcon(icon)
        button.clicked.connect(slot)
        return button

    def _view_action(
        self, view: QWidget, text: str, slot: Callable[[], None], keys: Sequence[QKeySequence] = ()
    ) -> QAction:
        """An action of a list's context menu, whose keys work while that list has focus."""
        action = QAction(text, self)
        if keys:
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        view.addAction(action)
        return action

    def _build_history(self) -> QWidget:
        page = QWidget(self)
        self.search_field = _SearchField(page)
        self.search_field.setPlaceholderText(self.tr("Search prompts"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search the prompt history"))
        self.search_field.setToolTip(self.tr("Find prompts containing these words; Down moves to the list"))
        self.search_field.textChanged.connect(self._on_search_typed)
        self.search_field.returnPressed.connect(self._on_search_return)
        self.search_field.downPressed.connect(self._on_search_down)

        self.starred_only = QToolButton(page)
        self.starred_only.setCheckable(True)
        self.starred_only.setIcon(icons.icon("star"))
        self.starred_only.setText(self.tr("Starred only"))
        self.starred_only.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.starred_only.setAccessibleName(self.tr("Show starred prompts only"))
        self.starred_only.setToolTip(self.tr("Show only the prompts you starred"))
        self.starred_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.starred_only.toggled.connect(self._on_starred_only)

        self.history_view = QTreeView(page)
        self.history_view.setModel(self.history_model)
        self.history_view.setRootIsDecorated(False)
        self.history_view.setUniformRowHeights(True)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setAllColumnsShowFocus(True)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history_view.setAccessibleName(self.tr("Prompt history"))
        self.history_view.setAccessibleDescription(
            self.tr("Enter loads the prompt with its settings, S stars it, Delete forgets it")
        )
        header = self.history_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PromptHistoryModel.PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PromptHistoryModel.USES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PromptHistoryModel.LAST_USED, QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.activated.connect(lambda _index: self.use_prompt())
        self.history_view.selectionModel().currentChanged.connect(lambda *_: self._sync_history_actions())
        self.history_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        view = self.history_view
        self.use_prompt_action = self._view_action(view, self.tr("Use This Prompt"), self.use_prompt)
        self.use_prompt_action.setIcon(icons.icon("re-run"))
        self.star_action = self._view_action(
            view, self.tr("Star"), self.toggle_star, [QKeySequence(Qt.Key.Key_S)]
        )
        self.star_action.setIcon(icons.icon("star"))
        self.copy_prompt_action = self._view_action(
            view, self.tr("Copy Prompt"), self._on_copy_prompt, [QKeySequence(QKeySequence.StandardKey.Copy)]
        )
        self.copy_prompt_action.setIcon(icons.icon("copy"))
        self.forget_action = self._view_action(
            view, self.tr("Forget"), self.forget_prompt, [QKeySequence(Qt.Key.Key_Delete)]
        )
        self.forget_action.setIcon(icons.icon("trash"))

        self.history_empty = QLabel(page)
        self.history_empty.setWordWrap(True)
        self.history_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.history_empty.setAccessibleName(self.tr("Prompt history is empty"))
        self._history_stack = QStackedWidget(page)
        self._history_stack.addWidget(self.history_view)
        self._history_stack.addWidget(self.history_empty)

        self.use_button = self._button(
            self.tr("Use"),
            self.tr("Load the prompt with the settings it was last sent with (Enter)"),
            self.use_prompt,
        )
        self.star_button = self._button(
            self.tr("Star"), self.tr("Star or unstar the prompt (S)"), self.toggle_star, icons.icon("star")
        )
        self.forget_button = self._button(
            self.tr("Forget"),
            self.tr("Remove the prompt from the history (Delete)"),
            self.forget_prompt,
            icons.icon("trash"),
        )

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.starred_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.star_button)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self._history_stack, 1)
        layout.addLayout(buttons)
        return page

    def _build_presets(self) -> QWidget:
        page = QWidget(self)
        self.presets_view = QListView(page)
        self.presets_view.setModel(self.preset_model)
        self.presets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.presets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.presets_view.setAccessibleName(self.tr("Presets"))
        self.presets_view.setAccessibleDescription(
            self.tr("Enter applies the preset, F2 renames it, Delete deletes it")
        )
        self.presets_view.activated.connect(lambda _index: self.apply_preset())
        self.presets_view.selectionModel().currentChanged.connect(lambda *_: self._sync_preset_actions())
        self.presets_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view = self.presets_view
        self.apply_preset_action = self._view_action(view, self.tr("Apply"), self.apply_preset)
        self.rename_preset_action = self._view_action(
            view, self.tr("Rename…"), self.rename_preset, [QKeySequence(Qt.Key.Key_F2)]
        )
        self.rename_preset_action.setIcon(icons.icon("edit"))
        self.delete_preset_action = self._view_action(
            view, self.tr("Delete…"), self.delete_preset, [QKeySequence(Qt.Key.Key_Delete)]
        )
        self.delete_preset_action.setIcon(icons.icon("trash"))

        self.presets_empty = QLabel(
            self.tr("No presets yet. Set up the form, then “Save current…” keeps its prompt and settings."),
            page,
        )
        self.presets_empty.setWordWrap(True)
        self.presets_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.presets_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._presets_stack = QStackedWidget(page)
        self._presets_stack.addWidget(self.presets_view)
        self._presets_stack.addWidget(self.presets_empty)

        self.preset_details = QLabel(page)
        self.preset_details.setWordWrap(True)
        self.preset_details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.preset_details.setAccessibleName(self.tr("Preset settings"))
        self.preset_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_preset_button = self._button(
            self.tr("Save current…"),
            self.tr("Save the form's prompt and settings as a named preset"),
            self.save_preset,
        )
        self.apply_preset_button = self._button(
            self.tr("Apply"),
            self.tr("Put the preset's prompt and settings into the form (Enter)"),
            self.apply_preset,
        )
        self.rename_preset_button = self._button(
            self.tr("Rename…"),
            self.tr("Give the preset another name (F2)"),
            self.rename_preset,
            icons.icon("edit"),
        )
        self.delete_preset_button = self._button(
            self.tr("Delete…"), self.tr("Delete the preset (Delete)"), self.delete_preset, icons.icon("trash")
        )
        self.export_button = self._button(
            self.tr("Export…"),
            self.tr("Save the presets and the prompt history to a JSON file"),
            self.export_file,
        )
        self.import_button = self._button(
            self.tr("Import…"), self.tr("Add presets and prompt history from a JSON file"), self.import_file
        )

        actions = QHBoxLayout()
        actions.addWidget(self.save_preset_button)
        actions.addWidget(self.apply_preset_button)
        actions.addStretch(1)
        actions.addWidget(self.rename_preset_button)
        actions.addWidget(self.delete_preset_button)
        transfer_row = QHBoxLayout()
        transfer_label = QLabel(self.tr("Presets and history:"), page)
        transfer_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        transfer_row.addWidget(transfer_label)
        transfer_row.addWidget(self.export_button)
        transfer_row.addWidget(self.import_button)
        transfer_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._presets_stack, 1)
        layout.addWidget(self.preset_details)
        layout.addLayout(actions)
        layout.addLayout(transfer_row)
        return page

    def _build_templates(self) -> QWidget:
        page = QWidget(self)
        self.templates_view = QListView(page)
        self.templates_view.setModel(self.template_model)
        self.templates_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templates_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templates_view.setAccessibleName(self.tr("Templates"))
        self.templates_view.setAccessibleDescription(self.tr("Enter puts the template into the prompt"))
        self.templates_view.activated.connect(lambda _index: self.use_template())
        self.templates_view.selectionModel().currentChanged.connect(self._on_template_current)

        self.template_preview = QLabel(page)
        self.template_preview.setWordWrap(True)
        self.template_preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.template_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_preview.setAccessibleName(self.tr("Template text"))
        self.template_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.template_preview.setMargin(6)

        hint = QLabel(self.tr("Replace the parts in [brackets] with your own."), page)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.use_template_button = self._button(
            self.tr("Use template"),
            self.tr("Put the template into the prompt editor (Enter)"),
            self.use_template,
        )
        self.templates_view.setCurrentIndex(self.template_model.index(0, 0))
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.use_template_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.templates_view, 2)
        layout.addWidget(self.template_preview, 3)
        layout.addLayout(buttons)
        return page

    # ------------------------------------------------------------------ loading

    def _store(self) -> Store | None:
        """The running service's store, or None after telling the user it is not open yet."""
        engine = self._context.engine
        if engine is None:
            self._show(self.tr("OmniDesk is still opening the service. Try again in a moment."), error=True)
            return None
        return engine.store

    def reload(self) -> None:
        """Read the history and the presets again (on workers)."""
        self.reload_history()
        self.reload_presets()

    def reload_history(self) -> None:
        """Read the prompt history again with the current search and star filter."""
        self._search_timer.stop()
        engine = self._context.engine
        if engine is None:
            return
        self._history_generation += 1
        generation = self._history_generation
        current = self.current_prompt()
        if current is not None and self._select_prompt is None:
            self._select_prompt = current.text
        self._history_loading = True
        self._context.background.run(
            engine.store.prompt_history,
            self.search_field.text().strip(),
            limit=None,
            starred_only=self.starred_only.isChecked(),
            on_done=partial(self._on_history_loaded, generation),
            on_error=partial(self._on_history_failed, generation),
        )

    def reload_presets(self) -> None:
        engine = self._context.engine
        if engine is None:
            return
        self._presets_generation += 1
        generation = self._presets_generation
        current = self.current_preset()
        if current is not None and self._select_preset is None:
            self._select_preset = current.name
        self._context.background.run(
            engine.store.presets,
            on_done=partial(self._on_presets_loaded, generation),
            on_error=partial(self._on_presets_failed, generation),
        )

    def _on_engine_ready(self, _service: Service) -> None:
        self._seen_new.clear()
        self.reload()

    def _on_task_updated(self, event: TaskUpdated) -> None:
        record = event.record
        # A submission's first event is the one written with it (created == updated): its
        # prompt has just been counted. Later events of the same task change nothing here.
        if record.created_at == record.updated_at and record.id not in self._seen_new:
            self._seen_new.add(record.id)
            self._reload_timer.start()

    def _on_history_loaded(self, generation: int, rows: list[PromptUse]) -> None:
        if generation != self._history_generation:
            return  # an older search, overtaken by what the user typed since
        self._history_loading = False
        wanted = self._select_prompt
        self._select_prompt = None
        self.history_model.set_rows(rows)
        row = self.history_model.row_of(wanted) if wanted is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.history_view.setCurrentIndex(self.history_model.index(row, 0))
        self._update_history_empty()
        self._sync_history_actions()
        self.historyLoaded.emit()

    def _on_history_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._history_generation:
            return
        self._history_loading = False
        log.error("could not read the prompt history", exc_info=exc)
        self._show(
            self.tr("The prompt history could not be read: {reason}").format(reason=describe_error(exc)),
            error=True,
        )

    def _on_presets_loaded(self, generation: int, rows: list[Preset]) -> None:
        if generation != self._presets_generation:
            return
        wanted = self._select_preset
        self._select_preset = None
        self.preset_model.set_rows(rows)
        row = self.preset_model.row_of(wanted) if wanted is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.presets_view.setCurrentIndex(self.preset_model.index(row, 0))
        self._presets_stack.setCurrentWidget(self.presets_view if rows else self.presets_empty)
        self._sync_preset_actions()
        self.presetsLoaded.emit()

    def _on_presets_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._presets_generation:
            return
        log.error("could not read the presets", exc_info=exc)
        self._show(
            self.tr("The presets could not be read: {reason}").format(reason=describe_error(exc)), error=True
        )

    def _update_history_empty(self) -> None:
        if self.history_model.rowCount() > 0:
            self._history_stack.setCurrentWidget(self.history_view)
            return
        search = self.search_field.text().strip()
        if search:
            text = self.tr("No prompt contains “{search}”.").format(search=search)
        elif self.starred_only.isChecked():
            text = self.tr("No starred prompts yet. Star one with S or from its menu.")
        else:
            text = self.tr("No prompts yet. Every prompt you send is kept here, with how often you used it.")
        self.history_empty.setText(text)
        self._history_stack.setCurrentWidget(self.history_empty)

    # ------------------------------------------------------------------ history

    def current_prompt(self) -> PromptUse | None:
        index = self.history_view.currentIndex()
        if not index.isValid():
            return None
        return self.history_model.use(index.row())

    def _on_search_typed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_return(self) -> None:
        if self._search_timer.isActive() or self._history_loading:
            # The list still shows an older search: use what the user typed for, once it is there.
            self._search_timer.stop()
            self.reload_history()
            self.historyLoaded.connect(self._use_after_search, Qt.ConnectionType.SingleShotConnection)
            return
        self.use_prompt()

    def _use_after_search(self) -> None:
        if self.history_model.rowCount() > 0:
            self.use_prompt()

    def _on_search_down(self) -> None:
        if self.history_model.rowCount() == 0:
            return
        self.history_view.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.history_view.currentIndex().isValid():
            self.history_view.setCurrentIndex(self.history_model.index(0, 0))

    def _on_starred_only(self, _on: bool) -> None:
        self.reload_history()

    def use_prompt(self) -> None:
        """Load the current prompt with the parameters it was last sent with (``loadRequested``)."""
        use = self.current_prompt()
        store = self._store() if use is not None else None
        if use is None or store is None:
            return
        self._context.background.run(
            request_for_prompt,
            store,
            use.text,
            on_done=self._on_prompt_request,
            on_error=partial(self._on_failed, self.tr("The prompt's settings could not be read")),
        )

    def _on_prompt_request(self, loaded: LoadedRequest) -> None:
        request, local_images = loaded
        self.loadRequested.emit(request, tuple(local_images))

    def toggle_star(self) -> None:
        """Star the current prompt, or unstar it."""
        use = self.current_prompt()
        store = self._store() if use is not None else None
        if use is None or store is None:
            return
        self._select_prompt = use.text
        self._context.background.run(
            store.set_prompt_starred,
            use.text,
            not use.starred,
            on_done=lambda _use: self.reload_history(),
            on_error=partial(self._on_failed, self.tr("The star could not be saved")),
        )

    def forget_prompt(self) -> None:
        """Remove the current prompt from the history (the results made with it stay)."""
        use = self.current_prompt()
        store = self._store() if use is not None else None
        if use is None or store is None:
            return
        row = self.history_view.currentIndex().row()
        following = self.history_model.rowCount() > row + 1
        neighbour = (
            self.history_model.use(row + 1 if following else row - 1)
            if self.history_model.rowCount() > 1
            else None
        )
        self._select_prompt = neighbour.text if neighbour is not None else None

        def done(_none: None) -> None:
            self._show(self.tr("Forgot the prompt “{prompt}”.").format(prompt=_short(use.text)))
            self.reload_history()

        self._context.background.run(
            store.forget_prompt,
            use.text,
            on_done=done,
            on_error=partial(self._on_failed, self.tr("The prompt could not be forgotten")),
        )

    def _on_copy_prompt(self) -> None:
        use = self.current_prompt()
        if use is not None:
            QGuiApplication.clipboard().setText(use.text)

    def _sync_history_actions(self) -> None:
        use = self.current_prompt()
        has = use is not None
        for widget in (self.use_button, self.star_button, self.forget_button):
            widget.setEnabled(has)
        for action in (self.use_prompt_action, self.star_action, self.copy_prompt_action, self.forget_action):
            action.setEnabled(has)
        starred = bool(use and use.starred)
        star_text = self.tr("Unstar") if starred else self.tr("Star")
        self.star_action.setText(star_text)
        self.star_button.setText(star_text)
        self.star_button.setAccessibleName(star_text)
        self.star_button.setIcon(icons.icon("star-filled" if starred else "star"))

    # ------------------------------------------------------------------ presets

    def current_preset(self) -> Preset | None:
        index = self.presets_view.currentIndex()
        if not index.isValid():
            return None
        return self.preset_model.rows()[index.row()]

    def save_preset(self) -> None:
        """Ask a name and save the form's request under it (asking before replacing a preset)."""
        try:
            request, local_images = self._current_request()
        except Exception as exc:  # the form's own problem: say it, save nothing
            log.warning("no current request to save", exc_info=exc)
            self._show(
                self.tr("The form's settings could not be read: {reason}").format(reason=describe_error(exc)),
                error=True,
            )
            return
        if not request.prompt.strip():
            self._show(
                self.tr("Write a prompt first: a preset keeps a prompt with its settings."), error=True
            )
            return
        name = self.ask_text(
            self.tr("Save Preset"), self.tr("Name of the preset:"), _short(request.prompt, 32).rstrip("…")
        )
        if name is None:
            return
        name = name.strip()
        if not name:
            self._show(self.tr("A preset needs a name. Nothing was saved."), error=True)
            return
        if name in self.preset_model.names() and not self.confirm(
            self.tr("Replace Preset"),
            self.tr("A preset named “{name}” exists. Replace it with the form's prompt and settings?").format(
                name=name
            ),
        ):
            return
        store = self._store()
        if store is None:
            return
        self._select_preset = name

        def done(preset: Preset) -> None:
            self._show(self.tr("Saved the preset “{name}”.").format(name=preset.name))
            self.reload_presets()

        self._context.background.run(
            store.save_preset,
            name,
            request,
            tuple(local_images),
            now=time.time(),
            on_done=done,
            on_error=partial(self._on_failed, self.tr("The preset could not be saved")),
        )

    def apply_preset(self) -> None:
        """Put the current preset into the form (``loadRequested``)."""
        preset = self.current_preset()
        if preset is not None:
            self.loadRequested.emit(preset.request, tuple(preset.local_images))

    def rename_preset(self) -> None:
        preset = self.current_preset()
        if preset is None:
            return
        name = self.ask_text(self.tr("Rename Preset"), self.tr("New name of the preset:"), preset.name)
        if name is None:
            return
        name = name.strip()
        if not name or name == preset.name:
            return
        if name in self.preset_model.names() and not self.confirm(
            self.tr("Replace Preset"),
            self.tr("A preset named “{name}” exists. Replace it with “{old}”?").format(
                name=name, old=preset.name
            ),
        ):
            return
        store = self._store()
        if store is None:
            return
        self._select_preset = name

        def done(renamed: Preset) -> None:
            self._show(self.tr("Renamed “{old}” to “{name}”.").format(old=preset.name, name=renamed.name))
            self.reload_presets()

        self._context.background.run(
            rename_preset,
            store,
            preset,
            name,
            on_done=done,
            on_error=partial(self._on_failed, self.tr("The preset could not be renamed")),
        )

    def delete_preset(self) -> None:
        preset = self.current_preset()
        if preset is None:
            return
        if not self.confirm(
            self.tr("Delete Preset"),
            self.tr("Delete the preset “{name}”? This cannot be undone.").format(name=preset.name),
        ):
            return
        store = self._store()
        if store is None:
            return
        row = self.presets_view.currentIndex().row()
        rows = self.preset_model.rows()
        neighbour = rows[row + 1] if row + 1 < len(rows) else rows[row - 1] if row > 0 else None
        self._select_preset = neighbour.name if neighbour is not None else None

        def done(_none: None) -> None:
            self._show(self.tr("Deleted the preset “{name}”.").format(name=preset.name))
            self.reload_presets()

        self._context.background.run(
            store.delete_preset,
            preset.name,
            on_done=done,
            on_error=partial(self._on_failed, self.tr("The preset could not be deleted")),
        )

    def _sync_preset_actions(self) -> None:
        preset = self.current_preset()
        has = preset is not None
        for widget in (self.apply_preset_button, self.rename_preset_button, self.delete_preset_button):
            widget.setEnabled(has)
        for action in (self.apply_preset_action, self.rename_preset_action, self.delete_preset_action):
            action.setEnabled(has)
        if preset is None:
            self.preset_details.clear()
            self.preset_details.hide()
        else:
            self.preset_details.setText(
                "\n".join((request_summary(preset.request), _short(preset.request.prompt, 160)))
            )
            self.preset_details.show()

    # ------------------------------------------------------------------ files

    def export_file(self) -> None:
        """Write the presets and the whole prompt history to a JSON file the user chooses."""
        path = self.choose_file(self.tr("Export Presets and History"), True)
        if path is None:
            return
        store = self._store()
        if store is None:
            return

        def done(counts: tuple[int, int]) -> None:
            presets, prompts = counts
            self._show(
                self.tr("Exported {presets} and {prompts} to {file}.").format(
                    presets=self.tr("1 preset") if presets == 1 else self.tr("{n} presets").format(n=presets),
                    prompts=self.tr("1 prompt") if prompts == 1 else self.tr("{n} prompts").format(n=prompts),
                    file=path.name,
                )
            )

        self._context.background.run(
            export_all,
            store,
            path,
            on_done=done,
            on_error=partial(self._on_failed, self.tr("The file could not be written")),
        )

    def import_file(self) -> None:
        """Add the presets and history of a JSON file, asking first about presets whose names are taken."""
        path = self.choose_file(self.tr("Import Presets and History"), False)
        if path is None:
            return
        store = self._store()
        if store is None:
            return

        def checked(clashes: list[str]) -> None:
            replace = False
            if clashes:
                answer = self.ask_replace(clashes)
                if answer is None:
                    return
                replace = answer
            self._context.background.run(
                transfer.import_json,
                store,
                path,
                replace_presets=replace,
                on_done=partial(self._on_imported, path),
                on_error=partial(self._on_failed, self.tr("Nothing was imported")),
            )

        self._context.background.run(
            clashing_presets,
            store,
            path,
            on_done=checked,
            on_error=partial(self._on_failed, self.tr("Nothing was imported")),
        )

    def _on_imported(self, path: Path, result: transfer.ImportResult) -> None:
        parts = []
        if result.presets_added:
            n = result.presets_added
            parts.append(self.tr("1 preset added") if n == 1 else self.tr("{n} presets added").format(n=n))
        if result.presets_replaced:
            parts.append(self.tr("{n} replaced").format(n=result.presets_replaced))
        if result.presets_skipped:
            parts.append(self.tr("{n} kept").format(n=result.presets_skipped))
        if result.prompts:
            n = result.prompts
            parts.append(self.tr("1 prompt merged") if n == 1 else self.tr("{n} prompts merged").format(n=n))
        if parts:
            self._show(self.tr("From {file}: {what}.").format(file=path.name, what=", ".join(parts)))
        else:
            self._show(
                self.tr("{file} holds no presets and no prompts: nothing changed.").format(file=path.name)
            )
        self.reload()

    # ------------------------------------------------------------------ templates

    def current_template(self) -> Template | None:
        index = self.templates_view.currentIndex()
        return self.template_model.template(index.row()) if index.isValid() else None

    def use_template(self) -> None:
        """Hand the current template's text to the prompt editor (``templateRequested``)."""
        template = self.current_template()
        if template is not None:
            self.templateRequested.emit(template.text)

    def _on_template_current(self, index: AnyIndex, _previous: AnyIndex | None = None) -> None:
        template = self.template_model.template(index.row()) if index.isValid() else None
        self.template_preview.setText(template.text if template is not None else "")
        self.use_template_button.setEnabled(template is not None)

    # ------------------------------------------------------------------ messages

    def _show(self, text: str, *, error: bool = False) -> None:
        """A sentence under the tabs (and ``message`` for the status bar)."""
        self.message_label.setText(text)
        self.message_icon.setPixmap(icons.icon("error" if error else "info").pixmap(16, 16))
        self._message_row.show()
        self.message.emit(text)

    def _on_failed(self, what: str, exc: BaseException) -> None:
        if isinstance(exc, transfer.TransferError):
            reason = sentence(str(exc))
        else:
            log.error("%s", what, exc_info=exc)
            reason = describe_error(exc)
        self._show(self.tr("{what}: {reason}").format(what=what, reason=reason), error=True)

    # ------------------------------------------------------------------ default dialogs

    def _ask_text(self, title: str, label: str, value: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, value)
        return text if ok else None

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(title, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def _ask_replace(self, names: list[str]) -> bool | None:
        """Replace the presets of these names with the file's (True), keep ours (False) or cancel (None)."""
        shown = ", ".join(f"“{name}”" for name in names[:5]) + ("…" if len(names) > 5 else "")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import Presets"))
        box.setText(
            (
                self.tr("The file has a preset with a name you already use: {names}")
                if len(names) == 1
                else self.tr("The file has {n} presets with names you already use: {names}")
            ).format(n=len(names), names=shown)
        )
        box.setInformativeText(self.tr("Replace yours with the file's, or keep yours and skip those?"))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return True
        if clicked is keep:
            return False
        return None

    def _choose_file(self, title: str, saving: bool) -> Path | None:
        filters = self.tr("OmniDesk presets and history (*.json);;All files (*)")
        if saving:
            name, _ = QFileDialog.getSaveFileName(self, title, "omnidesk-presets.json", filters)
            if name and not Path(name).suffix:
                name += ".json"
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return Path(name) if name else None
