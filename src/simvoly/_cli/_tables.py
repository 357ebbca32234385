"""What the command knows of the API: read from the generated tables, never from names.

The operations table (`_generated.operations`) gives each operation's method, path,
pagination and upsert key; the sandbox's tables (`_generated.sandbox_tables`) give the
shape and model of each answer, the path and query parameters (with the date filters'
bounds), and the request body schemas. All of it comes from openapi.yaml.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from simvoly._generated import models
from simvoly._generated.operations import OPERATIONS
from simvoly._generated.sandbox_tables import BODIES, ROUTES
from simvoly._operation import Operation

__all__ = [
    "BODIES",
    "OPERATIONS",
    "answer_kind",
    "answer_model",
    "bounds",
    "command_name",
    "item_model",
    "model_named",
    "paginated_lists",
    "path_params",
    "required_query",
]


def command_name(resource: str) -> str:
    """A resource's name on the command line: `form_submissions` -> `form-submissions`."""
    return resource.replace("_", "-")


def paginated_lists() -> dict[str, Operation]:
    """The paginated lists without path parameters, by their command-line name."""
    return {
        command_name(op.resource): op
        for op in OPERATIONS.values()
        if op.method == "GET" and op.pagination is not None and not path_params(op)
    }


def path_params(op: Operation) -> tuple[str, ...]:
    """The names of the operation's path parameters, in order."""
    return tuple(ROUTES[op.id]["path_params"])


def required_query(op: Operation) -> tuple[str, ...]:
    """The names of the operation's required query parameters."""
    return tuple(name for name, entry in ROUTES[op.id]["query"].items() if entry["required"])


def answer_kind(op: Operation) -> str:
    """`page`, `array`, `object` or `delete`."""
    kind: str = ROUTES[op.id]["answer"]["kind"]
    return kind


def model_named(name: str) -> type[Any]:
    """The generated model of a component schema."""
    model: type[Any] = getattr(models, name)
    return model


def answer_model(op: Operation) -> type[Any] | None:
    """The model of the answer as a whole: a page's envelope, or the object answered."""
    name = ROUTES[op.id]["answer"].get("schema")
    return None if name is None else model_named(name)


def item_model(op: Operation) -> type[Any] | None:
    """The model of the records a page or an array lists."""
    name = ROUTES[op.id]["answer"].get("item_schema")
    return None if name is None else model_named(name)


def bounds(op: Operation) -> Mapping[str, str]:
    """`lower`/`upper` -> the query parameter of the list's date filter (timestamps only)."""
    return {
        entry["bound"]: name
        for name, entry in ROUTES[op.id]["query"].items()
        if "bound" in entry and entry.get("timestamp")
    }
