"""The spec side: every change between two parsed openapi.yaml files, classified."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._schemas import compare_schema, component_schemas
from ._spec import Change, Level, Spec, Subject

# Keys that only document: a change limited to these is a patch.
DOC_KEYS = frozenset(
    {
        "description",
        "summary",
        "example",
        "examples",
        "title",
        "externalDocs",
        # Where a fact comes from (openapi.yaml's x-source/x-sources): documentation too.
        "x-source",
        "x-sources",
    }
)
DOCS_SHOWN = 5  # documentation changes listed by place; the rest are counted


def compare(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`, in a stable order."""
    changes = [
        *_operations(old, new),
        *_webhooks(old, new),
        *component_schemas(old, new),
    ]
    pointers = list(_differences(old.data, new.data))  # every difference, read once
    # Vendor extensions carry meaning the SDK acts on (the method name, pagination,
    # repeatable POSTs, ...): name each change; griffe names any Python API it alters.
    changes += [
        Change(
            Level.ADDITIVE,
            f"`{pointer}` changed (a vendor extension: the SDK may behave differently; "
            "review by hand)",
            Subject("spec", pointer),
        )
        for pointer in pointers
        if any(step.startswith("x-") and step not in DOC_KEYS for step in pointer.split("/"))
    ]
    if not changes:
        old_code, new_code = _strip_docs(old.data), _strip_docs(new.data)
        # A change none of the rules above understands: worth a look, not a silent patch.
        changes += [
            Change(
                Level.ADDITIVE,
                f"`{pointer}` changed (no rule classifies it: review by hand)",
                Subject("spec", pointer),
            )
            for pointer in _differences(old_code, new_code)
        ]
    docs = [p for p in pointers if _is_doc(p)]
    if docs:
        shown = ", ".join(f"`{p}`" for p in docs[:DOCS_SHOWN])
        more = f" and {len(docs) - DOCS_SHOWN} more" if len(docs) > DOCS_SHOWN else ""
        changes.append(
            Change(Level.PATCH, f"Documentation changed: {shown}{more}", Subject("spec", docs[0]))
        )
    return changes


# --- operations -------------------------------------------------------------------------


def _operations(old: Spec, new: Spec) -> Iterator[Change]:
    old_ids, new_ids = set(old.operations), set(new.operations)
    old_at = {(m, p): op_id for op_id, (m, p, _) in old.operations.items()}
    new_at = {(m, p): op_id for op_id, (m, p, _) in new.operations.items()}
    renamed = {
        op_id: new_at[place]
        for place, op_id in old_at.items()
        if op_id not in new_ids and place in new_at and new_at[place] not in old_ids
    }
    for op_id in sorted(old_ids | new_ids):
        if op_id in renamed:
            method, path, _ = old.operations[op_id]
            to = renamed[op_id]
            yield Change(
                Level.BREAKING,
                f"operation `{op_id}` (`{method} {path}`) renamed to `{to}`",
                Subject("operation", op_id),
                renamed_to=Subject("operation", to),
            )
            yield from _operation(old, new, op_id, to)
        elif op_id in renamed.values():
            continue
        elif op_id not in new_ids:
            method, path, _ = old.operations[op_id]
            yield Change(
                Level.BREAKING,
                f"operation `{op_id}` (`{method} {path}`) removed",
                Subject("operation", op_id),
                removed=True,
            )
        elif op_id not in old_ids:
            method, path, _ = new.operations[op_id]
            yield Change(
                Level.ADDITIVE,
                f"operation `{op_id}` (`{method} {path}`) added",
                Subject("operation", op_id),
                added=True,
            )
        else:
            yield from _operation(old, new, op_id, op_id)


def _operation(old: Spec, new: Spec, old_id: str, new_id: str) -> Iterator[Change]:
    old_method, old_path, old_op = old.operations[old_id]
    new_method, new_path, new_op = new.operations[new_id]
    here = Subject("operation", new_id)
    if (old_method, old_path) != (new_method, new_path):
        yield Change(
            Level.PATCH,
            f"operation `{new_id}` moved from `{old_method} {old_path}` to "
            f"`{new_method} {new_path}` (the SDK follows; no Python change)",
            here,
        )
    if old_op.get("tags", [])[:1] != new_op.get("tags", [])[:1]:
        yield Change(
            Level.BREAKING,
            f"operation `{new_id}` moved from tag {old_op.get('tags', [])[:1]} to "
            f"{new_op.get('tags', [])[:1]} (another resource)",
            here,
            renamed_to=here,
        )
    if old_op.get("deprecated", False) != new_op.get("deprecated", False):
        state = "deprecated" if new_op.get("deprecated") else "no longer deprecated"
        yield Change(Level.ADDITIVE, f"operation `{new_id}` {state}", here)
    yield from _parameters(old, new, old_op, new_op, new_id)
    yield from _body(old, new, old_op, new_op, new_id)
    yield from _result(old, new, old_op, new_op, new_id)


