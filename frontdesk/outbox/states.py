"""The life of an outbox item.

pending → in_flight → sent is the usual path. From in_flight:
- unknown: the platform may or may not have acted (timeout, reset, 5xx, a crash mid-call); the item is
  reconciled before it may go again;
- failed: the platform refused the content; an agent corrects it, then it goes again;
- needs_review: nobody can tell automatically what happened; a supervisor decides;
- abandoned: a supervisor gave it up, with a reason.
"""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    SENT = "sent"
    UNKNOWN = "unknown"
    FAILED = "failed"
    NEEDS_REVIEW = "needs_review"
    ABANDONED = "abandoned"


# Nothing more will happen to these: the next item of the same entity may go.
DONE = frozenset({State.SENT, State.ABANDONED})
# The sender leaves these alone: a person must act.
NEEDS_A_PERSON = frozenset({State.FAILED, State.NEEDS_REVIEW})
# Still on their way: what "waiting to be sent" counts.
WAITING = frozenset({State.PENDING, State.IN_FLIGHT, State.UNKNOWN})
