"""``CompareCell``: one clip of a comparison — its video, what differs, its cost, its winner button.

The picture is a QVideoWidget (letterboxed by Qt in its cell); a clip that
cannot play shows the player's sentence in its place instead. Under it, the
prompt as a word diff against the first clip (scrolls past a few lines, so a
long prompt never squeezes the picture away) and the settings that differ.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent, QTextDocument
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omnidesk.engine.library import LibraryItem
from ui import icons
from ui.compare.labels import CellText

# The prompt shows this many lines before it scrolls.
PROMPT_LINES = 3
MIN_VIDEO = QSize(160, 90)
MARGIN = 4


class _PromptText(QTextBrowser):
    """Read-only rich text that looks like a label on the window and is as tall as its text
    (up to PROMPT_LINES lines; it scrolls beyond)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTabChangesFocus(True)  # Tab moves on, as from a label; there are no links to visit
        self.document().setDocumentMargin(0)
        # On the window's background, in the window's text colour (not a text field's).
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.WindowText))
        self.setPalette(palette)
        self._html = ""
        # Height by width: the grid asks for several widths on every resize.
        self._heights: dict[int, int] = {}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._heights.clear()
        super().changeEvent(event)

    def set_html(self, text: str) -> None:
        self._html = text
        self._heights.clear()
        self.setHtml(text)

    def html_text(self) -> str:
        """The rich text as given (``toHtml`` would return Qt's rewrite of it)."""
        return self._html

    def height_for(self, width: int) -> int:
        known = self._heights.get(width)
        if known is None:
            known = self._heights[width] = self._measure(width)
        return known

    def _measure(self, width: int) -> int:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self._html)
        document.setTextWidth(max(1, width - 2 * self.frameWidth()))
        line = self.fontMetrics().lineSpacing()
        most = PROMPT_LINES * line + 2
        return min(max(line, round(document.size().height())), most) + 2 * self.frameWidth()