def _parameters(
    old: Spec, new: Spec, old_op: dict[str, Any], new_op: dict[str, Any], op_id: str
) -> Iterator[Change]:
    old_params = {p["name"]: p for p in old_op["parameters"]}
    new_params = {p["name"]: p for p in new_op["parameters"]}
    for name in sorted(old_params.keys() | new_params.keys()):
        subject = Subject("parameter", op_id, name)
        where = f"parameter `{name}` of `{op_id}`"
        if name not in new_params:
            yield Change(Level.BREAKING, f"{where} removed", subject, removed=True)
            continue
        param = new_params[name]
        if name not in old_params:
            if param.get("required"):
                yield Change(Level.BREAKING, f"required {where} added", subject, added=True)
            else:
                yield Change(Level.ADDITIVE, f"optional {where} added", subject, added=True)
            continue
        before = old_params[name]
        if before.get("in") != param.get("in"):
            yield Change(
                Level.PATCH,
                f"{where} moved from {before.get('in')} to {param.get('in')} (no Python change)",
                subject,
            )
        if bool(before.get("required")) != bool(param.get("required")):
            if param.get("required"):
                yield Change(Level.BREAKING, f"{where} became required", subject)
            else:
                yield Change(Level.ADDITIVE, f"{where} became optional", subject)
        yield from compare_schema(
            old,
            new,
            before.get("schema"),
            param.get("schema"),
            frozenset({"input"}),
            subject,
            where,
        )


def _body(
    old: Spec, new: Spec, old_op: dict[str, Any], new_op: dict[str, Any], op_id: str
) -> Iterator[Change]:
    before, after = old.body_schema(old_op), new.body_schema(new_op)
    subject = Subject("body", op_id)
    where = f"request body of `{op_id}`"
    if before is None and after is None:
        return
    if after is None:
        yield Change(Level.BREAKING, f"{where} removed", subject, removed=True)
        return
    if before is None:
        level = Level.BREAKING if after[1] else Level.ADDITIVE
        kind = "required" if after[1] else "optional"
        yield Change(level, f"{kind} {where} added", subject, added=True)
        return
    if before[1] != after[1]:
        if after[1]:
            yield Change(Level.BREAKING, f"{where} became required", subject)
        else:
            yield Change(Level.ADDITIVE, f"{where} became optional", subject)
    yield from compare_schema(old, new, before[0], after[0], frozenset({"input"}), subject, where)


def _result(
    old: Spec, new: Spec, old_op: dict[str, Any], new_op: dict[str, Any], op_id: str
) -> Iterator[Change]:
    before, after = old.result_schema(old_op), new.result_schema(new_op)
    subject = Subject("result", op_id)
    where = f"result of `{op_id}`"
    if before is None and after is None:
        return
    if after is None:
        yield Change(Level.BREAKING, f"{where} removed (the method returns None)", subject)
    elif before is None:
        yield Change(Level.ADDITIVE, f"{where} added (the method returned None)", subject)
    else:
        yield from compare_schema(old, new, before, after, frozenset({"output"}), subject, where)


# --- webhooks -----------------------------------------------------------------------------


def _webhooks(old: Spec, new: Spec) -> Iterator[Change]:
    for topic in sorted(old.webhooks.keys() | new.webhooks.keys()):
        subject = Subject("webhook", topic)
        if topic not in new.webhooks:
            yield Change(Level.BREAKING, f"webhook `{topic}` removed", subject, removed=True)
        elif topic not in old.webhooks:
            yield Change(Level.ADDITIVE, f"webhook `{topic}` added", subject, added=True)
        else:
            before = old.body_schema(old.webhooks[topic].get("post") or {})
            after = new.body_schema(new.webhooks[topic].get("post") or {})
            yield from compare_schema(
                old,
                new,
                before and before[0],
                after and after[0],
                frozenset({"output"}),
                subject,
                f"payload of webhook `{topic}`",
            )


# --- the safety net ---------------------------------------------------------------------------


def _is_doc(pointer: str) -> bool:
    *_, parent, key = ["", *pointer.split("/")]
    return key in DOC_KEYS and parent != "properties"


def _strip_docs(node: Any, parent: str = "") -> Any:
    """The spec without its documentation (a field named `description` stays)."""
    if isinstance(node, dict):
        return {
            k: _strip_docs(v, k)
            for k, v in node.items()
            if k not in DOC_KEYS or parent == "properties"
        }
    if isinstance(node, list):
        return [_strip_docs(v) for v in node]
    return node


def _differences(before: Any, after: Any, pointer: str = "") -> Iterator[str]:
    """JSON pointers to the differing leaves (a list of another length: the list)."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in [*before, *(k for k in after if k not in before)]:
            step = str(key).replace("~", "~0").replace("/", "~1")
            yield from _differences(before.get(key), after.get(key), f"{pointer}/{step}")
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            yield from _differences(old, new, f"{pointer}/{index}")
    elif before != after:
        yield pointer or "/"
