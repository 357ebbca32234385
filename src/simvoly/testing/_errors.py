"""The one exception the sandbox's handlers raise: an API error answer.

A handler that finds something wrong raises `ApiError(status, message)`; the ASGI app
turns it into the API's error body, `{"success": false, "message": ...}`.
"""

from __future__ import annotations

import json

__all__ = ["ApiError", "bad_request", "error_body", "not_found"]


class ApiError(Exception):
    """An error answer: `status` with `{"success": false, "message": message}`."""

    def __init__(
        self, status: int, message: str, *, headers: tuple[tuple[str, str], ...] = ()
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_body(message: str) -> bytes:
    """The API's error body, `{"success": false, "message": message}`, as JSON bytes."""
    return json.dumps({"success": False, "message": message}).encode()


def bad_request(message: str) -> ApiError:
    """A 400: the request is malformed (a field missing, of the wrong type, out of range)."""
    return ApiError(400, message)


def not_found(what: str) -> ApiError:
    """A 404: nothing has that id or email."""
    return ApiError(404, f"{what} not found")
