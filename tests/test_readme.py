"""The README's Python examples run, in order, against a sandbox served on 127.0.0.1.

Each ```python block is executed as written (top-level `await` included) in one shared
namespace, as a reader pasting them into `python -m asyncio` would; the environment
points SIMVOLY_API_KEY and SIMVOLY_SITE_URL at the sandbox. The block that defines test
functions (the pytest example) is run by pytest itself, pasted into a project of its own
as a reader would, with pytest-asyncio in its default strict mode and in auto mode.
"""

from __future__ import annotations

import ast
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import test_utils, web

from simvoly import AsyncSimvoly, SimvolyError
from simvoly.testing import Sandbox
from simvoly.testing._server import serve

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


def sandboxes_made(monkeypatch: pytest.MonkeyPatch) -> list[Sandbox]:
    """Every Sandbox made from now on (by the examples), in a list."""
    made: list[Sandbox] = []
    init = Sandbox.__init__

    def recording(self: Sandbox, *args: Any, **options: Any) -> None:
        init(self, *args, **options)
        made.append(self)

    monkeypatch.setattr(Sandbox, "__init__", recording)
    return made


async def run_the_web_apps(namespace: dict[str, Any]) -> None:
    """The README's web app examples, started, used and shut down: the FastAPI app (on
    uvicorn, its lifespan on) signs a contact up; the aiohttp cleanup context gives the app
    a client while it runs and closes it at cleanup."""
    async with (
        serve(namespace["app"], lifespan=True) as running,
        httpx.AsyncClient(base_url=running.site_url) as http,
    ):
        response = await http.post("/signup", params={"email": "fastapi@example.com"})
    assert response.status_code == 200, response.text
    assert set(response.json()) == {"contact_id"}

    app = web.Application()
    app.cleanup_ctx.append(namespace["simvoly_client"])
    async with test_utils.TestServer(app, host="127.0.0.1"):
        client = app[namespace["SIMVOLY"]]
        assert isinstance(client, AsyncSimvoly)
        assert (await client.member_groups.list()) is not None
    with pytest.raises(SimvolyError, match="closed"):
        await client.member_groups.list()


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
        made = sandboxes_made(monkeypatch)
        try:
            for line, source in python_blocks():
                await run_block(source, line, namespace)
        finally:
            # The sandboxes the examples made: their sync clients' helper threads stop now
            # rather than when the collector gets to them (as the pytest fixtures do).
            for each in made:
                await each.aclose()
        await run_the_web_apps(namespace)

    # What the examples did shows in the sandbox and in what they printed.
    emails = {contact["email"] for contact in sandbox.store.contacts.values()}
    assert {"jane@example.com", "fastapi@example.com"} <= emails
    assert shipped(sandbox) > shipped_before  # "shipped" went up as SHIPPED
    assert any(
        hook["target"].startswith("https://example.com") for hook in sandbox.store.webhooks.values()
    )
    printed = capsys.readouterr().out
    assert "404" in printed
    assert "Order.items[0].total: expected number, got string" in printed  # strict mode
    assert "order 1234 from mysite.simvoly.com" in printed


def pytest_example() -> str:
    """The README's block of pytest tests (the only one that defines test functions)."""
    (source,) = [source for _, source in python_blocks() if "\ndef test_" in source]
    return source


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_the_pytest_example_passes_pasted_into_a_project(tmp_path: Path, mode: str) -> None:
    """Verbatim, in a project whose only configuration is pytest-asyncio's mode (strict is
    its default), with the plugin found as an installed package's: every test passes,
    with warnings as errors (the retry test proves its waits were skipped)."""
    (tmp_path / "test_example.py").write_text(pytest_example(), encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        f"[pytest]\nasyncio_mode = {mode}\nasyncio_default_fixture_loop_scope = function\n"
        "filterwarnings = error\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "4 passed" in output, output


REPO = "https://github.com/simvoly/simvoly-python"
_INLINE_LINK = re.compile(r"\]\(([^)\s]+)\)")
_REFERENCE = re.compile(r"^\[[^\]]+\]: (\S+)$", re.MULTILINE)


def heading_anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lowercase, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_link_is_absolute_and_leads_somewhere() -> None:
    """PyPI shows the README away from the repository: a relative link (a file, or an
    in-page anchor, which PyPI's rendering has no ids for) would lead nowhere there."""
    text = README.read_text(encoding="utf-8")
    targets = _INLINE_LINK.findall(text) + _REFERENCE.findall(text)
    assert len(targets) > 20
    anchors = {heading_anchor(h) for h in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}
    root = README.parent
    for target in targets:
        assert target.startswith("https://"), target
        if target.startswith(f"{REPO}#"):
            assert target.removeprefix(f"{REPO}#") in anchors, target
        elif target.startswith(f"{REPO}/blob/main/"):
            assert (root / target.removeprefix(f"{REPO}/blob/main/")).is_file(), target
        else:
            assert not target.startswith(REPO), target
