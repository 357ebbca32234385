"""`AsyncSimvoly`: configuration, the one pooled httpx client, and the send loop."""

from __future__ import annotations

import ipaddress
import json
import logging
import os
from collections.abc import Callable, Mapping
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload
from urllib.parse import urlsplit

import attrs
import httpx

from . import _retry
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    SimvolyError,
    make_status_error,
)
from ._logging import logger, setup_logging
from ._retry import RetryPolicy, retry_after_seconds
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
#: Enough connections for 50+ requests in flight; idle ones are kept for reuse.
DEFAULT_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=50, keepalive_expiry=30.0
)

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


@attrs.frozen
class _Options:
    base_url: str
    headers: Mapping[str, str] = attrs.field(repr=False)
    timeout: httpx.Timeout
    retry: RetryPolicy


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
    _owns_http: bool
    _options: _Options

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
        options = _Options(
            base_url=_checked_base_url(base_url),
            headers=headers,
            timeout=_checked_timeout(timeout),
            retry=retry
            if retry is not None
            else RetryPolicy(max_retries=_checked_retries(max_retries)),
        )
        if http_client is None:
            self._http = httpx.AsyncClient(
                timeout=options.timeout, limits=DEFAULT_LIMITS, follow_redirects=False
            )
            self._owns_http = True
        else:
            self._http = http_client
            self._owns_http = False
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
            options = attrs.evolve(options, timeout=_checked_timeout(timeout))
        if retry is not None:
            options = attrs.evolve(options, retry=retry)
        if max_retries is not None:
            options = attrs.evolve(
                options,
                retry=attrs.evolve(options.retry, max_retries=_checked_retries(max_retries)),
            )
        clone = object.__new__(AsyncSimvoly)
        clone._http = self._http
        clone._owns_http = False
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

    @overload
    async def _request(
        self, operation_id: str, request: dict[str, Any], parse: Callable[[Any], T]
    ) -> T: ...
    @overload
    async def _request(self, operation_id: str, request: dict[str, Any], parse: None) -> None: ...
    async def _request(
        self, operation_id: str, request: dict[str, Any], parse: Callable[[Any], T] | None
    ) -> T | None:
        """Send one operation (with retries) and build its result."""
        response, retries = await self._send(operation_id, request)
        content = response.content
        if parse is None and not content:
            return None  # a DELETE may answer 2xx with no body: done
        try:
            data = json.loads(content)
        except ValueError:
            if parse is None:
                return None  # any 2xx acknowledges a DELETE, whatever its body
            raise APIResponseValidationError(
                f"{response.request.method} {response.request.url.path} answered "
                f"{response.status_code} with a body that is not JSON "
                f"({response.headers.get('content-type', 'no content type')})",
                response=response,
                retries_taken=retries,
            ) from None
        if isinstance(data, dict) and data.get("success") is False:
            raise make_status_error(response, body=data, retries_taken=retries)
        if parse is None:
            return None
        try:
            return parse(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise APIResponseValidationError(
                _parse_failure(error, response), response=response, retries_taken=retries
            ) from error

    async def _send(self, operation_id: str, request: dict[str, Any]) -> tuple[httpx.Response, int]:
        options = self._options
        policy = options.retry
        method: str = request["method"]
        url = options.base_url + request["url"]
        params: dict[str, Any] = request.get("params") or {}
        deadline = _retry.monotonic() + policy.deadline
        retries = 0
        while True:
            http_request = self._http.build_request(
                method,
                url,
                params=params or None,
                json=request.get("json"),
                headers=options.headers,
                timeout=self._attempt_timeout(deadline),
            )
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s (operation %s, try %d)",
                    method,
                    http_request.url,
                    operation_id,
                    retries + 1,
                )
            try:
                response = await self._http.send(http_request, follow_redirects=False)
            except httpx.TransportError as error:
                if (
                    retries < policy.max_retries
                    and policy.may_retry_error(operation_id, method, params, error)
                    and await self._wait(policy.backoff(retries), deadline, operation_id, error)
                ):
                    retries += 1
                    continue
                raise _connection_error(error, http_request, retries) from error
            status = response.status_code
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s answered %d", method, http_request.url, status)
            if status < 300:
                return response, retries
            if retries < policy.max_retries and policy.may_retry_status(
                operation_id, method, params, status
            ):
                retry_after = retry_after_seconds(response.headers)
                if retry_after is None or retry_after <= policy.max_retry_after:
                    wait = policy.backoff(retries) if retry_after is None else retry_after
                    if await self._wait(wait, deadline, operation_id, status):
                        retries += 1
                        continue
            raise make_status_error(response, retries_taken=retries)

    def _attempt_timeout(self, deadline: float) -> httpx.Timeout:
        """The request timeout, shortened so that the attempt ends by the deadline."""
        timeout = self._options.timeout
        remaining = deadline - _retry.monotonic()
        longest = max(
            t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None
        )
        if remaining >= longest:
            return timeout
        remaining = max(remaining, 0.001)
        return httpx.Timeout(
            connect=_min(timeout.connect, remaining),
            read=_min(timeout.read, remaining),
            write=_min(timeout.write, remaining),
            pool=_min(timeout.pool, remaining),
        )

    @staticmethod
    async def _wait(seconds: float, deadline: float, operation_id: str, cause: object) -> bool:
        """Sleep before a retry; False (no sleep) when that would pass the deadline."""
        if _retry.monotonic() + seconds > deadline:
            return False
        logger.info("retrying %s in %.2fs after %s", operation_id, seconds, _cause(cause))
        await _retry.sleep(seconds)
        return True


def _min(value: float | None, cap: float) -> float:
    return cap if value is None else min(value, cap)


def _cause(cause: object) -> str:
    return f"HTTP {cause}" if isinstance(cause, int) else type(cause).__name__


def _connection_error(
    error: httpx.TransportError, request: httpx.Request, retries: int
) -> APIConnectionError:
    detail = str(error) or type(error).__name__
    where = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{where} timed out ({detail})", request=request, retries_taken=retries
        )
    return APIConnectionError(f"{where} failed: {detail}", request=request, retries_taken=retries)


def _parse_failure(error: Exception, response: httpx.Response) -> str:
    """Say which model and field a 2xx body broke, from the innermost `from_dict` frame."""
    model = "the response"
    tb = error.__traceback__
    while tb is not None:
        cls = tb.tb_frame.f_locals.get("cls") if tb.tb_frame.f_code.co_name == "from_dict" else None
        if isinstance(cls, type):
            model = cls.__name__
        tb = tb.tb_next
    where = f"{response.request.method} {response.request.url.path}"
    if isinstance(error, KeyError):
        return f"{where} answered a {model} without its required field {error.args[0]!r}"
    return f"{where} answered a {model} that does not match the API spec: {error}"


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


def _checked_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries
