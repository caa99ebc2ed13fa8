"""Implicit-decision dates: calendar months from the day the file is complete, end of month handled."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontdesk.catalogue import DecisionRule, add_months, implicit_decision_date

ACCEPT_2_MONTHS = DecisionRule(delay_months=2, silence="acceptance")


@pytest.mark.parametrize(("rule", "complete_on", "expected"), [
    (ACCEPT_2_MONTHS, date(2026, 3, 15), date(2026, 5, 15)),
    (DecisionRule(delay_months=1, silence="rejection", recourse="x"), date(2026, 1, 31), date(2026, 2, 28)),
    (DecisionRule(delay_months=1, silence="rejection", recourse="x"), date(2028, 1, 31), date(2028, 2, 29)),
    (ACCEPT_2_MONTHS, date(2026, 12, 31), date(2027, 2, 28)),
    (DecisionRule(delay_months=4, silence="rejection", recourse="x"), date(2026, 10, 31), date(2027, 2, 28)),
    (DecisionRule(delay_days=15, silence="acceptance"), date(2026, 12, 20), date(2027, 1, 4)),
    (DecisionRule(delay_months=1, delay_days=10, silence="acceptance"), date(2026, 1, 31), date(2026, 3, 10)),
    (DecisionRule(delay_months=2, silence="none"), date(2026, 3, 15), None),
    (DecisionRule(silence="acceptance"), date(2026, 3, 15), None),
    (None, date(2026, 3, 15), None),
    (ACCEPT_2_MONTHS, date(9999, 12, 1), None),
])
def test_known_dates(rule: DecisionRule | None, complete_on: date, expected: date | None) -> None:
    assert implicit_decision_date(rule, complete_on) == expected


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@given(days, st.integers(min_value=0, max_value=24))
def test_adding_months_lands_in_the_right_month_on_the_same_or_last_day(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last)


@given(days, st.integers(min_value=1, max_value=24), st.integers(min_value=0, max_value=366))
def test_the_decision_date_is_after_completion_and_grows_with_the_delay(day: date, months: int, extra: int) -> None:
    rule = DecisionRule(delay_months=months, delay_days=extra, silence="acceptance")
    result = implicit_decision_date(rule, day)
    assert result is not None and result > day
    assert result - timedelta(days=extra) == add_months(day, months)
    longer = implicit_decision_date(DecisionRule(delay_months=months + 1, delay_days=extra, silence="acceptance"), day)
    assert longer is not None and longer > result
