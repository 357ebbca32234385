"""Where a client's requests go: the SDK's own pool, one per event loop, or the caller's.

Connections belong to the event loop that opened them: reused on another loop they fail
with `RuntimeError: Event loop is closed` (a module-level client and `asyncio.run()`
twice, or two pytest-asyncio tests sharing one client). So a pool the SDK made is kept
per event loop: a call on a new loop gets a new pool, and a loop that has ended takes its
pool with it (its sockets cannot be closed without it; the garbage collector closes
them). Several loops in threads each keep their own pool, used under a lock only when
the loop changes. An `http_client` the caller passed cannot be re-pooled: it is used as
it is, and a failure of it on another loop says so.

After `aclose()`, a call raises a `SimvolyError` instead of quietly opening a new pool.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Final

import httpx

from ._exceptions import SimvolyError

__all__ = ["CLOSED", "OwnPool", "Pool", "UserPool"]

CLOSED: Final = (
    "This AsyncSimvoly is closed (aclose() was called, or its `async with` block ended): "
    "make a new client."
)
_UNBOUND: Final = object()  # the loop of a pool no call has used yet


def _running_loop() -> object:
    """The running asyncio loop, or None (trio, or no loop)."""
    asyncio = sys.modules.get("asyncio")  # not imported: not under asyncio
    return None if asyncio is None else asyncio.events._get_running_loop()


def _has_ended(loop: Any) -> bool:
    return loop is not None and loop is not _UNBOUND and loop.is_closed()


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
        # (loop, its pool), read as one attribute: threads on other loops may switch it.
        self._current: tuple[object, httpx.AsyncClient] = (_UNBOUND, first)
        self._others: dict[object, httpx.AsyncClient] = {}
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

    def _switch(self, loop: object) -> httpx.AsyncClient:
        with self._lock:
            current_loop, http = self._current
            if current_loop is _UNBOUND:
                self._current = (loop, http)
                return http
            self._others[current_loop] = http
            for ended in [other for other in self._others if _has_ended(other)]:
                del self._others[ended]  # its loop is gone, and its connections with it
            known = self._others.pop(loop, None)
            http = known if known is not None else self._make()
            self._current = (loop, http)
            return http

    def pools(self) -> list[httpx.AsyncClient]:
        """Every pool still kept (for tests and `aclose()`)."""
        with self._lock:
            return [self._current[1], *self._others.values()]

    async def aclose(self) -> None:
        """Close the pool of this loop, and of other loops still running (in threads)."""
        if self.closed:
            return
        self.closed = True
        with self._lock:
            pools = [self._current, *self._others.items()]
            self._others.clear()
        here = _running_loop()
        for loop, http in pools:
            if loop is here or loop is _UNBOUND:
                await http.aclose()
            elif not _has_ended(loop) and loop.is_running():  # type: ignore[attr-defined]  # an asyncio loop: None and _UNBOUND are handled above
                import asyncio  # loaded already: pools of other loops exist under asyncio

                future = asyncio.run_coroutine_threadsafe(http.aclose(), loop)  # type: ignore[arg-type]  # an asyncio loop, as above
                await asyncio.wrap_future(future)
            # else: its loop has ended, or is stopped and cannot run the closing now


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
