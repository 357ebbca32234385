"""The README's Python examples run, in order, against a sandbox served on 127.0.0.1.

Each ```python block is executed as written (top-level `await` included) in one shared
namespace, as a reader pasting them into `python -m asyncio` would; the environment
points SIMVOLY_API_KEY and SIMVOLY_SITE_URL at the sandbox. Test functions a block
defines (the pytest example) are called with a sandbox and a client, as the fixtures
would pass them.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from simvoly.testing import Sandbox

README = Path(__file__).resolve().parent.parent / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks() -> list[tuple[int, str]]:
    """The README's Python blocks, each with the line it starts on."""
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, match.start()) + 2, match[1]) for match in _BLOCK.finditer(text)]


async def run_block(source: str, line: int, namespace: dict[str, Any]) -> None:
    # Pad with blank lines so that a traceback points at the README's own line numbers.
    code = compile(
        "\n" * (line - 1) + source, str(README), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    )
    result = eval(code, namespace)  # noqa: S307 - the README's own examples, by design
    if inspect.iscoroutine(result):
        await result


async def run_tests_defined(namespace: dict[str, Any], before: set[str]) -> list[str]:
    """Call the `test_*` functions a block defined, with what the fixtures would give."""
    ran = []
    for name, function in list(namespace.items()):
        if not name.startswith("test_") or name in before:
            continue
        marks = getattr(function, "pytestmark", [])
        options: dict[str, Any] = next(
            (mark.kwargs for mark in marks if mark.name == "simvoly"), {}
        )
        sandbox = Sandbox(**options)
        arguments = {"simvoly_sandbox": sandbox, "simvoly_client": sandbox.client()}
        wanted = inspect.signature(function).parameters
        await function(**{key: arguments[key] for key in wanted})
        await sandbox.aclose()
        ran.append(name)
    return ran


def shipped(sandbox: Sandbox) -> int:
    return sum(order["status"] == "shipped" for order in sandbox.store.orders.values())


def test_the_readme_has_examples() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 8
    assert all("AsyncSimvoly" in source or "simvoly" in source for _, source in blocks)


async def test_every_python_example_in_the_readme_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox = Sandbox(seed=42)
    shipped_before = shipped(sandbox)
    async with sandbox.serve() as base_url:
        monkeypatch.setenv("SIMVOLY_API_KEY", sandbox.api_key)
        monkeypatch.setenv("SIMVOLY_SITE_URL", base_url.removesuffix("/api/site"))
        namespace: dict[str, Any] = {"__name__": "readme"}
        tests_run: list[str] = []
        for line, source in python_blocks():
            before = set(namespace)
            await run_block(source, line, namespace)
            tests_run += await run_tests_defined(namespace, before)

    # What the examples did shows in the sandbox and in what they printed.
    assert tests_run == ["test_signup", "test_report"]
    emails = {contact["email"] for contact in sandbox.store.contacts.values()}
    assert {"jane@example.com"} <= emails
    assert shipped(sandbox) > shipped_before  # "shipped" went up as SHIPPED
    assert any(
        hook["target"].startswith("https://example.com") for hook in sandbox.store.webhooks.values()
    )
    printed = capsys.readouterr().out
    assert "404" in printed
    assert "Order.items[0].total: expected number, got string" in printed  # strict mode
    assert "order 1234 from mysite.simvoly.com" in printed
