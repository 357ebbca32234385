"""Every error the SDK raises, and the one function that maps a response to its class.

    SimvolyError
    ├── APIError                          message, request, retries_taken
    │   ├── APIStatusError                status_code, response, body
    │   │   ├── BadRequestError               400
    │   │   ├── AuthenticationError           401
    │   │   ├── PermissionDeniedError         403
    │   │   ├── NotFoundError                 404
    │   │   ├── ConflictError                 409
    │   │   ├── UnprocessableEntityError      422
    │   │   ├── RateLimitError                429
    │   │   ├── InternalServerError           >= 500
    │   │   └── RedirectError                 3xx (redirects are never followed)
    │   ├── APIConnectionError            the API could not be reached
    │   │   └── APITimeoutError
    │   └── APIResponseValidationError    a 2xx answer that is not what the spec says
    └── WebhookError (simvoly.webhooks)   also a ValueError
        ├── WebhookVerificationError      not authentic: bad or missing signature
        │   └── WebhookReplayError        a delivery seen within the replay window
        └── WebhookPayloadError           authentic, but not a readable event

Any other status (405, 410, ...) raises APIStatusError itself. The message is the body's
`message` when the body is `{"success": false, "message": ...}`, whatever the status; a
body without one (an HTML error page, an empty body, a proxy's 520) still gives a message
that says what came back. Messages never contain the API key: it only travels in the
Authorization header, which no exception shows, and a transport's text that quotes a
header value is redacted.

Exceptions pickle (a process pool or a Celery worker can send one back): the copy keeps
the message, status, body and the request's method and URL, and carries no credential
header (Authorization, Proxy-Authorization, Cookie are replaced by "[redacted]").
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import _json
from ._retry import retry_after_seconds

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "SimvolyError",
    "UnprocessableEntityError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookReplayError",
    "WebhookVerificationError",
    "make_status_error",
    "redact",
    "where",
]

# How much of a non-JSON body (an HTML error page, say) a message quotes.
_SNIPPET_CHARS = 200
# Headers whose values are credentials: never pickled, never quoted.
_SECRET_HEADERS = ("authorization", "proxy-authorization", "cookie")
_REDACTED = "[redacted]"


class SimvolyError(Exception):
    """The base of every exception this SDK raises."""


class APIError(SimvolyError):
    """A request to the API failed.

    Attributes:
        message: What went wrong: the server's own message when it sent one.
        request: The request of the last attempt (`httpx.Request`: its method and URL).
        retries_taken: How many retries the call took before this error.
    """

    message: str
    request: httpx.Request
    retries_taken: int

    def __init__(self, message: str, *, request: httpx.Request, retries_taken: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.retries_taken = retries_taken

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only arguments defeat Exception's own pickling, and the request's
        # headers hold the API key: the copy is rebuilt from its attributes, redacted.
        state = dict(vars(self))
        state["request"] = _redacted_request(self.request)
        if "response" in state:  # the request of an error's response is its own request
            response = copy.copy(state["response"])  # httpx's own pickle state, body read
            response.request = state["request"]
            state["response"] = response
        return (_unpickle, (type(self), self.args), state)


def _unpickle(cls: type[APIError], args: tuple[Any, ...]) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    return error  # its attributes are set from the pickled state next


def _redacted_request(request: httpx.Request) -> httpx.Request:
    headers = httpx.Headers(request.headers)
    for name in _SECRET_HEADERS:
        if name in headers:
            headers[name] = _REDACTED
    # Every request the SDK sends holds its (JSON) body in memory: none is streamed.
    return httpx.Request(request.method, request.url, headers=headers, content=request.content)


def redact(text: str, headers: Mapping[str, str]) -> str:
    """`text` without the value (or the token of the value) of any credential header."""
    for name in _SECRET_HEADERS:
        value = headers.get(name)
        if value:
            for secret in (value, value.partition(" ")[2]):
                if len(secret) >= 4:
                    text = text.replace(secret, _REDACTED)
    return text


class APIStatusError(APIError):
    """The API answered with a status that means failure.

    `message` is the server's; `hint`, when the SDK has one, says what to check or why
    the call was not retried (str(error) shows both).

    Attributes:
        status_code: The answer's HTTP status.
        response: The answer (`httpx.Response`, its body read).
        body: The answer's body: the decoded JSON, its text when it is not JSON, or None
            when it was empty.
        hint: What the SDK adds to the server's message, or None.
    """

    status_code: int
    response: httpx.Response
    body: object
    hint: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        retries_taken: int = 0,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request, retries_taken=retries_taken)
        self.status_code = response.status_code
        self.response = response
        self.body = body
        self.hint = hint
        self._read(response)

    def _read(self, response: httpx.Response) -> None:
        """Read what an answer of this class carries beyond its message (subclasses)."""

    def __str__(self) -> str:
        text = f"{self.message} (HTTP {self.status_code})"
        return text if self.hint is None else f"{text}. {self.hint}"


class BadRequestError(APIStatusError):
    """400: a parameter is missing, malformed or out of range."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong. Its text says what to check."""

    def _read(self, response: httpx.Response) -> None:
        self.hint = (
            "Check the API key (Website Settings > Applications > API Key) and the site: "
            f"a key works only on the site it belongs to (this call went to "
            f"{_origin(response.request.url)})"
        )


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: nothing matches the id or email."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests.

    `retry_after` is the wait the answer asked for, in seconds (`Retry-After`, an HTTP date
    or `retry-after-ms`), or None; `hint` says why the SDK did not wait and retry (out of
    retries, a wait over `RetryPolicy.max_retry_after`, or past the call's deadline).

    Attributes:
        retry_after: Seconds the answer asked to wait before trying again, or None.
    """

    retry_after: float | None

    def _read(self, response: httpx.Response) -> None:
        self.retry_after = retry_after_seconds(response.headers)


class InternalServerError(APIStatusError):
    """5xx: the server (or a proxy in front of it) failed."""


class RedirectError(APIStatusError):
    """3xx: the API redirected, usually from a non-canonical host to the canonical one.

    Redirects are not followed: httpx drops the Authorization header on a cross-origin
    redirect, and sending it on would hand the key to another origin. `location` is the
    redirect target and `canonical_origin` its scheme and host, to use as `site_url`.

    Attributes:
        location: The redirect's target (its Location header), or None.
        canonical_origin: The target's scheme and host, to use as `site_url`, or None.
    """

    location: str | None
    canonical_origin: str | None

    def _read(self, response: httpx.Response) -> None:
        self.location = response.headers.get("location")
        self.canonical_origin = _target_origin(response, self.location)


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke before an answer."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request, retries_taken: int = 0
    ) -> None:
        super().__init__(message, request=request, retries_taken=retries_taken)


class APITimeoutError(APIConnectionError):
    """The request timed out, or the call's retry deadline passed."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request, retries_taken: int = 0
    ) -> None:
        super().__init__(message, request=request, retries_taken=retries_taken)


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what openapi.yaml says (not JSON, a missing field...).

    Attributes:
        status_code: The answer's HTTP status.
        response: The answer (`httpx.Response`, its body read).
    """

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, retries_taken: int = 0) -> None:
        super().__init__(message, request=response.request, retries_taken=retries_taken)
        self.response = response
        self.status_code = response.status_code


# -- webhooks (raised by simvoly.webhooks; here so that `import simvoly` stays light) --


class WebhookError(SimvolyError, ValueError):
    """A webhook delivery was refused: the base of the errors below."""


class WebhookVerificationError(WebhookError):
    """The delivery is not authentic: its X-Webhook-Signature is missing or wrong.

    The message says why (missing header, wrong length, not hex, no match) and never
    contains the secret or the expected signature.
    """


class WebhookReplayError(WebhookVerificationError):
    """An authentic delivery seen before, within a `ReplayGuard`'s window.

    Legitimate retries by the server look the same: answer it with a 2xx (the delivery
    was handled the first time) rather than an error.
    """


class WebhookPayloadError(WebhookError):
    """The delivery is not a readable event: no topic, invalid JSON, or the wrong shape."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def decode_body(response: httpx.Response) -> object:
    """The JSON body of a response, or its text when it is not JSON (None when empty)."""
    content = response.content
    if not content:
        return None
    try:
        return _json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than Python can
        return response.text


