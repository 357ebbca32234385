"""The Markdown report: spec changes with their `simvoly.*` names, then what griffe found
in the Python surface that the spec changes do not already name, then the bump."""

from __future__ import annotations

from dataclasses import dataclass

from ._compare import compare
from ._spec import Change, Level, Spec
from ._surface import Surface, breakages

BUMPS = {Level.PATCH: "patch", Level.ADDITIVE: "minor", Level.BREAKING: "major"}
HEADINGS = {
    Level.BREAKING: "Breaking changes",
    Level.ADDITIVE: "Additions",
    Level.PATCH: "Other changes (no change to the Python API)",
}


@dataclass(frozen=True)
class Tree:
    """One side of the comparison: its spec and its package."""

    label: str
    spec: Spec
    surface: Surface


@dataclass(frozen=True)
class Result:
    markdown: str
    level: Level


def diff(old: Tree, new: Tree) -> Result:
    changes = compare(old.spec, new.spec)
    items: dict[Level, list[str]] = {level: [] for level in Level}
    named: set[str] = set()  # the Python names the spec changes account for
    breaking_named: set[str] = set()
    for change in changes:
        line, names = _line(change, old, new)
        items[change.level].append(line)
        named |= names
        if change.level is Level.BREAKING:
            breaking_named |= names
    python_items: list[str] = []
    level = max((c.level for c in changes), default=Level.PATCH)
    for breakage in breakages(old.surface, new.surface):
        level = Level.BREAKING
        if breakage.path not in breaking_named:
            python_items.append(f"- **breaking** `{breakage.path}`: {breakage.text}")
    added = _outermost(set(new.surface.public_names) - set(old.surface.public_names), named)
    if added:
        level = max(level, Level.ADDITIVE)
        python_items += [f"- added `{name}`" for name in added]

    # Sections are ### headings: the report pastes under CHANGELOG.md's "## [Unreleased]".
    lines = [f"API changes from `{old.label}` to {new.label}:", ""]
    for change_level in sorted(Level, reverse=True):
        if items[change_level]:
            lines += [f"### {HEADINGS[change_level]}", "", *items[change_level], ""]
    if python_items:
        lines += [
            "### Python API changes the spec changes above do not name",
            "",
            *python_items,
            "",
        ]
    if not changes and not python_items:
        lines += ["No change to openapi.yaml or the public Python API.", ""]
    lines.append(f"bump: {BUMPS[level]}")
    return Result("\n".join(lines), level)


def _line(change: Change, old: Tree, new: Tree) -> tuple[str, set[str]]:
    """The report line of a spec change, and the Python names it gives."""
    if change.renamed_to is not None:
        gone = old.surface.names(change.subject, old.spec)
        came = new.surface.names(change.renamed_to, new.spec)
        gone, came = [n for n in gone if n not in came], [n for n in came if n not in gone]
        parts = [f"`{n}` removed" for n in gone] + [f"`{n}` added" for n in came]
        names = set(gone) | set(came)
    else:
        if change.removed:
            names_list, verb = old.surface.names(change.subject, old.spec), "removed"
        elif change.added:
            names_list, verb = new.surface.names(change.subject, new.spec), "added"
        else:
            names_list = new.surface.names(change.subject, new.spec) or old.surface.names(
                change.subject, old.spec
            )
            verb = "changed" if change.level is not Level.PATCH else ""
        parts = [f"`{n}` {verb}".rstrip() for n in names_list]
        names = {_base(n) for n in names_list}
    text = f"- {change.text[:1].upper()}{change.text[1:]}"
    return (f"{text}: {'; '.join(parts)}" if parts else text), names


def _base(name: str) -> str:
    """`client.contacts.create(zip=...)` is the argument of `client.contacts.create`, the
    path griffe reports a parameter change at; other names are their own path."""
    return name.split(" ", 1)[0]


def _outermost(added: set[str], named: set[str]) -> list[str]:
    """The added names not inside another added or already named one (a new model's
    attributes come with it)."""
    covered = added | named
    return sorted(
        name
        for name in added - named
        if not any(name.startswith(f"{other}.") for other in covered if other != name)
    )
