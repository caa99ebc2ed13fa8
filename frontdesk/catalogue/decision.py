"""The date an implicit decision is born, as the accusé de réception must state it (CRPA R112-5 1°).

The délai runs from the day the file is complete (CRPA L114-5: a missing piece delays its start). Months
are calendar months, day for day: 15 March + 2 months = 15 May; when the target month is shorter, the
délai ends on its last day (31 January + 1 month = 28 or 29 February). Extra days are added after the
months.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from frontdesk.catalogue.model import DecisionRule


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def implicit_decision_date(rule: DecisionRule | None, complete_on: date) -> date | None:
    """When silence is worth acceptance or rejection, or None if the rule gives no implicit decision."""
    if rule is None or rule.silence not in ("acceptance", "rejection"):
        return None
    if rule.delay_months <= 0 and rule.delay_days <= 0:
        return None
    try:
        return add_months(complete_on, rule.delay_months) + timedelta(days=rule.delay_days)
    except (ValueError, OverflowError):  # beyond year 9999: no date to state
        return None
