"""What a failed call means for the item, from the kind of failure the connector reports.

The connectors raise a ``FrontdeskError`` carrying ``kind`` (refused, timeout, reset, server, rejected,
auth, rate_limited, malformed, not_found), ``retry_after`` (seconds, for 429/503) and ``acted`` (False:
the platform certainly did nothing; True: it did; None: nobody knows). A 503 is the platform asking to
come back later: handled like a 429. Anything else a transport raises is a fault of ours, and the item's
fate is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from frontdesk.outbox.states import State

DEFAULT_RETRY_AFTER_S = 15.0


class Effect(StrEnum):
    NONE = "none"
    OFFLINE = "offline"          # the platform cannot be reached: stop this kind for a while
    WAIT = "wait"                # the platform asked to slow down: stop this kind until retry_after
    PAUSE = "pause"              # credentials refused: stop this kind until someone gives new ones


@dataclass(frozen=True)
class Outcome:
    state: State
    code: str
    params: dict
    counts: bool               # counts as an attempt (towards needs_review after too many)
    effect: Effect = Effect.NONE
    wait_s: float = 0.0


def classify(error: Exception) -> Outcome:
    kind = getattr(error, "kind", None)
    code = getattr(error, "code", "") or "outbox.unexpected"
    params = {k: v for k, v in dict(getattr(error, "params", {}) or {}).items() if _plain(v)}
    never_connected = kind == "timeout" and getattr(error, "reason", "") == "connect"
    if kind == "refused" or never_connected:
        return Outcome(State.PENDING, code, params, counts=False, effect=Effect.OFFLINE)
    busy = kind == "server" and params.get("status") == 503  # "come back later", like a 429
    if kind == "rate_limited" or busy:
        wait = getattr(error, "retry_after", None) or DEFAULT_RETRY_AFTER_S
        return Outcome(State.PENDING, code, params, counts=False, effect=Effect.WAIT, wait_s=float(wait))
    if kind == "auth":
        return Outcome(State.PENDING, code, params, counts=False, effect=Effect.PAUSE)
    if kind in ("rejected", "not_found"):
        return Outcome(State.FAILED, code, params, counts=True)
    if kind is not None and getattr(error, "acted", None) is False:
        return Outcome(State.PENDING, code, params, counts=True)
    if kind is None:
        return Outcome(State.UNKNOWN, "outbox.unexpected", {"error": type(error).__name__}, counts=True)
    return Outcome(State.UNKNOWN, code, params, counts=True)


def _plain(value: object) -> bool:
    return isinstance(value, str | int | float | bool | type(None))
