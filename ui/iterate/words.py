"""The words the iteration widgets share: when a prompt was used, what a request asks for,
what changed between two versions, what a version cost.

Plain functions over core values, translated in the "Iteration" context; no
I/O, so a model may call them while answering ``data()``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.engine.store import TaskRecord
from omnidesk.iterate.diff import ParameterChange
from ui.words import mode_label


def relative_day(when: float, now: float) -> str:
    """How long ago ``when`` was, in calendar days of the local time zone: "today", "3 days ago"."""
    days = (dt.date.fromtimestamp(now) - dt.date.fromtimestamp(when)).days
    if days <= 0:
        # Later than now (a clock set back, an imported file) reads as today too: nothing to warn about.
        return QCoreApplication.translate("Iteration", "today")
    if days == 1:
        return QCoreApplication.translate("Iteration", "yesterday")
    if days < 14:
        return QCoreApplication.translate("Iteration", "{n} days ago").format(n=days)
    if days < 60:
        weeks = days // 7
        if weeks == 1:
            return QCoreApplication.translate("Iteration", "a week ago")
        return QCoreApplication.translate("Iteration", "{n} weeks ago").format(n=weeks)
    if days < 365:
        months = days // 30
        if months == 1:
            return QCoreApplication.translate("Iteration", "a month ago")
        return QCoreApplication.translate("Iteration", "{n} months ago").format(n=months)
    years = days // 365
    if years == 1:
        return QCoreApplication.translate("Iteration", "a year ago")
    return QCoreApplication.translate("Iteration", "{n} years ago").format(n=years)


def exact_time(when: float) -> str:
    """A moment as the user's locale writes a date and time (for tooltips)."""
    moment = QDateTime.fromMSecsSinceEpoch(round(when * 1000))
    return QLocale().toString(moment, QLocale.FormatType.LongFormat)


def short_time(when: float) -> str:
    moment = QDateTime.fromMSecsSinceEpoch(round(when * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def request_summary(request: GenerationRequest) -> str:
    """Mode, duration (when it is sent), resolution, aspect and inputs, on one line."""
    parts = [mode_label(request.mode)]
    if request.mode is not Mode.VIDEO and request.duration is not None:
        parts.append(QCoreApplication.translate("Iteration", "{seconds} s").format(seconds=request.duration))
    parts += [request.resolution, request.aspect_ratio]
    if request.image_urls:
        count = len(request.image_urls)
        parts.append(
            QCoreApplication.translate("Iteration", "1 image")
            if count == 1
            else QCoreApplication.translate("Iteration", "{n} images").format(n=count)
        )
    if request.video_urls:
        parts.append(QCoreApplication.translate("Iteration", "a reference video"))
    return " · ".join(parts)


def _parameter_name(name: str) -> str:
    names = {
        "mode": QCoreApplication.translate("Iteration", "mode"),
        "duration": QCoreApplication.translate("Iteration", "duration"),
        "resolution": QCoreApplication.translate("Iteration", "resolution"),
        "aspect": QCoreApplication.translate("Iteration", "aspect"),
        "images": QCoreApplication.translate("Iteration", "images"),
        "video": QCoreApplication.translate("Iteration", "video"),
    }
    return names.get(name, name)


def _parameter_value(name: str, value: str) -> str:
    """The core's plain values, in the user's language where they are words."""
    if value == "from the video":
        return QCoreApplication.translate("Iteration", "from the video")
    if value == "none":
        return QCoreApplication.translate("Iteration", "none")
    if name == "mode":
        for mode in Mode:
            if mode.label == value:
                return mode_label(mode)
    if value.endswith(" (other)"):
        return QCoreApplication.translate("Iteration", "{count} (other)").format(count=value.split(" ")[0])
    if value.endswith(" (changed)"):
        return QCoreApplication.translate("Iteration", "{count} (changed)").format(count=value.split(" ")[0])
    return value


def parameter_change_text(change: ParameterChange) -> str:
    """One change as "duration 4 s → 8 s"."""
    return QCoreApplication.translate("Iteration", "{name} {old} → {new}").format(
        name=_parameter_name(change.name),
        old=_parameter_value(change.name, change.old),
        new=_parameter_value(change.name, change.new),
    )


def parameter_changes_text(changes: list[ParameterChange] | tuple[ParameterChange, ...]) -> str:
    """Every change on one line, or that the settings stayed the same."""
    if not changes:
        return QCoreApplication.translate("Iteration", "same settings")
    return " · ".join(parameter_change_text(change) for change in changes)


def cost_text(record: TaskRecord) -> str:
    """What a version was charged, or the estimate it was quoted; "" when neither is known."""
    if record.cost is not None:
        return QCoreApplication.translate("Iteration", "charged ${cost}").format(cost=f"{record.cost:.2f}")
    if record.quoted_cost is not None:
        return QCoreApplication.translate("Iteration", "about ${cost}").format(
            cost=f"{record.quoted_cost:.2f}"
        )
    return ""


def one_line(text: str) -> str:
    """A prompt on one line (line breaks and runs of spaces as one space)."""
    return " ".join(text.split())


def sentence(text: str) -> str:
    """A core message ("x.json is not ...") ending as a sentence does (its first word may be a file
    name, so its case stays)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."
