"""httpx transports that call an ASGI app in-process: no sockets.

`SandboxTransport` (async: no threads either). Unlike `httpx.ASGITransport`, it turns
the sandbox's dropped connections into the errors a real network gives:
`httpx.ConnectError` when the app sent nothing (a refused connection) and
`httpx.RemoteProtocolError` when it started an answer and never finished it. It also
honours the request's read timeout (`httpx.ReadTimeout`), so latency faults can time a
client out.

`SyncSandboxTransport` (for the sync client): the same, each request run on a private
event loop in one helper thread per transport, started on first use and stopped by
`close()` (or when the transport is collected). The app's state is only ever touched
by that loop, one request at a time, whatever threads call the client.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from typing import Any

import anyio
import httpx

from simvoly._exceptions import SimvolyError

from ._app import IN_PROCESS, Message, Receive, Send

__all__ = ["SandboxTransport", "SyncSandboxTransport"]

ASGIApp = Any  # an ASGI 3 callable: (scope, receive, send) -> awaitable


class SandboxTransport(httpx.AsyncBaseTransport):
    """Sends each request to `app` (a `Sandbox`, or any ASGI app) in the same process."""

    def __init__(self, app: ASGIApp, *, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self._app = app
        self._client = client

    def __repr__(self) -> str:
        return f"<SandboxTransport to {self._app!r}>"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        url = request.url
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": url.scheme,
            "path": url.path,
            "raw_path": url.raw_path.partition(b"?")[0],
            "query_string": url.query,
            "root_path": "",
            "headers": [(name.lower(), value) for name, value in request.headers.raw],
            "client": self._client,
            "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
            "extensions": {IN_PROCESS: {}},
        }
        started: Message = {}
        chunks: list[bytes] = []
        complete = False
        sent_request = False

        async def receive() -> Message:
            nonlocal sent_request
            if sent_request:
                return {"type": "http.disconnect"}  # the whole body was read already
            sent_request = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Message) -> None:
            nonlocal complete
            if message["type"] == "http.response.start":
                started.update(message)
            else:
                chunks.append(message.get("body", b""))
                complete = not message.get("more_body", False)

        receive_: Receive = receive
        send_: Send = send
        read_timeout = request.extensions.get("timeout", {}).get("read")
        with anyio.move_on_after(read_timeout) as scope_:
            await self._app(scope, receive_, send_)
        if scope_.cancelled_caught:
            raise httpx.ReadTimeout(f"no answer within {read_timeout:g} s", request=request)
        if not started:
            raise httpx.ConnectError("connection refused (sandbox fault)", request=request)
        if not complete:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body (sandbox fault)",
                request=request,
            )
        return httpx.Response(
            started["status"],
            headers=started.get("headers", []),
            content=b"".join(chunks),
            request=request,
        )


class SyncSandboxTransport(httpx.BaseTransport):
    """Sends each request to `app` in the same process, from sync code (see the module)."""

    def __init__(self, app: ASGIApp, *, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self._transport = SandboxTransport(app, client=client)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: weakref.finalize[Any, Any] | None = None

    def __repr__(self) -> str:
        return f"<SyncSandboxTransport to {self._transport._app!r}>"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # the body, read here: the loop's side only awaits what is read
        loop = self._running_loop()
        if _current_loop() is loop:
            raise SimvolyError(
                "The sandbox's sync client was called from inside the sandbox (by a webhook "
                "receiver it delivers to in-process?): the call would wait for itself "
                "forever. Use sandbox.client(), the async client, there."
            )
        handling = self._transport.handle_async_request(request)
        return asyncio.run_coroutine_threadsafe(handling, loop).result()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                # A daemon: a script that never closes its client still exits.
                thread = threading.Thread(
                    target=_run_loop, args=(loop,), name="simvoly-sandbox", daemon=True
                )
                thread.start()
                self._loop = loop
                self._stop = weakref.finalize(self, _stop_loop, loop, thread)
            return self._loop

    def close(self) -> None:
        """Stop the helper thread and its loop (a new request would start them again)."""
        with self._lock:
            stop, self._stop, self._loop = self._stop, None, None
        if stop is not None:
            stop()


def _current_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # no loop runs on this thread: a sync caller
        return None


def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
    try:
        loop.run_forever()
    finally:
        loop.close()


def _stop_loop(loop: asyncio.AbstractEventLoop, thread: threading.Thread) -> None:
    loop.call_soon_threadsafe(loop.stop)
    if thread is not threading.current_thread():  # the collector may run on that thread
        thread.join()
