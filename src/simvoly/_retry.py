"""Which failed requests are retried, how long to wait, and when to give up.

Retrying is data (this module, and each operation's `repeatable()` from openapi.yaml)
plus one small loop (`simvoly._sending.send`). A request is retried when its failure is
transient *and* repeating it cannot duplicate anything:

- GET, PUT and DELETE are idempotent: retried on connection errors, timeouts and the
  statuses in `RETRY_STATUSES`.
- POST creates things. It is retried only when the server cannot have acted on it: the
  connection was never made (connect error or timeout, pool timeout), or the answer was
  429 (rejected before processing). The POSTs that openapi.yaml marks
  `x-simvoly-idempotent` (upserts by nature, or when a query value makes them so) are
  retried like a PUT.

Waits grow exponentially with jitter, honour `Retry-After` (seconds, an HTTP date or
`retry-after-ms`) up to `max_retry_after` (beyond it the error is raised instead of
waiting), and never run past the call's `deadline`.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from typing import Any

import anyio
import attrs
import httpx

from ._checks import checked_count
from ._operation import Operation

__all__ = ["RETRY_STATUSES", "RetryPolicy", "retry_after_seconds"]

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Transport failures that prove the request never reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def may_have_been_processed(failure: httpx.TransportError | int) -> bool:
    """Whether an attempt that failed so (an error, or a retried status) may have been
    carried out by the server anyway: anything but a request never sent or a 429."""
    if isinstance(failure, int):
        return failure != 429
    return not isinstance(failure, _NOT_SENT)


@attrs.frozen
class RetryPolicy:
    """How a call is retried. Every field has a safe default.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        initial_backoff: The first wait, in seconds; it doubles with each retry.
        max_backoff: The longest computed wait, in seconds.
        jitter: The fraction of each wait that is random, so clients do not retry in step.
        max_retry_after: The longest `Retry-After` honoured; a longer one raises at once.
        deadline: The longest a call may take in all, retries and waits included.
    """

    max_retries: int = attrs.field(
        default=2, validator=lambda _, a, v: checked_count(f"RetryPolicy.{a.name}", v, minimum=0)
    )
    initial_backoff: float = attrs.field(
        default=0.5, validator=lambda _, a, v: _seconds(a.name, v, zero=True)
    )
    max_backoff: float = attrs.field(
        default=8.0, validator=lambda _, a, v: _seconds(a.name, v, zero=True)
    )
    jitter: float = attrs.field(default=0.25, validator=lambda _, a, v: _fraction(a.name, v))
    max_retry_after: float = attrs.field(
        default=60.0, validator=lambda _, a, v: _seconds(a.name, v, zero=True)
    )
    deadline: float = attrs.field(
        default=120.0, validator=lambda _, a, v: _seconds(a.name, v, zero=False)
    )

    def may_retry_status(
        self, operation: Operation, params: Mapping[str, Any], status: int
    ) -> bool:
        """Whether an answer with this status may be repeated."""
        if status not in RETRY_STATUSES:
            return False
        return status == 429 or operation.repeatable(params)

    def may_retry_error(
        self, operation: Operation, params: Mapping[str, Any], error: httpx.TransportError
    ) -> bool:
        """Whether a request that failed with this transport error may be repeated."""
        if isinstance(error, _NOT_SENT):
            return True
        if isinstance(
            error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError
        ):
            return operation.repeatable(params)
        return False  # e.g. UnsupportedProtocol, LocalProtocolError: repeating won't help

    def backoff(self, retries_taken: int) -> float:
        """The wait before retry number `retries_taken + 1`, with jitter."""
        wait = min(self.max_backoff, self.initial_backoff * 2.0**retries_taken)
        return wait * (1 - self.jitter * random.random())  # noqa: S311 - jitter, not crypto


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _seconds(name: str, value: object, *, zero: bool) -> None:
    # nan compares false with everything: a nan deadline would never pass, silently.
    if not _number(value) or value < 0 or (value == 0 and not zero):  # type: ignore[operator]  # a number, checked first
        bound = ">= 0" if zero else "> 0"
        raise ValueError(
            f"RetryPolicy.{name} must be a finite number of seconds {bound}, got {value!r}"
        )


def _fraction(name: str, value: object) -> None:
    if not _number(value) or not 0 <= value <= 1:  # type: ignore[operator]  # a number, checked first
        raise ValueError(f"RetryPolicy.{name} must be a number from 0 to 1, got {value!r}")


def retry_after_seconds(headers: httpx.Headers, now: float | None = None) -> float | None:
    """The wait a response asks for, in seconds; None when it asks for none or is unreadable.

    A negative, infinite or nan number is unreadable, not "retry at once".
    """
    value = headers.get("retry-after-ms")
    if value is not None:
        milliseconds = _wait(value)
        if milliseconds is not None:
            return milliseconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _wait(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive one is read as such
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _wait(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


# The clock and the sleeps the retry loops use (async, sync); tests replace them
# (tests/conftest.py; the pytest plugin of simvoly.testing).
monotonic: Callable[[], float] = time.monotonic
sleep: Callable[[float], Any] = anyio.sleep
sync_sleep: Callable[[float], None] = time.sleep
