"""Variations and prompt matrices: one action, many requests, counted and priced first.

A matrix takes several prompt lines and, for each setting, one or more
values; its requests are every combination. Nothing is sent here: the
caller shows ``count`` and ``approximate_total`` and sends only after the
user confirms. Each request is validated, so an impossible combination (a
duration for a reference video) never makes it into the list.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from omnidesk.api.models import GenerationRequest, Mode
from omnidesk.api.pricing import estimate_cost
from omnidesk.api.rules import validate

MAX_VARIATIONS = 4
# A matrix this large is almost certainly a slip (and a large bill): refused, not expanded.
MAX_MATRIX = 64


def variations(request: GenerationRequest, count: int) -> list[GenerationRequest]:
    """The same request ``count`` times (1 to MAX_VARIATIONS)."""
    if not 1 <= count <= MAX_VARIATIONS:
        raise ValueError(f"variations: choose 1 to {MAX_VARIATIONS}, not {count}")
    validate(request)
    return [request] * count


@dataclass(frozen=True)
class Matrix:
    """The axes of a prompt matrix; an empty axis keeps the base request's value."""

    prompts: tuple[str, ...] = ()
    aspect_ratios: tuple[str, ...] = ()
    resolutions: tuple[str, ...] = ()
    durations: tuple[int, ...] = ()

    @staticmethod
    def prompt_lines(text: str) -> tuple[str, ...]:
        """Non-empty lines of a text box, one prompt each."""
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def expand(self, base: GenerationRequest) -> list[GenerationRequest]:
        """Every combination, prompts varying slowest; ValueError when it is over MAX_MATRIX."""
        prompts = self.prompts or (base.prompt,)
        aspects = self.aspect_ratios or (base.aspect_ratio,)
        resolutions = self.resolutions or (base.resolution,)
        # A reference video sets its own length: durations do not multiply it.
        durations: Sequence[int | None] = (
            (None,) if base.mode is Mode.VIDEO else (self.durations or (base.duration,))
        )
        total = len(prompts) * len(aspects) * len(resolutions) * len(durations)
        if total > MAX_MATRIX:
            raise ValueError(f"that matrix makes {total} videos; at most {MAX_MATRIX} go in one batch")
        requests = []
        for prompt, aspect, resolution, duration in itertools.product(
            prompts, aspects, resolutions, durations
        ):
            request = replace(
                base, prompt=prompt, aspect_ratio=aspect, resolution=resolution, duration=duration
            )
            validate(request)
            requests.append(request)
        return requests


def approximate_total(requests: Sequence[GenerationRequest]) -> float:
    """The approximate price of sending all of them (USD, from the price table)."""
    return round(
        sum(estimate_cost(r.resolution, None if r.mode is Mode.VIDEO else r.duration) for r in requests),
        2,
    )
