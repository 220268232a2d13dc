"""The generation panel (``GenerationPanel``): the form that makes and submits a generation.

Modules: ``panel`` (the panel and its public API), ``forms`` (one form per
mode), ``prompt_editor``, ``image_slots`` (slots that take dropped, pasted,
picked or typed images), ``params`` (duration, resolution, aspect, cost),
``errors`` (wording for what went wrong, and the area that shows it).
"""

from ui.generate.panel import GenerationPanel

__all__ = ["GenerationPanel"]
