"""One call through its attempts, without I/O: the rules both send loops follow.

An `Exchange` builds each attempt's request, and after a transport failure or an answer
decides what comes next: a result, a wait before the next attempt, or the exception to
raise. It never sends, reads or sleeps: the async loop (`_sending`) and the sync loop
(`_sync_sending`) do, each in a few lines, so that the two clients cannot drift apart.

The rules:

- Attempts stop at the call's deadline (`RetryPolicy.deadline`): each attempt's timeout
  is cut to the time left, and a wait that would pass it is not taken.
- A transport failure is retried when the policy allows it for the operation (a request
  never sent always may be; one that may have been processed only if repeating it is
  harmless), never for a redirect whose Location httpx refused.
- A status in `RETRY_STATUSES` is retried by the same rules, waiting `Retry-After` up to
  `max_retry_after` (past it, the error is raised at once).
- A DELETE retried after an attempt that may have been processed, and then answered
  404, is done: that attempt deleted the record.
- A 2xx answer is decoded here; `{"success": false, ...}` on a 2xx is an error too.
- A shared `Pacer` (rate limit), when the client has one, is asked before each attempt
  and told of each answer.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, NoReturn, TypeVar
from urllib.parse import urlencode

import httpx

from . import _json, _retry
from ._body import Body
from ._call import Answer, Call
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
    redact,
    where,
)
from ._logging import logger
from ._parse_errors import describe_parse_failure
from ._retry import retry_after_seconds

if TYPE_CHECKING:
    from ._limiter import Pacer
    from ._options import Options

__all__ = [
    "ERROR_CAP",
    "Exchange",
    "RedirectLocationError",
    "connection_error",
    "refused_location",
    "where",
]

T = TypeVar("T")

#: What is read of an error answer: its message needs little, and a retried 503 with a
#: huge page must not cost the page each time.
ERROR_CAP = 1024 * 1024


class RedirectLocationError(httpx.RemoteProtocolError):
    """httpx refused a redirect's Location before handing the answer back."""


def refused_location(
    error: httpx.RemoteProtocolError, request: httpx.Request
) -> RedirectLocationError | None:
    """What a caller's `http_client` raised when httpx refused a redirect's Location, or
    None for any other protocol error. httpx reads a redirect's target before it hands
    the answer back, so the answer is lost: not retried (no retry changes a redirect),
    and raised as an APIConnectionError that says so (a RedirectError needs the answer)."""
    if not str(error).startswith("Invalid URL in location header"):
        return None
    return RedirectLocationError(
        "the API redirected to a malformed Location, which httpx refused to read "
        "(redirects are never followed; check site_url)",
        request=request,
    )


