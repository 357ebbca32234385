"""`skipped_waits()`: the SDK's retries in tests, without their waits.

A retried call waits before each retry (0.5 s, then 1 s, ..., or what `Retry-After`
asks), and a rate-limited client waits for its turn. In a test those waits are only
lost time: two injected 503s cost 1.2 s. Inside `skipped_waits()` every wait of the
SDK (both clients, retries and pacing) returns at once and moves a virtual clock
forward instead, so each call still sees the time it would have waited pass: retries
still happen, in the same order, and a call's deadline still cuts them short.

The pytest fixtures (`simvoly.testing.pytest_plugin`) run every test that uses them
inside `skipped_waits()`; `@pytest.mark.simvoly(real_sleeps=True)` turns that off.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import anyio.lowlevel

from simvoly import _retry

__all__ = ["VirtualClock", "skipped_waits"]


class VirtualClock:
    """The clock of the SDK's waits while they are skipped.

    Attributes:
        waits: Every wait the SDK skipped, in seconds, in order (backoffs, `Retry-After`
            waits, rate-limit pauses).
    """

    def __init__(self) -> None:
        self.waits: list[float] = []
        self._skipped = 0.0
        self._lock = threading.Lock()  # the sync client's page threads wait too

    def __repr__(self) -> str:
        return f"<VirtualClock waits={self.waits!r}>"

    @property
    def skipped(self) -> float:
        """The seconds of waiting skipped so far."""
        return self._skipped

    def monotonic(self) -> float:
        """The real monotonic clock, plus every wait skipped so far."""
        return time.monotonic() + self._skipped

    def sync_sleep(self, seconds: float) -> None:
        """A sync client's wait: skipped, and counted."""
        with self._lock:
            self.waits.append(seconds)
            self._skipped += seconds

    async def sleep(self, seconds: float) -> None:
        """An async client's wait: skipped and counted, still a point where other tasks
        run (and where the call can be cancelled)."""
        self.sync_sleep(seconds)
        await anyio.lowlevel.checkpoint()


@contextlib.contextmanager
def skipped_waits() -> Iterator[VirtualClock]:
    """Within the block, the SDK's waits are skipped (see the module); yields the clock.

    with skipped_waits() as clock:
        sandbox.faults.status(503, times=2)
        page = await client.orders.list()    # 3 attempts, no waiting
    assert len(clock.waits) == 2
    """
    clock = VirtualClock()
    saved = (_retry.monotonic, _retry.sleep, _retry.sync_sleep)
    _retry.monotonic, _retry.sleep, _retry.sync_sleep = (
        clock.monotonic,
        clock.sleep,
        clock.sync_sleep,
    )
    try:
        yield clock
    finally:
        _retry.monotonic, _retry.sleep, _retry.sync_sleep = saved
