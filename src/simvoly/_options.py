"""`Options`: what a client sends with, and their per-call variants."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._call import RequestOptions
from ._checks import check_header_name, check_header_value, checked_retries, checked_timeout
from ._retry import RetryPolicy

__all__ = ["Options"]


@attrs.frozen
class Options:
    """What a client sends with: where, as whom, how patiently."""

    base_url: str
    headers: Mapping[str, str] = attrs.field(repr=False)  # holds the API key
    timeout: httpx.Timeout
    retry: RetryPolicy
    # The most an answer may hold, decompressed (see _body).
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    # Check every answer against the spec: any deviation raises (see simvoly._tolerance).
    strict: bool = False
    # Headers of one call (RequestOptions.extra_headers), sent with `headers`.
    extra_headers: Mapping[str, str] | None = attrs.field(default=None, repr=False)
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

    def evolve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        strict: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Options:
        """These options with the given ones changed, each checked (None: unchanged)."""
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = checked_timeout(timeout)
        policy = self.retry if retry is None else retry
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=checked_retries(max_retries))
        if policy is not self.retry:
            changes["retry"] = policy
        if strict is not None:
            changes["strict"] = checked_strict(strict)
        if extra_headers:
            changes["extra_headers"] = checked_headers(extra_headers)
        return attrs.evolve(self, **changes) if changes else self

    def for_call(self, overrides: RequestOptions) -> Options:
        """The options of one call: these, with the call's own over them (its
        `extra_query`, a list's, goes into the list's call: see `_walk`)."""
        return self.evolve(
            timeout=overrides.timeout,
            max_retries=overrides.max_retries,
            extra_headers=overrides.extra_headers,
        )


def checked_strict(strict: bool) -> bool:
    """`strict`: True or False, nothing that merely looks like one."""
    if not isinstance(strict, bool):
        raise TypeError(f"strict must be True or False, got {strict!r}")
    return strict


def checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """`extra_headers`, each name and value checked like the client's own headers."""
    if not isinstance(headers, Mapping):
        raise TypeError(f"extra_headers must be a mapping of names to values, got {headers!r}")
    for name, value in headers.items():
        check_header_name("extra_headers", name)
        check_header_value(f"extra_headers[{name!r}]", value)
    return dict(headers)
