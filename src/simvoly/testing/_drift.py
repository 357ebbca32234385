"""`Sandbox(drift=True)`: answers shaped as real servers send them where openapi.yaml
says otherwise.

The spec is a reconstruction; real sites answer shapes it does not declare. A drifting
sandbox answers some, so that tolerant reading and `simvoly probe` are tested against
them over real HTTP:

- the changes of `CHANGES` in every record of the named model it answers (and in every
  page envelope of the named model): an unknown field, a null where the spec has none, a
  string for a number, an unknown enum value, a page without a required field;
- pages hold at most `PAGE_CAP` records, whatever `limit` asked (some servers cap pages
  below the spec's maximum);
- a query parameter sent under several names (`x-simvoly-also-sent-as`) is read under
  its last other name only, as a server that knows one name reads it.

The store is never changed: each answer is a changed copy. Each change also says what
`simvoly probe` must report for it (the model, the field, the kind of deviation), so
that the probe's test compares its report with this table.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

__all__ = ["CHANGES", "PAGE_CAP", "Change", "Drift"]

#: The most records a drifting sandbox puts in a page.
PAGE_CAP: Final = 20


@attrs.frozen
class Change:
    """One change to the records of a model (or to page envelopes of a model).

    Attributes:
        model: The model (component schema) of the records or envelopes changed.
        field: The field changed: a JSON name, or `list[].name` for a field of each
            item of a list.
        how: What is done to it: `set` (to `value`), `null`, `string` (its value as a
            string), `drop`.
        value: The value `set` gives.
        reports: What `simvoly probe` reports: (model, field, kind of deviation).
    """

    model: str
    field: str
    how: str
    reports: tuple[str, str, str]
    value: Any = None


#: Real-server shapes, one of each kind the probe reports.
CHANGES: Final[tuple[Change, ...]] = (
    Change("Contact", "source", "set", ("Contact", "source", "unknown_field"), "form"),
    Change("Contact", "memberId", "string", ("Contact", "memberId", "type")),
    Change("Member", "billingAddress", "null", ("Member", "billingAddress", "null")),
    Change("Order", "status", "set", ("Order", "status", "unknown_enum"), "on_hold"),
    Change("Order", "items[].total", "string", ("OrderItem", "total", "type")),
    Change(
        "MemberGroup", "membersCount", "set", ("MemberGroup", "membersCount", "unknown_field"), 3
    ),
    Change("FormSubmissionPage", "skip", "drop", ("FormSubmissionPage", "skip", "missing")),
)


class Drift:
    """Changes answers (and reads queries) as `CHANGES` and the module docstring say."""

    def __init__(self, changes: tuple[Change, ...] = CHANGES) -> None:
        self._changes: dict[str, list[Change]] = {}
        for change in changes:
            self._changes.setdefault(change.model, []).append(change)

    def query(self, declared: Mapping[str, Any], query: dict[str, str]) -> dict[str, str]:
        """The query as a server that knows one name of each parameter reads it."""
        for name, entry in declared.items():
            if entry.get("also_sent_as"):
                query.pop(name, None)
                for other in entry["also_sent_as"][:-1]:
                    query.pop(other, None)
        return query

    def answer(self, answer: Mapping[str, Any], result: Any) -> Any:
        """A changed copy of `result`, an answer of the shape `answer` (a route's)."""
        kind = answer["kind"]
        items = self._records(answer.get("item_schema"))
        if kind == "page":
            page = dict(result)
            page[answer["items"]] = [items(r) for r in result[answer["items"]][:PAGE_CAP]]
            return self._records(answer.get("schema"))(page)
        if kind == "array":
            return [items(record) for record in result]
        return self._records(answer.get("schema"))(result)  # an object; a DELETE's none

    def _records(self, model: str | None) -> Callable[[Any], Any]:
        changes = self._changes.get(model or "")
        if not changes:
            return lambda record: record
        return lambda record: _changed(record, changes)


def _changed(record: Any, changes: list[Change]) -> Any:
    if not isinstance(record, Mapping):
        return record
    record = copy.deepcopy(dict(record))
    for change in changes:
        _apply(record, change.field.split("[]."), change)
    return record


def _apply(record: dict[str, Any], path: list[str], change: Change) -> None:
    name, rest = path[0], path[1:]
    if rest:
        for item in record.get(name) or ():
            if isinstance(item, dict):
                _apply(item, rest, change)
        return
    if change.how == "drop":
        record.pop(name, None)
    elif change.how == "null":
        record[name] = None
    elif change.how == "string":
        value = record.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            record[name] = str(value)
    else:
        record[name] = change.value
