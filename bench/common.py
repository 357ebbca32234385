"""What every scenario shares: the registry, the bench server, and one measurement.

A scenario is a function that measures and returns plain data (it goes to
bench/results.json), plus a function that renders that data as its own section of
bench/results.md. Adding one is a decorated function in any module that run.py imports.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

HERE = Path(__file__).resolve().parent
Fetch = Callable[[], Awaitable[Any]]


@dataclass(frozen=True)
class Bench:
    """What a scenario runs with: the sizes, and the shared bench server."""

    args: argparse.Namespace
    origin: str  # the shared server: no latency on /api/site, latency on /slow/api/site

    @property
    def base(self) -> str:
        return f"{self.origin}/api/site"


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    run: Callable[[Bench], Any]
    render: Callable[[Any], list[str]]


#: Every scenario, in the order of bench/results.md.
SCENARIOS: dict[str, Scenario] = {}


def scenario(
    name: str, title: str, render: Callable[[Any], list[str]]
) -> Callable[[Callable[[Bench], Any]], Callable[[Bench], Any]]:
    """Register `run` as the scenario `name`, rendered by `render` under `title`."""

    def register(run: Callable[[Bench], Any]) -> Callable[[Bench], Any]:
        SCENARIOS[name] = Scenario(name, title, run, render)
        return run

    return register


@contextmanager
def bench_server(
    contacts: int = 1000,
    latency_ms: float = 0.0,
    idle_close: float = 0.0,
    close_window: float = 0.0,
    tls: bool = False,
) -> Iterator[str]:
    """Run bench/server.py on a free port in its own process; yield its origin; stop it.

    With `tls`, it serves HTTPS with a certificate of a throwaway CA, which the clients
    trust through SSL_CERT_FILE while the server runs."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [
        sys.executable,
        str(HERE / "server.py"),
        f"--port={port}",
        f"--contacts={contacts}",
        f"--latency-ms={latency_ms}",
        f"--idle-close={idle_close}",
        f"--close-window={close_window}",
    ]
    with ExitStack() as stack:
        if tls:
            import trustme

            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            authority = trustme.CA()
            authority.cert_pem.write_to_path(str(folder / "ca.pem"))
            certificate = authority.issue_cert("127.0.0.1")
            certificate.private_key_and_cert_chain_pem.write_to_path(str(folder / "server.pem"))
            command.append(f"--tls={folder / 'server.pem'}")
            stack.enter_context(
                mock.patch.dict(os.environ, {"SSL_CERT_FILE": str(folder / "ca.pem")})
            )
        scheme = "https" if tls else "http"
        yield stack.enter_context(_serving(command, f"{scheme}://127.0.0.1:{port}", port))


@contextmanager
def _serving(command: list[str], origin: str, port: int) -> Iterator[str]:
    process = subprocess.Popen(command)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the bench server did not start") from None
                time.sleep(0.05)
        yield origin
    finally:
        process.terminate()
        process.wait(timeout=10)


def connections_made(origin: str) -> int:
    """The connections the server has accepted, this one included."""
    context = ssl.create_default_context(cafile=os.environ.get("SSL_CERT_FILE"))
    url = f"{origin}/_stats"  # our own bench server's, http(s) only
    with urllib.request.urlopen(url, timeout=5, context=context) as answer:  # noqa: S310 - see above
        count: int = json.loads(answer.read())["connections"]
    return count


async def measure(fetch: Fetch, requests: int, in_flight: int) -> tuple[float, float]:
    """(client CPU seconds per request, requests per second) of `requests` fetches,
    `in_flight` at a time (each of `in_flight` workers fetching one after another)."""
    cpu, wall = time.process_time(), time.perf_counter()
    if in_flight == 1:
        for _ in range(requests):
            await fetch()
    else:

        async def worker(count: int) -> None:
            for _ in range(count):
                await fetch()

        share, extra = divmod(requests, in_flight)
        await asyncio.gather(*(worker(share + (i < extra)) for i in range(in_flight)))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return cpu / requests, requests / wall


def interleaved(names: list[str], round_number: int) -> list[str]:
    """The variants in the order of this round: reversed every other round, so that no
    variant always runs first (or right after the slowest)."""
    return names[::-1] if round_number % 2 else list(names)


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines
