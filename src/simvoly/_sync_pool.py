"""Where the sync client's requests go: the SDK's own `httpx.Client`, or the caller's.

One `httpx.Client` serves every thread (its pool is thread-safe), so unlike the async
client's there is one pool per client. After `close()`, a call raises a `SimvolyError`
instead of quietly opening a new pool.
"""

from __future__ import annotations

from typing import Final

import httpx

from ._exceptions import SimvolyError

__all__ = ["CLOSED", "SyncPool"]

CLOSED: Final = (
    "This Simvoly client is closed (close() was called, or its `with` block ended): "
    "make a new client."
)


class SyncPool:
    """The sync client's connection pool: its own (`own`), or an `http_client` passed in.

    `headers` are every header an own pool sends (httpx's defaults and the client's);
    None for a caller's pool, whose own settings apply to each request.
    """

    def __init__(self, http: httpx.Client, *, own: bool) -> None:
        self.own = own
        self.headers = httpx.Headers(http.headers) if own else None
        self.closed = False
        self._http = http

    def http(self) -> httpx.Client:
        if self.closed:
            raise SimvolyError(CLOSED)
        if self._http.is_closed:
            raise SimvolyError(
                "The http_client passed to Simvoly is closed: pass one that is open "
                "(the SDK never closes a client it was given)."
            )
        return self._http

    @property
    def open(self) -> bool:
        """Whether an own pool still holds connections to close."""
        return self.own and not self.closed

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.own:
            self._http.close()
