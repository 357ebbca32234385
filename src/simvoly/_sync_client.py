"""`Simvoly`: the sync client, for scripts, notebooks, Django views and Celery tasks.

The same resources, methods, arguments, models, errors, retry policy, raw access and
per-call options as `AsyncSimvoly`: the resource classes of both are generated from one
template, and both send through one set of rules (`simvoly._exchange`). It has its own
`httpx.Client` pool, which its threads share; no event loop is involved.
"""

from __future__ import annotations

import functools
import threading
import warnings
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._call import RAW, Call, RawResponse, RequestOptions
from ._config import DEFAULT_TIMEOUT, NO_COOKIES, build_options, make_pacer, pool_settings
from ._exceptions import SimvolyError
from ._exchange import Exchange
from ._generated.resources import SyncResources
from ._limiter import Pacer, RateLimit
from ._logging import setup_logging
from ._options import Options
from ._retry import RetryPolicy
from ._sync_pool import CLOSED, SyncPool
from ._sync_sending import send_sync

__all__ = ["Simvoly"]

T = TypeVar("T")


class Simvoly(SyncResources):
    """The sync client of the Simvoly website API.

    Takes the arguments of `AsyncSimvoly` (see there), but `http_client` is an
    `httpx.Client`, and there is no `http_backend`. Use it as a context manager, or call
    `close()`; one client is safe to share between threads.

        with Simvoly(user_agent="MyApp/1.0") as client:
            contact = client.contacts.create("jane@example.com", name="Jane")
            for order in client.orders.list():
                ...
    """

    _pool: SyncPool
    _owns_pool: bool  # close the pool on close() (not a with_options() copy)
    _options: Options
    _pacer: Pacer | None  # shared with with_options() copies
    _slots: threading.BoundedSemaphore | None  # the rate limit's cap on requests in flight

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
        self._pacer = make_pacer(rate_limit)
        cap = rate_limit.max_in_flight if rate_limit is not None else None
        self._slots = threading.BoundedSemaphore(cap) if cap is not None else None
        if http_client is None:
            http = _CookielessClient(**pool_settings(options.timeout, options.headers))
            self._pool = SyncPool(http, own=True)
        else:
            self._pool = SyncPool(http_client, own=False)
        self._owns_pool = True
        self._options = options

    def __repr__(self) -> str:
        return f"<Simvoly base_url={self._options.base_url!r}>"

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

    @property
    def base_url(self) -> str:
        """The API root requests go to."""
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each request."""
        return self._options.timeout

    @property
    def retry_policy(self) -> RetryPolicy:
        """How failed requests are retried."""
        return self._options.retry

    @property
    def strict(self) -> bool:
        """Whether every answer is checked against the spec (see the `strict` argument)."""
        return self._options.strict

    @property
    def rate_limit(self) -> RateLimit | None:
        """The pacing shared by this client's threads and copies, if any."""
        return None if self._pacer is None else self._pacer.limit

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        strict: bool | None = None,
    ) -> Simvoly:
        """A client with other options that shares this one's connection pool and rate
        limit. Closing the copy does not close the pool; close the original when done."""
        clone = object.__new__(Simvoly)
        clone.__dict__.update(
            _pool=self._pool,
            _owns_pool=False,
            _options=self._options.evolve(
                timeout=timeout, max_retries=max_retries, retry=retry, strict=strict
            ),
            _pacer=self._pacer,
            _slots=self._slots,
        )
        return clone

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
        raw = RAW.get()
        if raw:
            # Raw is this call's alone: a call made while it is sent (an event hook, an
            # app of the sandbox in-process) answers its model. The wrapper resets RAW.
            RAW.set(False)
        options = self._options if overrides is None else self._options.for_call(overrides)
        exchange = Exchange(options, call, query_in_url=self._pool.own, pacer=self._pacer)
        answer = send_sync(self._pool, exchange, self._slots)
        if raw:
            parse: Callable[[], T] = functools.partial(exchange.result, answer)
            # with_raw_response promises the caller a RawResponse, not the result.
            return RawResponse(answer.response, answer.retries_taken, parse=parse)  # type: ignore[return-value]
        return exchange.result(answer)


class _CookielessClient(httpx.Client):
    """The sync client's own pool: httpx's client without a cookie jar (see `NoCookies`)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise TypeError("the SDK's connection pool keeps no cookies")
