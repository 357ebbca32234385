"""The `simvoly` command's tests: a sandbox served over HTTP, and the command run in this
process (`cli`) or as a program of its own (`run`), as a user runs it.

The sandbox is served by uvicorn on a thread with an event loop of its own, so that the
command, in-process (it runs `asyncio.run()`) or in a subprocess, talks to it over real
sockets while the test reads `sandbox.store` and `sandbox.requests`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from simvoly._cli import main
from simvoly.testing import Sandbox

KEY = "cli-test-key-0123456789"
#: Seconds a command run as a program may take (a busy machine is slow to start Python).
TIMEOUT = 60


@attrs.frozen
class Result:
    code: int
    out: str
    err: str


@contextlib.contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve the ASGI `app` (a sandbox, a receiver) on 127.0.0.1 for the block; yields
    the sandbox's API root (the site URL + /api/site)."""
    from simvoly.testing._server import serve

    started = threading.Event()
    state: dict[str, Any] = {}

    async def run() -> None:
        state["loop"], state["stop"] = asyncio.get_running_loop(), asyncio.Event()
        try:
            async with serve(app) as running:
                state["url"] = running.base_url
                started.set()
                await state["stop"].wait()
        finally:
            started.set()

    thread = threading.Thread(target=asyncio.run, args=(run(),), daemon=True)
    thread.start()
    started.wait(TIMEOUT)
    assert "url" in state, "the server did not start"
    try:
        yield state["url"]
    finally:
        state["loop"].call_soon_threadsafe(state["stop"].set)
        thread.join(TIMEOUT)


@pytest.fixture
def seeded() -> Sandbox:
    return Sandbox(KEY, seed=7)


@pytest.fixture
def base_url(seeded: Sandbox) -> Iterator[str]:
    with serving(seeded) as url:
        yield url


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key in the environment, as users set it; no site from the developer's shell."""
    monkeypatch.setenv("SIMVOLY_API_KEY", KEY)
    for name in ("SIMVOLY_SITE_URL", "SIMVOLY_WEBHOOK_SECRET", "SIMVOLY_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the command in this process: `cli("export", ...)` -> Result."""

    def run(*argv: str) -> Result:
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def run(*argv: str, env: dict[str, str] | None = None) -> Result:
    """Run `python -m simvoly ...` as a program of its own."""
    done = subprocess.run(  # noqa: S603 - this interpreter, with the test's arguments
        [sys.executable, "-m", "simvoly", *argv],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)
