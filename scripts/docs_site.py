"""The documentation site's build: mkdocs hooks (mkdocs.yml `hooks:`) and a griffe extension.

`make docs` runs `mkdocs build --strict`, which runs these hooks:

- `on_config`: the nav's empty "Resources" section gets a page per resource of the
  clients (`simvoly._generated.resources.RESOURCES`, one per tag of openapi.yaml), so a
  resource the spec gains is documented with no edit here.
- `on_files`: those pages, generated (each documents the async and the sync class under
  the name users write, `client.contacts`); the usage of the `simvoly` command, from its
  argparse parser; and the bench's chart (bench/throughput.png, which `make bench`
  writes) as assets/throughput.png.
- `on_page_markdown`: the marker `<!-- the x-simvoly extensions: scripts/spec_data.py -->`
  becomes the list of the spec's vendor extensions, as scripts/spec_data.py's docstring
  (their one description, next to the code that checks them) gives it.
- `on_post_build`: every public name (`__all__` of simvoly, simvoly.models,
  simvoly.webhooks and simvoly.testing, each client's resources, each resource's methods)
  has its entry in the reference (the site's objects.inv); otherwise the build fails,
  naming what is missing.

Two griffe extensions (mkdocstrings' `extensions:`) read the code as its authors wrote it.
`CommentDocstrings`: the `#:` comment lines above an assignment are its docstring (the
Sphinx convention the code uses for constants, `UNSIGNED` or `TOPICS`, say), which
griffe would not see. `LazyExports`: simvoly.models and
simvoly.testing import their names under `if TYPE_CHECKING:`, for type checkers, and
serve them at runtime from a module `__getattr__` (so that `import simvoly` stays
cheap). Griffe takes such imports for names that do not exist at runtime: simvoly.models
would document none of its models. In a module with a `__getattr__`, they are real.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import functools
import importlib
import logging
import os
import re
from pathlib import Path
from typing import Any
from unittest import mock

import griffe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocstrings import Inventory

__all__ = [
    "CommentDocstrings",
    "LazyExports",
    "cli_page",
    "expected_names",
    "on_config",
    "on_files",
    "on_page_markdown",
    "on_post_build",
    "resource_classes",
    "resource_page",
    "spec_extensions",
]

log = logging.getLogger("mkdocs.hooks.docs_site")

ROOT = Path(__file__).resolve().parent.parent
RESOURCE_PAGES = "reference/resources"
CLI_PAGE = "reference/cli.md"
CHART = ("bench/throughput.png", "assets/throughput.png")
EXTENSIONS_MARKER = "<!-- the x-simvoly extensions: scripts/spec_data.py -->"
PUBLIC_MODULES = ("simvoly", "simvoly.models", "simvoly.webhooks", "simvoly.testing")


class CommentDocstrings(griffe.Extension):
    """The `#:` comment lines right above an assignment are its docstring."""

    def on_attribute_instance(
        self,
        *,
        node: ast.AST | griffe.ObjectNode,
        attr: griffe.Attribute,
        agent: Any,
        **kwargs: Any,
    ) -> None:
        if attr.docstring is not None or not isinstance(node, ast.stmt):
            return  # a docstring of its own, or found by inspection (no source)
        lines = agent.code.splitlines()[: node.lineno - 1]
        comment: list[str] = []
        while lines and lines[-1].strip().startswith("#:"):
            comment.insert(0, lines.pop().strip().removeprefix("#:").strip())
        if comment:
            attr.docstring = griffe.Docstring(
                "\n".join(comment), lineno=node.lineno - len(comment), parent=attr
            )


class LazyExports(griffe.Extension):
    """Names a module imports under TYPE_CHECKING and serves from `__getattr__` exist."""

    def on_module_members(self, *, mod: griffe.Module, **kwargs: Any) -> None:
        if "__getattr__" not in mod.members:
            return
        for member in mod.members.values():
            if member.is_alias and not member.runtime:
                member.runtime = True


# -- the resources ------------------------------------------------------------------------


@functools.cache
def resource_classes() -> dict[str, tuple[type, type]]:
    """Each client attribute (`contacts`), with its async and its sync resource class."""
    from simvoly import AsyncSimvoly, Simvoly
    from simvoly._generated.resources import RESOURCES

    base_url = "http://127.0.0.1/api/site"
    async_client = AsyncSimvoly("docs", base_url=base_url)
    with Simvoly("docs", base_url=base_url) as sync_client:
        classes = {
            attribute: (
                type(getattr(async_client, attribute)),
                type(getattr(sync_client, attribute)),
            )
            for attribute in RESOURCES
        }
    asyncio.run(async_client.aclose())  # neither client has sent anything
    return classes


def _path(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def resource_page(attribute: str, async_class: type, sync_class: type) -> str:
    """The reference page of `client.<attribute>`: the async class, then the sync one."""
    return f"""# client.{attribute}