class Exchange(Generic[T]):
    """The state of one call across its attempts (see the module docstring)."""

    __slots__ = (
        "call",
        "deadline",
        "maybe_processed",
        "method",
        "options",
        "pacer",
        "params",
        "retries",
        "url",
    )

    def __init__(
        self,
        options: Options,
        call: Call[T],
        *,
        query_in_url: bool,
        pacer: Pacer | None = None,
    ) -> None:
        params = call.params
        for name, value in params.items():
            if isinstance(value, str) and ("\r" in value or "\n" in value):
                # httpx would percent-encode them, but no API value has a line break, and
                # one in an email or title is more likely an injection than intended.
                raise ValueError(f"{name} must not contain CR or LF characters")
        url = options.base_url + call.path
        if query_in_url and params:
            url += "?" + urlencode([(key, _query_value(value)) for key, value in params.items()])
        self.options = options
        self.call = call
        self.method = call.operation.method
        self.params = params
        self.url = url
        self.pacer = pacer
        self.deadline = _retry.monotonic() + options.retry.deadline
        self.retries = 0
        self.maybe_processed = False  # whether an earlier attempt may have been carried out

    # -- before an attempt ----------------------------------------------------------------

    def pace(self) -> float:
        """Seconds to wait before the next attempt, for the client's rate limit."""
        pacer = self.pacer
        return 0.0 if pacer is None else pacer.delay(_retry.monotonic())

    def request(
        self, http: httpx.AsyncClient | httpx.Client, own_headers: httpx.Headers | None
    ) -> httpx.Request:
        """The next attempt's request.

        On a pool the SDK built (`own_headers`: every header it sends), the request is
        built directly: `build_request()` merges the client's URL, headers, cookies and
        query into every request, 7-20 us per request for settings that never change. A
        pool the caller passed goes through `build_request()`, so its settings apply.
        """
        options = self.options
        timeout = self._attempt_timeout()
        if own_headers is not None:
            headers = own_headers
            if options.extra_headers:
                headers = own_headers.copy()
                headers.update(options.extra_headers)
            request = httpx.Request(
                self.method,
                self.url,
                json=self.call.json,
                headers=headers,
                extensions={
                    "timeout": options.timeout_extension
                    if timeout is options.timeout
                    else timeout.as_dict()
                },
            )
        else:
            sent: Mapping[str, str] = options.headers
            if options.extra_headers:
                # httpx.Headers: an extra header replaces the client's whatever its case
                # (a dict would keep both `User-Agent` and `user-agent`, and send both).
                sent = httpx.Headers(sent)
                sent.update(options.extra_headers)
            request = http.build_request(
                self.method,
                self.url,
                params=self.params or None,
                json=self.call.json,
                headers=sent,
                timeout=timeout,
            )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s (operation %s, try %d)",
                self.method,
                request.url,
                self.call.operation.id,
                self.retries + 1,
            )
        return request

    def time_left(self) -> float:
        """Seconds the attempt may take, by the call's deadline."""
        return max(self.deadline - _retry.monotonic(), 0.001)

    def _attempt_timeout(self) -> httpx.Timeout:
        """The request timeout, shortened so that the attempt ends by the deadline."""
        options = self.options
        timeout = options.timeout
        remaining = self.deadline - _retry.monotonic()
        if remaining >= options.longest_timeout:
            return timeout
        remaining = max(remaining, 0.001)
        return httpx.Timeout(
            connect=_min(timeout.connect, remaining),
            read=_min(timeout.read, remaining),
            write=_min(timeout.write, remaining),
            pool=_min(timeout.pool, remaining),
        )

    def body_cap(self, response: httpx.Response) -> int:
        """How much of this answer to read, at most."""
        cap = self.options.max_response_bytes
        return cap if response.status_code < 300 else min(cap, ERROR_CAP)

    # -- after an attempt ------------------------------------------------------------------

    def timed_out(self, request: httpx.Request, error: BaseException) -> NoReturn:
        """The attempt ran past the call's deadline."""
        raise APITimeoutError(
            f"{where(request)} did not finish within the call's deadline "
            f"({self.options.retry.deadline:g} s)",
            request=request,
            retries_taken=self.retries,
        ) from error

    def failed(self, request: httpx.Request, error: httpx.TransportError) -> float:
        """The wait before retrying a transport failure; raises when it is not retried."""
        policy = self.options.retry
        if (
            not isinstance(error, RedirectLocationError)  # no retry changes a redirect
            and self.retries < policy.max_retries
            and policy.may_retry_error(self.call.operation, self.params, error)
        ):
            wait = self._wait(policy.backoff(self.retries), error)
            if wait is not None:
                self.maybe_processed |= _retry.may_have_been_processed(error)
                return wait
        raise connection_error(error, request, self.retries)

    def answered(self, response: httpx.Response, body: Body) -> Answer | float:
        """The answer of a 2xx (or of a DELETE done by a lost attempt), or the wait before
        the next attempt; raises the exception of an error answer."""
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s answered %d", self.method, response.request.url, status)
        policy = self.options.retry
        pacer = self.pacer
        if pacer is not None:
            pause = 0.0
            if status == 429:  # every call waits as long as this one is asked to
                asked = retry_after_seconds(response.headers)
                pause = policy.backoff(self.retries) if asked is None else asked
            pacer.answered(status, _retry.monotonic(), pause)
        if status < 300:
            return self._decoded(response, body)
        if status == 404 and self.method == "DELETE" and self.maybe_processed:
            # The answer to an earlier attempt was lost, and the record is gone now: that
            # attempt deleted it. The caller asked for it to be gone, and it is.
            logger.info(
                "%s %s answered 404 on retry: deleted by an earlier try",
                self.method,
                response.request.url,
            )
            return Answer(response, None, self.retries)
        hint = None
        if policy.may_retry_status(self.call.operation, self.params, status):
            retry_after = retry_after_seconds(response.headers)
            wait = policy.backoff(self.retries) if retry_after is None else retry_after
            if self.retries >= policy.max_retries:
                hint = _out_of_retries(policy.max_retries)
            elif retry_after is not None and retry_after > policy.max_retry_after:
                hint = (
                    f"Not retried: it asked to wait {retry_after:g} s (Retry-After), over "
                    f"RetryPolicy.max_retry_after ({policy.max_retry_after:g} s)"
                )
            elif self._wait(wait, status) is None:
                hint = (
                    f"Not retried: waiting {wait:g} s would pass the call's deadline "
                    f"(RetryPolicy.deadline, {policy.deadline:g} s)"
                )
            else:
                self.maybe_processed |= _retry.may_have_been_processed(status)
                return wait
        raise make_status_error(
            response, retries_taken=self.retries, problem=body.problem, hint=hint
        )

    def _wait(self, seconds: float, cause: object) -> float | None:
        """`seconds`, counted as a retry, or None when waiting would pass the deadline."""
        if _retry.monotonic() + seconds > self.deadline:
            return None
        logger.info("retrying %s in %.2fs after %s", self.call.operation.id, seconds, _cause(cause))
        self.retries += 1
        return seconds

    def _decoded(self, response: httpx.Response, body: Body) -> Answer:
        """A 2xx answer, its JSON decoded."""
        parse = self.call.parse
        content = body.content
        if parse is None and (not content or body.problem):
            return Answer(response, None, self.retries)  # any 2xx acknowledges a DELETE
        if body.problem:
            raise APIResponseValidationError(
                f"{_answered(response)} answered {response.status_code} with {body.problem}",
                response=response,
                retries_taken=self.retries,
            )
        try:
            data = _json.loads(content)
        except (ValueError, RecursionError):
            if parse is None:
                return Answer(response, None, self.retries)
            raise APIResponseValidationError(
                f"{_answered(response)} answered {response.status_code} with a body that is "
                f"not JSON ({response.headers.get('content-type', 'no content type')})"
                + (" (nested too deeply to read)" if content[:1] in (b"[", b"{") else ""),
                response=response,
                retries_taken=self.retries,
            ) from None
        if isinstance(data, dict) and data.get("success") is False:
            raise make_status_error(response, body=data, retries_taken=self.retries)
        return Answer(response, data, self.retries)

    def result(self, answer: Answer) -> T:
        """The call's result, built from a 2xx answer (None when the call has no parse)."""
        parse = self.call.parse
        if parse is None:
            return None  # type: ignore[return-value] # T is None for calls without a parse
        try:
            return parse(answer.data, self.options.strict)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
            response = answer.response
            raise APIResponseValidationError(
                f"{_answered(response)} answered {describe_parse_failure(error, 'response')}",
                response=response,
                retries_taken=answer.retries_taken,
            ) from error


