"""`AsyncSimvoly`: configuration, the one pooled httpx client, and the resources."""

from __future__ import annotations

import functools
import ipaddress
import os
from collections.abc import Callable, Coroutine, Mapping
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, overload
from urllib.parse import urlsplit

import attrs
import httpx

from ._exceptions import SimvolyError
from ._logging import setup_logging
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

__all__ = ["DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "AsyncSimvoly", "api_root"]

T = TypeVar("T")
R = TypeVar("R")

#: 30 s for a whole read or write, 10 s to connect (a dead host fails fast).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: Chosen by measurement (docs/performance.md): httpx's pool costs CPU per request that
#: grows with its number of connections, so it gets few, all kept alive (more requests in
#: flight wait for one rather than open and close connections: a TLS handshake each), and
#: they retire after 4 s idle, before a server that closes idle ones at 5 s does.
DEFAULT_LIMITS = httpx.Limits(
    max_connections=16, max_keepalive_connections=16, keepalive_expiry=4.0
)
#: aiohttp's pool has no such cost: it keeps httpx's 100 connections, retired alike.
AIOHTTP_LIMITS = httpx.Limits(max_connections=100, keepalive_expiry=4.0)

_LOCAL_HOSTS = frozenset({"localhost", "localhost.localdomain"})


def api_root(site_url: str) -> str:
    """The API root of a site: `https://mysite.simvoly.com` -> `.../api/site`."""
    site = site_url.strip().rstrip("/")
    if "://" not in site:
        site = f"https://{site}"
    return f"{site}/api/site"


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
            costs less CPU per request than httpx's own pool under concurrency.
        strict: Check every answer against openapi.yaml: any deviation (a null, a missing
            or mistyped field) raises `APIResponseValidationError` naming the model and
            field. Off by default: answers are read tolerantly (see README, "Models").
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

    _http: httpx.AsyncClient
    _owns_http: bool  # close the pool on aclose()
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
        strict: bool = False,
    ) -> None:
        setup_logging()
        if api_key is None:
            api_key = os.environ.get("SIMVOLY_API_KEY")
        if not api_key:
            raise SimvolyError(
                "No API key: pass AsyncSimvoly(api_key=...) or set SIMVOLY_API_KEY "
                "(Website Settings > Applications > API Key)."
            )
        _check_header_value("api_key", api_key)
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
            _check_header_value("user_agent", user_agent)
            agent = f"{user_agent} {agent}"
        headers = {
            "Authorization": f"Bearer {api_key}",
            "User-Agent": agent,
            "Accept": "application/json",
        }
        options = Options(
            base_url=_checked_base_url(base_url),
            headers=headers,
            timeout=_checked_timeout(timeout),
            retry=retry
            if retry is not None
            else RetryPolicy(max_retries=_checked_retries(max_retries)),
            strict=_checked_strict(strict),
        )
        if http_client is None:
            self._http = _new_http_client(http_backend, options.timeout, headers)
            self._owns_http = True
            # Every header the pool sends (httpx's defaults and ours): requests on it are
            # built directly with these (see _sending.send).
            self._own_headers: httpx.Headers | None = httpx.Headers(self._http.headers)
        else:
            self._http = http_client
            self._owns_http = False
            self._own_headers = None
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

    @property
    def strict(self) -> bool:
        """Whether every answer is checked against the spec (see `AsyncSimvoly(strict=)`)."""
        return self._options.strict

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        strict: bool | None = None,
    ) -> AsyncSimvoly:
        """A client with other options that shares this one's connection pool.

        Closing the copy does not close the pool; close the original when done.
        """
        options = self._options
        if timeout is not None:
            options = attrs.evolve(options, timeout=_checked_timeout(timeout))
        if retry is not None:
            options = attrs.evolve(options, retry=retry)
        if max_retries is not None:
            options = attrs.evolve(
                options,
                retry=attrs.evolve(options.retry, max_retries=_checked_retries(max_retries)),
            )
        if strict is not None:
            options = attrs.evolve(options, strict=_checked_strict(strict))
        clone = object.__new__(AsyncSimvoly)
        clone._http = self._http
        clone._owns_http = False
        clone._own_headers = self._own_headers
        clone._options = options
        return clone

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
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
        self, operation_id: str, request: dict[str, Any], parse: Callable[[Any, bool], T]
    ) -> Coroutine[Any, Any, T]: ...
    @overload
    def _request(
        self, operation_id: str, request: dict[str, Any], parse: None
    ) -> Coroutine[Any, Any, None]: ...
    def _request(
        self, operation_id: str, request: dict[str, Any], parse: Callable[[Any, bool], T] | None
    ) -> Coroutine[Any, Any, T | None]:
        """Send one operation (with retries) and build its result."""
        return send(self._http, self._options, self._own_headers, operation_id, request, parse)


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


def _new_http_client(
    backend: str, timeout: httpx.Timeout, headers: Mapping[str, str]
) -> httpx.AsyncClient:
    options: dict[str, Any] = {
        "timeout": timeout,
        "headers": headers,
        "limits": DEFAULT_LIMITS,
        "follow_redirects": False,
    }
    if backend == "httpx":
        return _Cookieless(**options)
    if backend == "aiohttp":
        return _cookieless_aiohttp_client()(**(options | {"limits": AIOHTTP_LIMITS}))
    raise ValueError(f'http_backend must be "httpx" or "aiohttp", got {backend!r}')


@functools.cache
def _cookieless_aiohttp_client() -> type[httpx.AsyncClient]:
    """`_Cookieless` sending through aiohttp (httpx-aiohttp, imported on first use)."""
    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError:  # pragma: no cover - the extra is installed for the tests
        raise SimvolyError(
            'http_backend="aiohttp" needs the aiohttp extra: pip install "simvoly[aiohttp]"'
        ) from None

    class _CookielessAiohttp(_Cookieless, HttpxAiohttpClient):
        pass

    return _CookielessAiohttp


def _check_header_value(name: str, value: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string")
    if any(ch in value for ch in "\r\n\0"):
        # Would let a value inject headers; never echo the value (it may be the key).
        raise ValueError(f"{name} must not contain CR, LF or NUL characters")


def _checked_base_url(base_url: str) -> str:
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"base_url must be an absolute http(s) URL, got {base_url!r}")
    if parts.scheme == "http" and not _is_local(parts.hostname):
        raise ValueError(
            f"refusing plain http:// for {parts.hostname}: the API key would travel in "
            "clear text. Use https:// (http:// is only allowed for localhost)."
        )
    if parts.query or parts.fragment:
        raise ValueError(f"base_url must not have a query or fragment, got {base_url!r}")
    return base_url.strip().rstrip("/")


def _is_local(host: str) -> bool:
    if host in _LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _checked_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
            raise ValueError("every part of the timeout must be set; None would wait forever")
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError(
            f"timeout must be a number of seconds > 0 (None would wait forever), got {timeout!r}"
        )
    return httpx.Timeout(float(timeout), connect=min(float(timeout), 10.0))


def _checked_strict(strict: bool) -> bool:
    if not isinstance(strict, bool):
        raise TypeError(f"strict must be True or False, got {strict!r}")
    return strict


def _checked_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries
