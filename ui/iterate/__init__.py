"""Prompt iteration in the window: history, presets and templates (``history``), the
iteration thread of a result (``lineage``), a result's notes and rating (``notes``).

The data and the rules live in ``omnidesk.iterate`` and the store; these
widgets only show them and hand every read and write to ``Background.run``.
"""