`AsyncSimvoly().{attribute}` is a `{async_class.__name__}`, and `Simvoly().{attribute}`
a `{sync_class.__name__}`: the same methods and arguments, sync. Arguments are checked
before anything is sent (see [the client](../../guides/client.md#calling-the-api)); every
method also takes the [per-call options](../../guides/client.md#per-call-options), and
`with_raw_response` gives [the raw answer](../../guides/client.md#raw-responses).

::: {_path(async_class)}
    options:
      heading: "{async_class.__name__}: client.{attribute} on AsyncSimvoly"
      toc_label: "{async_class.__name__} (async)"
      show_root_full_path: false
      show_bases: false
      merge_init_into_class: false

::: {_path(sync_class)}
    options:
      heading: "{sync_class.__name__}: client.{attribute} on Simvoly"
      toc_label: "{sync_class.__name__} (sync)"
      show_root_full_path: false
      show_bases: false
      merge_init_into_class: false
      show_docstring_parameters: false
      show_docstring_raises: false
      show_docstring_returns: false
"""


# -- the command line --------------------------------------------------------------------


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    """The subcommands of `parser`, depth first, each with its full name."""
    found = []
    for action in parser._actions:  # argparse keeps its subparsers nowhere public
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((name, sub))
                found.extend((f"{name} {deeper}", p) for deeper, p in _subcommands(sub))
    return found


def cli_page() -> str:
    """The usage of `simvoly` and of each of its commands, as `--help` prints it."""
    from simvoly._cli import build_parser

    parser = build_parser()
    sections = [
        "# The `simvoly` command\n",
        "What `simvoly --help` and `simvoly COMMAND --help` print (generated from the "
        "command's parser when the site is built). The guide: "
        "[the simvoly command](../guides/cli.md).\n",
        f"## simvoly\n\n```text\n{_help(parser)}```\n",
    ]
    sections.extend(
        f"## simvoly {name}\n\n```text\n{_help(sub)}```\n" for name, sub in _subcommands(parser)
    )
    return "\n".join(sections)


def _help(parser: argparse.ArgumentParser) -> str:
    # argparse wraps to the terminal's width: the same width on every machine.
    with mock.patch.dict(os.environ, {"COLUMNS": "88"}):
        return parser.format_help()


# -- the spec's extensions ----------------------------------------------------------------


def spec_extensions() -> str:
    """The bullets of scripts/spec_data.py's docstring that describe an `x-simvoly-*`;
    every extension that scripts/spec_data.py knows must have one."""
    path = ROOT / "scripts" / "spec_data.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bullets: list[str] = []
    for line in (ast.get_docstring(tree) or "").splitlines():
        if line.startswith("- `x-simvoly-"):
            bullets.append(line)
        elif bullets and line.startswith("  "):
            bullets[-1] += "\n" + line
        elif bullets:
            break
    known = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.fullmatch(r"x-simvoly-[a-z-]+", node.value)
    }
    described = {re.match(r"- `(x-simvoly-[a-z-]+)", bullet)[1] for bullet in bullets}  # type: ignore[index]
    if not known or known - described:
        raise PluginError(
            f"{path.name}'s docstring describes no x-simvoly extension, or not all it "
            f"knows: {sorted(known - described)}"
        )
    return "\n".join(bullets)


# -- the hooks ----------------------------------------------------------------------------


def _fill(nav: list[Any], title: str, pages: list[dict[str, str]]) -> bool:
    """Put `pages` in the nav's empty section `title` (depth first); whether it was there."""
    for entry in nav:
        if not isinstance(entry, dict):
            continue  # a page without a title
        for name, value in entry.items():
            if name == title and value == []:
                entry[name] = pages
                return True
            if isinstance(value, list) and _fill(value, title, pages):
                return True
    return False


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    pages = [
        {f"client.{attribute}": f"{RESOURCE_PAGES}/{attribute}.md"}
        for attribute in resource_classes()
    ]
    if not _fill(config.nav or [], "Resources", pages):
        raise PluginError('mkdocs.yml: the nav has no empty "Resources" section to fill')
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for attribute, (async_class, sync_class) in resource_classes().items():
        files.append(
            File.generated(
                config,
                f"{RESOURCE_PAGES}/{attribute}.md",
                content=resource_page(attribute, async_class, sync_class),
            )
        )
    files.append(File.generated(config, CLI_PAGE, content=cli_page()))
    source, target = CHART
    files.append(File.generated(config, target, abs_src_path=str(ROOT / source)))
    return files


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    if EXTENSIONS_MARKER in markdown:
        return markdown.replace(EXTENSIONS_MARKER, spec_extensions())
    return markdown


def expected_names() -> set[str]:
    """Every name the reference must document, as mkdocstrings names its entries."""
    names: set[str] = set()
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        names.update(f"{module_name}.{name}" for name in module.__all__)
    for attribute, classes in resource_classes().items():
        names.update(f"simvoly.{client}.{attribute}" for client in ("AsyncSimvoly", "Simvoly"))
        for cls in classes:
            names.add(_path(cls))
            names.update(f"{_path(cls)}.{name}" for name in vars(cls) if not name.startswith("_"))
    return names


def on_post_build(config: MkDocsConfig) -> None:
    inventory_path = Path(config.site_dir) / "objects.inv"
    with inventory_path.open("rb") as file:
        documented = set(Inventory.parse_sphinx(file))
    expected = expected_names()
    missing = sorted(expected - documented)
    if missing:
        raise PluginError(
            f"{len(missing)} public names have no entry in the API reference: " + ", ".join(missing)
        )
    log.info("The API reference documents all %d public names", len(expected))
