"""One call of the API as data: what to send (`Call`), per-call options, and a raw answer.

A generated resource method checks its arguments, then builds a `Call`: the operation
(its row of the operations table), the path and query, the JSON body, and how to build
the result. The client sends it (async or sync), and either returns the result or, for
`with_raw_response`, a `RawResponse` holding the answer and building the result on
`parse()`.
"""

from __future__ import annotations

import contextvars
import datetime
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._formats import check_formats
from ._operation import Operation

__all__ = ["RAW", "Answer", "Call", "RawResponse", "RequestOptions"]

T = TypeVar("T")

#: Set while a `with_raw_response` method runs: the client answers a `RawResponse`.
RAW: contextvars.ContextVar[bool] = contextvars.ContextVar("simvoly_raw", default=False)

#: Builds a call's result from the decoded JSON of a 2xx answer, tolerantly or strictly.
Parse = Callable[[Any, bool], T]


@attrs.frozen
class Call(Generic[T]):
    """One request of an operation, before sending.

    Attributes:
        operation: The operation (method, path template, idempotency, pagination...).
        path: The path under the API root, its parameters filled in and encoded.
        params: The query parameters (None values already left out).
        json: The JSON body, or None.
        parse: Builds the result from the decoded JSON of a 2xx answer; None when any
            2xx means done (a DELETE), and the result is None.
    """

    operation: Operation
    path: str
    params: Mapping[str, Any]
    json: Any
    parse: Parse[T] | None

    @classmethod
    def of(
        cls, operation: Operation, request: Mapping[str, Any], parse: Parse[T] | None
    ) -> Call[T]:
        """From a generated `build_request()`'s output; each query parameter is sent under
        the other names openapi.yaml gives it too (`x-simvoly-also-sent-as`). Raises
        ValueError for a value that breaks the format openapi.yaml gives it."""
        params = request.get("params") or {}
        if operation.formats:
            check_formats(operation.formats, params, request.get("json"))
        if operation.query_aliases:
            params = dict(params)
            for name, others in operation.query_aliases.items():
                if name in params:
                    params.update(dict.fromkeys(others, params[name]))
        return cls(operation, request["url"], params, request.get("json"), parse)

    def with_params(self, params: Mapping[str, Any]) -> Call[T]:
        """The same call with more query parameters (a page's limit and offset)."""
        return attrs.evolve(self, params={**self.params, **params})


@attrs.frozen
class RequestOptions:
    """Options of one call, over the client's own (None: the client's).

    Attributes:
        timeout: Seconds for each attempt (or an `httpx.Timeout`).
        max_retries: Retries of a transient failure.
        extra_headers: Headers to send as well (checked like the client's own).
        extra_query: Query parameters to send as well (lists only).
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = attrs.field(default=None, repr=False)
    extra_query: Mapping[str, Any] | None = None


@attrs.frozen
class Answer:
    """A 2xx answer, read and decoded: what a result is built from."""

    response: httpx.Response
    data: Any  # the decoded JSON (None for an empty body)
    retries_taken: int


@attrs.frozen
class RawResponse(Generic[T]):
    """The HTTP answer of a call made through `with_raw_response`.

    For reading headers (rate limits, caching) or for logging; `parse()` builds the
    result the plain call would have returned. An error answer still raises, as the
    plain call does.

    Attributes:
        http_response: The `httpx.Response` (its body already read).
        retries_taken: How many retries the call took.
    """

    http_response: httpx.Response
    retries_taken: int
    _parse: Callable[[], T] = attrs.field(repr=False, alias="parse")

    @property
    def status_code(self) -> int:
        """The answer's HTTP status (a 2xx: an error answer raises instead)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request of the last attempt, as sent (its Authorization header included:
        log its method and URL, not its headers)."""
        return self.http_response.request

    @property
    def elapsed(self) -> datetime.timedelta:
        """The time from sending the last attempt to reading its whole answer."""
        return self.http_response.elapsed

    def parse(self) -> T:
        """The result the plain call returns (the model), built from the answer."""
        return self._parse()
