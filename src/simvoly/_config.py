"""What both clients do with their arguments: check them, and turn them into `Options`.

`AsyncSimvoly` and `Simvoly` take the same arguments and mean the same by them; this
module is where that is written once. Every check runs at construction, so that no request
carries a mistake, and no error echoes the API key.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._body import ACCEPT_ENCODING
from ._checks import (
    api_root,
    check_header_value,
    checked_base_url,
    checked_count,
    checked_retries,
    checked_timeout,
)
from ._exceptions import SimvolyError
from ._limiter import Pacer, RateLimit
from ._options import Options, checked_strict
from ._retry import RetryPolicy
from ._version import __version__

__all__ = [
    "AIOHTTP_LIMITS",
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "NoCookieJar",
    "NoCookies",
    "build_options",
    "pool_settings",
    "rate_limiting",
]

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


def build_options(
    client: str,
    *,
    api_key: str | None,
    site_url: str | None,
    base_url: str | None,
    user_agent: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
    retry: RetryPolicy | None,
    max_response_bytes: int,
    strict: bool,
) -> Options:
    """The options of a new client (`client` names its class in error messages)."""
    if api_key is None:
        api_key = os.environ.get("SIMVOLY_API_KEY")
    if not api_key:
        raise SimvolyError(
            f"No API key: pass {client}(api_key=...) or set SIMVOLY_API_KEY "
            "(Website Settings > Applications > API Key)."
        )
    check_header_value("api_key", api_key)
    given_base_url = base_url is not None  # a site's API root is checked by api_root
    if base_url is None:
        if site_url is None:
            site_url = os.environ.get("SIMVOLY_SITE_URL")
        if not site_url:
            raise SimvolyError(
                f"No site: pass {client}(site_url='https://mysite.simvoly.com') or set "
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
    return Options(
        base_url=checked_base_url(base_url) if given_base_url else base_url,
        headers=headers,
        timeout=checked_timeout(timeout),
        retry=retry if retry is not None else RetryPolicy(max_retries=checked_retries(max_retries)),
        max_response_bytes=checked_count("max_response_bytes", max_response_bytes, minimum=1),
        strict=checked_strict(strict),
    )


S = TypeVar("S")


def rate_limiting(
    rate_limit: RateLimit | None, semaphore: Callable[[int], S]
) -> tuple[Pacer | None, S | None]:
    """The shared state of a client's rate limit, if it has one: its pacer, and its cap
    on calls in flight as a `semaphore` of the client's kind (if it sets one)."""
    if rate_limit is None:
        return None, None
    if not isinstance(rate_limit, RateLimit):
        raise TypeError(f"rate_limit must be a simvoly.RateLimit, got {rate_limit!r}")
    cap = rate_limit.max_in_flight
    return Pacer(rate_limit), semaphore(cap) if cap is not None else None


class NoCookies(httpx.Cookies):
    """Cookies that keep nothing. The API authenticates by key and needs no cookie, yet
    httpx looks for cookies in every answer, wrapping each one in urllib objects for
    `http.cookiejar`: 12 us of client CPU per request, 2.5 % of a small one. And a
    cookie that a proxy sets is not sent back with later calls."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep nothing."""


NO_COOKIES = NoCookies()


class NoCookieJar:
    """For the SDK's own pools, first among the bases of an httpx client class: the
    client without a cookie jar (see `NoCookies`)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise TypeError("the SDK's connection pool keeps no cookies")


def pool_settings(timeout: httpx.Timeout, headers: Any) -> dict[str, Any]:
    """The settings of a connection pool the SDK makes, async or sync (the limits are
    read when the pool is made: the bench tries other ones)."""
    return {
        "timeout": timeout,
        "headers": headers,
        "limits": DEFAULT_LIMITS,
        "follow_redirects": False,
    }
