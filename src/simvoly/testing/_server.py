"""Serving the sandbox over real HTTP with uvicorn (the `simvoly[testing]` extra).

`serve()` runs uvicorn in the caller's asyncio event loop (uvicorn is asyncio-only), on a
socket it binds first, so port 0 gives a free port and the URL is known before a
request is made. It waits until the server accepts connections and always stops it on
the way out, exception or not. The sandbox's state is shared with the caller: a test
can make requests over the network and inspect `sandbox.store` in between, with no
threads involved.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import attrs

from ._defaults import API_ROOT

__all__ = ["Running", "require_uvicorn", "serve"]

_POLL = 0.005  # seconds between readiness checks; startup takes a few milliseconds


def require_uvicorn() -> ModuleType:
    """uvicorn, or an ImportError that says how to install it."""
    try:
        import uvicorn
    except ImportError as error:
        raise ImportError(
            "serving the sandbox over HTTP needs uvicorn: pip install 'simvoly[testing]' "
            "(in-process use, sandbox.client() and the pytest fixtures, needs nothing more)"
        ) from error
    return uvicorn


@attrs.frozen
class Running:
    """A served sandbox: `base_url` is the API root, `site_url` what SIMVOLY_SITE_URL takes."""

    host: str
    port: int
    _task: asyncio.Task[None] = attrs.field(repr=False, alias="task")

    @property
    def site_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return self.site_url + API_ROOT

    async def wait(self) -> None:
        """Wait until the server stops by itself (a signal, when it handles them)."""
        await asyncio.shield(self._task)


@contextlib.asynccontextmanager
async def serve(
    app: Any,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    handle_signals: bool = False,
    verbose: bool = False,
    lifespan: bool = False,
) -> AsyncIterator[Running]:
    """Serve the ASGI `app` on host:port (0: a free port) until the block exits.

    With `handle_signals`, Ctrl-C and SIGTERM stop the server gracefully (for the CLI);
    otherwise signals are left alone (tests). `verbose` logs like uvicorn's own command
    line (startup, every request); otherwise only warnings, through the process's logging.
    `lifespan` runs the app's startup and shutdown (an app of the caller's; the sandbox
    has none).

    Raises:
        ImportError: uvicorn is not installed.
        OSError: the port is taken (or the host is not an address of this machine).
    """
    require_uvicorn()
    import uvicorn

    from ._uvicorn import SandboxServer

    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    config = uvicorn.Config(
        app,
        lifespan="on" if lifespan else "off",
        http="h11",
        # Quiet: leave the process's logging configuration alone.
        log_config=uvicorn.config.LOGGING_CONFIG if verbose else None,
        log_level="info" if verbose else "warning",
        access_log=verbose,
    )
    server = SandboxServer(config, handle_signals=handle_signals)
    task = asyncio.ensure_future(server.serve(sockets=[sock]))
    ready = asyncio.ensure_future(server.ready.wait())
    try:
        await asyncio.wait((task, ready), return_when=asyncio.FIRST_COMPLETED)
        if not server.ready.is_set():
            await task  # it stopped while starting: this raises why
            raise RuntimeError("the server stopped while starting")  # pragma: no cover - see above
        yield Running(host, sock.getsockname()[1], task)
    finally:
        ready.cancel()
        server.should_exit = True
        try:
            await task
        finally:
            sock.close()
