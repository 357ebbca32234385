"""The documentation site's examples run, as the README's do (tests/doc_blocks.py says how).

Each page of docs/ runs on its own: its Python blocks in order, in a fresh namespace,
against a fresh seeded sandbox served on 127.0.0.1. Blocks of pytest tests pass pasted
into a project of their own, with pytest-asyncio in strict and in auto mode. `make docs`
builds the site itself (`mkdocs build --strict`), which fails on a broken link, anchor or
reference, and on a public name missing from the API reference (scripts/docs_site.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import test_utils

from simvoly import AsyncSimvoly, SimvolyError
from simvoly.testing import Sandbox
from simvoly.testing._server import serve

from .doc_blocks import (
    DOCS,
    LANGUAGES,
    ROOT,
    blocks,
    included_files,
    python_blocks,
    run_blocks,
    run_pytest_example,
    served_sandbox,
)

PAGES = sorted(DOCS.rglob("*.md"))


def page_id(page: Path) -> str:
    return page.relative_to(DOCS).as_posix()


async def run_the_web_apps(namespace: dict[str, Any], sandbox: Sandbox) -> None:
    """guides/web-apps.md's apps, started, used and shut down: each (FastAPI on uvicorn,
    its lifespan on; aiohttp on its test server) signs a contact up through the client
    it made at startup, and that client is closed once the app has stopped."""
    async with (
        serve(namespace["app"], lifespan=True) as running,
        httpx.AsyncClient(base_url=running.site_url) as http,
    ):
        response = await http.post("/signup", params={"email": "fastapi@example.com"})
    assert response.status_code == 200, response.text
    assert set(response.json()) == {"contact_id"}

    app = namespace["aiohttp_app"]
    async with test_utils.TestServer(app, host="127.0.0.1") as server:
        client = app[namespace["SIMVOLY"]]
        assert isinstance(client, AsyncSimvoly)
        async with httpx.AsyncClient(base_url=str(server.make_url(""))) as http:
            response = await http.post("/signup", params={"email": "aiohttp@example.com"})
        assert response.status_code == 200, response.text
    with pytest.raises(SimvolyError, match="closed"):
        await client.member_groups.list()
    emails = {contact["email"] for contact in sandbox.store.contacts.values()}
    assert {"fastapi@example.com", "aiohttp@example.com"} <= emails


#: What a page's examples define that the test then uses, by page.
AFTERWARDS: dict[str, Callable[[dict[str, Any], Sandbox], Awaitable[None]]] = {
    "guides/web-apps.md": run_the_web_apps,
}


def test_the_pages_have_examples() -> None:
    assert len(PAGES) > 15
    with_examples = [page for page in PAGES if python_blocks(page)]
    assert len(with_examples) >= 12, with_examples


#: The widest code line the site shows without a scroll bar, at 1280 pixels wide.
WIDEST = 80


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_fence_says_its_language_and_fits(page: Path) -> None:
    for block in blocks(page):
        assert block.language in LANGUAGES, f"{page}:{block.line}: ```{block.language}"
        if block.language != "text":  # a program's output is shown as it is
            for number, line in enumerate(block.source.splitlines(), block.line):
                assert len(line) <= WIDEST, f"{page}:{number}: {len(line)} characters"
    no_run = [block.line for block in python_blocks(page, "no-run")]
    assert len(no_run) <= 2, f"{page}: blocks not run, at lines {no_run}: keep them few"


@pytest.mark.parametrize("page", [p for p in PAGES if python_blocks(p)], ids=page_id)
async def test_every_python_example_of_the_page_runs(
    page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with served_sandbox(monkeypatch) as sandbox:
        namespace: dict[str, Any] = {"__name__": "docs"}
        assert await run_blocks(page, namespace) > 0
        afterwards = AFTERWARDS.get(page_id(page))
        if afterwards is not None:
            await afterwards(namespace, sandbox)


def test_every_page_with_a_check_afterwards_exists() -> None:
    assert {page_id(p) for p in PAGES} >= set(AFTERWARDS)


PYTEST_EXAMPLES = [(page, block) for page in PAGES for block in python_blocks(page, "pytest")]


@pytest.mark.parametrize("mode", ["strict", "auto"])
@pytest.mark.parametrize(
    ("page", "block"),
    PYTEST_EXAMPLES,
    ids=[f"{page_id(page)}:{block.line}" for page, block in PYTEST_EXAMPLES],
)
def test_pytest_examples_pass_pasted_into_a_project(
    page: Path, block: Any, mode: str, tmp_path: Path
) -> None:
    run_pytest_example(block.source, tmp_path, mode)


def test_included_files_are_examples_tested_where_they_live() -> None:
    included = {name for page in PAGES for name in included_files(page)}
    assert included, "the web apps guide shows the example apps"
    for name in included:
        assert (ROOT / name).is_file(), name
        assert name.startswith("examples/"), name  # tests/test_web_apps.py and others
