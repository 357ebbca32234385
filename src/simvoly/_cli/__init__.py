"""The `simvoly` command (also `python -m simvoly`): bulk work and checks from a shell.

    simvoly export contacts --format csv -o contacts.csv [--since 2025-01-01]
    simvoly import contacts contacts.csv [--concurrency 8] [--dry-run]
    simvoly webhooks send-test order_created --to http://localhost:8000/hooks --secret S
    simvoly probe [--json]
    simvoly sandbox serve --seed 42 [--drift]

Arguments are parsed by argparse (the standard library: the command works on a plain
`pip install simvoly`, with no extra). The key and site come from `SIMVOLY_API_KEY` and
`SIMVOLY_SITE_URL`, or `--api-key`, `--site-url`, `--base-url`. Results go to stdout
(or the `-o` file); progress goes to stderr, only when it is a terminal. An error is one
line on stderr, `simvoly: error: ...`, never a traceback and never the key, with a
non-zero exit code (`_common`: 1 when the work ran but not all is well, 2 when it could
not run).
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import os
import sys
from collections.abc import Coroutine, Sequence
from typing import Any

from simvoly._exceptions import AuthenticationError, SimvolyError
from simvoly._version import __version__

from . import _export, _import, _probe, _send_test
from ._common import FAILED, UNUSABLE, CommandError, redact

__all__ = ["main"]

#: Exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it.
INTERRUPTED = 130

_EPILOG = """\
`simvoly COMMAND --help` tells more. The key and site come from SIMVOLY_API_KEY and
SIMVOLY_SITE_URL, or --api-key, --site-url, --base-url.

Exit codes: 0 done; 1 done, but not all is well (rows that failed, drift, an export
stopped partway, a receiver that refused); 2 the command could not run (arguments,
credentials, files, network).
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        outcome = args.run(args)
        if inspect.iscoroutine(outcome):
            # Errors are handled inside the event loop (`_guarded`): what is left to
            # catch here is Ctrl-C, which asyncio.run() raises once the command is
            # cancelled. (Also, under CPython 3.11, coverage.py stops tracing the frames
            # that called asyncio.run() once httpx used a socket: handling done here
            # would go unmeasured.)
            return asyncio.run(_guarded(args, outcome))
        code: int = outcome
        return code
    except KeyboardInterrupt:
        _error(args, "interrupted")
        return INTERRUPTED
    except Exception as error:  # noqa: BLE001 - said in one line, see _failure
        return _failure(args, error)


async def _guarded(args: argparse.Namespace, command: Coroutine[Any, Any, int]) -> int:
    try:
        return await command
    except Exception as error:  # noqa: BLE001 - said in one line, see _failure
        return _failure(args, error)


def _failure(args: argparse.Namespace, error: Exception) -> int:
    """Say what went wrong in one line (never a traceback, never the key); the exit code."""
    if isinstance(error, BrokenPipeError):  # `simvoly export ... | head`: it has enough
        # Python flushes stdout again at exit; point it where that cannot fail.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILED
    if isinstance(error, CommandError):
        _error(args, str(error))
        return error.code
    if isinstance(error, AuthenticationError):
        hint = f". {error.hint}" if error.hint else ""  # what to check, and which site
        _error(args, f"the API key was refused ({error.status_code}): {error.message}{hint}")
    elif isinstance(error, SimvolyError | OSError | ValueError):
        # OSError: files, the sandbox's port; ValueError: an argument the SDK refused.
        _error(args, str(error))
    else:
        _error(args, f"unexpected {type(error).__name__} (a bug: please report it): {error}")
    return UNUSABLE


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command."""
    parser = argparse.ArgumentParser(
        prog="simvoly",
        description="The Simvoly website API from a shell: exports, imports, webhook\n"
        "tests, a drift probe, and a local sandbox.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"simvoly {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    _export.add_parser(commands)
    _import.add_parser(commands)
    _send_test.add_parser(commands)
    _probe.add_parser(commands)
    _add_sandbox(commands)
    return parser


def _add_sandbox(commands: Any) -> None:
    from simvoly.testing import _cli as sandbox_cli

    sandbox = commands.add_parser(
        "sandbox",
        help="serve | demo: a local sandbox of the API (the simvoly[testing] extra)",
        description="A local sandbox of the Simvoly website API (python -m simvoly.testing).",
    )
    sandbox_cli.add_commands(sandbox)
    sandbox.set_defaults(run=sandbox_cli.run)


def _error(args: argparse.Namespace, message: str) -> None:
    sys.stderr.write(f"simvoly: error: {redact(message, args)}\n")
    sys.stderr.flush()
