"""An httpx transport that calls an ASGI app in-process: no sockets, no threads.

Unlike `httpx.ASGITransport`, it turns the sandbox's dropped connections into the
errors a real network gives: `httpx.ConnectError` when the app sent nothing (a refused
connection) and `httpx.RemoteProtocolError` when it started an answer and never finished
it. It also honours the request's read timeout (`httpx.ReadTimeout`), so latency faults
can time a client out.
"""

from __future__ import annotations

from typing import Any

import anyio
import httpx

from ._app import IN_PROCESS, Message, Receive, Send

__all__ = ["SandboxTransport"]

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
