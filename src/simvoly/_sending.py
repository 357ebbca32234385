"""The send loop: one request, retried by the policy's rules, and turned into a result.

`send()` is one coroutine on purpose: every await inside httpx resumes each coroutine
frame of the call chain, so the hot path keeps that chain short.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any, NoReturn, TypeVar
from urllib.parse import urlencode

import attrs
import httpx

from . import _retry
from ._body import DEFAULT_MAX_RESPONSE_BYTES, Body, read_body
from ._deadline import time_limit
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    SimvolyError,
    make_status_error,
    redact,
)
from ._logging import logger
from ._parse_errors import describe_parse_failure
from ._pool import Pool
from ._retry import RetryPolicy, retry_after_seconds

__all__ = ["Options", "RedirectLocationError", "raise_connection_error", "send"]

T = TypeVar("T")

# What is read of an error answer: its message needs little, and a retried 503 with a
# huge page must not cost the page each time.
_ERROR_CAP = 1024 * 1024


class RedirectLocationError(httpx.RemoteProtocolError):
    """httpx refused a redirect's Location before handing the answer back."""


@attrs.frozen
class Options:
    """What a client sends with: where, as whom, how patiently."""

    base_url: str
    headers: Mapping[str, str] = attrs.field(repr=False)  # holds the API key
    timeout: httpx.Timeout
    retry: RetryPolicy
    # The most an answer may hold, decompressed (see _body).
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    # The longest part of `timeout`: an attempt with at least this long left before the
    # call's deadline keeps the configured timeout as it is.
    longest_timeout: float = attrs.field(init=False)
    # `timeout` as the request extension httpcore reads.
    timeout_extension: dict[str, float | None] = attrs.field(init=False)

    @longest_timeout.default
    def _longest(self) -> float:
        parts = (self.timeout.connect, self.timeout.read, self.timeout.write, self.timeout.pool)
        return max(part for part in parts if part is not None)

    @timeout_extension.default
    def _timeout_extension(self) -> dict[str, float | None]:
        return self.timeout.as_dict()


async def send(
    pool: Pool,
    options: Options,
    operation_id: str,
    request: dict[str, Any],
    parse: Callable[[Any], T] | None,
) -> T | None:
    """Send `request` (the generated `build_request()` output) and build its result.

    `parse` builds the result from the decoded JSON body; None (a DELETE) means any 2xx
    is done. Raises the `simvoly` exception for whatever went wrong, and nothing else.

    Requests on a pool the SDK built are built directly with its headers:
    `AsyncClient.build_request()` merges the client's URL, headers, cookies and query into
    every request, which costs 7-20 us per request for settings that never change. They
    are sent below httpx's redirect handling (which would read a malformed Location as a
    transport error, and retry it). A pool passed in by the caller goes through
    `build_request()` and `send()`, so that its own headers, hooks and auth apply.
    """
    policy = options.retry
    method: str = request["method"]
    url = options.base_url + request["url"]
    params: dict[str, Any] = request.get("params") or {}
    for name, value in params.items():
        if isinstance(value, str) and ("\r" in value or "\n" in value):
            # httpx would percent-encode them, but no API value has a line break, and one
            # in an email or title is more likely an injection attempt than intended.
            raise ValueError(f"{name} must not contain CR or LF characters")
    own_headers = pool.headers
    if own_headers is not None and params:
        url += "?" + urlencode([(key, _query_value(value)) for key, value in params.items()])
    deadline = _retry.monotonic() + policy.deadline
    retries = 0
    maybe_processed = False  # whether an earlier attempt may have been carried out
    while True:
        http = pool.http()
        timeout = _attempt_timeout(options, deadline)
        if own_headers is not None:
            http_request = httpx.Request(
                method,
                url,
                json=request.get("json"),
                headers=own_headers,
                extensions={
                    "timeout": options.timeout_extension
                    if timeout is options.timeout
                    else timeout.as_dict()
                },
            )
        else:
            http_request = http.build_request(
                method,
                url,
                params=params or None,
                json=request.get("json"),
                headers=options.headers,
                timeout=timeout,
            )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s (operation %s, try %d)", method, http_request.url, operation_id, retries + 1
            )
        try:
            # httpx's timeouts bound each read, not the whole answer: a server trickling
            # a byte now and then would never time out. This bounds the attempt.
            with time_limit(max(deadline - _retry.monotonic(), 0.001)):
                if own_headers is not None:
                    # Below the redirect handling; httpx's private API, pinned < 0.29.
                    response = await http._send_single_request(http_request)
                else:
                    response = await _send_on_callers_client(http, http_request)
                cap = options.max_response_bytes
                if response.status_code >= 300:
                    cap = min(cap, _ERROR_CAP)
                body = await read_body(response, cap)
        except TimeoutError as error:
            raise APITimeoutError(
                f"{_where(http_request)} did not finish within the call's deadline "
                f"({policy.deadline:g} s)",
                request=http_request,
                retries_taken=retries,
            ) from error
        except httpx.TransportError as error:
            if (
                not isinstance(error, RedirectLocationError)  # no retry changes a redirect
                and retries < policy.max_retries
                and policy.may_retry_error(operation_id, method, params, error)
                and await _wait(policy.backoff(retries), deadline, operation_id, error)
            ):
                retries += 1
                maybe_processed |= _retry.may_have_been_processed(error)
                continue
            raise_connection_error(error, http_request, retries)
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s answered %d", method, http_request.url, status)
        if status < 300:
            return _result(response, body, retries, parse)
        if status == 404 and method == "DELETE" and maybe_processed:
            # The answer to an earlier attempt was lost, and the record is gone now: that
            # attempt deleted it. The caller asked for it to be gone, and it is.
            logger.info(
                "%s %s answered 404 on retry: deleted by an earlier try", method, http_request.url
            )
            return None
        if retries < policy.max_retries and policy.may_retry_status(
            operation_id, method, params, status
        ):
            retry_after = retry_after_seconds(response.headers)
            if retry_after is None or retry_after <= policy.max_retry_after:
                wait = policy.backoff(retries) if retry_after is None else retry_after
                if await _wait(wait, deadline, operation_id, status):
                    retries += 1
                    maybe_processed |= _retry.may_have_been_processed(status)
                    continue
        raise make_status_error(response, retries_taken=retries, problem=body.problem)