def error_message(body: object) -> str | None:
    """The `message` of a `{"success": false, "message": ...}` body, if it is one."""
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, str) and message:
            return message
    return None


def make_status_error(
    response: httpx.Response,
    *,
    body: object = None,
    retries_taken: int = 0,
    problem: str | None = None,
    hint: str | None = None,
) -> APIStatusError:
    """The exception for a response whose status or body means failure.

    `problem` says why the body was not read whole (too large, undecodable); `hint` why
    a retryable answer was not retried.
    """
    if body is None:
        body = decode_body(response)
    status = response.status_code
    message = error_message(body) or _describe(response, body, problem)
    cls: type[APIStatusError]
    if 300 <= status < 400:
        cls = RedirectError
        message = _redirect_message(response, message)
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = _STATUS_CLASSES.get(status, APIStatusError)
    return cls(message, response=response, body=body, retries_taken=retries_taken, hint=hint)


def _describe(response: httpx.Response, body: object, problem: str | None = None) -> str:
    """A message for an error answer that carries none of its own."""
    reason = response.reason_phrase or "error"
    what = where(response.request)
    if body is None:
        return f"{what} answered {response.status_code} {reason} with {problem or 'an empty body'}"
    note = "" if problem is None else f" [{problem}]"
    if isinstance(body, str):
        # Cut before splitting: a huge page split into words costs its size many times.
        snippet = " ".join(body[: _SNIPPET_CHARS * 4].split())[:_SNIPPET_CHARS]
        content_type = response.headers.get("content-type", "no content type")
        return f"{what} answered {response.status_code} {reason} ({content_type}): {snippet}{note}"
    return f"{what} answered {response.status_code} {reason}: {_short_json(body)}{note}"


def where(request: httpx.Request) -> str:
    """A request's method and URL without its query, for messages."""
    return f"{request.method} {request.url.copy_with(query=None)}"


def _short_json(body: Any) -> str:
    return json.dumps(body, separators=(",", ":"))[:_SNIPPET_CHARS]


def _origin(url: httpx.URL) -> str:
    parts = urlsplit(str(url))
    return f"{parts.scheme}://{parts.netloc}"


def _target_origin(response: httpx.Response, location: str | None) -> str | None:
    """The scheme and host a redirect points to; None when it has no readable Location."""
    if not location:
        return None
    try:
        return _origin(response.request.url.join(location))
    except (httpx.InvalidURL, ValueError):
        return None


def _redirect_message(response: httpx.Response, fallback: str) -> str:
    location = response.headers.get("location")
    if not location:
        return f"The API redirected ({response.status_code}) without a Location: {fallback}"
    origin = _target_origin(response, location)
    if origin is None:
        return (
            f"The API redirected ({response.status_code}) to a malformed Location. "
            "Redirects are not followed; check site_url (the site's own address)."
        )
    return (
        f"The API redirected ({response.status_code}) to {origin}, which is this site's "
        f"canonical address. Redirects are not followed, since that would drop or leak "
        f"the API key: use site_url={origin!r}."
    )
