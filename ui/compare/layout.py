"""Where the clips of a comparison go: the grid shape that shows the most picture.

Pure arithmetic (no Qt), so the choice is easy to test: for every way of
putting ``n`` cells in rows and columns, each clip is letterboxed into its
cell (below its labels) and the shape whose pictures cover the most area
wins. Two portrait clips therefore land side by side, two landscape clips
stack in a tall window and sit side by side in a wide one, and four share a
2x2 grid unless the window is very long in one direction.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Used for a clip whose shape is not known yet (the API's default aspect).
DEFAULT_ASPECT = 16 / 9


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


def aspect_of(width: int | None, height: int | None, ratio: str | None = None) -> float:
    """Width / height from a frame size, else from a ratio like ``"9:16"``, else DEFAULT_ASPECT."""
    if width and height and width > 0 and height > 0:
        return width / height
    if ratio:
        left, sep, right = ratio.partition(":")
        try:
            w, h = float(left), float(right)
        except ValueError:
            return DEFAULT_ASPECT
        if sep and w > 0 and h > 0:
            return w / h
    return DEFAULT_ASPECT


def fitted(aspect: float, width: float, height: float) -> tuple[float, float]:
    """The size of a picture of ``aspect`` letterboxed into ``width`` x ``height``."""
    if width <= 0 or height <= 0 or aspect <= 0:
        return (0.0, 0.0)
    if width / height > aspect:
        return (height * aspect, height)
    return (width, width / aspect)


def shapes(count: int) -> list[tuple[int, int]]:
    """Every (rows, columns) that holds ``count`` cells without an empty row or column."""
    found = []
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        if rows * columns - count < columns and (rows - 1) * columns < count:
            found.append((rows, columns))
    return found


def best_shape(
    aspects: Sequence[float],
    width: int,
    height: int,
    *,
    spacing: int = 0,
    label_height: Callable[[int], int] | int = 0,
) -> tuple[int, int]:
    """The (rows, columns) whose letterboxed pictures cover the most of ``width`` x ``height``.

    ``label_height`` is what each cell keeps under its picture for labels: a number, or a
    function of the cell's width (wrapped text is taller in a narrow cell). Ties go to fewer rows.
    """
    if not aspects:
        raise ValueError("nothing to lay out")
    best: tuple[float, int, tuple[int, int]] | None = None
    for rows, columns in shapes(len(aspects)):
        cell_w = (width - spacing * (columns - 1)) / columns
        labels = label_height(max(0, int(cell_w))) if callable(label_height) else label_height
        cell_h = (height - spacing * (rows - 1)) / rows - labels
        area = sum(w * h for w, h in (fitted(a, cell_w, cell_h) for a in aspects))
        key = (round(area, 3), -rows)
        if best is None or key > best[:2]:
            best = (key[0], key[1], (rows, columns))
    assert best is not None
    return best[2]


def cell_rects(count: int, rows: int, columns: int, width: int, height: int, spacing: int = 0) -> list[Rect]:
    """The cells of a ``rows`` x ``columns`` grid filled row by row; a short last row is centred."""
    cell_w = max(0, (width - spacing * (columns - 1)) // columns)
    cell_h = max(0, (height - spacing * (rows - 1)) // rows)
    rects = []
    for index in range(count):
        row, column = divmod(index, columns)
        in_row = min(columns, count - row * columns)
        # Centre a short last row instead of leaving a hole on its right.
        offset = (columns - in_row) * (cell_w + spacing) // 2
        rects.append(Rect(offset + column * (cell_w + spacing), row * (cell_h + spacing), cell_w, cell_h))
    return rects
