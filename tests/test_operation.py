"""The operations table: generated from openapi.yaml, read by retries and bulk helpers."""

from __future__ import annotations

from typing import Any

import pytest

from simvoly._generated.operations import OPERATIONS
from simvoly._operation import Operation

from .spec import SPEC_OPERATIONS


def test_every_operation_of_the_spec_is_in_the_table() -> None:
    assert set(OPERATIONS) == set(SPEC_OPERATIONS), "run `make generate`"
    for op_id, (method, path, op) in SPEC_OPERATIONS.items():
        operation = OPERATIONS[op_id]
        assert (operation.method, operation.path) == (method, path)
        assert operation.method_name == op["x-simvoly-method"]
        assert (operation.pagination is not None) == ("x-simvoly-pagination" in op)


@pytest.mark.parametrize("op_id", sorted(SPEC_OPERATIONS))
def test_an_operation_is_repeatable_by_http_method_or_the_spec(op_id: str) -> None:
    method, _, op = SPEC_OPERATIONS[op_id]
    marked = op.get("x-simvoly-idempotent")
    query: dict[str, Any] = marked.get("query", {}) if isinstance(marked, dict) else {}
    operation = OPERATIONS[op_id]
    if method != "POST" or marked is True:
        assert operation.repeatable({})
    elif query:
        assert not operation.repeatable({})
        assert operation.repeatable(query)
        assert not operation.repeatable(dict.fromkeys(query, "other"))
    else:
        assert not operation.repeatable({})


def test_upserts_follow_the_query_condition() -> None:
    always = Operation("c", "POST", "/c", "cs", "create", upsert_by="email")
    assert always.upserts({})
    conditional = Operation(
        "p", "POST", "/p", "ps", "create", upsert_by="url", upsert_query={"by_url": True}
    )
    assert not conditional.upserts({})
    assert conditional.upserts({"by_url": True})
    plain = Operation("g", "POST", "/g", "gs", "create")
    assert not plain.upserts({"by_url": True})


def test_the_spec_marks_the_upserts_it_knows() -> None:
    upserts = {op_id: op.upsert_by for op_id, op in OPERATIONS.items() if op.upsert_by}
    assert upserts == {
        op_id: op["x-simvoly-upsert"]["by"]
        for op_id, (_, _, op) in SPEC_OPERATIONS.items()
        if "x-simvoly-upsert" in op
    }
