"""The embedded video player: a ``Player`` facade over QMediaPlayer (``facade.py``)
and ``PlayerPanel``, the video area with its controls and the clip's details (``widget.py``).

Widgets talk to ``Player`` only, never to QMediaPlayer: it survives a missing
multimedia backend, turns media errors into sentences a user can act on, and
releases a file before the library moves or deletes it.
"""
