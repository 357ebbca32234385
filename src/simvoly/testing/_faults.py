"""Fault injection: latency, error statuses and dropped connections, switched on by tests.

    sandbox.faults.status(429, times=2, retry_after=1)       # the next 2 requests: 429
    sandbox.faults.status(503, every=10, times=None)         # every 10th request, forever
    sandbox.faults.status(520, body="<html>...</html>")      # a proxy's HTML page
    sandbox.faults.drop("mid-response", method="POST", path="/contacts")
    sandbox.faults.latency(0.05, path="/orders*")
    sandbox.faults.rate_limit(100)                           # 100 requests/s, then 429
    sandbox.faults.clear()

Each call adds a `Fault` rule and returns it (`fault.fired` counts its hits). Rules are
checked in the order they were added: every matching latency rule adds its delay, and the
first status or drop rule that fires decides the answer. A rule matches a request by
`method`, `path` (a glob over the path under the API root, e.g. `/contacts/*`) and
`operation` (an operationId of openapi.yaml), each optional. `every=n` fires on the n-th,
2n-th... matching request; `times` caps how often it fires (None: no cap). Status and
drop rules fire once unless told otherwise; latency rules, on every matching request.

Rate limits: `rate_limit(n)` lets `n` requests through per second (a token bucket
holding `burst`, by default `n`, refilled at `n` per second) and answers the others 429
with `Retry-After` in whole seconds (rounded up, as HTTP writes it), as a site's API would
for one key. Only requests it lets through reach the rules after it.

Drops: "refused" means the request never reached the sandbox (nothing is processed; in
process, httpx raises `ConnectError`); "mid-response" means it was processed and the
connection broke while answering (in process, httpx raises `RemoteProtocolError`). Over
real HTTP both send the start of an answer and then close the connection, since a
connection already accepted cannot be refused.
"""

from __future__ import annotations

import fnmatch
import http
import json
import math
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from simvoly import _retry
from simvoly._checks import checked_count
from simvoly._tolerance import _is_number

from ._errors import error_body

__all__ = ["Decision", "DropMode", "Fault", "Faults", "TokenBucket"]

DropMode = Literal["refused", "mid-response"]
_DROP_MODES = ("refused", "mid-response")


@attrs.define(eq=False)
class TokenBucket:
    """`rate` tokens a second, at most `capacity` kept; one per request let through."""

    rate: float
    capacity: int
    clock: Callable[[], float]
    tokens: float = attrs.field(init=False)
    updated: float = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.tokens, self.updated = float(self.capacity), self.clock()

    def take(self) -> float:
        """Take a token: 0.0 when there was one, else the seconds until there is one."""
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


@attrs.define(eq=False)
class Fault:
    """One fault rule. `seen` counts the requests it matched, `fired` those it changed."""

    kind: Literal["latency", "status", "drop"]
    method: str | None = None
    path: str | None = None
    operation: str | None = None
    times: int | None = None
    every: int = 1
    delay: float = 0.0
    status: int = 0
    body: bytes = attrs.field(default=b"", repr=False)
    headers: tuple[tuple[str, str], ...] = ()
    mode: DropMode = "mid-response"
    bucket: TokenBucket | None = attrs.field(default=None, repr=False)
    seen: int = 0
    fired: int = 0

    def __str__(self) -> str:
        if self.bucket is not None:
            return f"rate limit {self.bucket.rate:g}/s"
        if self.kind == "latency":
            return f"latency {self.delay:g}s"
        if self.kind == "status":
            return f"status {self.status}"
        return f"drop {self.mode}"

    @property
    def exhausted(self) -> bool:
        """Whether it has fired `times` times and will not fire again."""
        return self.times is not None and self.fired >= self.times

    def matches(self, method: str, path: str, operation: str | None) -> bool:
        return (
            (self.method is None or self.method == method)
            and (self.path is None or fnmatch.fnmatchcase(path, self.path))
            and (self.operation is None or self.operation == operation)
        )

    def fire(self) -> bool:
        """Count one matching request; True when the rule applies to it."""
        if self.exhausted:
            return False
        self.seen += 1
        if self.bucket is not None:
            wait = self.bucket.take()
            if not wait:
                return False
            self.headers = (self.headers[0], ("Retry-After", str(max(1, math.ceil(wait)))))
        elif self.seen % self.every:
            return False
        self.fired += 1
        return True


@attrs.frozen
class Decision:
    """What the faults do to one request: wait `delay` seconds, then `fault` (if any)."""

    delay: float = 0.0
    fault: Fault | None = None


