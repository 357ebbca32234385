"""`AsyncSimvoly`: the async client: its options, its connection pools, and its resources."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from types import TracebackType
from typing import Any, Literal, Self, TypeVar

import anyio
import httpx

from . import _config
from ._base_client import BaseClient
from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._call import Call, RequestOptions
from ._checks import api_root
from ._config import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    NoCookieJar,
    build_options,
    pool_settings,
    rate_limiting,
)
from ._exceptions import SimvolyError
from ._generated.resources import AsyncResources
from ._limiter import RateLimit
from ._logging import setup_logging
from ._pool import CLOSED, OwnPool, Pool, UserPool
from ._retry import RetryPolicy
from ._sending import send

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "AsyncSimvoly",
    "api_root",
]

T = TypeVar("T")


class AsyncSimvoly(AsyncResources, BaseClient[Pool, anyio.Semaphore]):
    """The async client of the Simvoly website API.

    Args:
        api_key: The site's API key (Website Settings > Applications > API Key); defaults
            to the `SIMVOLY_API_KEY` environment variable.
        site_url: The site, e.g. `https://mysite.simvoly.com`; the API root is
            `{site_url}/api/site`. Defaults to `SIMVOLY_SITE_URL`.
        base_url: The whole API root, overriding `site_url` (a sandbox, a proxy).
        user_agent: Your application, e.g. `MyApp/1.0.1`; sent before the SDK's own.
        timeout: Seconds for each request (or an `httpx.Timeout`); never None. By default
            30 s, and 10 s to connect.
        max_retries: Retries of a transient failure (see `simvoly.RetryPolicy`).
        retry: A full `RetryPolicy`, instead of `max_retries` alone.
        rate_limit: Pacing shared by every task and `with_options()` copy of this client
            (see `simvoly.RateLimit`); none by default.
        http_client: An `httpx.AsyncClient` to send with (a custom transport, a sandbox);
            the SDK then neither configures nor closes it.
        http_backend: "aiohttp" sends through aiohttp (the `simvoly[aiohttp]` extra), which
            costs less CPU per request than httpx's own pool under concurrency (asyncio
            only; pytest-httpx does not mock it).
        max_response_bytes: The most an answer may hold once decompressed (32 MiB by
            default); a larger one raises instead of filling memory.
        strict: Check every answer against openapi.yaml: any deviation (a null, a missing
            or mistyped field) raises `APIResponseValidationError` naming the model and
            field. Off by default: answers are read tolerantly (see the guide "Models:
            tolerant reading and strict mode").

    The SDK keeps its connection pool per event loop, so one client can serve several
    loops (`asyncio.run()` twice, tests with a loop each); each pool is closed as its
    loop shuts down. Close the client with `aclose()` or `async with`; a closed client
    raises `SimvolyError` on use.
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
        http_client: httpx.AsyncClient | None = None,
        http_backend: Literal["httpx", "aiohttp"] = "httpx",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict: bool = False,
    ) -> None:
        setup_logging()
        options = build_options(
            "AsyncSimvoly",
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
        if http_backend not in ("httpx", "aiohttp"):
            raise ValueError(f'http_backend must be "httpx" or "aiohttp", got {http_backend!r}')
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__} "
                "(simvoly.Simvoly takes an httpx.Client)"
            )
        self._pacer, self._slots = rate_limiting(rate_limit, anyio.Semaphore)
        if http_client is None:
            self._pool = OwnPool(_pool_factory(http_backend, options.timeout, options.headers))
        else:
            self._pool = UserPool(http_client)
        self._owns_pool = True
        self._options = options

    def __del__(self) -> None:
        # A pool of the SDK's own, still open: a `with_options()` copy does not own its
        # pool, a caller's `http_client` is the caller's to close, and a pool closed
        # with its event loop (asyncio.run() ended) holds nothing. Nothing is closed
        # here (closing needs the loop); each loop's pool is closed as the loop ends.
        pool = self.__dict__.get("_pool")
        if (
            self.__dict__.get("_owns_pool")
            and isinstance(pool, OwnPool)
            and pool.holds_connections()
        ):
            warnings.warn(
                f"{self!r} was garbage-collected without being closed, so its connections "
                "were not released: use `async with AsyncSimvoly(...) as client:` or "
                "`await client.aclose()`; in a web app, create one client at startup and "
                "close it at shutdown (FastAPI's lifespan, aiohttp's cleanup_ctx)",
                ResourceWarning,
                stacklevel=2,
                source=self,
            )

    async def aclose(self) -> None:
        """Close the connection pool (not an `http_client` passed in: that stays open).

        The client cannot be used afterwards. A `with_options()` copy's aclose() leaves
        the shared pool open.
        """
        if self._owns_pool:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        if self._pool.closed:
            raise SimvolyError(CLOSED)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- sending ---------------------------------------------------------------------

    async def _send(self, call: Call[T], overrides: RequestOptions | None = None) -> T:
        """Send one call (with retries) and build its result; under `with_raw_response`,
        its `RawResponse`."""
        exchange, raw = self._exchange(call, overrides, query_in_url=self._pool.own)
        return self._outcome(exchange, await send(self._pool, exchange, self._slots), raw)


class _Cookieless(NoCookieJar, httpx.AsyncClient):
    """The SDK's own pool: httpx's client without a cookie jar (see `NoCookies`). (On the
    aiohttp backend, aiohttp's session still keeps a jar of its own, at little cost.)"""


def _pool_factory(
    backend: str, timeout: httpx.Timeout, headers: Any
) -> Callable[[], httpx.AsyncClient]:
    """What makes one connection pool (one per event loop) of the chosen backend."""
    settings = pool_settings(timeout, headers)
    if backend == "httpx":
        return lambda: _Cookieless(**settings)
    try:
        from ._aiohttp import AiohttpTransport
    except ImportError:  # pragma: no cover - the extra is installed for the tests
        raise SimvolyError(
            'http_backend="aiohttp" needs the aiohttp extra: pip install "simvoly[aiohttp]"'
        ) from None
    # trust_env=False: httpx would route proxied URLs around aiohttp, through its own pool.
    return lambda: _Cookieless(
        transport=AiohttpTransport(_config.AIOHTTP_LIMITS), trust_env=False, **settings
    )