class _ElidedLabel(QLabel):
    """One line cut with "…" to the width it gets (the whole text in its tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setToolTip(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))


class CompareCell(QWidget):
    """One clip of the comparison.

    Signals:

    - ``winnerRequested(int)``: the winner button was pressed; carries the cell's index (0-based).

    ``video_widget`` is where the clip's ``Player`` renders in the grid view.
    """

    winnerRequested = Signal(int)

    def __init__(self, index: int, item: LibraryItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.item = item
        number = index + 1
        self.setObjectName(f"compareCell{number}")
        self.setAccessibleName(self.tr("Clip {number}").format(number=number))

        self._badge = QLabel(str(number))
        self._badge.setObjectName("compareBadge")
        self._badge.setAccessibleName(self.tr("Clip number"))
        font = self._badge.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self._badge.setFont(font)
        self._badge.setToolTip(self.tr("Clip {number} (press {number} to pick it)").format(number=number))
        # The file's name, quiet: the badge is what the keys refer to.
        self._title = _ElidedLabel(item.video.name)
        self._title.setObjectName("compareFileName")
        self._title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._state = QLabel()
        self._state.setObjectName("compareState")
        self._state.setAccessibleName(self.tr("Choice"))
        self._cost = QLabel()
        self._cost.setObjectName("compareCost")
        self._cost.setAccessibleName(self.tr("Cost"))
        self._cost.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._pick = QToolButton()
        self._pick.setObjectName("compareWinnerButton")
        self._pick.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._pick.setAutoRaise(True)
        self._pick.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pick.clicked.connect(self._on_pick)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._badge)
        header.addWidget(self._state)
        header.addWidget(self._title, 1)
        header.addWidget(self._cost)
        header.addWidget(self._pick)

        self.video_widget = QVideoWidget()
        self.video_widget.setObjectName("compareVideo")
        self.video_widget.setAccessibleName(self.tr("Video of clip {number}").format(number=number))
        self.video_widget.setMinimumSize(MIN_VIDEO)
        self.video_widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.video_widget.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._notice = QLabel()
        self._notice.setObjectName("compareNotice")
        self._notice.setAccessibleName(self.tr("Message for clip {number}").format(number=number))
        self._notice.setWordWrap(True)
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._notice_icon = QLabel()
        self._notice_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        notice_page = QWidget()
        notice_layout = QVBoxLayout(notice_page)
        notice_layout.addStretch(1)
        notice_layout.addWidget(self._notice_icon)
        notice_layout.addWidget(self._notice)
        notice_layout.addStretch(1)
        self._screen = QStackedWidget()
        self._screen.addWidget(notice_page)
        self._screen.addWidget(self.video_widget)
        self._screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

        self._prompt = _PromptText()
        self._prompt.setObjectName("comparePrompt")
        self._prompt.setAccessibleName(
            self.tr("Prompt of clip {number}, compared with clip 1").format(number=number)
            if index
            else self.tr("Prompt of clip 1")
        )
        self._settings = QLabel()
        self._settings.setObjectName("compareSettings")
        self._settings.setAccessibleName(self.tr("Settings of clip {number}").format(number=number))
        self._settings.setWordWrap(True)
        self._settings.setTextFormat(Qt.TextFormat.PlainText)
        self._settings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Prompt and settings in one block whose height the grid sets, the same in every cell,
        # so the pictures of a row line up whatever the length of each prompt.
        self._info = QWidget()
        info_layout = QVBoxLayout(self._info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        info_layout.setSpacing(MARGIN)
        info_layout.addWidget(self._prompt)
        info_layout.addWidget(self._settings)
        info_layout.addStretch(1)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._layout.setSpacing(MARGIN)
        self._layout.addLayout(header)
        self._layout.addWidget(self._screen, 1)
        self._layout.addWidget(self._info)

        self.show_notice(self.tr("Loading…"))
        self.set_choice(winner=False, archived=item.metadata.archived)

    # ------------------------------------------------------------------ API

    def set_text(self, text: CellText) -> None:
        self._prompt.set_html(text.prompt_html)
        self._settings.setText(text.settings)
        self._settings.setToolTip(text.settings)
        self._cost.setText(text.cost)
        self._fit_prompt()

    def prompt_html(self) -> str:
        return self._prompt.html_text()

    def settings_text(self) -> str:
        return self._settings.text()

    def cost_text(self) -> str:
        return self._cost.text()

    def notice_text(self) -> str:
        """What the cell says instead of a picture ("" while it shows video)."""
        return self._notice.text() if self._screen.currentIndex() == 0 else ""

    def show_video(self) -> None:
        self._screen.setCurrentWidget(self.video_widget)

    def show_notice(self, text: str, *, warning: bool = False) -> None:
        self._notice.setText(text)
        self._notice.setForegroundRole(
            QPalette.ColorRole.WindowText if warning else QPalette.ColorRole.PlaceholderText
        )
        if warning:
            self._notice_icon.setPixmap(icons.icon("warning").pixmap(32, 32))
            self._notice_icon.show()
        else:
            self._notice_icon.clear()
            self._notice_icon.hide()
        self._screen.setCurrentIndex(0)

    def set_choice(self, *, winner: bool, archived: bool) -> None:
        """Show whether this clip is the winner, or was archived."""
        number = self.index + 1
        # The winner says so on its button; an archived clip says so beside its number.
        self._state.setText(self.tr("Archived") if archived and not winner else "")
        self._state.setVisible(archived and not winner)
        self._pick.setIcon(icons.icon("star-filled" if winner else "star"))
        self._pick.setText(self.tr("Winner") if winner else self.tr("Pick"))
        self._pick.setAccessibleName(
            self.tr("Clip {number} is the winner").format(number=number)
            if winner
            else self.tr("Pick clip {number} as the winner").format(number=number)
        )
        self._pick.setToolTip(self.tr("Star clip {number} as the winner ({number})").format(number=number))

    def set_pick_enabled(self, enabled: bool) -> None:
        self._pick.setEnabled(enabled)

    def header_height(self) -> int:
        return max(
            self._badge.sizeHint().height(), self._pick.sizeHint().height(), self._cost.sizeHint().height()
        )

    def info_height(self, width: int) -> int:
        """Height the prompt and settings need when the cell is ``width`` wide."""
        inner = max(1, width - 2 * MARGIN)
        settings = max(0, self._settings.heightForWidth(inner)) if self._settings.text() else 0
        return self._prompt.height_for(inner) + MARGIN + settings

    def chrome_height(self, info_height: int) -> int:
        """Height of everything but the picture, with an info block ``info_height`` tall."""
        return self.header_height() + info_height + 2 * MARGIN + 2 * MARGIN

    def set_info_height(self, height: int) -> None:
        if self._info.height() != height or self._info.maximumHeight() != height:
            self._info.setFixedHeight(height)

    def video_rect_in(self, ancestor: QWidget) -> tuple[int, int, int, int]:
        """The picture area's geometry in ``ancestor``'s coordinates (x, y, width, height)."""
        top_left = self._screen.mapTo(ancestor, self._screen.rect().topLeft())
        return (top_left.x(), top_left.y(), self._screen.width(), self._screen.height())

    # ------------------------------------------------------------------ events

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_prompt()

    def _fit_prompt(self) -> None:
        height = self._prompt.height_for(max(1, self.width() - 2 * MARGIN))
        if self._prompt.height() != height:
            self._prompt.setFixedHeight(height)

    def _on_pick(self) -> None:
        self.winnerRequested.emit(self.index)
