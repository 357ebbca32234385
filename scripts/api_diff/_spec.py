"""The parsed spec and the records of the spec side: a change, its level, its subject.

The rules are in the package docstring (scripts/api_diff/__init__.py); `_compare` and
`_schemas` apply them; `_surface` turns each change's `Subject` into the `simvoly.*`
names it affects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal

Side = Literal["input", "output"]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class Level(IntEnum):
    """How a change affects users; the report's bump is the highest level found."""

    PATCH = 0  # no change to what a user can call or read
    ADDITIVE = 1  # new things; existing code keeps working
    BREAKING = 2  # existing code can stop working or type-checking


@dataclass(frozen=True)
class Subject:
    """What a change is about, in spec terms; `_surface` maps it to Python names.

    kind is one of: "operation" (key: operationId), "parameter" (key: operationId,
    name: the parameter), "body" (key: operationId), "result" (key: operationId),
    "schema" (key: component schema name), "field" (key: schema name, path: property
    names from it, "[]" for array items), "enum" (key: schema name, name: the value),
    "webhook" (key: topic), "spec" (key: a JSON pointer).
    """

    kind: str
    key: str
    name: str = ""
    path: tuple[str, ...] = ()


@dataclass(frozen=True)
class Change:
    level: Level
    text: str  # what changed, in spec terms (Markdown)
    subject: Subject
    # Set for a changed operationId: the subject's names are "removed", these "added".
    renamed_to: Subject | None = None
    removed: bool = False  # the subject exists only in the old spec
    added: bool = False  # the subject exists only in the new spec


def by_side(sides: frozenset[Side], *, input: Level, output: Level) -> Level:
    """The worst of a change's levels over the sides (input, output) its schema is on."""
    return max(input if side == "input" else output for side in sides)


@dataclass
class Spec:
    """One parsed openapi.yaml (PyYAML has already expanded its anchors)."""

    data: Mapping[str, Any]
    operations: dict[str, tuple[str, str, dict[str, Any]]] = field(init=False)

    def __post_init__(self) -> None:
        # operationId -> (METHOD, path, operation with the path item's parameters merged)
        self.operations = {}
        for path, item in (self.data.get("paths") or {}).items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    op = dict(item[method])
                    op["parameters"] = self._merge_parameters(shared, op.get("parameters", []))
                    self.operations[op["operationId"]] = (method.upper(), path, op)

    def _merge_parameters(
        self, shared: list[dict[str, Any]], own: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        merged = {p["name"]: p for p in (self.deref(x)[0] for x in [*shared, *own])}
        return list(merged.values())

    @property
    def schemas(self) -> dict[str, Any]:
        return dict((self.data.get("components") or {}).get("schemas") or {})

    @property
    def webhooks(self) -> dict[str, dict[str, Any]]:
        return dict(self.data.get("webhooks") or {})

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """(the node with $refs followed, the name of the last component schema followed)."""
        name = None
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $refs are supported, not {ref!r}")
            parts = [p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]
            if parts[:2] == ["components", "schemas"]:
                name = parts[2]
            node = self.data
            for part in parts:
                if not isinstance(node, dict) or part not in node:
                    raise ValueError(f"$ref {ref!r} points at nothing")
                node = node[part]
        return node, name

    def body_schema(self, op: Mapping[str, Any]) -> tuple[Any, bool] | None:
        """(the JSON request body's schema, required) or None."""
        body, _ = self.deref(op.get("requestBody"))
        if not body:
            return None
        return _json_schema(body), bool(body.get("required", False))

    def result_schema(self, op: Mapping[str, Any]) -> Any:
        """The schema of the first 2xx answer's JSON body (None: no body)."""
        for status in sorted(op.get("responses") or {}):
            if str(status).startswith("2"):
                response, _ = self.deref(op["responses"][status])
                return _json_schema(response)
        return None

    def schema_sides(self) -> dict[str, frozenset[Side]]:
        """Component schema -> the sides it is reachable from: what a user sends
        (parameters, request bodies) and what a user reads (answers, webhook payloads)."""
        found: dict[str, set[Side]] = {}

        def visit(node: Any, side: Side) -> None:
            if isinstance(node, dict):
                if "$ref" in node:
                    _, name = self.deref(node)
                    if name is not None:
                        if side in found.setdefault(name, set()):
                            return
                        found[name].add(side)
                    visit(self.deref(node)[0], side)
                    return
                for value in node.values():
                    visit(value, side)
            elif isinstance(node, list):
                for value in node:
                    visit(value, side)

        for _, _, op in self.operations.values():
            visit(op.get("parameters"), "input")
            visit(op.get("requestBody"), "input")
            visit(op.get("responses"), "output")
        for item in self.webhooks.values():
            for method in HTTP_METHODS:
                if method in item:
                    visit(item[method].get("requestBody"), "output")
        return {name: frozenset(sides) for name, sides in found.items()}


def _json_schema(holder: Mapping[str, Any]) -> Any:
    content = holder.get("content") or {}
    for media_type, value in content.items():
        if "json" in media_type:
            return value.get("schema")
    return None
