"""Words the core shows to people, marked for the window's translation catalogues.

The core has no Qt, so it cannot translate; it marks its fixed sentences with
``QT_TRANSLATE_NOOP(context, text)``, which returns ``text`` unchanged and is
what Qt's lupdate looks for (``python3 dev.py translations`` reads the files
listed there). The window then shows them through
``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation in ``context``."""
    return text
