"""`ReplayGuard`: refuses a delivery already seen a short while ago (per process).

Simvoly signs no timestamp, so a captured delivery verifies forever. Remembering the
signatures of recent deliveries stops a replay within a window; nothing in the protocol
can stop one after it.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from ._errors import WebhookReplayError

__all__ = ["ReplayGuard"]


class ReplayGuard:
    """Remembers recent deliveries and refuses a repeat within `window` seconds.

    Pass it to `unwrap(..., replay_guard=guard)`, which calls `check(signature)` once
    the signature and body are found good (a forgery is never remembered).

    Limits:
        - Memory of this process only: with several workers or replicas, a replay that
          reaches another one passes. Use a shared store for that (e.g. Redis
          `SET <signature> 1 NX EX <window>`).
        - A replay after the window has passed is not caught: no timestamp is signed.
        - At most `max_entries` deliveries are remembered; past that the oldest are
          forgotten early (bounded memory under a flood of genuine deliveries).
        - The server's own retries are refused too: a delivery answered slowly or with
          an error comes back with the same body, so the same signature. Answer
          `WebhookReplayError` with a 2xx (the first copy arrived), and acknowledge
          fast, doing slow work after answering, so that retries are rare.
        - A delivery is remembered when unwrapped, whether or not its handlers then
          succeed: a failed one is not retried through the guard. Keep your own record
          of work done where that matters.
        - Only the body is signed, so the key is the body's signature: two events with
          byte-identical bodies within the window (say the same order sent as
          order_created and order_updated) count as one, whatever their topic header.

    Args:
        window: Seconds a delivery is remembered (> 0).
        max_entries: Most deliveries remembered at once (>= 1).
        clock: Monotonic seconds; replace it in tests.
    """

    window: float
    max_entries: int

    def __init__(
        self,
        window: float = 300.0,
        max_entries: int = 10_000,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not window > 0:  # also refuses NaN
            raise ValueError(f"window must be > 0 seconds, got {window!r}")
        if max_entries < 1:
            raise ValueError(f"max_entries must be >= 1, got {max_entries!r}")
        self.window = window
        self.max_entries = max_entries
        self._clock = clock
        # key -> when first seen; oldest first, since every entry lives as long.
        self._seen: OrderedDict[str, float] = OrderedDict()
        # Deliveries may be unwrapped in threads too (a sync endpoint in a thread pool).
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many deliveries are remembered now (expired ones may still count)."""
        return len(self._seen)

    def check(self, key: str) -> None:
        """Remember `key` (a delivery's signature), or refuse it if seen in the window.

        Raises:
            WebhookReplayError: `key` was seen less than `window` seconds ago.
        """
        with self._lock:
            now = self._clock()
            cutoff = now - self.window
            while self._seen:
                oldest, seen_at = next(iter(self._seen.items()))
                if seen_at > cutoff:
                    break
                del self._seen[oldest]
            first_seen = self._seen.get(key)
            if first_seen is not None:
                raise WebhookReplayError(
                    f"this delivery was already received {now - first_seen:.0f} s ago "
                    f"(replay window: {self.window:g} s)"
                )
            self._seen[key] = now
            if len(self._seen) > self.max_entries:
                self._seen.popitem(last=False)
