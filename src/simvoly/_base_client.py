"""What `AsyncSimvoly` and `Simvoly` share: their settings, `with_options()`, and the two
halves of sending a call around the I/O (preparing its `Exchange`, building its result).

Each client adds only what differs: its pool (per event loop, or one for every thread),
closing, and the send loop it awaits or calls.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Generic, Self, TypeVar

import httpx

from ._call import RAW, Answer, Call, RawResponse, RequestOptions
from ._exchange import Exchange
from ._limiter import Pacer, RateLimit
from ._options import Options
from ._retry import RetryPolicy

__all__ = ["BaseClient"]

T = TypeVar("T")
#: The client's connection pool (async: one per event loop; sync: one).
PoolT = TypeVar("PoolT")
#: The rate limit's cap on requests in flight (an anyio or a threading semaphore).
SlotsT = TypeVar("SlotsT")


class BaseClient(Generic[PoolT, SlotsT]):
    """The settings and sending rules both clients share (not used on its own)."""

    _pool: PoolT
    _owns_pool: bool  # close the pool on close (not a with_options() copy)
    _options: Options
    _pacer: Pacer | None  # shared with with_options() copies
    _slots: SlotsT | None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self._options.base_url!r}>"

    @property
    def base_url(self) -> str:
        """The API root requests go to."""
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each request."""
        return self._options.timeout

    @property
    def retry_policy(self) -> RetryPolicy:
        """How failed requests are retried."""
        return self._options.retry

    @property
    def strict(self) -> bool:
        """Whether every answer is checked against the spec (see the `strict` argument)."""
        return self._options.strict

    @property
    def rate_limit(self) -> RateLimit | None:
        """The pacing shared by this client's tasks, threads and copies, if any."""
        return None if self._pacer is None else self._pacer.limit

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A client with other options that shares this one's connection pool and rate
        limit. Closing the copy does not close the pool; close the original when done."""
        clone = object.__new__(type(self))
        clone.__dict__.update(
            _pool=self._pool,
            _owns_pool=False,
            _options=self._options.evolve(
                timeout=timeout, max_retries=max_retries, retry=retry, strict=strict
            ),
            _pacer=self._pacer,
            _slots=self._slots,
        )
        return clone

    # -- sending: what comes before and after the I/O ----------------------------------

    def _exchange(
        self, call: Call[T], overrides: RequestOptions | None, *, query_in_url: bool
    ) -> tuple[Exchange[T], bool]:
        """The exchange of one call, and whether it is to answer raw. Raw is this call's
        alone: a call made while it is sent (an event hook, an app of the sandbox
        in-process) answers its model; the `with_raw_response` wrapper resets RAW."""
        raw = RAW.get()
        if raw:
            RAW.set(False)
        options = self._options if overrides is None else self._options.for_call(overrides)
        return Exchange(options, call, query_in_url=query_in_url, pacer=self._pacer), raw

    @staticmethod
    def _outcome(exchange: Exchange[T], answer: Answer, raw: bool) -> T:
        """The call's result; under `with_raw_response`, its `RawResponse`."""
        if raw:
            parse: Callable[[], T] = functools.partial(exchange.result, answer)
            # with_raw_response promises the caller a RawResponse, not the result.
            return RawResponse(answer.response, answer.retries_taken, parse=parse)  # type: ignore[return-value]
        return exchange.result(answer)
