"""Spend: quoted against charged, per day and per batch, and the daily cap.

Days are the user's local calendar days. A submission the service refused
was never charged and is left out; one still running counts its quote until
it reports a charge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from omnidesk.engine.store import SpendRow


@dataclass(frozen=True)
class SpendTotal:
    key: str  # an ISO date, or a batch id
    count: int
    quoted: float  # what OmniDesk estimated before sending
    charged: float  # what the tasks reported (0 while none has)
    pending: float  # quotes of those with no reported charge yet

    @property
    def expected(self) -> float:
        """Charged so far plus the quotes still open: the day's likely bill."""
        return round(self.charged + self.pending, 4)


def local_day(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds).astimezone().date().isoformat()


def _totals(rows: Iterable[SpendRow], key: Callable[[SpendRow], str | None]) -> list[SpendTotal]:
    groups: dict[str, list[SpendRow]] = {}
    for row in rows:
        name = key(row)
        if row.billable and name is not None:
            groups.setdefault(name, []).append(row)
    totals = []
    for name, members in groups.items():
        totals.append(
            SpendTotal(
                key=name,
                count=len(members),
                quoted=round(sum(r.quoted_cost or 0.0 for r in members), 4),
                charged=round(sum(r.cost or 0.0 for r in members), 4),
                pending=round(sum(r.quoted_cost or 0.0 for r in members if r.cost is None), 4),
            )
        )
    return totals


def by_day(rows: Iterable[SpendRow]) -> list[SpendTotal]:
    """Totals per local day, newest day first."""
    return sorted(_totals(rows, lambda r: local_day(r.created_at)), key=lambda t: t.key, reverse=True)


def by_batch(rows: Iterable[SpendRow]) -> list[SpendTotal]:
    """Totals per batch (submissions outside a batch are left out), in the order first seen."""
    return _totals(rows, lambda r: r.batch_id)


def start_of_today(now: float) -> float:
    """The first second of the local day ``now`` falls in."""
    today = dt.datetime.fromtimestamp(now).astimezone()
    return today.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def would_pass_cap(rows: Iterable[SpendRow], new_quote: float, cap: float, now: float) -> float | None:
    """With a cap (> 0): the day's expected total if sending ``new_quote`` more passes it, else None."""
    if cap <= 0:
        return None
    today = local_day(now)
    spent = sum(t.expected for t in by_day(rows) if t.key == today)
    total = round(spent + new_quote, 4)
    return total if total > cap else None
