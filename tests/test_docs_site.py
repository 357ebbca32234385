"""The documentation site's build hooks (scripts/docs_site.py), which `make docs` runs: a
reference page per resource of the spec, the command's usage, the spec's extensions, and
a build that fails when a public name has no entry in the reference."""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path

import docs_site
import griffe
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocstrings import Inventory, InventoryItem

from simvoly import AsyncSimvoly, Simvoly
from simvoly._cli import build_parser
from simvoly._generated.resources import RESOURCES

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def config() -> object:
    return load_config(str(ROOT / "mkdocs.yml"))


def test_every_resource_of_both_clients_has_its_classes() -> None:
    classes = docs_site.resource_classes()
    assert tuple(classes) == RESOURCES
    client = AsyncSimvoly("k", base_url="http://127.0.0.1/api/site")
    with Simvoly("k", base_url="http://127.0.0.1/api/site") as sync_client:
        for attribute, (async_class, sync_class) in classes.items():
            assert type(getattr(client, attribute)) is async_class
            assert type(getattr(sync_client, attribute)) is sync_class
    asyncio.run(client.aclose())


def test_a_resource_page_documents_both_classes_under_the_name_users_write() -> None:
    async_class, sync_class = docs_site.resource_classes()["contacts"]
    page = docs_site.resource_page("contacts", async_class, sync_class)
    assert page.startswith("# client.contacts\n")
    assert "::: simvoly._generated.api.contacts.resource.Contacts\n" in page
    assert "::: simvoly._generated.api.contacts.resource.SyncContacts\n" in page


def test_the_nav_gets_a_page_per_resource(config: object) -> None:
    docs_site.on_config(config)  # type: ignore[arg-type]
    (reference,) = [e["API reference"] for e in config.nav if "API reference" in e]  # type: ignore[attr-defined]
    (resources,) = [e["Resources"] for e in reference if isinstance(e, dict) and "Resources" in e]
    assert resources == [{f"client.{name}": f"reference/resources/{name}.md"} for name in RESOURCES]


def test_a_nav_without_the_resources_section_is_an_error(config: object) -> None:
    config.nav = ["index.md", {"Guides": [{"Pagination": "guides/pagination.md"}]}]  # type: ignore[attr-defined]
    with pytest.raises(PluginError, match='no empty "Resources" section'):
        docs_site.on_config(config)  # type: ignore[arg-type]


