"""The one source of "now", so lock-outs and timers can be tested without sleeping."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
