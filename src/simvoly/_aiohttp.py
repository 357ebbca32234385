"""`http_backend="aiohttp"`: an httpx transport over an aiohttp `ClientSession`.

httpx's API, aiohttp's connection pool (much less client CPU per request under
concurrency). The SDK's retry rules read httpx's exception classes as facts about what
happened, so each aiohttp failure is mapped by *when* it happened, which aiohttp's own
classes tell:

- before the request was written (no connection: refused, DNS, TLS, a connect or
  pool timeout): `httpx.ConnectError` / `httpx.ConnectTimeout`, safe to repeat;
- after it may have been written (the server disconnected or reset, a read timed out,
  the answer was malformed or cut short): `httpx.RemoteProtocolError`,
  `httpx.ReadError` or `httpx.ReadTimeout`, which only idempotent calls repeat. Any
  other aiohttp or socket error counts as this (maybe processed).

Bodies are passed on compressed (`auto_decompress=False`): the SDK decodes them itself,
bounded, as on httpx's own transport. aiohttp runs under asyncio only; under trio a call
raises a `SimvolyError` that says so. The session keeps no cookies and reads no proxy
settings from the environment.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import NoReturn

import aiohttp
import httpx
import sniffio

from ._exceptions import SimvolyError

__all__ = ["AiohttpTransport"]

_CHUNK = 64 * 1024
# How aiohttp says that the request could not be written (its ClientOSError's text).
_UNWRITTEN = "Can not write request body"


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests with one aiohttp session, made on first use in its event loop."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry or 15.0,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=False,
        )
        # aiohttp repeats an idempotent request once, unseen, when a kept-alive connection
        # breaks: the SDK's policy must see every attempt (a DELETE whose answer was lost
        # and is then answered 404 was done), and be the only one to retry. No public
        # option turns it off.
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None:
            if sniffio.current_async_library() != "asyncio":
                raise SimvolyError(
                    'http_backend="aiohttp" runs under asyncio only (aiohttp has no trio '
                    'support); under trio use the default http_backend="httpx".'
                )
            session = self._session = self._new_session()
        timeout = request.extensions["timeout"]  # the SDK sets every part
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=request.headers.multi_items(),
                data=request.content or None,
                allow_redirects=False,
                compress=False,
                timeout=aiohttp.ClientTimeout(
                    # `connect` covers waiting for a free connection and connecting.
                    connect=timeout["pool"] + timeout["connect"],
                    sock_connect=timeout["connect"],
                    sock_read=timeout["read"],
                ),
            )
        except (aiohttp.ClientError, OSError) as error:
            _raise_mapped(error, request)
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, request),
            extensions={"reason_phrase": (response.reason or "").encode("latin-1")},
            request=request,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()


class _Body(httpx.AsyncByteStream):
    """An aiohttp answer's body, raw, with aiohttp's failures mapped to httpx's."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(_CHUNK):
                yield chunk
        except (aiohttp.ClientError, OSError) as error:
            _raise_mapped(error, self._request)

    async def aclose(self) -> None:
        # A body read to the end keeps the connection for reuse; release() does that, and
        # closes a connection whose body was not read to the end.
        self._response.release()


def _raise_mapped(error: aiohttp.ClientError | OSError, request: httpx.Request) -> NoReturn:
    """Raise the httpx exception that says what happened (see the module docstring)."""
    mapped: type[httpx.TransportError]
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        mapped = httpx.ConnectTimeout  # no connection in time: nothing was sent
    elif isinstance(error, aiohttp.ClientConnectorError):
        mapped = httpx.ConnectError  # refused, unresolvable, TLS failed: nothing was sent
    elif isinstance(error, aiohttp.SocketTimeoutError):
        mapped = httpx.ReadTimeout
    elif isinstance(error, aiohttp.ClientResponseError | aiohttp.ClientPayloadError):
        # A malformed status line or header, or a body cut short: the server answered
        # something that is not HTTP, after the request was sent.
        mapped = httpx.RemoteProtocolError
    elif isinstance(error, aiohttp.ClientOSError) and _UNWRITTEN in str(error):
        # A kept-alive connection the server had closed: the request could not be
        # written, so the server cannot have acted on it (httpcore never reuses such a
        # connection; aiohttp finds out when writing to it).
        mapped = httpx.ConnectError
    elif isinstance(error, aiohttp.ServerDisconnectedError):
        mapped = httpx.RemoteProtocolError  # as httpcore: "Server disconnected"
    else:
        mapped = httpx.ReadError  # reset, broken pipe: the request may have arrived
    # The text is aiohttp's description of the failure; it never holds header values.
    raise mapped(str(error) or type(error).__name__, request=request) from error
