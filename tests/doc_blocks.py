"""Running the Python examples of the README and of the documentation site (docs/), as a
reader would: tests/test_readme.py and tests/test_docs.py use it.

A page's ```python blocks run in order, in one namespace, as pasted into the
`python -m asyncio` console: top-level `await` works. They run against a sandbox (seed
42) served on 127.0.0.1, with SIMVOLY_API_KEY and SIMVOLY_SITE_URL pointing at it. A
block with a top-level `await` runs on the event loop; one without runs in a worker
thread, as a sync script would, so that a sync client's calls reach the server (which
runs on the event loop).

Blocks that do not run in place:

- a block that defines pytest tests (`def test_...`): pytest runs it, pasted into a
  project of its own (`run_pytest_example`);
- a block that shows a file (`--8<-- "examples/fastapi_app.py"`, pymdownx.snippets):
  that file is tested where it lives; `included_files` lists them, for the test to check
  that some test runs each;
- a block marked ```` ```python {.no-run} ````: what cannot run here (a failure, a
  traceback, a program that never ends). Keep them few.

Fences in any other language are not run; their language must be one of `LANGUAGES`,
so that a Python block cannot hide as ```` ```py ````.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest

from simvoly.testing import Sandbox

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

#: The languages a fence may have. `python` blocks run; the others are shown only.
LANGUAGES = frozenset({"python", "sh", "text", "yaml", "toml", "json", "ini"})

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<language>[^\s{`]*)[ \t]*(?P<info>[^\n]*)\n"
    r"(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_INCLUDE = re.compile(r'^-{1,3}8<-{1,3}\s+"(?P<path>[^"]+)"\s*$')

Kind = Literal["run", "pytest", "include", "no-run"]


@attrs.frozen
class Block:
    """A fenced code block of a Markdown file."""

    path: Path
    line: int  # the line of its first line of code
    language: str
    info: str  # what follows the language on the fence line
    source: str

    @property
    def kind(self) -> Kind:
        if "no-run" in self.info:
            return "no-run"
        lines = [line.strip() for line in self.source.strip().splitlines()]
        if lines and all(_INCLUDE.match(line) for line in lines):
            return "include"
        if re.search(r"^(async )?def test_", self.source, re.MULTILINE):
            return "pytest"
        return "run"

    @property
    def included(self) -> list[str]:
        return [
            match["path"]
            for line in self.source.splitlines()
            if (match := _INCLUDE.match(line.strip()))
        ]


def blocks(path: Path) -> list[Block]:
    """Every fenced block of the Markdown file, in order."""
    text = path.read_text(encoding="utf-8")
    found = []
    for match in _FENCE.finditer(text):
        indent = match["indent"]
        body = match["body"]
        if indent:
            body = "".join(line.removeprefix(indent) for line in body.splitlines(True))
        line = text.count("\n", 0, match.start()) + 2
        found.append(Block(path, line, match["language"], match["info"], body))
    return found


def python_blocks(path: Path, kind: Kind = "run") -> list[Block]:
    return [b for b in blocks(path) if b.language == "python" and b.kind == kind]


def included_files(path: Path) -> list[str]:
    return [name for block in python_blocks(path, "include") for name in block.included]


async def run_block(block: Block, namespace: dict[str, Any]) -> None:
    """Run one block in `namespace`: on the event loop when it awaits, else in a thread."""
    # Padded with blank lines, so that a traceback points at the file's own lines.
    code = compile(
        "\n" * (block.line - 1) + block.source,
        str(block.path),
        "exec",
        flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
    )
    if code.co_flags & inspect.CO_COROUTINE:
        await eval(code, namespace)  # noqa: S307 - the documentation's own examples, by design
    else:
        await asyncio.to_thread(exec, code, namespace)


async def run_blocks(path: Path, namespace: dict[str, Any]) -> int:
    """Run the file's runnable blocks in order; returns how many ran."""
    runnable = python_blocks(path)
    for block in runnable:
        await run_block(block, namespace)
    return len(runnable)


def sandboxes_made(monkeypatch: pytest.MonkeyPatch) -> list[Sandbox]:
    """Every Sandbox made from now on (by the examples), in a list."""
    made: list[Sandbox] = []
    init = Sandbox.__init__

    def recording(self: Sandbox, *args: Any, **options: Any) -> None:
        init(self, *args, **options)
        made.append(self)

    monkeypatch.setattr(Sandbox, "__init__", recording)
    return made


@asynccontextmanager
async def served_sandbox(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Sandbox]:
    """A seeded sandbox served on 127.0.0.1, which SIMVOLY_API_KEY and SIMVOLY_SITE_URL
    name; the sandboxes the examples make are closed on the way out (their sync clients'
    helper threads stop now, rather than when the collector gets to them)."""
    sandbox = Sandbox(seed=42)
    async with sandbox.serve() as base_url:
        monkeypatch.setenv("SIMVOLY_API_KEY", sandbox.api_key)
        monkeypatch.setenv("SIMVOLY_SITE_URL", base_url.removesuffix("/api/site"))
        made = sandboxes_made(monkeypatch)
        try:
            yield sandbox
        finally:
            for each in made:
                await each.aclose()


def run_pytest_example(source: str, project: Path, mode: str) -> str:
    """Run a block of pytest tests as a reader would: verbatim, in a project whose only
    configuration is pytest-asyncio's `mode` (strict is its default), with the simvoly
    plugin found as an installed package's, warnings as errors. Returns pytest's output;
    fails unless every test in the block passed."""
    (project / "test_example.py").write_text(source, encoding="utf-8")
    (project / "pytest.ini").write_text(
        f"[pytest]\nasyncio_mode = {mode}\nasyncio_default_fixture_loop_scope = function\n"
        "filterwarnings = error\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    tests = len(re.findall(r"^(?:async )?def test_", source, re.MULTILINE))
    assert result.returncode == 0, output
    assert f"{tests} passed" in output, output
    return output
