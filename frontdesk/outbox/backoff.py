"""When to try again: exponential backoff with jitter, so desks coming back online do not all retry at once."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Backoff:
    """``base_s * 2**(attempt-1)``, capped at ``cap_s``, times a random factor in [0.5, 1]."""

    base_s: float = 30.0
    cap_s: float = 3600.0
    rng: random.Random = field(default_factory=random.Random, compare=False)

    def delay(self, attempt: int) -> float:
        raw = min(self.cap_s, self.base_s * 2 ** max(0, attempt - 1))
        return raw * self.rng.uniform(0.5, 1.0)
