"""Prompt iteration, Qt-free: what changed between versions, expanding variations and
prompt matrices, spend totals, templates, presets and history in and out as JSON, and
exporting a result with its metadata embedded."""
