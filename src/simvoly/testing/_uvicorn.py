"""The uvicorn server of `_server.serve()`; imported only once uvicorn is known to exist."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Iterator

import uvicorn

__all__ = ["SandboxServer"]


class SandboxServer(uvicorn.Server):
    """A uvicorn server that says when it accepts connections (`ready`), and handles
    SIGINT/SIGTERM only when asked to: a test's server leaves the process's handlers alone.
    """

    def __init__(self, config: uvicorn.Config, *, handle_signals: bool) -> None:
        super().__init__(config)
        self.handle_signals = handle_signals
        self.ready = asyncio.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if self.handle_signals:
            with super().capture_signals():
                yield
        else:
            yield
