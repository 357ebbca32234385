"""The sync send loop: an `Exchange`'s attempts, sent, read and waited for, in a thread.

The rules (what to retry, how long to wait, what to raise) are the `Exchange`'s, as for
the async loop. A sync read cannot be cut off from outside, so the call's deadline is
kept by each attempt's timeouts (cut to the time left) and checked between the chunks of
an answer: a server trickling bytes is stopped at the first chunk past the deadline.
"""

from __future__ import annotations

import threading
from typing import TypeVar

import httpx

from . import _retry
from ._body import read_body_sync
from ._call import Answer
from ._exchange import Exchange, refused_location
from ._sync_pool import SyncPool

__all__ = ["send_sync"]

T = TypeVar("T")


def send_sync(
    pool: SyncPool, exchange: Exchange[T], slots: threading.BoundedSemaphore | None
) -> Answer:
    """Send the exchange's attempts until one is answered; raises its SimvolyError."""
    own_headers = pool.headers
    deadline = exchange.deadline

    def check_deadline() -> None:
        if _retry.monotonic() > deadline:
            raise TimeoutError

    while True:
        delay = exchange.pace()
        if delay:
            _sleep(delay)
        http = pool.http()
        request = exchange.request(http, own_headers)
        try:
            if slots is not None and not slots.acquire(timeout=exchange.time_left()):
                raise TimeoutError
            try:
                if own_headers is not None:
                    # Below the redirect handling; httpx's private API, pinned < 0.29.
                    response = http._send_single_request(request)
                else:
                    response = _send_on_callers_client(http, request)
                body = read_body_sync(response, exchange.body_cap(response), check_deadline)
            finally:
                if slots is not None:
                    slots.release()
        except TimeoutError as error:
            exchange.timed_out(request, error)
        except httpx.TransportError as error:
            _sleep(exchange.failed(request, error))
            continue
        step = exchange.answered(response, body)
        if isinstance(step, Answer):
            return step
        _sleep(step)


def _sleep(seconds: float) -> None:
    _retry.sync_sleep(seconds)  # looked up at each call: tests replace it


def _send_on_callers_client(http: httpx.Client, request: httpx.Request) -> httpx.Response:
    """Send on an `http_client` the caller passed, with its hooks and auth."""
    try:
        return http.send(request, stream=True, follow_redirects=False)
    except httpx.RemoteProtocolError as error:
        refused = refused_location(error, request)
        if refused is not None:
            raise refused from None
        raise