def connection_error(
    error: httpx.TransportError, request: httpx.Request, retries: int
) -> APIConnectionError:
    """The SDK's exception for a transport failure, with no header value in its text.

    A transport's text can quote what it refused (h11 quotes a whole header, API key
    included): such a text is redacted, and the original is then not chained as the
    cause, so that no traceback shows it.
    """
    detail = str(error) or type(error).__name__
    safe = redact(detail, request.headers)
    place = where(request)
    problem: APIConnectionError
    if isinstance(error, httpx.TimeoutException):
        problem = APITimeoutError(
            f"{place} timed out ({safe})", request=request, retries_taken=retries
        )
    else:
        problem = APIConnectionError(
            f"{place} failed: {safe}", request=request, retries_taken=retries
        )
    problem.__cause__ = error if safe == detail else None
    problem.__suppress_context__ = True  # as `raise ... from`
    return problem


def _out_of_retries(max_retries: int) -> str:
    if max_retries == 0:
        return "Not retried: RetryPolicy.max_retries is 0"
    return f"Gave up after {max_retries} retries (RetryPolicy.max_retries)"


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


def _answered(response: httpx.Response) -> str:
    """The call an answer answered, for the messages of answers that cannot be read (only
    then: not on the path of every answer)."""
    return f"{response.request.method} {response.request.url.path}"
