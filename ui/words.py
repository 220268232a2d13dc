"""Words every part of the window uses alike: a mode's name.

One place, one translation context ("Words"): the form, the queue, the
library, the player, the thread view and Compare say it the same way. (A
task's status in words is ``ui.queue.model.status_text``.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omnidesk.api.models import Mode


def mode_label(mode: Mode | str) -> str:
    """The short name of a mode ("Text to video"); an unknown mode's value as it is."""
    labels = {
        Mode.TEXT.value: QCoreApplication.translate("Words", "Text to video"),
        Mode.FRAME.value: QCoreApplication.translate("Words", "First frame"),
        Mode.REFERENCE.value: QCoreApplication.translate("Words", "Reference images"),
        Mode.VIDEO.value: QCoreApplication.translate("Words", "Reference video"),
    }
    value = mode.value if isinstance(mode, Mode) else mode
    return labels.get(value, value)
