"""`Simvoly`: the sync client, for scripts, notebooks, Django views and Celery tasks.

The same resources, methods, arguments, models, errors, retry policy, raw access and
per-call options as `AsyncSimvoly`: the resource classes of both are generated from one
template, and both send through one set of rules (`simvoly._exchange`). It has its own
`httpx.Client` pool, which its threads share; no event loop is involved.
"""

from __future__ import annotations

import threading
import warnings
from types import TracebackType
from typing import Self, TypeVar

import httpx

from ._base_client import BaseClient
from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._call import Call, RequestOptions
from ._config import DEFAULT_TIMEOUT, NoCookieJar, build_options, pool_settings, rate_limiting
from ._exceptions import SimvolyError
from ._generated.resources import SyncResources
from ._limiter import RateLimit
from ._logging import setup_logging
from ._retry import RetryPolicy
from ._sync_pool import CLOSED, SyncPool
from ._sync_sending import send_sync

__all__ = ["Simvoly"]

T = TypeVar("T")


class Simvoly(SyncResources, BaseClient[SyncPool, threading.BoundedSemaphore]):
    """The sync client of the Simvoly website API.

    Takes the arguments of `AsyncSimvoly` (see there), but `http_client` is an
    `httpx.Client`, and there is no `http_backend`. Use it as a context manager, or call
    `close()`; one client is safe to share between threads.

        with Simvoly(user_agent="MyApp/1.0") as client:
            contact = client.contacts.create("jane@example.com", name="Jane")
            for order in client.orders.list():
                ...
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        site_url: str | None = None,
        base_url: str | None = None,
        user_agent: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimit | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict: bool = False,
    ) -> None:
        setup_logging()
        options = build_options(
            "Simvoly",
            api_key=api_key,
            site_url=site_url,
            base_url=base_url,
            user_agent=user_agent,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            max_response_bytes=max_response_bytes,
            strict=strict,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__} "
                "(simvoly.AsyncSimvoly takes an httpx.AsyncClient)"
            )
        self._pacer, self._slots = rate_limiting(rate_limit, threading.BoundedSemaphore)
        if http_client is None:
            http = _CookielessClient(**pool_settings(options.timeout, options.headers))
            self._pool = SyncPool(http, own=True)
        else:
            self._pool = SyncPool(http_client, own=False)
        self._owns_pool = True
        self._options = options

    def __del__(self) -> None:
        pool = self.__dict__.get("_pool")
        if self.__dict__.get("_owns_pool") and pool is not None and pool.open:
            warnings.warn(
                f"{self!r} was never closed: use `with Simvoly(...) as client:` or call "
                "client.close(), so its connections are released",
                ResourceWarning,
                stacklevel=2,
                source=self,
            )
            pool.close()

    def close(self) -> None:
        """Close the connection pool (not an `http_client` passed in: that stays open).

        The client cannot be used afterwards. A `with_options()` copy's close() leaves the
        shared pool open.
        """
        if self._owns_pool:
            self._pool.close()

    def __enter__(self) -> Self:
        if self._pool.closed:
            raise SimvolyError(CLOSED)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- sending ---------------------------------------------------------------------

    def _send(self, call: Call[T], overrides: RequestOptions | None = None) -> T:
        """Send one call (with retries) and build its result; under `with_raw_response`,
        its `RawResponse`."""
        exchange, raw = self._exchange(call, overrides, query_in_url=self._pool.own)
        return self._outcome(exchange, send_sync(self._pool, exchange, self._slots), raw)


class _CookielessClient(NoCookieJar, httpx.Client):
    """The sync client's own pool: httpx's client without a cookie jar (see `NoCookies`)."""
