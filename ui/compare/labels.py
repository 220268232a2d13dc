"""What each clip of a comparison is labelled with: what differs from the first clip, and the cost.

The first clip is the reference: its cell shows its prompt and its values
of the settings that differ anywhere; every other cell shows its prompt as a
word diff against the first (additions emphasised, removals struck through,
in colours the caller takes from the palette) and its own values of those
settings. Settings that are the same everywhere are not repeated.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from omnidesk.api import pricing
from omnidesk.api.models import GenerationRequest
from omnidesk.engine.library import LibraryItem, ResultMetadata
from omnidesk.iterate.diff import Change, ParameterChange, diff_html, parameter_changes, word_diff
from ui.words import mode_label

_CONTEXT = "CompareLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class CellText:
    """The labels of one cell: rich text for the prompt, plain text for the settings and the cost."""

    prompt_html: str
    settings: str
    cost: str


def setting_name(name: str) -> str:
    """The words the form uses for a setting ``parameter_changes`` names."""
    names = {
        "mode": _tr("Mode"),
        "duration": _tr("Duration"),
        "resolution": _tr("Resolution"),
        "aspect": _tr("Aspect"),
        "images": _tr("Images"),
        "video": _tr("Video"),
    }
    return names.get(name, name)


def cost_text(meta: ResultMetadata) -> str:
    """What the clip cost: the charge the task reported, else the quote, else the price table's estimate."""
    if meta.cost is not None:
        return _tr("Charged ${cost}").format(cost=f"{meta.cost:.2f}")
    quote = meta.quoted_cost
    if quote is None and meta.resolution:
        try:
            quote = pricing.estimate_cost(meta.resolution, meta.duration)
        except KeyError:
            quote = None  # a resolution this version has no price for
    if quote is None:
        return _tr("Cost unknown")
    return _tr("About ${cost} (estimate)").format(cost=f"{quote:.2f}")


def _request(meta: ResultMetadata) -> GenerationRequest | None:
    try:
        return meta.to_request()[0]
    except (TypeError, ValueError):
        return None  # a hand-edited sidecar too broken to say what was asked


def _summary(meta: ResultMetadata) -> str:
    parts = [mode_label(meta.mode)]
    if meta.resolution:
        parts.append(meta.resolution)
    if meta.duration is not None:
        parts.append(_tr("{seconds} s").format(seconds=meta.duration))
    if meta.aspect_ratio:
        parts.append(meta.aspect_ratio)
    return " · ".join(parts)


def _settings_text(values: Sequence[tuple[str, str]]) -> str:
    return " · ".join(
        _tr("{name}: {value}").format(name=setting_name(name), value=value) for name, value in values
    )


def describe(items: Sequence[LibraryItem], *, added: str, removed: str, quiet: str) -> list[CellText]:
    """The labels of every cell, the first clip being the reference.

    ``added`` and ``removed`` colour the word diff; ``quiet`` is for notes like "same prompt"
    (all ``#rrggbb`` names from the caller's palette).
    """
    if not items:
        return []
    first = items[0].metadata
    first_request = _request(first)
    changes: list[list[ParameterChange]] = []
    for item in items:
        request = _request(item.metadata)
        if first_request is None or request is None:
            changes.append([])
        else:
            changes.append(parameter_changes(first_request, request))
    # Every setting that differs somewhere, in the order parameter_changes lists them.
    differing: dict[str, str] = {}
    for found in changes:
        for change in found:
            differing.setdefault(change.name, change.old)

    texts = []
    for index, item in enumerate(items):
        meta = item.metadata
        own = {change.name: change.new for change in changes[index]}
        values = [(name, own.get(name, first_value)) for name, first_value in differing.items()]
        if not differing:
            settings = _summary(meta) if index == 0 else _tr("Same settings as clip 1")
        else:
            settings = _settings_text(values)
        texts.append(
            CellText(_prompt_html(index, first, meta, added, removed, quiet), settings, cost_text(meta))
        )
    return texts


def _note(text: str, colour: str) -> str:
    return f'<span style="color:{colour}">{html.escape(text)}</span>'


def _prompt_html(
    index: int, first: ResultMetadata, meta: ResultMetadata, added: str, removed: str, quiet: str
) -> str:
    if not meta.prompt.strip():
        return _note(_tr("No prompt recorded for this video."), quiet)
    if index == 0:
        return html.escape(meta.prompt)
    pieces = word_diff(first.prompt, meta.prompt)
    text = diff_html(pieces, added=added, removed=removed)
    if all(piece.change is Change.SAME for piece in pieces):
        return text + " " + _note(_tr("(same prompt as clip 1)"), quiet)
    return text
