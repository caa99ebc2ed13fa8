"""The desk's own brake on prefill POSTs: at most 15 in any 15 seconds, for the whole process.

The platform counts 15 creations per 15 s per public IP, and a town hall's desks share one IP behind
NAT, so going over means a 429 for every desk. The window here is a quarter of a second longer than the
server's (network jitter can bring two requests closer on arrival than on departure; a whole second
cost 6 % of the allowed rate for no measured gain), and a ``Retry-After``
received from the server holds every caller until it has passed.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

PREFILL_LIMIT = 15
PREFILL_PERIOD_S = 15.0
SAFETY_MARGIN_S = 0.25


class Throttle:
    """A sliding-window limiter shared by threads; ``acquire`` waits for a slot, up to ``max_wait``."""

    def __init__(self, limit: int, period_s: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.limit = limit
        self.period_s = period_s
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        self._held_until = 0.0
        self._lock = threading.Lock()

    def wait_needed(self) -> float:
        """Seconds before the next call may go (0 when it may go now)."""
        with self._lock:
            return self._wait_locked(self._clock())

    def _wait_locked(self, now: float) -> float:
        while self._sent and self._sent[0] <= now - self.period_s:
            self._sent.popleft()
        wait = max(0.0, self._held_until - now)
        if len(self._sent) >= self.limit:
            wait = max(wait, self._sent[0] + self.period_s - now)
        return wait

    def acquire(self, max_wait: float) -> float | None:
        """Take a slot, sleeping if needed; returns None when that would mean waiting more than
        ``max_wait`` seconds (then the seconds to wait are given by ``wait_needed``)."""
        while True:
            with self._lock:
                now = self._clock()
                wait = self._wait_locked(now)
                if wait <= 0:
                    self._sent.append(now)
                    return 0.0
            if wait > max_wait:
                return None
            self._sleep(wait)
            max_wait -= wait

    def hold(self, seconds: float) -> None:
        """The server asked everyone to wait (429 / 503 with Retry-After)."""
        with self._lock:
            self._held_until = max(self._held_until, self._clock() + seconds)


PREFILL_THROTTLE = Throttle(PREFILL_LIMIT, PREFILL_PERIOD_S + SAFETY_MARGIN_S)
