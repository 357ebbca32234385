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
Authorization header, which no exception shows.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import httpx

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
]

# How much of a non-JSON body (an HTML error page, say) a message quotes.
_SNIPPET_CHARS = 200


class SimvolyError(Exception):
    """The base of every exception this SDK raises."""


class APIError(SimvolyError):
    """A request to the API failed."""

    message: str
    request: httpx.Request
    retries_taken: int

    def __init__(self, message: str, *, request: httpx.Request, retries_taken: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.retries_taken = retries_taken


class APIStatusError(APIError):
    """The API answered with a status that means failure."""

    status_code: int
    response: httpx.Response
    body: object

    def __init__(
        self, message: str, *, response: httpx.Response, body: object, retries_taken: int = 0
    ) -> None:
        super().__init__(message, request=response.request, retries_taken=retries_taken)
        self.status_code = response.status_code
        self.response = response
        self.body = body

    def __str__(self) -> str:
        return f"{self.message} (HTTP {self.status_code})"


class BadRequestError(APIStatusError):
    """400: a parameter is missing, malformed or out of range."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: nothing matches the id or email."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the server (or a proxy in front of it) failed."""


class RedirectError(APIStatusError):
    """3xx: the API redirected, usually from a non-canonical host to the canonical one.

    Redirects are not followed: httpx drops the Authorization header on a cross-origin
    redirect, and sending it on would hand the key to another origin. `location` is the
    redirect target and `canonical_origin` its scheme and host, to use as `site_url`.
    """

    location: str | None
    canonical_origin: str | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: object, retries_taken: int = 0
    ) -> None:
        super().__init__(message, response=response, body=body, retries_taken=retries_taken)
        self.location = response.headers.get("location")
        self.canonical_origin = (
            _origin(response.request.url.join(self.location)) if (self.location) else None
        )


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
    """A 2xx answer whose body is not what openapi.yaml says (not JSON, a missing field...)."""

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
        return json.loads(content)
    except ValueError:
        return response.text


def error_message(body: object) -> str | None:
    """The `message` of a `{"success": false, "message": ...}` body, if it is one."""
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, str) and message:
            return message
    return None


def make_status_error(
    response: httpx.Response, *, body: object = None, retries_taken: int = 0
) -> APIStatusError:
    """The exception for a response whose status or body means failure."""
    if body is None:
        body = decode_body(response)
    status = response.status_code
    message = error_message(body) or _describe(response, body)
    cls: type[APIStatusError]
    if 300 <= status < 400:
        cls = RedirectError
        message = _redirect_message(response, message)
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = _STATUS_CLASSES.get(status, APIStatusError)
    return cls(message, response=response, body=body, retries_taken=retries_taken)


def _describe(response: httpx.Response, body: object) -> str:
    """A message for an error answer that carries none of its own."""
    reason = response.reason_phrase or "error"
    what = f"{response.request.method} {response.request.url.copy_with(query=None)}"
    if body is None:
        return f"{what} answered {response.status_code} {reason} with an empty body"
    if isinstance(body, str):
        snippet = " ".join(body.split())[:_SNIPPET_CHARS]
        content_type = response.headers.get("content-type", "no content type")
        return f"{what} answered {response.status_code} {reason} ({content_type}): {snippet}"
    return f"{what} answered {response.status_code} {reason}: {_short_json(body)}"


def _short_json(body: Any) -> str:
    return json.dumps(body, separators=(",", ":"))[:_SNIPPET_CHARS]


def _origin(url: httpx.URL) -> str:
    parts = urlsplit(str(url))
    return f"{parts.scheme}://{parts.netloc}"


def _redirect_message(response: httpx.Response, fallback: str) -> str:
    location = response.headers.get("location")
    if not location:
        return f"The API redirected ({response.status_code}) without a Location: {fallback}"
    origin = _origin(response.request.url.join(location))
    return (
        f"The API redirected ({response.status_code}) to {origin}, which is this site's "
        f"canonical address. Redirects are not followed, since that would drop or leak "
        f"the API key: use site_url={origin!r}."
    )
