"""The library of result videos: a poster grid with search, sort, marks and deletion.

``LibraryView`` (``ui.library.view``) is the widget; ``LibraryModel`` and
``LibraryFilter`` (``ui.library.model``) are its item models; posters come
from ``PosterCache`` (``ui.posters``, shared with the queue), cells are painted by
``LibraryDelegate`` (``ui.library.delegate``).
"""
