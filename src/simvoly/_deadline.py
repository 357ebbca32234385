"""`time_limit(seconds)`: raise TimeoutError in a block that runs past its deadline.

httpx's timeouts bound each read, not a whole answer: a server trickling a byte now and
then would never time out. So every attempt runs under a time limit. Under asyncio,
`asyncio.timeout()` would do it, but it schedules and cancels a timer per block, which
costs about 12 us of client CPU per request over real sockets (measured with bench/:
550 vs 538 us per order): 2.5 % of a request, more than the rest of the SDK's own code.

So under asyncio, one `_Watchdog` per event loop keeps the blocks in flight and a single
timer, armed for the earliest deadline it knows of. Entering and leaving a block only
adds it to and removes it from a set; the timer is re-armed only when a block needs it
sooner. When it fires, it cancels the tasks whose blocks are past their deadline, which
turn the cancellation into TimeoutError as `asyncio.timeout()` does, and re-arms for the
next. Under any other library (trio), anyio's `fail_after` does the job.
"""

from __future__ import annotations

import math
import weakref
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any

import anyio
import sniffio

if TYPE_CHECKING:
    # Imported where used, under asyncio only: `import asyncio` costs ~10 ms at
    # `import simvoly`, and trio users never need it.
    import asyncio

__all__ = ["time_limit"]


def time_limit(seconds: float) -> AbstractContextManager[Any]:
    """A context manager that raises TimeoutError when its block lasts over `seconds`."""
    if sniffio.current_async_library() == "asyncio":
        return _Deadline(seconds)
    return anyio.fail_after(seconds)


class _Watchdog:
    """The blocks under a deadline on one event loop, and one timer for all of them."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        # Weakly: `_by_loop` maps the loop to this watchdog, which must not keep it alive.
        self._loop = weakref.ref(loop)
        self.active: set[_Deadline] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._armed_for = math.inf

    def add(self, deadline: _Deadline) -> None:
        self.active.add(deadline)
        if deadline.when < self._armed_for:
            self._arm(deadline.when)

    def _arm(self, when: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        loop = self._loop()
        if loop is None:  # pragma: no cover - a block on the loop runs: the loop exists
            return
        self._timer = loop.call_at(when, self._fire)
        self._armed_for = when

    def _fire(self) -> None:
        self._timer, self._armed_for = None, math.inf
        loop = self._loop()
        if loop is None:  # pragma: no cover - the loop runs this callback: it exists
            return
        now = loop.time()
        later = math.inf
        for deadline in list(self.active):
            if deadline.when <= now:
                self.active.discard(deadline)
                deadline.expire()
            else:
                later = min(later, deadline.when)
        if later < math.inf:
            self._arm(later)


# One watchdog per loop, for as long as the loop exists: loops in several threads take
# turns in the cache below, and each keeps its own watchdog and single timer (a new
# watchdog at each turn would leave the old one's timer pending: one per switch).
_by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Watchdog] = (
    weakref.WeakKeyDictionary()
)
# The watchdog of the loop that ran a block last: the common case, one loop, in one read.
_cached: tuple[asyncio.AbstractEventLoop | None, _Watchdog | None] = (None, None)


def _watchdog(loop: asyncio.AbstractEventLoop) -> _Watchdog:
    global _cached
    cached_loop, watchdog = _cached
    if cached_loop is not loop or watchdog is None:
        watchdog = _by_loop.get(loop)
        if watchdog is None:
            watchdog = _by_loop.setdefault(loop, _Watchdog(loop))
        _cached = (loop, watchdog)
    return watchdog


class _Deadline:
    """One block under a deadline (asyncio): `asyncio.timeout()`'s rules, shared timer."""

    __slots__ = ("_cancelling", "_task", "_watchdog", "expired", "seconds", "when")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False

    def __enter__(self) -> None:
        import asyncio  # loaded already: we run under asyncio

        task = asyncio.current_task()
        if task is None:  # pragma: no cover - time_limit() makes one only in a task (sniffio)
            raise RuntimeError("time_limit() must be used inside a task")
        loop = task.get_loop()
        self._task = task
        self._cancelling = task.cancelling()
        self.when = loop.time() + self.seconds
        self._watchdog = _watchdog(loop)
        self._watchdog.add(self)

    def expire(self) -> None:
        self.expired = True
        self._task.cancel()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._watchdog.active.discard(self)
        # Our cancellation, and no other pending: it was the deadline (as asyncio.timeout).
        if self.expired and self._task.uncancel() <= self._cancelling:
            import asyncio  # loaded already: we run under asyncio

            if exc_type is asyncio.CancelledError:
                raise TimeoutError from exc
