"""Pacing shared by every task of a client: a steady rate, and backing off together on 429.

`RateLimit` is the setting (`AsyncSimvoly(rate_limit=RateLimit(...))`); `Pacer` is its
state, one per client, shared by `with_options()` copies and by every task and thread
that sends through them. The pacer does no I/O: the send loop asks it how long to wait
before an attempt (`delay()`), sleeps that long on its own clock, and tells it what the
server answered (`answered()`). So the async and sync clients share it, and tests drive
it with a fake clock.

- **Steady rate** (`per_second`): attempts start at most that often, with `burst`
  allowed at once after a quiet spell (the generic cell rate algorithm: one timestamp).
- **Backing off together** (`adaptive`): a 429 pauses *every* call until its
  `Retry-After` (or the retry policy's backoff when it gives none), instead of each task
  hitting the wall on its own, and the pace drops to 85 % of what the server accepted in
  the last second (multiplicative decrease). Each success then raises the pace by
  `recovery` of that rate per second (additive increase) until it is back at
  `per_second`, or unbounded when none was set.
- **Concurrency** (`max_in_flight`): a cap on requests in flight, enforced by the send
  loop with a semaphore.

Off (no `rate_limit`), the send loop never touches this module.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from typing import Final

import attrs

__all__ = ["Pacer", "RateLimit"]

#: The share of the accepted rate the pace drops to after a 429.
_DECREASE: Final = 0.85
#: The slowest pace a 429 can set: one attempt per second.
_MIN_RATE: Final = 1.0
#: Successes are counted over this window to measure what the server accepts.
_WINDOW: Final = 1.0


def _positive(name: str, value: float | None, *, integer: bool = False) -> None:
    if value is None:
        return
    kind = int if integer else (int, float)
    if (
        isinstance(value, bool)
        or not isinstance(value, kind)
        or not math.isfinite(value)
        or value <= 0
    ):
        what = "an integer" if integer else "a finite number"
        raise ValueError(f"{name} must be {what} > 0 or None, got {value!r}")


@attrs.frozen
class RateLimit:
    """How a client paces its requests (shared by all its tasks and copies).

    Attributes:
        per_second: Start at most this many attempts per second (None: no steady cap).
        burst: Attempts that may start at once after a quiet spell.
        max_in_flight: At most this many requests in flight at once (None: no cap).
        adaptive: On a 429, pause every call until its Retry-After and slow down to what
            the server accepts, then speed up again gradually.
        recovery: After a slow-down, the pace grows by this share of the slowed rate per
            second (0.05: from 85 % back to 100 % in three seconds).
    """

    per_second: float | None = None
    burst: int = 1
    max_in_flight: int | None = None
    adaptive: bool = True
    recovery: float = 0.05

    def __attrs_post_init__(self) -> None:
        _positive("per_second", self.per_second)
        _positive("burst", self.burst, integer=True)
        _positive("max_in_flight", self.max_in_flight, integer=True)
        _positive("recovery", self.recovery)
        if not isinstance(self.adaptive, bool):
            raise ValueError(f"adaptive must be True or False, got {self.adaptive!r}")


class Pacer:
    """The state of a `RateLimit`: when the next attempt may start. Thread-safe."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._ceiling = limit.per_second or math.inf
        self._rate = self._ceiling  # attempts per second allowed now
        self._step = 0.0  # additive increase, per second, after a slow-down
        self._tat = -math.inf  # theoretical arrival time of the next attempt (GCRA)
        self._paused_until = -math.inf
        self._successes: deque[float] = deque()  # times of recent 2xx answers
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<Pacer {self.limit!r} rate={self._rate:g}/s>"

    @property
    def rate(self) -> float:
        """Attempts per second allowed now (inf: unpaced)."""
        return self._rate

    def delay(self, now: float) -> float:
        """Claim the next start slot: the seconds to wait before the attempt (>= 0)."""
        with self._lock:
            start = max(now, self._paused_until)
            if self._rate != math.inf:
                interval = 1.0 / self._rate
                start = max(start, self._tat - (self.limit.burst - 1) * interval)
                self._tat = max(self._tat, start) + interval
            return start - now

    def answered(self, status: int, now: float, pause: float) -> None:
        """Learn from an answer: `pause` is how long a 429 asks every call to wait."""
        adaptive = self.limit.adaptive
        with self._lock:
            if status == 429:
                if not adaptive:
                    return
                first_of_episode = now >= self._paused_until
                self._paused_until = max(self._paused_until, now + pause)
                self._tat = max(self._tat, self._paused_until)
                if first_of_episode:
                    self._slow_down(now)
            elif status < 300 and adaptive:
                self._count_success(now)
                if self._rate < self._ceiling:
                    self._rate = min(self._ceiling, self._rate + self._step / self._rate)

    def _count_success(self, now: float) -> None:
        successes = self._successes
        successes.append(now)
        while successes[0] <= now - _WINDOW:
            successes.popleft()

    def _slow_down(self, now: float) -> None:
        """Multiplicative decrease, from the rate the server accepted in the last second."""
        while self._successes and self._successes[0] <= now - _WINDOW:
            self._successes.popleft()
        accepted = len(self._successes) / _WINDOW
        if not accepted:
            # Nothing got through lately (another client of the key used it up): no
            # measure to slow down to; halve a set pace, and rely on the pause alone.
            if self._rate == math.inf:
                return
            accepted = self._rate / 2 / _DECREASE
        self._rate = max(_MIN_RATE, _DECREASE * min(self._rate, accepted))
        self._step = max(_MIN_RATE, self.limit.recovery * self._rate)
