"""The send loop: one request, retried by the policy's rules, and turned into a result.

`send()` is one coroutine on purpose: every await inside httpx resumes each coroutine
frame of the call chain, so the hot path keeps that chain short.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import urlencode

import attrs
import httpx

from . import _retry
from ._deadline import time_limit
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
)
from ._logging import logger
from ._parse_errors import describe_parse_failure
from ._retry import RetryPolicy, retry_after_seconds

__all__ = ["Options", "send"]

T = TypeVar("T")


@attrs.frozen
class Options:
    """What a client sends with: where, as whom, how patiently."""

    base_url: str
    headers: Mapping[str, str] = attrs.field(repr=False)  # holds the API key
    timeout: httpx.Timeout
    retry: RetryPolicy
    # Check every answer against the spec: any deviation raises (see simvoly._tolerance).
    strict: bool = False
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
    http: httpx.AsyncClient,
    options: Options,
    own_headers: httpx.Headers | None,
    operation_id: str,
    request: dict[str, Any],
    parse: Callable[[Any, bool], T] | None,
) -> T | None:
    """Send `request` (the generated `build_request()` output) and build its result.

    `parse(body, strict)` builds the result from the decoded JSON body; None (a DELETE)
    means any 2xx is done. Raises the `simvoly` exception for whatever went wrong.

    `own_headers` are every header of a pool the SDK built. Requests on such a pool are
    built directly: `AsyncClient.build_request()` merges the client's URL, headers,
    cookies and query into every request, which costs 7-20 us per request for settings
    that never change. A pool passed in by the caller goes through `build_request()`,
    so that its own headers, cookies and query parameters apply.
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
    if own_headers is not None and params:
        url += "?" + urlencode([(key, _query_value(value)) for key, value in params.items()])
    deadline = _retry.monotonic() + policy.deadline
    retries = 0
    maybe_processed = False  # whether an earlier attempt may have been carried out
    while True:
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
                response = await http.send(http_request, follow_redirects=False)
        except TimeoutError as error:
            raise APITimeoutError(
                f"{_where(http_request)} did not finish within the call's deadline "
                f"({policy.deadline:g} s)",
                request=http_request,
                retries_taken=retries,
            ) from error
        except httpx.TransportError as error:
            if (
                retries < policy.max_retries
                and policy.may_retry_error(operation_id, method, params, error)
                and await _wait(policy.backoff(retries), deadline, operation_id, error)
            ):
                retries += 1
                maybe_processed |= _retry.may_have_been_processed(error)
                continue
            raise _connection_error(error, http_request, retries) from error
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s answered %d", method, http_request.url, status)
        if status < 300:
            return _result(response, retries, parse, options.strict)
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
        raise make_status_error(response, retries_taken=retries)


def _result(
    response: httpx.Response,
    retries: int,
    parse: Callable[[Any, bool], T] | None,
    strict: bool = False,
) -> T | None:
    """The result of a 2xx answer."""
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
        return parse(data, strict)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
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


def _connection_error(
    error: httpx.TransportError, request: httpx.Request, retries: int
) -> APIConnectionError:
    detail = str(error) or type(error).__name__
    where = _where(request)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{where} timed out ({detail})", request=request, retries_taken=retries
        )
    return APIConnectionError(f"{where} failed: {detail}", request=request, retries_taken=retries)


def _where(request: httpx.Request) -> str:
    return f"{request.method} {request.url.copy_with(query=None)}"


def _parse_failure(error: Exception, response: httpx.Response) -> str:
    """Say which request's answer broke which model and field."""
    where = f"{response.request.method} {response.request.url.path}"
    return f"{where} answered {describe_parse_failure(error, 'response')}"
