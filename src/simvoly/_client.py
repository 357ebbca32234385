"""`AsyncSimvoly`: configuration, the one pooled httpx client, and the resources."""

from __future__ import annotations

import os
from collections.abc import Callable, Coroutine, Mapping
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, overload

import attrs
import httpx

from ._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from ._checks import (
    api_root,
    check_header_value,
    checked_base_url,
    checked_count,
    checked_retries,
    checked_timeout,
)
from ._exceptions import SimvolyError
from ._logging import setup_logging
from ._pool import CLOSED, OwnPool, Pool, UserPool
from ._retry import RetryPolicy
from ._sending import Options, send
from ._version import __version__

if TYPE_CHECKING:
    from ._generated.api.bookings import Bookings
    from ._generated.api.contacts import Contacts
    from ._generated.api.form_submissions import FormSubmissions
    from ._generated.api.member_groups import MemberGroups
    from ._generated.api.members import Members
    from ._generated.api.orders import Orders
    from ._generated.api.product_categories import ProductCategories
    from ._generated.api.products import Products
    from ._generated.api.subscriber_lists import SubscriberLists
    from ._generated.api.webhooks import Webhooks

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "AsyncSimvoly",
    "api_root",
]

T = TypeVar("T")
R = TypeVar("R")

#: 30 s for a whole read or write, 10 s to connect (a dead host fails fast).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: Enough connections for 50+ requests in flight; idle ones are kept for reuse.
DEFAULT_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=50, keepalive_expiry=30.0
)


