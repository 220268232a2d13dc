"""How one cell of the library grid is painted: poster (letterboxed), short prompt, details, marks.

Marks on the poster: a star for a favourite (top right), a stack for a result
made in a batch (bottom left), and an archived result, when shown at all, is
dimmed with a box in its top left corner.

Every cell has the same size (the grid uses uniform item sizes), so the view
lays out thousands of rows without asking each one. Painting a cell is what
asks for its poster (``DecorationRole``); cells off screen are never painted,
so their posters are never made. Colours come from the palette.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui import icons
from ui.library.model import MAX_RATING, LibraryModel
from ui.posters import DEFAULT_POSTER_SIZE

MARGIN = 6
TEXT_GAP = 4
LINE_GAP = 2
STAR = "★"
# The badges sit on a plate of the window's colour.
_BADGE_ROLE = QPalette.ColorRole.WindowText

AnyIndex = QModelIndex | QPersistentModelIndex


class LibraryDelegate(QStyledItemDelegate):
    """Paints a library cell. No signals."""

    def __init__(self, parent: QWidget | None = None, *, poster_size: QSize = DEFAULT_POSTER_SIZE) -> None:
        super().__init__(parent)
        self._poster = QSize(poster_size)

    # ------------------------------------------------------------------ geometry

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        details = QFont(option.font)
        if details.pointSizeF() > 0:
            details.setPointSizeF(max(6.0, details.pointSizeF() * 0.88))
        return title, details

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        title, details = self._fonts(option)
        text_height = QFontMetrics(title).height() + LINE_GAP + QFontMetrics(details).height()
        return QSize(
            self._poster.width() + 2 * MARGIN,
            MARGIN + self._poster.height() + TEXT_GAP + text_height + MARGIN,
        )

    def poster_rect(self, cell: QRect) -> QRect:
        """Where the poster box lies in a cell (for tests and hit checks)."""
        return QRect(cell.left() + MARGIN, cell.top() + MARGIN, self._poster.width(), self._poster.height())

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        try:
            # Selection and hover look as the platform draws them.
            panel = QStyleOptionViewItem(option)
            panel.viewItemPosition = QStyleOptionViewItem.ViewItemPosition.OnlyOne
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, widget)

            box = self.poster_rect(option.rect)
            # Letterbox bars: the palette's darkest role, so a poster of either
            # orientation sits in the same box in light and dark themes.
            painter.fillRect(box, palette.color(QPalette.ColorRole.Shadow))
            pixmap = index.data(Qt.ItemDataRole.DecorationRole)
            if isinstance(pixmap, QPixmap) and not pixmap.isNull():
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawPixmap(_fitted(pixmap, box), pixmap, QRectF(pixmap.rect()))
            # A hairline keeps the box's shape where the bars meet a background as dark.
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box.adjusted(0, 0, -1, -1))
            archived = bool(index.data(LibraryModel.ArchivedRole))
            if archived:
                # Set aside: it stays legible, but reads as out of the running.
                veil = palette.color(QPalette.ColorRole.Window)
                veil.setAlpha(150)
                painter.fillRect(box, veil)
                self._paint_badge(painter, box, palette, icons.icon("archive", _BADGE_ROLE), top=True)
            if index.data(LibraryModel.BatchRole):
                self._paint_badge(painter, box, palette, icons.icon("batch", _BADGE_ROLE), top=False)
            if index.data(LibraryModel.FavouriteRole):
                self._paint_favourite(painter, box, palette, option)

            title_font, details_font = self._fonts(option)
            text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            detail_role = (
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            )
            top = box.bottom() + 1 + TEXT_GAP
            width = box.width()

            title_metrics = QFontMetrics(title_font)
            title_rect = QRect(box.left(), top, width, title_metrics.height())
            painter.setFont(title_font)
            painter.setPen(palette.color(text_role))
            title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            painter.drawText(
                title_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, width),
            )

            details_metrics = QFontMetrics(details_font)
            details_rect = QRect(
                box.left(), title_rect.bottom() + 1 + LINE_GAP, width, details_metrics.height()
            )
            painter.setFont(details_font)
            rating = int(index.data(LibraryModel.RatingRole) or 0)
            stars = ""
            if rating:
                stars = STAR * rating + "☆" * (MAX_RATING - rating)
                painter.setPen(palette.color(text_role))
                painter.drawText(
                    details_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), stars
                )
            room = width - (details_metrics.horizontalAdvance(stars) + MARGIN if stars else 0)
            painter.setPen(palette.color(detail_role))
            details = str(index.data(LibraryModel.DetailsRole) or "")
            painter.drawText(
                QRect(details_rect.left(), details_rect.top(), max(0, room), details_rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                details_metrics.elidedText(details, Qt.TextElideMode.ElideRight, max(0, room)),
            )

            if option.state & QStyle.StateFlag.State_HasFocus:
                focus = QStyleOptionViewItem(option)
                focus.rect = option.rect.adjusted(1, 1, -1, -1)
                style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
        finally:
            painter.restore()

    def _paint_badge(
        self, painter: QPainter, box: QRect, palette: QPalette, icon: QIcon, *, top: bool
    ) -> None:
        """A small icon on a rounded plate in a corner of the poster (left side)."""
        side = 20
        plate = QRect(box.left() + 4, box.top() + 4 if top else box.bottom() - side - 3, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(plate, 4, 4)
        icon.paint(painter, plate.adjusted(3, 3, -3, -3))
        painter.restore()

    def _paint_favourite(
        self, painter: QPainter, box: QRect, palette: QPalette, option: QStyleOptionViewItem
    ) -> None:
        font = QFont(option.font)
        font.setPointSizeF(max(8.0, (font.pointSizeF() if font.pointSizeF() > 0 else 9.0) * 1.2))
        metrics = QFontMetrics(font)
        side = metrics.height() + 4
        badge = QRect(box.right() - side - 3, box.top() + 4, side, side)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        painter.drawEllipse(badge)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), STAR)


def _fitted(pixmap: QPixmap, box: QRect) -> QRectF:
    """The pixmap's rectangle, centred in ``box`` and scaled to fit it (aspect kept)."""
    size = pixmap.deviceIndependentSize()
    width, height = size.width(), size.height()
    if width <= 0 or height <= 0:
        return QRectF(box)
    scale = min(box.width() / width, box.height() / height)
    width, height = width * scale, height * scale
    return QRectF(
        box.left() + (box.width() - width) / 2,
        box.top() + (box.height() - height) / 2,
        width,
        height,
    )
