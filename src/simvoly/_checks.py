"""Checks of the client's arguments, made at construction so that no request carries a mistake.

Each error names the argument the caller passed and says how to fix it; none echoes a
header value (it may be the API key).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import TypeGuard
from urllib.parse import SplitResult, urlsplit

import httpx

from ._hosts import is_local_host

__all__ = [
    "api_root",
    "check_header_name",
    "check_header_value",
    "checked_base_url",
    "checked_count",
    "checked_query",
    "checked_retries",
    "checked_timeout",
    "is_int",
]

API_PATH = "/api/site"
# RFC 9110 field-value, in the ASCII that httpx sends: visible characters, with spaces and
# tabs allowed only between them.
_FIELD_VALUE = re.compile(r"[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?\Z")
# "https//host", "https:/host", "http:host": a scheme whose "://" is mistyped.
_MISTYPED_SCHEME = re.compile(r"(?i)(https?)(:/?|//|/)(?!/)")
_HOST = re.compile(r"[A-Za-z0-9.\-_\[\]:]+\Z")
# RFC 9110 token: a header's name.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")


def check_header_name(argument: str, name: str) -> None:
    """Refuse a header name that is not an RFC 9110 token."""
    if not isinstance(name, str) or not _TOKEN.match(name):
        raise ValueError(f"{argument}: {name!r} is not a valid header name")


def check_header_value(name: str, value: str) -> None:
    """Refuse a value that is not a valid header value; the error never shows the value."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string")
    if _FIELD_VALUE.match(value):
        return
    if not value.strip():
        raise ValueError(f"{name} must not be empty or blank")
    if value != value.strip(" \t"):
        raise ValueError(
            f"{name} starts or ends with a space or tab (a header value may not): strip it "
            f"(e.g. {name}=value.strip()). The value is not shown."
        )
    position = next(i for i, ch in enumerate(value) if not ("\x20" <= ch <= "\x7e" or ch == "\t"))
    kind = "a non-ASCII" if ord(value[position]) > 0x7E else "a control (CR, LF, NUL...)"
    raise ValueError(
        f"{name} contains {kind} character at position {position}, which a header value "
        "may not hold. The value is not shown."
    )


def api_root(site_url: str) -> str:
    """The API root of a site: `https://mysite.simvoly.com` -> `.../api/site`.

    Raises ValueError, naming `site_url` and the fix, for a URL that is not a site's.
    """
    site = site_url.strip().rstrip("/")
    if "://" not in site:
        mistyped = _MISTYPED_SCHEME.match(site)
        if mistyped:
            fixed = f"{mistyped.group(1).lower()}://{site[mistyped.end() :]}"
            raise ValueError(f"site_url {site_url!r} has a mistyped scheme: use {fixed!r}")
        site = f"https://{site}"
    scheme = site.partition("://")[0]
    if scheme.lower() not in ("https", "http"):
        raise ValueError(
            f"site_url {site_url!r} has the scheme {scheme!r}: use https:// (e.g. "
            "site_url='https://mysite.simvoly.com')"
        )
    parts = urlsplit(site)
    if " " in parts.netloc or not parts.hostname or not _HOST.match(parts.netloc):
        raise ValueError(
            f"site_url {site_url!r} has no valid host (a space or a stray character?): "
            "pass the site's address, e.g. site_url='https://mysite.simvoly.com'"
        )
    _check_host_and_port(parts.hostname, parts, site_url, "site_url")
    if parts.path.rstrip("/").endswith(API_PATH):
        site_only = site[: site.rindex(API_PATH)]
        raise ValueError(
            f"site_url {site_url!r} already ends with {API_PATH}, which the SDK adds: pass "
            f"site_url={site_only!r}, or the whole API root as base_url={site!r}"
        )
    return checked_base_url(f"{site}{API_PATH}", name="site_url")


def checked_base_url(base_url: str, *, name: str = "base_url") -> str:
    """An absolute http(s) API root, without a trailing slash."""
    url = base_url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(f"{name} must be an absolute https:// URL, got {base_url!r}")
    if " " in parts.netloc or not _HOST.match(parts.netloc):
        raise ValueError(f"{name} {base_url!r} has no valid host (a space or a stray character?)")
    _check_host_and_port(parts.hostname, parts, base_url, name)
    if parts.scheme == "http" and not is_local_host(parts.hostname):
        raise ValueError(
            f"refusing plain http:// for {parts.hostname}: the API key would travel in "
            "clear text. Use https:// (http:// is only allowed for localhost)."
        )
    if parts.query or parts.fragment:
        raise ValueError(f"{name} must not have a query or fragment, got {base_url!r}")
    return url.rstrip("/")


def _check_host_and_port(host: str, parts: SplitResult, url: str, name: str) -> None:
    """Refuse what no connection can be made to: both transports fail on it only when
    sending, and not as an API error (a bare UnicodeError, an ExceptionGroup)."""
    if ":" not in host:  # a name or IPv4 address (an IPv6 one is in brackets)
        labels = host.removesuffix(".").split(".")
        if len(host) > 253 or not all(1 <= len(label) <= 63 for label in labels):
            raise ValueError(
                f"{name} {url!r} has no valid host: a part of it between dots is empty "
                "or longer than 63 characters"
            )
    try:
        port = parts.port
    except ValueError:  # not a number, or past 65535
        port = 0
    if port is not None and not 1 <= port <= 65535:
        raise ValueError(f"{name} {url!r} has no valid port: use one from 1 to 65535, or none")


def _seconds(value: object) -> bool:
    """A finite number of seconds > 0 (not a bool)."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def checked_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if None in parts:
            raise ValueError("every part of the timeout must be set; None would wait forever")
        if not all(_seconds(part) for part in parts):
            raise ValueError(f"every part of the timeout must be a finite number > 0: {timeout}")
        return timeout
    if not _seconds(timeout):
        raise ValueError(
            "timeout must be a finite number of seconds > 0 (None would wait forever), "
            f"got {timeout!r}"
        )
    return httpx.Timeout(float(timeout), connect=min(float(timeout), 10.0))


def checked_retries(max_retries: int) -> int:
    return checked_count("max_retries", max_retries, minimum=0)


def is_int(value: object) -> TypeGuard[int]:
    """An int, not a bool (JSON's integer)."""
    return isinstance(value, int) and not isinstance(value, bool)


def checked_count(name: str, value: int, *, minimum: int) -> int:
    if not is_int(value) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


def checked_query(
    extra_query: Mapping[str, object], *, reserved: tuple[str, ...] = ()
) -> dict[str, str | int | bool]:
    """`extra_query`: names are strings, values are strings, integers or booleans; none
    of the `reserved` names (a list's paging parameters, which its pages set)."""
    if not isinstance(extra_query, Mapping):
        raise TypeError(f"extra_query must be a mapping of names to values, got {extra_query!r}")
    checked: dict[str, str | int | bool] = {}
    for name, value in extra_query.items():
        if not isinstance(name, str) or not name:
            raise ValueError(f"extra_query: {name!r} is not a query parameter name")
        if name in reserved:
            raise ValueError(
                f"extra_query must not set {name}: each page sets it (pass the list's own "
                "limit= and skip= arguments)"
            )
        if not isinstance(value, str | int):  # bool is an int
            raise ValueError(
                f"extra_query[{name!r}] must be a string, an integer or a boolean, got {value!r}"
            )
        checked[name] = value
    return checked