class Faults:
    """The fault rules of a sandbox; see the module docstring for the rules."""

    def __init__(self) -> None:
        self._rules: list[Fault] = []

    def __repr__(self) -> str:
        return f"<Faults {', '.join(map(str, self._rules)) or 'none'}>"

    @property
    def rules(self) -> list[Fault]:
        """The rules, in the order they are checked."""
        return list(self._rules)

    def latency(
        self,
        seconds: float,
        *,
        times: int | None = None,
        every: int = 1,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
    ) -> Fault:
        """Delay matching requests by `seconds` before answering (every one, by default)."""
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            raise ValueError(f"seconds must be a number >= 0, got {seconds!r}")
        return self._add(
            Fault("latency", delay=float(seconds)), times, every, method, path, operation
        )

    def status(
        self,
        status: int,
        *,
        times: int | None = 1,
        every: int = 1,
        retry_after: str | float | None = None,
        body: str | bytes | Mapping[str, Any] | list[Any] | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
    ) -> Fault:
        """Answer `status` instead of handling the request (nothing is processed).

        The body is the API's error body unless given: a str or bytes is sent as it is
        (as text/html unless `content_type` says otherwise), a dict or list as JSON.
        `retry_after` becomes the Retry-After header (seconds or an HTTP date).
        """
        if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 999:
            raise ValueError(f"status must be an HTTP status code (100-999), got {status!r}")
        payload, default_type = _fault_body(status, body)
        extra = [("Content-Type", content_type or default_type)]
        if retry_after is not None:
            extra.append(
                ("Retry-After", f"{retry_after:g}" if _is_number(retry_after) else str(retry_after))
            )
        extra.extend((headers or {}).items())
        fault = Fault("status", status=status, body=payload, headers=tuple(extra))
        return self._add(fault, times, every, method, path, operation)

    def drop(
        self,
        mode: DropMode = "mid-response",
        *,
        times: int | None = 1,
        every: int = 1,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
    ) -> Fault:
        """Break the connection: "refused" (not processed) or "mid-response" (processed)."""
        if mode not in _DROP_MODES:
            raise ValueError(f"mode must be 'refused' or 'mid-response', got {mode!r}")
        return self._add(Fault("drop", mode=mode), times, every, method, path, operation)

    def rate_limit(
        self,
        per_second: float,
        *,
        burst: int | None = None,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
        clock: Callable[[], float] | None = None,
    ) -> Fault:
        """Let `per_second` requests through per second (`burst` at once, by default as
        many), and answer the others 429 with a Retry-After; until removed.

        Its time is the SDK's retry clock unless `clock` is given: where the SDK's waits
        are skipped (`skipped_waits()`, the pytest fixtures), a skipped wait refills the
        bucket as a real one would.
        """
        if (
            isinstance(per_second, bool)
            or not isinstance(per_second, int | float)
            or not math.isfinite(per_second)
            or per_second <= 0
        ):
            raise ValueError(f"per_second must be a number > 0, got {per_second!r}")
        if burst is None:
            capacity = max(1, math.floor(per_second))
        else:
            capacity = checked_count("burst", burst, minimum=1)
        payload, content_type = error_body("Too many requests"), "application/json"
        fault = Fault(
            "status",
            status=429,
            body=payload,
            headers=(("Content-Type", content_type), ("Retry-After", "1")),
            bucket=TokenBucket(float(per_second), capacity, clock or _sdk_clock),
        )
        return self._add(fault, None, 1, method, path, operation)

    def remove(self, fault: Fault) -> None:
        """Switch one rule off."""
        self._rules.remove(fault)

    def clear(self) -> None:
        """Switch every rule off."""
        self._rules.clear()

    def decide(self, method: str, path: str, operation: str | None) -> Decision:
        """Apply the rules to one request (counting it against them)."""
        delay, chosen = 0.0, None
        for rule in self._rules:
            if not rule.matches(method, path, operation):
                continue
            if rule.kind == "latency":
                if rule.fire():
                    delay += rule.delay
            elif chosen is None and rule.fire():
                chosen = rule
        return Decision(delay, chosen)

    def _add(
        self,
        fault: Fault,
        times: int | None,
        every: int,
        method: str | None,
        path: str | None,
        operation: str | None,
    ) -> Fault:
        if times is not None and (
            isinstance(times, bool) or not isinstance(times, int) or times < 1
        ):
            raise ValueError(f"times must be an integer >= 1 or None, got {times!r}")
        fault.times, fault.every = times, checked_count("every", every, minimum=1)
        fault.method = method.upper() if method else None
        fault.path, fault.operation = path, operation
        self._rules.append(fault)
        return fault


def _sdk_clock() -> float:
    """The SDK's retry clock, read at each call (tests and the fixtures replace it)."""
    return _retry.monotonic()


def _fault_body(status: int, body: object) -> tuple[bytes, str]:
    if body is None:
        try:
            message = http.HTTPStatus(status).phrase
        except ValueError:  # a non-IANA code such as a proxy's 520
            message = f"HTTP {status}"
        return error_body(message), "application/json"
    if isinstance(body, str):
        return body.encode(), "text/html; charset=utf-8"
    if isinstance(body, bytes):
        return body, "text/html; charset=utf-8"
    return json.dumps(body).encode(), "application/json"
