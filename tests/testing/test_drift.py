"""`Sandbox(drift=True)`: real-server shapes the spec does not declare, in answers only."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from simvoly import APIResponseValidationError
from simvoly._tolerance import deviations
from simvoly.models import Contact, Order
from simvoly.testing import Sandbox
from simvoly.testing._drift import CHANGES, PAGE_CAP, Change, Drift

from .conftest import KEY


async def test_answers_drift_and_the_store_does_not() -> None:
    sandbox = Sandbox(KEY, seed=7, drift=True)
    stored = copy.deepcopy(sandbox.store.contacts)
    async with sandbox.client(strict=False) as client:
        page = await client.contacts.list(limit=50)
        order = await client.orders.get(next(iter(sandbox.store.orders)))
    assert len(page.items) == PAGE_CAP
    assert page.total_count == 300
    contact = page.items[0]
    assert contact.additional_properties["source"] == "form"  # tolerant: kept aside
    assert contact["memberId"] == str(stored[contact.id]["memberId"])
    assert order.status == "on_hold"
    assert sandbox.store.contacts == stored


async def test_a_strict_client_refuses_the_drift() -> None:
    sandbox = Sandbox(KEY, seed=7, drift=True)
    async with sandbox.client(strict=True) as client:
        with pytest.raises(APIResponseValidationError, match=r"Contact\.memberId"):
            await client.contacts.get(next(iter(sandbox.store.contacts)))


async def test_the_member_filter_is_read_under_its_other_name_only() -> None:
    sandbox = Sandbox(KEY, seed=7, drift=True)
    group = next(iter(sandbox.store.member_groups))
    members = [m for m in sandbox.store.members.values() if group in m["groups"]]
    async with sandbox.client(strict=False) as client:
        # The SDK sends both names: the filter works whichever the server reads.
        page = await client.members.list(group_id=group)
        ignored = await client.members.list(extra_query={"groupId": group})
    assert page.total_count == len(members) < len(sandbox.store.members)
    assert ignored.total_count == len(sandbox.store.members)


def test_each_change_makes_the_deviation_it_declares() -> None:
    drift = Drift()
    contact = {"id": 1, "memberId": 5, "email": "a@example.com"}
    (changed,) = drift.answer({"kind": "array", "item_schema": "Contact"}, [contact])
    found = {(d.model, d.path.rsplit(".", 1)[-1], d.kind) for d in deviations(Contact, changed)}
    assert found == {c.reports for c in CHANGES if c.model == "Contact"}
    order = {"id": 1, "status": "pending", "items": [{"total": 1.5}, "odd", {"name": "x"}]}
    changed = drift.answer({"kind": "object", "schema": "Order"}, order)
    assert changed["items"] == [{"total": "1.5"}, "odd", {"name": "x"}]  # numbers only
    assert {d.kind for d in deviations(Order, changed)} >= {"unknown_enum", "type"}
    assert order["status"] == "pending"  # a changed copy


@pytest.mark.parametrize(
    ("change", "record", "expected"),
    [
        (Change("M", "a", "drop", ("M", "a", "missing")), {"a": 1, "b": 2}, {"b": 2}),
        (Change("M", "a", "null", ("M", "a", "null")), {"a": 1}, {"a": None}),
        (Change("M", "a", "string", ("M", "a", "type")), {"a": True}, {"a": True}),
        (Change("M", "a", "string", ("M", "a", "type")), {}, {}),
        (Change("M", "a", "set", ("M", "a", "unknown_field"), 7), {}, {"a": 7}),
        (Change("M", "l[].a", "null", ("N", "a", "null")), {"l": None}, {"l": None}),
    ],
)
def test_changes(change: Change, record: dict[str, Any], expected: dict[str, Any]) -> None:
    answer = Drift((change,)).answer({"kind": "object", "schema": "M"}, record)
    assert answer == expected


def test_answers_of_other_shapes_pass_as_they_are() -> None:
    drift = Drift()
    assert drift.answer({"kind": "delete"}, {"success": True}) == {"success": True}
    assert drift.answer({"kind": "object", "schema": "Contact"}, [1]) == [1]
    page: dict[str, Any] = {"items": [{"id": n} for n in range(30)], "totalCount": 30}
    answer = {"kind": "page", "items": "items", "schema": "OrderPage", "item_schema": "X"}
    assert drift.answer(answer, page)["items"] == page["items"][:PAGE_CAP]


def test_a_parameter_with_several_other_names_is_read_under_the_last() -> None:
    declared = {"g": {"also_sent_as": ["g1", "g2"]}, "limit": {}}
    query = {"g": "1", "g1": "1", "g2": "1", "limit": "5"}
    assert Drift().query(declared, query) == {"g2": "1", "limit": "5"}
