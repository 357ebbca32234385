"""The README: its Python examples run, and its links lead somewhere from PyPI too.

The examples run as the documentation site's do (tests/doc_blocks.py: in order, in one
namespace, against a sandbox served on 127.0.0.1, top-level `await` included). The
README is the first screen on GitHub and on PyPI, and links to the site for the rest.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import markdown
import pytest
from markdown.extensions.toc import slugify

from .doc_blocks import DOCS, ROOT, blocks, python_blocks, run_blocks, served_sandbox

README = ROOT / "README.md"
REPO = "https://github.com/simvoly/simvoly-python"
SITE = "https://simvoly.github.io/simvoly-python/"


def test_the_readme_has_examples() -> None:
    assert python_blocks(README)
    assert all(block.kind == "run" for block in blocks(README) if block.language == "python")


async def test_every_python_example_in_the_readme_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async with served_sandbox(monkeypatch) as sandbox:
        namespace: dict[str, Any] = {"__name__": "readme"}
        assert await run_blocks(README, namespace) >= 1
    emails = {contact["email"] for contact in sandbox.store.contacts.values()}
    assert "jane@example.com" in emails
    printed = capsys.readouterr().out
    assert "404" in printed
    assert re.search(r"^\d+ (pending|completed|shipped)", printed, re.MULTILINE)


def test_the_site_url_is_the_sites() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"\nsite_url: {SITE}\n" in config


_INLINE_LINK = re.compile(r"\]\(([^)\s]+)\)")
_REFERENCE = re.compile(r"^\[[^\]]+\]: (\S+)$", re.MULTILINE)


def github_anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lowercase, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def site_anchor(heading: str) -> str:
    """The site's anchor for a heading: Python-Markdown's `toc` extension makes them."""
    text = re.sub(r"<[^>]+>", "", markdown.markdown(heading))  # as rendered: no backticks
    return slugify(text, "-")


def headings(page: Path) -> set[str]:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)  # not in code
    return set(re.findall(r"^#+ (.+)$", text, re.MULTILINE))


def site_page(target: str) -> tuple[Path, str]:
    """The docs/ page and anchor a link into the site leads to."""
    path, _, anchor = target.removeprefix(SITE).partition("#")
    page = DOCS / path.rstrip("/")
    page = page / "index.md" if page.is_dir() or not path else page.with_suffix(".md")
    return page, anchor


def test_every_link_is_absolute_and_leads_somewhere() -> None:
    """PyPI shows the README away from the repository: a relative link (a file, or an
    in-page anchor, which PyPI's rendering has no ids for) would lead nowhere there.
    Links into the site lead to a page of docs/ (and a heading of it)."""
    text = README.read_text(encoding="utf-8")
    targets = _INLINE_LINK.findall(text) + _REFERENCE.findall(text)
    assert len([t for t in targets if t.startswith(SITE)]) > 10
    anchors = {github_anchor(h) for h in headings(README)}
    for target in targets:
        assert target.startswith("https://"), target
        if target.startswith(SITE):
            page, anchor = site_page(target)
            assert page.is_file(), target
            assert not anchor or anchor in {site_anchor(h) for h in headings(page)}, target
        elif target.startswith(f"{REPO}#"):
            assert target.removeprefix(f"{REPO}#") in anchors, target
        elif target.startswith(f"{REPO}/blob/main/"):
            assert (ROOT / target.removeprefix(f"{REPO}/blob/main/")).is_file(), target
        else:
            assert not target.startswith(REPO), target
