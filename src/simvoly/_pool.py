"""Where a client's requests go: the SDK's own pool, one per event loop, or the caller's.

Connections belong to the event loop that opened them: reused on another loop they fail
with `RuntimeError: Event loop is closed` (a module-level client and `asyncio.run()`
twice, or two pytest-asyncio tests sharing one client). So a pool the SDK made is kept
per event loop: a call on a new loop gets a new pool. Each pool is closed when its loop
shuts down: `asyncio.run()`, `asyncio.Runner` and pytest-asyncio close a loop's async
generators before closing the loop, and one of them closes the pool. (A loop closed
without that leaves its pool's sockets to the garbage collector, with a ResourceWarning.)
Several loops in threads each keep their own pool, used under a lock only when the loop
changes. An `http_client` the caller passed cannot be re-pooled: it is used as it is,
and a failure of it on another loop says so.

After `aclose()`, a call raises a `SimvolyError` instead of quietly opening a new pool.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import AsyncGenerator, Callable
from typing import Any, Final

import httpx

from ._exceptions import SimvolyError

__all__ = ["CLOSED", "OwnPool", "Pool", "UserPool"]

CLOSED: Final = (
    "This AsyncSimvoly is closed (aclose() was called, or its `async with` block ended): "
    "make a new client."
)
_UNBOUND: Final = object()  # the loop of the pool made at construction, before any call
_GONE: Final = object()  # the loop of a pool closed with its loop: the next call needs one


def _running_loop() -> Any:
    """The running asyncio loop, or None (trio, or no loop)."""
    asyncio = sys.modules.get("asyncio")  # not imported: not under asyncio
    return None if asyncio is None else asyncio.events._get_running_loop()


def _has_ended(loop: Any) -> bool:
    return loop is not None and loop.is_closed()


class OwnPool:
    """The SDK's own connection pools, one `httpx.AsyncClient` per event loop.

    `headers` are every header the pool sends (httpx's defaults and the client's).
    """

    own = True

    def __init__(self, make: Callable[[], httpx.AsyncClient]) -> None:
        first = make()
        self.headers = httpx.Headers(first.headers)
        self.closed = False
        self._make = make
        # (loop, its pool) of the last call, read as one attribute: threads on other
        # loops may switch it.
        self._current: tuple[object, httpx.AsyncClient] = (_UNBOUND, first)
        self._pools: dict[Any, httpx.AsyncClient] = {}  # by loop, the current one too
        # By asyncio loop: what closes its pool when the loop shuts down.
        self._closers: dict[Any, AsyncGenerator[None, None]] = {}
        self._lock = threading.Lock()

    def http(self) -> httpx.AsyncClient:
        """The pool of the running event loop."""
        if self.closed:
            raise SimvolyError(CLOSED)
        loop = _running_loop()
        current_loop, http = self._current
        if current_loop is loop:
            return http
        return self._switch(loop)

    def _switch(self, loop: Any) -> httpx.AsyncClient:
        with self._lock:
            for ended in [other for other in self._pools if _has_ended(other)]:
                self._forget(ended)  # closed without shutting down: its sockets went with it
            http = self._pools.get(loop)
            if http is None:
                current_loop, http = self._current
                if current_loop is not _UNBOUND:
                    http = self._make()
                self._pools[loop] = http
                if loop is not None:
                    self._closers[loop] = _started(self._close_with_loop(loop, http))
            self._current = (loop, http)
            return http

    def _forget(self, loop: Any) -> None:
        """Drop the pool of `loop` (the lock is held)."""
        self._pools.pop(loop, None)
        self._closers.pop(loop, None)
        current_loop, http = self._current
        if current_loop is loop:
            self._current = (_GONE, http)

    async def _close_with_loop(
        self, loop: Any, http: httpx.AsyncClient
    ) -> AsyncGenerator[None, None]:
        """Closes `http` when `loop` shuts down its async generators, or on `aclose()`."""
        try:
            yield
        finally:
            with self._lock:
                self._forget(loop)
            await http.aclose()

    def holds_connections(self) -> bool:
        """Whether a pool is still open: never closed, neither by `aclose()` nor with its
        loop. Read without the lock: the garbage collector asks (see `AsyncSimvoly`)."""
        if self.closed:
            return False
        first = self._current[1]
        return any(not http.is_closed for http in [first, *list(self._pools.values())])

    def pools(self) -> list[httpx.AsyncClient]:
        """The pool of the last call (or the last one closed), then those of other loops."""
        with self._lock:
            last = self._current[1]
            return [last, *(http for http in self._pools.values() if http is not last)]

    async def aclose(self) -> None:
        """Close the pool of this loop, and of other loops still running (in threads)."""
        if self.closed:
            return
        self.closed = True
        with self._lock:
            current_loop, first = self._current
            pools = list(self._pools.items())
            closers = dict(self._closers)
        if current_loop is _UNBOUND:
            await first.aclose()  # made at construction, never used
        here = _running_loop()
        for loop, http in pools:
            closer = closers.get(loop)
            if loop is here:
                await (http.aclose() if closer is None else closer.aclose())
            elif closer is not None and loop.is_running():
                import asyncio  # loaded already: pools of asyncio loops exist

                future = asyncio.run_coroutine_threadsafe(_aclose(closer), loop)
                await asyncio.wrap_future(future)
            # else: its loop is stopped, and closes it when it shuts down (or has ended)


def _started(closer: AsyncGenerator[None, None]) -> AsyncGenerator[None, None]:
    """`closer`, run to its `yield`: from then on the running loop closes it at shutdown."""
    with contextlib.suppress(StopIteration):
        closer.asend(None).send(None)  # nothing to await before the `yield`
    return closer


async def _aclose(closer: AsyncGenerator[None, None]) -> None:
    await closer.aclose()


class UserPool:
    """An `httpx.AsyncClient` the caller passed: used as it is, never closed by the SDK."""

    own = False
    headers = None

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.closed = False
        self._http = http

    def http(self) -> httpx.AsyncClient:
        if self.closed:
            raise SimvolyError(CLOSED)
        if self._http.is_closed:
            raise SimvolyError(
                "The http_client passed to AsyncSimvoly is closed: pass one that is open "
                "(the SDK never closes a client it was given)."
            )
        return self._http

    async def aclose(self) -> None:
        self.closed = True


Pool = OwnPool | UserPool
