"""Routes from the generated tables: behaviour by operationId, generic CRUD for the rest.

The drill (tests/test_drill.py) proves the same with a resource added to openapi.yaml and
generated; these tests add routes to a copy of the tables, to reach every shape quickly.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from simvoly._generated.sandbox_tables import BODIES, ROUTES
from simvoly.testing import Sandbox
from simvoly.testing._errors import ApiError
from simvoly.testing._people import BODY_CHECKS
from simvoly.testing._people import HANDLERS as PEOPLE
from simvoly.testing._routes import Query, Route, Router, page
from simvoly.testing._shop import HANDLERS as SHOP
from simvoly.testing._tables import build_routes

INTEGER_ID = {"id": {"type": "integer"}}
LIMIT = {"type": "integer", "minimum": 1, "maximum": 3, "default": 2}
PAGED = {
    "limit": {"required": False, "schema": LIMIT},
    "skip": {"required": False, "schema": {"type": "integer", "minimum": 0, "default": 0}},
}
ENVELOPE = {"kind": "page", "items": "items", "total": "total", "limit": "limit", "offset": "skip"}
COUPON = {
    "type": "object",
    "properties": {
        "code": {"type": "string"},
        "percent": {"type": "integer", "minimum": 1, "maximum": 100},
        "id": {"type": "integer"},
    },
    "required": ["code"],
}


def table(
    method: str,
    path: str,
    *,
    resource: str = "coupons",
    body: str | None = None,
    path_params: dict[str, Any] | None = None,
    query: dict[str, Any] | None = None,
    answer: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "method": method,
        "path": path,
        "resource": resource,
        "body": body,
        "path_params": path_params or {},
        "query": query or {},
        "answer": answer or {"kind": "object"},
    }


EXTRA = {
    "list_coupons": table("GET", "/coupons", query=PAGED, answer=ENVELOPE),
    "create_coupon": table("POST", "/coupons", body="CouponInput"),
    "get_coupon": table("GET", "/coupons/{id}", path_params=INTEGER_ID),
    "update_coupon": table("PUT", "/coupons/{id}", body="CouponInput", path_params=INTEGER_ID),
    "delete_coupon": table(
        "DELETE", "/coupons/{id}", path_params=INTEGER_ID, answer={"kind": "delete"}
    ),
    "list_badges": table("GET", "/badges", resource="badges", answer={"kind": "array"}),
    "create_badge": table("POST", "/badges", resource="badges", body="CouponInput"),
    "edit_badge": table(
        "PATCH",
        "/badges/{code}",
        resource="badges",
        body="CouponInput",
        path_params={"code": {"type": "string"}},
    ),
    # Shapes that are none of list, create, get, update and delete.
    "redeem_coupon": table("POST", "/coupons/{id}/redeem", path_params=INTEGER_ID),
    "find_coupon": table("GET", "/coupons/search"),
    "coupon_use": table(
        "GET", "/coupons/{id}/uses/{use}", path_params={**INTEGER_ID, "use": {"type": "integer"}}
    ),
    "put_coupons": table("PUT", "/coupons"),
    "list_wallet": table("GET", "/wallet", resource="wallet", query=PAGED, answer=ENVELOPE),
}


@pytest.fixture
def extended(sandbox: Sandbox) -> Sandbox:
    """The sandbox, with the routes of EXTRA (which no behaviour serves) added."""
    routes = build_routes(
        {**PEOPLE, **SHOP},
        BODY_CHECKS,
        {**ROUTES, **EXTRA},
        {**BODIES, "CouponInput": COUPON},
    )
    sandbox.app.router = Router(routes)
    return sandbox


async def test_a_resource_without_behaviour_is_served_generically(
    extended: Sandbox, api: httpx.AsyncClient
) -> None:
    created = [
        (await api.post("/coupons", json={"code": f"C{n}", "x": 1})).json() for n in range(3)
    ]
    assert created[0] == {"id": 1, "code": "C0"}  # a new id; only the declared fields
    assert extended.store.collection("coupons")[1] == created[0]
    assert (await api.get("/coupons/2")).json() == created[1]
    first = (await api.get("/coupons")).json()
    assert first == {"items": created[:2], "total": 3, "limit": 2, "skip": 0}  # the default
    assert (await api.get("/coupons", params={"skip": 2})).json()["items"] == created[2:]
    assert (await api.get("/coupons", params={"limit": 4})).status_code == 400  # max 3
    updated = await api.put("/coupons/2", json={"code": "NEW", "percent": 10, "id": 99})
    assert updated.json() == {"id": 2, "code": "NEW", "percent": 10}  # the id stays
    assert (await api.get("/coupons/2")).json() == updated.json()
    deleted = await api.delete("/coupons/2")
    assert (deleted.status_code, deleted.json()) == (200, {"success": True})
    for request in (api.get("/coupons/2"), api.put("/coupons/2", json={"code": "A"})):
        answer = await request
        assert (answer.status_code, answer.json()["message"]) == (404, "coupons 2 not found")
    assert (await api.delete("/coupons/2")).status_code == 404
    bad = await api.post("/coupons", json={"code": "A", "percent": 101})
    assert (bad.status_code, bad.json()["message"]) == (400, "percent must be between 1 and 100")
    assert (await api.get("/coupons/two")).json()["message"] == "id must be a 64-bit integer"


async def test_plain_arrays_string_ids_and_patch_are_served_generically(
    extended: Sandbox, api: httpx.AsyncClient
) -> None:
    badge = (await api.post("/badges", json={"code": "gold"})).json()
    assert badge == {"code": "1"}  # the item path names the id: {code}, a string
    assert (await api.get("/badges")).json() == [badge]
    patched = await api.patch("/badges/1", json={"code": "ignored", "percent": 5})
    assert patched.json() == {"code": "1", "percent": 5}
    assert extended.store.collection("badges") == {"1": patched.json()}
    assert (await api.get("/wallet")).json()["items"] == []  # a collection made on first use


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/coupons/1/redeem"),
        ("GET", "/coupons/search"),
        ("GET", "/coupons/1/uses/2"),
        ("PUT", "/coupons"),
    ],
)
async def test_a_shape_generic_crud_does_not_know_answers_501(
    extended: Sandbox, api: httpx.AsyncClient, method: str, path: str
) -> None:
    answer = await api.request(method, path)
    assert answer.status_code == 501
    assert "it has no behaviour for it" in answer.json()["message"]


def test_behaviour_for_an_operation_the_spec_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match=r"has behaviour for list_coupons, which openapi\.yaml"):
        build_routes({"list_coupons": lambda call: []}, {})
    with pytest.raises(ValueError, match="redeem_coupon"):
        build_routes({}, {"redeem_coupon": lambda body: None})


def test_every_operation_of_the_spec_has_behaviour() -> None:
    # Generic CRUD is for resources added later; today's keep their rules.
    assert set({**PEOPLE, **SHOP}) == set(ROUTES)


def route(**options: Any) -> Route:
    return Route("GET", "/x", "list_x", lambda call: None, **options)


def test_a_parameter_is_read_under_its_other_name_too() -> None:
    declared = {"groupId": {"required": False, "schema": {"type": "integer"}, "also_sent_as": "g"}}
    assert route(query_params=declared).query({"g": "5"}).maybe_integer("groupId") == 5
    assert route(query_params=declared).query({"groupId": "6", "g": "5"}).parsed == {"groupId": 6}


def test_without_a_default_a_page_is_as_large_as_allowed() -> None:
    limit = {"required": False, "schema": {"type": "integer", "maximum": 3}}
    paged = route(query_params={"limit": limit, "skip": PAGED["skip"]}, answer=ENVELOPE)
    assert page([{"n": n} for n in range(5)], paged.query({}))["limit"] == 3


def test_page_is_for_paginated_operations_only() -> None:
    with pytest.raises(TypeError, match="not"):
        page([], route().query({}))


def test_undeclared_parameters_are_read_by_the_type_asked() -> None:
    query = Query({"a": "1", "b": "TRUE", "c": ""})
    assert (query.maybe_integer("a"), query.flag("b"), query.text("c")) == (1, True, "")
    assert (query.maybe_integer("z"), query.flag("z"), query.text("z")) == (None, False, None)
    with pytest.raises(ApiError, match="the query parameter c is required"):
        query.text("c", required=True)


def test_store_collections_are_its_own_or_made_on_first_use(sandbox: Sandbox) -> None:
    store = sandbox.store
    assert store.collection("contacts") is store.contacts
    assert store.collection("coupons") is store.collection("coupons") == {}
    assert store.collection("_next_ids") == {}  # never a private attribute
    assert [store.new_id("coupons"), store.new_id("coupons")] == [1, 2]
