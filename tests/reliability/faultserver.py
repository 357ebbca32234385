"""A real HTTP/1.1 server on 127.0.0.1 whose every answer a test scripts, faults included.

The sandbox injects faults at the HTTP level; this server also misbehaves at the socket
level: it resets a connection mid-response, closes kept-alive sockets, never answers,
or trickles a body a byte at a time. Each request takes the next `Behaviour` from the
script (the last one repeats), and is recorded as (method, path).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs

Behaviour = Callable[["Exchange"], Awaitable[None]]


@attrs.define
class Exchange:
    """One request the server read, and the stream to answer it on."""

    method: str
    path: str
    body: bytes
    writer: asyncio.StreamWriter
    keep_alive: bool = True

    async def answer(
        self,
        status: int,
        body: bytes = b"",
        *,
        reason: str = "",
        headers: dict[str, str] | None = None,
        length: int | None = None,
    ) -> None:
        head = [
            f"HTTP/1.1 {status} {reason or 'Status'}",
            f"Content-Length: {len(body) if length is None else length}",
        ]
        head += [f"{name}: {value}" for name, value in (headers or {}).items()]
        if not self.keep_alive:
            head.append("Connection: close")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await self.writer.drain()


# -- behaviours --------------------------------------------------------------------------


def reply(
    status: int,
    body: Any = None,
    *,
    raw: bytes | None = None,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> Behaviour:
    """Answer normally: `body` as JSON, or `raw` bytes as they are."""
    payload = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    extra = headers or {}

    async def behave(exchange: Exchange) -> None:
        await exchange.answer(status, payload, headers={"Content-Type": content_type, **extra})

    return behave


def reset_mid_response() -> Behaviour:
    """Send the headers and part of the body, then reset the connection (RST)."""

    async def behave(exchange: Exchange) -> None:
        await exchange.answer(
            200, b'{"id": 1, "na', length=1000, headers={"Content-Type": "application/json"}
        )
        sock = exchange.writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        exchange.writer.transport.abort()
        exchange.keep_alive = False

    return behave


def close_before_answer() -> Behaviour:
    """Read the request, then close the connection (FIN) before any byte of an answer."""

    async def behave(exchange: Exchange) -> None:
        exchange.writer.close()
        exchange.keep_alive = False

    return behave


def reset_before_answer() -> Behaviour:
    """Read the request, then reset the connection (RST) before any byte of an answer."""

    async def behave(exchange: Exchange) -> None:
        sock = exchange.writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        exchange.writer.transport.abort()
        exchange.keep_alive = False

    return behave


def raw_answer(data: bytes) -> Behaviour:
    """Write `data` as the whole answer (malformed HTTP, say), then close the connection."""

    async def behave(exchange: Exchange) -> None:
        exchange.writer.write(data)
        await exchange.writer.drain()
        exchange.writer.close()
        exchange.keep_alive = False

    return behave


def streamed(
    status: int, chunks: Callable[[], Iterator[bytes]], headers: dict[str, str]
) -> Behaviour:
    """Answer with a chunked body from `chunks()`, written as the client reads it."""

    async def behave(exchange: Exchange) -> None:
        head = [f"HTTP/1.1 {status} Status", "Transfer-Encoding: chunked"]
        head += [f"{name}: {value}" for name, value in headers.items()]
        exchange.writer.write(("\r\n".join(head) + "\r\n\r\n").encode())
        for chunk in chunks():
            if chunk:  # an empty chunk would end the body
                exchange.writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                await exchange.writer.drain()
        exchange.writer.write(b"0\r\n\r\n")
        await exchange.writer.drain()

    return behave


def close_after(inner: Behaviour) -> Behaviour:
    """Answer as `inner`, then close the socket the client means to keep alive."""

    async def behave(exchange: Exchange) -> None:
        await inner(exchange)
        exchange.writer.close()
        exchange.keep_alive = False

    return behave


def never_answer() -> Behaviour:
    """Read the request and say nothing (the client's read timeout fires)."""

    async def behave(exchange: Exchange) -> None:
        await asyncio.Event().wait()

    return behave


def trickle(interval: float, total: int = 10_000) -> Behaviour:
    """Promise `total` bytes and send one every `interval` seconds: never a read timeout,
    but never done either."""

    async def behave(exchange: Exchange) -> None:
        await exchange.answer(200, b"", length=total, headers={"Content-Type": "application/json"})
        for _ in range(total):
            await asyncio.sleep(interval)
            exchange.writer.write(b" ")
            await exchange.writer.drain()

    return behave


# -- the server ----------------------------------------------------------------------------


@attrs.define
class FaultServer:
    """Scripted HTTP on a free port of 127.0.0.1; `requests` records what arrived."""

    script: list[Behaviour] = attrs.field(factory=list)
    requests: list[tuple[str, str]] = attrs.field(factory=list)
    raw_heads: list[bytes] = attrs.field(factory=list)
    port: int = 0
    _server: asyncio.Server | None = None
    _tasks: set[asyncio.Task[None]] = attrs.field(factory=set)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/site"

    def then(self, *behaviours: Behaviour) -> FaultServer:
        self.script.extend(behaviours)
        return self

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.raw_heads.append(head)
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {
                    k.lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.requests.append((method, path.split("?", 1)[0]))
                behaviour = self.script.pop(0) if len(self.script) > 1 else self.script[0]
                exchange = Exchange(method, path, body, writer)
                await behaviour(exchange)
                if not exchange.keep_alive:
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            self._tasks.discard(task)
            writer.close()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*self._tasks, return_exceptions=True)
            await self._server.wait_closed()


@contextlib.asynccontextmanager
async def fault_server(*script: Behaviour) -> AsyncIterator[FaultServer]:
    """A started FaultServer with this script; always stopped."""
    server = FaultServer(list(script))
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def unused_port() -> int:
    """A port nothing listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@contextlib.contextmanager
def full_backlog() -> Iterator[int]:
    """A port whose listener never accepts and whose backlog is full: the kernel drops
    a new connection's SYN, so connecting times out (nothing is ever sent)."""
    with socket.socket() as listener, contextlib.ExitStack() as fillers:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port: int = listener.getsockname()[1]
        # The one connection the backlog holds, then attempts the kernel keeps dropping.
        fillers.enter_context(socket.create_connection(("127.0.0.1", port), 5))
        for _ in range(4):
            filler = fillers.enter_context(socket.socket())
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
        yield port
