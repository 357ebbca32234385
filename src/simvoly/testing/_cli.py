"""`python -m simvoly.testing`: serve the sandbox, or run a script against it.

    python -m simvoly.testing serve --port 8000 --seed 42 [--api-key KEY] [--drift]
    python -m simvoly.testing demo examples/quickstart.py

(`simvoly sandbox serve|demo` is the same program, in the `simvoly` command.)

`serve` prints the URL and key to use once the server accepts connections, and stops
gracefully on Ctrl-C or SIGTERM. `demo` serves a seeded sandbox on a free port, runs the
script with SIMVOLY_SITE_URL and SIMVOLY_API_KEY pointing at it, stops the server and
exits with the script's exit code. Both need uvicorn (`pip install "simvoly[testing]"`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from simvoly._hosts import is_local_host

from ._defaults import DEFAULT_API_KEY, DEFAULT_DOMAIN

if TYPE_CHECKING:
    from ._sandbox import Sandbox
    from ._server import Running

__all__ = ["add_commands", "main", "run"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m simvoly.testing",
        description="A local sandbox of the Simvoly website API.",
    )
    add_commands(parser)
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Run the command `args` hold (from a parser `add_commands` filled)."""
    # Loaded here, not with the `simvoly` command's parser (which adds these commands).
    from ._sandbox import Sandbox
    from ._server import require_uvicorn

    try:
        require_uvicorn()
    except ImportError as error:
        sys.stderr.write(f"error: {error}\n")
        return 2
    sandbox = Sandbox(
        args.api_key,
        seed=args.seed,
        domain=args.domain,
        allow_remote_webhooks=getattr(args, "allow_remote_webhooks", False),
        drift=args.drift,
    )
    if args.command == "serve":
        if args.api_key == DEFAULT_API_KEY and not is_local_host(args.host):
            sys.stderr.write(
                f"warning: serving on {args.host}, reachable from other machines, with the "
                "public default API key: anyone who can reach this port can use the "
                "sandbox. Pass --api-key, or --host 127.0.0.1.\n"
            )
        # Ctrl-C: the server has stopped gracefully already; the interrupt is all that is left.
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(sandbox, args.host, args.port))
        return 0
    script = Path(args.script)
    if not script.is_file():
        sys.stderr.write(f"error: no such script: {script}\n")
        return 2
    return asyncio.run(_demo(sandbox, script, args.port))


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Add the `serve` and `demo` commands to `parser`."""
    commands = parser.add_subparsers(dest="command", required=True)
    serve_ = commands.add_parser("serve", help="serve the sandbox over HTTP until stopped")
    serve_.add_argument("--host", default="127.0.0.1", help="default: %(default)s")
    serve_.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    serve_.add_argument("--seed", type=int, help="fill the sandbox with this seed's data")
    serve_.add_argument(
        "--allow-remote-webhooks",
        action="store_true",
        help="deliver webhooks to targets off this machine too",
    )
    demo = commands.add_parser("demo", help="run a script against a seeded sandbox server")
    demo.add_argument("script", nargs="?", default="examples/quickstart.py")
    demo.add_argument("--port", type=int, default=0, help="default: a free port")
    demo.add_argument("--seed", type=int, default=42, help="default: %(default)s")
    for command in (serve_, demo):
        command.add_argument("--api-key", default=DEFAULT_API_KEY, help="default: %(default)s")
        command.add_argument("--domain", default=DEFAULT_DOMAIN, help="default: %(default)s")
        command.add_argument(
            "--drift",
            action="store_true",
            help="answer with shapes real servers send that the spec does not declare "
            "(to test `simvoly probe` and tolerant reading)",
        )


async def _serve(sandbox: Sandbox, host: str, port: int) -> None:
    from ._server import serve

    async with serve(sandbox, host, port, handle_signals=True, verbose=True) as running:
        _say(
            f"Simvoly sandbox serving {running.base_url}\n"
            f"  SIMVOLY_SITE_URL={running.site_url}\n"
            f"  SIMVOLY_API_KEY={_shown_key(sandbox.api_key)}\n"
            f"  {len(sandbox.store.contacts)} contacts, {len(sandbox.store.products)} "
            f"products, {len(sandbox.store.orders)} orders. Ctrl-C stops.\n"
            + (
                "  --drift: answers drift from the spec as real servers' do (simvoly probe "
                "reports each way).\n"
                if sandbox.app.drift is not None
                else ""
            )
        )
        await running.wait()


async def _demo(sandbox: Sandbox, script: Path, port: int) -> int:
    from ._server import serve

    async with serve(sandbox, "127.0.0.1", port) as running:
        _say(f"[demo] sandbox on {running.site_url}: running {script}\n\n")
        return await _run(script, running, sandbox.api_key)


async def _run(script: Path, running: Running, api_key: str) -> int:
    env = {**os.environ, "SIMVOLY_SITE_URL": running.site_url, "SIMVOLY_API_KEY": api_key}
    process = await asyncio.create_subprocess_exec(sys.executable, str(script), env=env)
    return await process.wait()


def _shown_key(api_key: str) -> str:
    # The default key is public; another one was chosen by the user and is not echoed.
    return api_key if api_key == DEFAULT_API_KEY else "<the --api-key you gave>"


def _say(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()