def test_the_generated_pages_and_the_chart_are_added(
    config: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What mkdocs sets while it runs a hook (File.generated records who made the file).
    monkeypatch.setattr(config.plugins, "_current_plugin", "docs_site", raising=False)  # type: ignore[attr-defined]
    files = docs_site.on_files(Files([]), config)  # type: ignore[arg-type]
    names = {file.src_uri for file in files}
    assert {f"reference/resources/{name}.md" for name in RESOURCES} <= names
    assert "reference/cli.md" in names
    (chart,) = [file for file in files if file.src_uri == "assets/throughput.png"]
    assert chart.abs_src_path == str(ROOT / "bench" / "throughput.png")


def commands(
    parser: argparse.ArgumentParser, prefix: str = ""
) -> dict[str, argparse.ArgumentParser]:
    """Every subcommand of `parser`, by its full name."""
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[f"{prefix}{name}"] = sub
                found.update(commands(sub, f"{prefix}{name} "))
    return found


def test_the_cli_page_shows_every_commands_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    page = docs_site.cli_page()
    assert os.environ["COLUMNS"] == "200"  # the environment is as it was
    every = commands(build_parser())
    assert {"export", "import", "webhooks send-test", "probe", "sandbox serve"} <= set(every)
    for command in every:
        assert f"\n## simvoly {command}\n\n```text\nusage: simvoly {command}" in page
    # Wrapped to the same width on every machine, whatever the terminal's.
    monkeypatch.setenv("COLUMNS", "88")
    assert f"```text\n{every['export'].format_help()}```" in page


def test_the_spec_extensions_are_listed_from_spec_datas_docstring() -> None:
    from spec_data import _KNOWN

    listed = docs_site.spec_extensions()
    assert {line.split("`")[1].split(":")[0] for line in listed.splitlines() if line[0] == "-"} == (
        _KNOWN
    )
    markdown = f"Before\n\n{docs_site.EXTENSIONS_MARKER}\n\nAfter"
    assert docs_site.on_page_markdown(markdown) == f"Before\n\n{listed}\n\nAfter"
    assert docs_site.on_page_markdown("No marker") == "No marker"


def test_an_extension_the_docstring_does_not_describe_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "spec_data.py").write_text(
        '"""The extensions.\n\n- `x-simvoly-resource: contacts`: described.\n  More.\n"""\n'
        '_KNOWN = {"x-simvoly-resource", "x-simvoly-new"}\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(docs_site, "ROOT", tmp_path)
    with pytest.raises(PluginError, match=r"\['x-simvoly-new'\]"):
        docs_site.spec_extensions()


def write_inventory(site: Path, names: set[str]) -> None:
    inventory = Inventory([InventoryItem(name, "py", "class", f"#{name}") for name in names])
    (site / "objects.inv").write_bytes(inventory.format_sphinx())


def test_a_reference_with_every_public_name_builds(config: object, tmp_path: Path) -> None:
    names = docs_site.expected_names()
    assert {"simvoly.AsyncSimvoly", "simvoly.models.Contact", "simvoly.webhooks.unwrap"} <= names
    assert "simvoly.testing.Sandbox" in names
    assert "simvoly.Simvoly.contacts" in names
    assert "simvoly._generated.api.contacts.resource.SyncContacts.upsert_many" in names
    config.site_dir = str(tmp_path)  # type: ignore[attr-defined]
    write_inventory(tmp_path, names | {"simvoly.models.Contact.from_dict"})
    docs_site.on_post_build(config)  # type: ignore[arg-type]


def test_a_public_name_missing_from_the_reference_fails_the_build(
    config: object, tmp_path: Path
) -> None:
    config.site_dir = str(tmp_path)  # type: ignore[attr-defined]
    write_inventory(tmp_path, docs_site.expected_names() - {"simvoly.RetryPolicy"})
    with pytest.raises(PluginError, match=r"^1 public names .*: simvoly.RetryPolicy$"):
        docs_site.on_post_build(config)  # type: ignore[arg-type]


@pytest.mark.parametrize("extensions", [[], [docs_site.LazyExports()]])
def test_lazily_served_names_are_documented_with_the_extension(
    extensions: list[griffe.Extension],
) -> None:
    package = griffe.load(
        "simvoly",
        search_paths=[str(ROOT / "src")],
        extensions=griffe.load_extensions(*extensions),
        resolve_aliases=False,
    )
    models = package["models"]
    assert ("Contact" in models.members) is bool(extensions)  # a model served lazily
    assert models["__getattr__"].is_function
    assert "Sandbox" in package["testing"].members  # a TYPE_CHECKING import: both ways


CONSTANTS = '''
import os

#: The first line of its comment,
#: and the second.
DOCUMENTED = 1
# A plain comment is no docstring.
PLAIN = 2
WITH_ITS_OWN = 3
"""Its own docstring."""
#: Above a comment that is not one: not this assignment's.
# (this line breaks the run)
AFTER_A_BREAK = 4
'''


@pytest.mark.parametrize("inspected", [False, True], ids=["read", "imported"])
def test_comment_lines_above_an_assignment_are_its_docstring(
    inspected: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "constants.py").write_text(CONSTANTS, encoding="utf-8")
    extensions = griffe.load_extensions(docs_site.CommentDocstrings())
    module: griffe.Object | griffe.Alias
    if inspected:  # imported, no source read: the extension has nothing to read
        monkeypatch.syspath_prepend(str(tmp_path))
        module = griffe.inspect("constants", extensions=extensions)
    else:
        module = griffe.load("constants", search_paths=[str(tmp_path)], extensions=extensions)

    def docstring(name: str) -> str | None:
        found = module[name].docstring
        return None if found is None else found.value

    comment = "The first line of its comment,\nand the second."
    if inspected:
        assert docstring("DOCUMENTED") != comment  # the int's own, from the object
        return
    assert docstring("DOCUMENTED") == comment
    assert docstring("PLAIN") is None
    assert docstring("AFTER_A_BREAK") is None
    assert docstring("WITH_ITS_OWN") == "Its own docstring."
    package = griffe.load("simvoly", search_paths=[str(ROOT / "src")], extensions=extensions)
    assert package["webhooks._unwrap.UNSIGNED"].docstring.value.startswith("Pass as `unwrap()`")
