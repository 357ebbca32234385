"""The async send loop: an `Exchange`'s attempts, sent, read and waited for.

The rules (what to retry, how long to wait, what to raise) are the `Exchange`'s; this
loop only does the I/O. It is one coroutine on purpose: every await inside httpx resumes
each coroutine frame of the call chain, so the hot path keeps that chain short.
"""

from __future__ import annotations

from typing import TypeVar

import anyio
import httpx

from . import _retry
from ._body import read_body
from ._call import Answer
from ._deadline import time_limit
from ._exceptions import SimvolyError
from ._exchange import Exchange, refused_location, where
from ._pool import Pool

__all__ = ["send"]

T = TypeVar("T")


async def send(pool: Pool, exchange: Exchange[T], slots: anyio.Semaphore | None) -> Answer:
    """Send the exchange's attempts until one is answered; raises its SimvolyError.

    Requests on a pool the SDK built are sent below httpx's redirect handling (which
    would read a malformed Location as a transport error, and retry it); a pool the
    caller passed goes through `send()`, so its hooks and auth apply. `slots` caps the
    requests in flight (the client's rate limit), when set.
    """
    own_headers = pool.headers
    while True:
        delay = exchange.pace()
        if delay:
            await _retry.sleep(delay)
        http = pool.http()
        request = exchange.request(http, own_headers)
        try:
            # httpx's timeouts bound each read, not the whole answer: a server trickling
            # a byte now and then would never time out. This bounds the attempt.
            with time_limit(exchange.time_left()):
                if slots is not None:
                    await slots.acquire()
                try:
                    if own_headers is not None:
                        # Below the redirect handling; httpx's private API, pinned < 0.29.
                        response = await http._send_single_request(request)
                    else:
                        response = await _send_on_callers_client(http, request)
                    body = await read_body(response, exchange.body_cap(response))
                finally:
                    if slots is not None:
                        slots.release()
        except TimeoutError as error:
            exchange.timed_out(request, error)
        except httpx.TransportError as error:
            await _retry.sleep(exchange.failed(request, error))
            continue
        step = exchange.answered(response, body)
        if type(step) is Answer:
            return step
        await _retry.sleep(step)  # type: ignore[arg-type] # a float: the wait before a retry


async def _send_on_callers_client(
    http: httpx.AsyncClient, request: httpx.Request
) -> httpx.Response:
    """Send on an `http_client` the caller passed, with its hooks and auth."""
    try:
        return await http.send(request, stream=True, follow_redirects=False)
    except httpx.RemoteProtocolError as error:
        refused = refused_location(error, request)
        if refused is not None:
            raise refused from None
        raise
    except RuntimeError as error:
        raise SimvolyError(
            f"{where(request)} failed: the http_client passed to AsyncSimvoly raised "
            f"RuntimeError({error}). An httpx.AsyncClient belongs to the event loop it was "
            "first used on: make one per event loop (or let the SDK make its own pool, "
            "which it keeps per loop)."
        ) from None