class _LazyResource(Generic[R]):
    """`client.contacts` and friends: imported and built on first access, then cached.

    The resource class lives in `simvoly._generated.api.<attribute name>`; importing it
    only when used keeps `import simvoly` fast.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: AsyncSimvoly, owner: type) -> R: ...
    def __get__(self, instance: AsyncSimvoly | None, owner: type) -> R | Self:
        if instance is None:
            return self
        module = import_module(f"simvoly._generated.api.{self._name}")
        resource: R = getattr(module, module.__all__[0])(instance)
        instance.__dict__[self._name] = resource  # later reads skip the descriptor
        return resource


class AsyncSimvoly:
    """The async client of the Simvoly website API.

    Args:
        api_key: The site's API key (Website Settings > Applications > API Key); defaults
            to the `SIMVOLY_API_KEY` environment variable.
        site_url: The site, e.g. `https://mysite.simvoly.com`; the API root is
            `{site_url}/api/site`. Defaults to `SIMVOLY_SITE_URL`.
        base_url: The whole API root, overriding `site_url` (a sandbox, a proxy).
        user_agent: Your application, e.g. `MyApp/1.0.1`; sent before the SDK's own.
        timeout: Seconds for each request (or an `httpx.Timeout`); never None.
        max_retries: Retries of a transient failure (see `simvoly.RetryPolicy`).
        retry: A full `RetryPolicy`, instead of `max_retries` alone.
        http_client: An `httpx.AsyncClient` to send with (a custom transport, a sandbox);
            the SDK then neither configures nor closes it.
        http_backend: "aiohttp" sends through aiohttp (the `simvoly[aiohttp]` extra), which
            costs less CPU per request than httpx's own pool under concurrency (asyncio
            only; pytest-httpx does not mock it).
        max_response_bytes: The most an answer may hold once decompressed (32 MiB by
            default); a larger one raises instead of filling memory.

    The SDK keeps its connection pool per event loop, so one client can serve several
    loops (`asyncio.run()` twice, tests with a loop each); each pool is closed as its
    loop shuts down. Close the client with `aclose()` or `async with`; a closed client
    raises `SimvolyError` on use.
    """

    contacts: _LazyResource[Contacts] = _LazyResource()
    members: _LazyResource[Members] = _LazyResource()
    member_groups: _LazyResource[MemberGroups] = _LazyResource()
    products: _LazyResource[Products] = _LazyResource()
    product_categories: _LazyResource[ProductCategories] = _LazyResource()
    orders: _LazyResource[Orders] = _LazyResource()
    form_submissions: _LazyResource[FormSubmissions] = _LazyResource()
    bookings: _LazyResource[Bookings] = _LazyResource()
    subscriber_lists: _LazyResource[SubscriberLists] = _LazyResource()
    webhooks: _LazyResource[Webhooks] = _LazyResource()

    _pool: Pool
    _owns_pool: bool  # close the pool on aclose() (not a with_options() copy)
    _options: Options

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
        http_client: httpx.AsyncClient | None = None,
        http_backend: Literal["httpx", "aiohttp"] = "httpx",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        setup_logging()
        if api_key is None:
            api_key = os.environ.get("SIMVOLY_API_KEY")
        if not api_key:
            raise SimvolyError(
                "No API key: pass AsyncSimvoly(api_key=...) or set SIMVOLY_API_KEY "
                "(Website Settings > Applications > API Key)."
            )
        check_header_value("api_key", api_key)
        if base_url is None:
            if site_url is None:
                site_url = os.environ.get("SIMVOLY_SITE_URL")
            if not site_url:
                raise SimvolyError(
                    "No site: pass AsyncSimvoly(site_url='https://mysite.simvoly.com') or set "
                    "SIMVOLY_SITE_URL (or pass base_url, the whole API root)."
                )
            base_url = api_root(site_url)
        agent = f"simvoly-python/{__version__}"
        if user_agent:
            check_header_value("user_agent", user_agent)
            agent = f"{user_agent} {agent}"
        headers = {
            "Authorization": f"Bearer {api_key}",
            "User-Agent": agent,
            "Accept": "application/json",
            # Only what the SDK decodes itself, bounded (see _body).
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        options = Options(
            base_url=checked_base_url(base_url),
            headers=headers,
            timeout=checked_timeout(timeout),
            retry=retry
            if retry is not None
            else RetryPolicy(max_retries=checked_retries(max_retries)),
            max_response_bytes=checked_count("max_response_bytes", max_response_bytes, minimum=1),
        )
        if http_backend not in ("httpx", "aiohttp"):
            raise ValueError(f'http_backend must be "httpx" or "aiohttp", got {http_backend!r}')
        if http_client is None:
            new_pool = _pool_factory(http_backend, options.timeout, headers)
            self._pool = OwnPool(new_pool)
        else:
            self._pool = UserPool(http_client)
        self._owns_pool = True
        self._options = options

    def __repr__(self) -> str:
        return f"<AsyncSimvoly base_url={self._options.base_url!r}>"

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

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
    ) -> AsyncSimvoly:
        """A client with other options that shares this one's connection pool.

        Closing the copy does not close the pool; close the original when done.
        """
        options = self._options
        if timeout is not None:
            options = attrs.evolve(options, timeout=checked_timeout(timeout))
        if retry is not None:
            options = attrs.evolve(options, retry=retry)
        if max_retries is not None:
            options = attrs.evolve(
                options,
                retry=attrs.evolve(options.retry, max_retries=checked_retries(max_retries)),
            )
        clone = object.__new__(AsyncSimvoly)
        clone._pool = self._pool
        clone._owns_pool = False
        clone._options = options
        return clone

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

    # Not async: it hands back the send loop's coroutine, one coroutine frame fewer.
    @overload
    def _request(
        self, operation_id: str, request: dict[str, Any], parse: Callable[[Any], T]
    ) -> Coroutine[Any, Any, T]: ...
    @overload
    def _request(
        self, operation_id: str, request: dict[str, Any], parse: None
    ) -> Coroutine[Any, Any, None]: ...
    def _request(
        self, operation_id: str, request: dict[str, Any], parse: Callable[[Any], T] | None
    ) -> Coroutine[Any, Any, T | None]:
        """Send one operation (with retries) and build its result."""
        return send(self._pool, self._options, operation_id, request, parse)


class _NoCookies(httpx.Cookies):
    """Cookies that keep nothing. The API authenticates by key and needs no cookie, yet
    httpx looks for cookies in every answer, wrapping each one in urllib objects for
    `http.cookiejar`: 12 us of client CPU per request, 2.5 % of a small one. And a
    cookie that a proxy sets is not sent back with later calls."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep nothing."""


_NO_COOKIES = _NoCookies()


class _Cookieless(httpx.AsyncClient):
    """The SDK's own pool: httpx's client without a cookie jar. (On the aiohttp
    backend, aiohttp's session still keeps a jar of its own, at little cost.)"""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise TypeError("the SDK's connection pool keeps no cookies")


def _pool_factory(
    backend: str, timeout: httpx.Timeout, headers: Mapping[str, str]
) -> Callable[[], httpx.AsyncClient]:
    """What makes one connection pool (one per event loop) of the chosen backend."""
    options: dict[str, Any] = {
        "timeout": timeout,
        "headers": headers,
        "limits": DEFAULT_LIMITS,
        "follow_redirects": False,
    }
    if backend == "httpx":
        return lambda: _Cookieless(**options)
    try:
        from ._aiohttp import AiohttpTransport
    except ImportError:  # pragma: no cover - the extra is installed for the tests
        raise SimvolyError(
            'http_backend="aiohttp" needs the aiohttp extra: pip install "simvoly[aiohttp]"'
        ) from None
    # trust_env=False: httpx would route proxied URLs around aiohttp, through its own pool.
    return lambda: _Cookieless(
        transport=AiohttpTransport(DEFAULT_LIMITS), trust_env=False, **options
    )
