"""Built-in prompt templates that follow the docs' structure: scene, subject, action,
environment, camera movement, visual style, audio cues. Each is a starting point the
creator edits: the bracketed parts are the ones to replace."""

from __future__ import annotations

from dataclasses import dataclass

from omnidesk.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Template:
    name: str
    text: str


TEMPLATES: tuple[Template, ...] = (
    Template(
        QT_TRANSLATE_NOOP("Templates", "Structured prompt"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "Scene: [where and when]. Subject: [who or what]. Action: [what happens]. "
            "Environment: [weather, light, surroundings]. Camera: [shot size and movement]. "
            "Style: [look, lens, grade]. Audio: [sounds, music, voices].",
        ),
    ),
    Template(
        QT_TRANSLATE_NOOP("Templates", "Product shot"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A [product] on [surface] in a clean studio; it slowly turns to show [detail]. "
            "Soft key light with a gentle rim light; slow orbit around the product at eye level; "
            "crisp commercial look, shallow depth of field; subtle ambient music.",
        ),
    ),
    Template(
        QT_TRANSLATE_NOOP("Templates", "Nature documentary"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "[Animal] [does what] in [habitat] at [time of day]; [weather]. "
            "Long lens, slow tracking shot at ground level; natural colours, fine film grain; "
            "wind, distant birds, [animal sounds].",
        ),
    ),
    Template(
        QT_TRANSLATE_NOOP("Templates", "Character moment"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "Close-up of [character] in [place], [emotion] as [event]. "
            "Warm practical lights, rain on the window behind; slow push-in; "
            "cinematic, anamorphic, teal and orange grade; muffled city sounds, soft piano.",
        ),
    ),
    Template(
        QT_TRANSLATE_NOOP("Templates", "Aerial establishing shot"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "Aerial view over [landscape or city] at [time of day]; [what moves below]. "
            "Drone glides forward and slowly tilts down; epic wide shot, golden light, haze; "
            "low orchestral swell, wind.",
        ),
    ),
)
