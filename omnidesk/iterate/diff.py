"""What changed from one version of a generation to the next.

``word_diff`` compares two prompts word by word (punctuation stays with its
word, runs of white space count as one), so a creator sees at a glance which
words were added, removed or kept. ``parameter_changes`` lists the settings
that differ between two requests, in the words the form uses.
"""

from __future__ import annotations

import difflib
import enum
import re
from dataclasses import dataclass

from omnidesk.api.models import GenerationRequest, Mode

_WORD = re.compile(r"\S+")


class Change(enum.StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class Piece:
    """A run of words that were kept, added or removed."""

    change: Change
    text: str


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_diff(old: str, new: str) -> list[Piece]:
    """The pieces that turn ``old`` into ``new``, in reading order (removals before additions)."""
    before, after = words(old), words(new)
    # Compared case-folded, so "Fox" -> "fox" is not a change worth showing; shown as in the new text.
    matcher = difflib.SequenceMatcher(
        a=[w.casefold() for w in before], b=[w.casefold() for w in after], autojunk=False
    )
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece(Change.SAME, " ".join(after[j1:j2])))
            continue
        if i2 > i1:
            pieces.append(Piece(Change.REMOVED, " ".join(before[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(Change.ADDED, " ".join(after[j1:j2])))
    return pieces


def diff_html(pieces: list[Piece], *, added: str, removed: str) -> str:
    """The pieces as rich text for a Qt label: additions in ``added`` colour, removals struck
    through in ``removed`` colour (colours come from the caller's palette)."""
    import html

    out = []
    for piece in pieces:
        text = html.escape(piece.text)
        if piece.change is Change.ADDED:
            out.append(f'<span style="color:{added}; font-weight:600">{text}</span>')
        elif piece.change is Change.REMOVED:
            out.append(f'<span style="color:{removed}; text-decoration:line-through">{text}</span>')
        else:
            out.append(text)
    return " ".join(out)


@dataclass(frozen=True)
class ParameterChange:
    name: str  # "mode", "duration", "resolution", "aspect", "images", "video"
    old: str
    new: str


def _duration(request: GenerationRequest) -> str:
    return (
        "from the video"
        if request.mode is Mode.VIDEO or request.duration is None
        else f"{request.duration} s"
    )


def parameter_changes(old: GenerationRequest, new: GenerationRequest) -> list[ParameterChange]:
    """The settings that differ (the prompt aside), as plain values."""
    pairs = [
        ("mode", old.mode.label, new.mode.label),
        ("duration", _duration(old), _duration(new)),
        ("resolution", old.resolution.lower(), new.resolution.lower()),
        ("aspect", old.aspect_ratio, new.aspect_ratio),
        ("images", str(len(old.image_urls)), str(len(new.image_urls))),
        (
            "video",
            old.video_urls[0] if old.video_urls else "none",
            new.video_urls[0] if new.video_urls else "none",
        ),
    ]
    if old.image_urls != new.image_urls and len(old.image_urls) == len(new.image_urls):
        pairs[4] = ("images", f"{len(old.image_urls)} (other)", f"{len(new.image_urls)} (changed)")
    return [ParameterChange(name, a, b) for name, a, b in pairs if a != b]