async def _send_on_callers_client(
    http: httpx.AsyncClient, request: httpx.Request
) -> httpx.Response:
    """Send on an `http_client` the caller passed, with its hooks and auth."""
    try:
        return await http.send(request, stream=True, follow_redirects=False)
    except httpx.RemoteProtocolError as error:
        if str(error).startswith("Invalid URL in location header"):
            # httpx reads a redirect's target before it hands the answer back, so the
            # answer is lost: not retried (no retry changes a redirect), and raised as an
            # APIConnectionError that says so (a RedirectError needs the answer).
            raise RedirectLocationError(
                "the API redirected to a malformed Location, which httpx refused to read "
                "(redirects are never followed; check site_url)",
                request=request,
            ) from None
        raise
    except RuntimeError as error:
        raise SimvolyError(
            f"{_where(request)} failed: the http_client passed to AsyncSimvoly raised "
            f"RuntimeError({error}). An httpx.AsyncClient belongs to the event loop it was "
            "first used on: make one per event loop (or let the SDK make its own pool, "
            "which it keeps per loop)."
        ) from None


def _result(
    response: httpx.Response, body: Body, retries: int, parse: Callable[[Any], T] | None
) -> T | None:
    """The result of a 2xx answer."""
    content = body.content
    if parse is None and (not content or body.problem):
        return None  # a DELETE may answer 2xx with no body, or any body: done
    where = f"{response.request.method} {response.request.url.path}"
    if body.problem:
        raise APIResponseValidationError(
            f"{where} answered {response.status_code} with {body.problem}",
            response=response,
            retries_taken=retries,
        )
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):
        if parse is None:
            return None  # any 2xx acknowledges a DELETE, whatever its body
        raise APIResponseValidationError(
            f"{where} answered {response.status_code} with a body that is not JSON "
            f"({response.headers.get('content-type', 'no content type')})"
            + (" (nested too deeply to read)" if content[:1] in (b"[", b"{") else ""),
            response=response,
            retries_taken=retries,
        ) from None
    if isinstance(data, dict) and data.get("success") is False:
        raise make_status_error(response, body=data, retries_taken=retries)
    if parse is None:
        return None
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise APIResponseValidationError(
            _parse_failure(error, response), response=response, retries_taken=retries
        ) from error


def _attempt_timeout(options: Options, deadline: float) -> httpx.Timeout:
    """The request timeout, shortened so that the attempt ends by the deadline."""
    timeout = options.timeout
    remaining = deadline - _retry.monotonic()
    if remaining >= options.longest_timeout:
        return timeout
    remaining = max(remaining, 0.001)
    return httpx.Timeout(
        connect=_min(timeout.connect, remaining),
        read=_min(timeout.read, remaining),
        write=_min(timeout.write, remaining),
        pool=_min(timeout.pool, remaining),
    )


async def _wait(seconds: float, deadline: float, operation_id: str, cause: object) -> bool:
    """Sleep before a retry; False (no sleep) when that would pass the deadline."""
    if _retry.monotonic() + seconds > deadline:
        return False
    logger.info("retrying %s in %.2fs after %s", operation_id, seconds, _cause(cause))
    await _retry.sleep(seconds)
    return True


def _query_value(value: object) -> str:
    """A query value as httpx writes it (JSON-style booleans)."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _min(value: float | None, cap: float) -> float:
    return cap if value is None else min(value, cap)


def _cause(cause: object) -> str:
    return f"HTTP {cause}" if isinstance(cause, int) else type(cause).__name__


def raise_connection_error(
    error: httpx.TransportError, request: httpx.Request, retries: int
) -> NoReturn:
    """Raise the SDK's exception for a transport failure, with no header value in its text.

    A transport's text can quote what it refused (h11 quotes a whole header, API key
    included): such a text is redacted, and the original is not chained, so that no
    traceback shows it.
    """
    detail = str(error) or type(error).__name__
    safe = redact(detail, request.headers)
    where = _where(request)
    problem: APIConnectionError
    if isinstance(error, httpx.TimeoutException):
        problem = APITimeoutError(
            f"{where} timed out ({safe})", request=request, retries_taken=retries
        )
    else:
        problem = APIConnectionError(
            f"{where} failed: {safe}", request=request, retries_taken=retries
        )
    if safe != detail:
        raise problem from None
    raise problem from error


def _where(request: httpx.Request) -> str:
    return f"{request.method} {request.url.copy_with(query=None)}"


def _parse_failure(error: Exception, response: httpx.Response) -> str:
    """Say which request's answer broke which model and field."""
    where = f"{response.request.method} {response.request.url.path}"
    return f"{where} answered {describe_parse_failure(error, 'response')}"
