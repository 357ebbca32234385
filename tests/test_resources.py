"""Every operation of every resource: the request it sends, the result, and its error path.

Each test runs against both clients (`AsyncSimvoly`, `Simvoly`): their resource classes
come from one template, and these tests hold them to the same requests and results.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

import attrs
import pytest
from pytest_httpx import HTTPXMock

import simvoly
from simvoly import AsyncSimvoly, Simvoly
from simvoly.models import Address, ContactProperty, Fulfillment, ProductVariant

from .conftest import BASE, SITE, AnyClient, Flavor, resolve
from .spec import SPEC, SPEC_OPERATIONS

RESOURCES = {tag["name"]: tag["x-simvoly-resource"] for tag in SPEC["tags"]}
EXAMPLES = {
    name: schema["examples"][0]
    for name, schema in SPEC["components"]["schemas"].items()
    if schema.get("examples")
}


def page(model: str) -> dict[str, Any]:
    return {"items": [EXAMPLES[model]], "totalCount": 1, "limit": 50, "skip": 0}


#: A call of either client: its result goes through `resolve()`.
Call = Callable[[AnyClient], Any]


@attrs.frozen
class Case:
    """One operation: how a user calls it, what goes on the wire, what comes back.

    The method and path template come from openapi.yaml (`WIRE`); `path_params` are the
    values the call puts in the template.
    """

    call: Call
    response: Any
    result: type | None
    query: dict[str, str] = attrs.field(factory=dict)
    body: Any = None
    path_params: dict[str, Any] = attrs.field(factory=dict)


#: "resource.method" (as users call it) -> (operationId, METHOD, path template).
WIRE: dict[str, tuple[str, str, str]] = {
    f"{RESOURCES[op['tags'][0]]}.{op['x-simvoly-method']}": (operation_id, method, path)
    for operation_id, (method, path, op) in SPEC_OPERATIONS.items()
}


def sent(name: str) -> tuple[str, str]:
    """The method and path (under the API root) the call of case `name` must send."""
    _, method, template = WIRE[name]
    values = {key: quote(str(value), safe="") for key, value in CASES[name].path_params.items()}
    return method, template.format(**values)


async def first_page(
    paginator: simvoly.AsyncPaginator[Any] | simvoly.SyncPaginator[Any],
) -> list[Any]:
    page: simvoly.Page[Any] | simvoly.SyncPage[Any] = await resolve(paginator.first_page())
    return page.items


CASES: dict[str, Case] = {
    # -- contacts ---------------------------------------------------------------------
    "contacts.list": Case(
        lambda c: first_page(
            c.contacts.list(
                created_at_min=1573251649, created_at_max=datetime(2020, 1, 1, tzinfo=UTC)
            )
        ),
        page("Contact"),
        list,
        query={
            "created_at_min": "1573251649",
            "created_at_max": "1577836800",
            "limit": "50",
            "skip": "0",
        },
    ),
    "contacts.create": Case(
        lambda c: c.contacts.create(
            "john@doe.com",
            name="John Doe",
            zip="1000",
            tags=["vip"],
            properties=[ContactProperty(name="lead_status", value="new")],
        ),
        EXAMPLES["Contact"],
        simvoly.models.Contact,
        body={
            "email": "john@doe.com",
            "name": "John Doe",
            "zip": "1000",
            "tags": ["vip"],
            "properties": [{"name": "lead_status", "value": "new"}],
        },
    ),
    "contacts.get_by_email": Case(
        lambda c: c.contacts.get_by_email("john@doe.com"),
        EXAMPLES["Contact"],
        simvoly.models.Contact,
        query={"email": "john@doe.com"},
    ),
    "contacts.get": Case(
        lambda c: c.contacts.get(123),
        EXAMPLES["Contact"],
        simvoly.models.Contact,
        path_params={"id": 123},
    ),
    "contacts.update": Case(
        lambda c: c.contacts.update(123, "john@doe.com", subscribed=False, subscriber_lists=[7]),
        EXAMPLES["Contact"],
        simvoly.models.Contact,
        body={"email": "john@doe.com", "subscribed": False, "subscriberLists": [7]},
        path_params={"id": 123},
    ),
    "contacts.delete": Case(
        lambda c: c.contacts.delete(123),
        {"success": True},
        None,
        path_params={"id": 123},
    ),
    # -- members ----------------------------------------------------------------------
    "members.list": Case(
        lambda c: first_page(c.members.list(group_id=12, limit=10, skip=20)),
        page("Member"),
        list,
        # Under both names the sources give the filter (x-simvoly-also-sent-as in openapi.yaml).
        query={"groupId": "12", "group_id": "12", "limit": "10", "skip": "20"},
    ),
    "members.create": Case(
        lambda c: c.members.create(
            "John Doe",
            "john@doe.com",
            groups=[59],
            approved=True,
            billing_address=Address(city="Sofia"),
        ),
        EXAMPLES["Member"],
        simvoly.models.Member,
        body={
            "name": "John Doe",
            "email": "john@doe.com",
            "groups": [59],
            "approved": True,
            "billingAddress": {"city": "Sofia"},
        },
    ),
    "members.get_by_email": Case(
        lambda c: c.members.get_by_email("john@doe.com"),
        EXAMPLES["Member"],
        simvoly.models.Member,
        query={"email": "john@doe.com"},
    ),
    "members.start_session": Case(
        lambda c: c.members.start_session("john@doe.com", path="/members-only"),
        EXAMPLES["MemberSession"],
        simvoly.models.MemberSession,
        body={"email": "john@doe.com", "path": "/members-only"},
    ),
    "members.get": Case(
        lambda c: c.members.get(111),
        EXAMPLES["Member"],
        simvoly.models.Member,
        path_params={"id": 111},
    ),
    "members.update": Case(
        lambda c: c.members.update(111, "Jane", "jane@doe.com", password="ignored-on-update"),
        EXAMPLES["Member"],
        simvoly.models.Member,
        body={"name": "Jane", "email": "jane@doe.com", "password": "ignored-on-update"},
        path_params={"id": 111},
    ),
    "members.delete": Case(
        lambda c: c.members.delete(111),
        {"success": True},
        None,
        path_params={"id": 111},
    ),
    # -- member groups ------------------------------------------------------------------
    "member_groups.list": Case(lambda c: c.member_groups.list(), [EXAMPLES["MemberGroup"]], list),
    "member_groups.create": Case(
        lambda c: c.member_groups.create("New group", link=""),
        EXAMPLES["MemberGroup"],
        simvoly.models.MemberGroup,
        body={"name": "New group", "link": ""},
    ),
    "member_groups.get": Case(
        lambda c: c.member_groups.get(1),
        EXAMPLES["MemberGroup"],
        simvoly.models.MemberGroup,
        path_params={"id": 1},
    ),
    "member_groups.update": Case(
        lambda c: c.member_groups.update(1, "Gold"),
        EXAMPLES["MemberGroup"],
        simvoly.models.MemberGroup,
        body={"name": "Gold"},
        path_params={"id": 1},
    ),
    "member_groups.delete": Case(
        lambda c: c.member_groups.delete(1),
        {"success": True},
        None,
        path_params={"id": 1},
    ),
    # -- products -----------------------------------------------------------------------
    "products.list": Case(
        lambda c: first_page(c.products.list(category_id=12, title="shirt")),
        page("Product"),
        list,
        query={"category_id": "12", "title": "shirt", "limit": "50", "skip": "0"},
    ),
    "products.create": Case(
        lambda c: c.products.create(
            "physical",
            "Interior Door",
            url="interior-door",
            update_existing_product_by_url=True,
            variants=[ProductVariant(options=["Wood"], price=199.0, sku="D-001")],
        ),
        EXAMPLES["Product"],
        simvoly.models.Product,
        query={"update_existing_product_by_url": "true"},
        body={
            "type": "physical",
            "title": "Interior Door",
            "url": "interior-door",
            "variants": [{"options": ["Wood"], "price": 199.0, "sku": "D-001"}],
        },
    ),
    "product_categories.list": Case(
        lambda c: c.product_categories.list(parent=12),
        [EXAMPLES["Category"]],
        list,
        query={"parent": "12"},
    ),
    "products.get": Case(
        lambda c: c.products.get(111),
        EXAMPLES["Product"],
        simvoly.models.Product,
        path_params={"id": 111},
    ),
    "products.update": Case(
        lambda c: c.products.update(
            111,
            simvoly.models.ProductType.DIGITAL,
            "E-book",
            file="https://mysite.simvoly.com/files/book.pdf",
        ),
        EXAMPLES["Product"],
        simvoly.models.Product,
        body={
            "type": "digital",
            "title": "E-book",
            "file": "https://mysite.simvoly.com/files/book.pdf",
        },
        path_params={"id": 111},
    ),
    "products.delete": Case(
        lambda c: c.products.delete(111),
        {"success": True},
        None,
        path_params={"id": 111},
    ),
    # -- orders -------------------------------------------------------------------------
    "orders.list": Case(
        lambda c: first_page(
            c.orders.list(
                created_at_min=datetime(2020, 1, 1, 2, tzinfo=timezone(timedelta(hours=2)))
            )
        ),
        page("Order"),
        list,
        query={"created_at_min": "1577836800", "limit": "50", "skip": "0"},
    ),
    "orders.get": Case(
        lambda c: c.orders.get(1234),
        EXAMPLES["Order"],
        simvoly.models.Order,
        path_params={"id": 1234},
    ),
    "orders.update": Case(
        lambda c: c.orders.update(
            1234,
            status="shipped",
            notify_customer=True,
            fulfillment=Fulfillment(courier="UPS", tracking_no="1Z"),
        ),
        EXAMPLES["Order"],
        simvoly.models.Order,
        body={
            "status": "SHIPPED",
            "notifyCustomer": True,
            "fulfillment": {"courier": "UPS", "trackingNo": "1Z"},
        },
        path_params={"id": 1234},
    ),
    # -- form submissions, bookings -------------------------------------------------------
    "form_submissions.list": Case(
        lambda c: first_page(c.form_submissions.list(from_=1573251649, to=1573251650)),
        page("FormSubmission"),
        list,
        query={"from": "1573251649", "to": "1573251650", "limit": "50", "skip": "0"},
    ),
    "bookings.list": Case(
        lambda c: first_page(c.bookings.list(event_id=98146, limit=5)),
        page("Booking"),
        list,
        query={"eventId": "98146", "limit": "5", "skip": "0"},
    ),
    # -- subscriber lists ------------------------------------------------------------------
    "subscriber_lists.list": Case(
        lambda c: c.subscriber_lists.list(),
        [EXAMPLES["SubscriberList"]],
        list,
    ),
    "subscriber_lists.create": Case(
        lambda c: c.subscriber_lists.create("New List"),
        EXAMPLES["SubscriberList"],
        simvoly.models.SubscriberList,
        body={"name": "New List"},
    ),
    "subscriber_lists.get": Case(
        lambda c: c.subscriber_lists.get(87647751),
        EXAMPLES["SubscriberList"],
        simvoly.models.SubscriberList,
        path_params={"id": 87647751},
    ),
    "subscriber_lists.update": Case(
        lambda c: c.subscriber_lists.update(87647751, "Renamed"),
        EXAMPLES["SubscriberList"],
        simvoly.models.SubscriberList,
        body={"name": "Renamed"},
        path_params={"id": 87647751},
    ),
    "subscriber_lists.delete": Case(
        lambda c: c.subscriber_lists.delete(87647751),
        {"success": True},
        None,
        path_params={"id": 87647751},
    ),
    # -- webhooks ------------------------------------------------------------------------
    "webhooks.list": Case(lambda c: c.webhooks.list(), [EXAMPLES["Webhook"]], list),
    "webhooks.create": Case(
        lambda c: c.webhooks.create(
            "https://example.com/hooks", ["order_created", "ORDER_UPDATED"], secret="whsec-test"
        ),
        EXAMPLES["Webhook"],
        simvoly.models.Webhook,
        body={
            "target": "https://example.com/hooks",
            "events": ["order_created", "order_updated"],
            "secret": "whsec-test",
        },
    ),
    "webhooks.delete": Case(
        lambda c: c.webhooks.delete("rh_24488493954"),
        {"success": True},
        None,
        path_params={"id": "rh_24488493954"},
    ),
}


def test_every_spec_operation_has_a_case() -> None:
    missing = [
        f"add a case to CASES for {WIRE[name][0]} ({name}: {WIRE[name][1]} {WIRE[name][2]})"
        for name in WIRE
        if name not in CASES
    ]
    assert not missing, "\n".join(missing)
    unknown = sorted(set(CASES) - set(WIRE))
    assert not unknown, f"CASES has {unknown}, which openapi.yaml does not: rename or remove them"


@pytest.mark.parametrize("name", CASES)
async def test_operation_sends_the_documented_request_and_returns_models(
    name: str, any_client: AnyClient, httpx_mock: HTTPXMock
) -> None:
    case = CASES[name]
    httpx_mock.add_response(json=case.response)
    result = await resolve(case.call(any_client))

    request = httpx_mock.get_request()
    assert request is not None
    method, path = sent(name)
    assert request.method == method
    assert request.url.path == "/api/site" + path
    assert dict(request.url.params) == case.query
    assert request.headers["authorization"].startswith("Bearer ")
    if case.body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == case.body
    if case.result is None:
        assert result is None
    else:
        assert isinstance(result, case.result)
    if case.result is list:
        expected = case.response["items"] if isinstance(case.response, dict) else case.response
        assert [item.to_dict() for item in result] == expected
    elif case.result is not None:
        assert result.to_dict() == case.response


@pytest.mark.parametrize("name", CASES)
async def test_operation_raises_the_servers_error(
    name: str, any_client: AnyClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=404, json={"success": False, "message": f"{name} gone"})
    with pytest.raises(simvoly.NotFoundError) as caught:
        await resolve(CASES[name].call(any_client))
    assert caught.value.message == f"{name} gone"
    assert caught.value.status_code == 404
    assert caught.value.request.url.path == "/api/site" + sent(name)[1]


async def test_path_parameters_are_encoded_as_one_segment(
    httpx_mock: HTTPXMock, any_client: AnyClient
) -> None:
    httpx_mock.add_response(json={"success": True})
    await resolve(any_client.webhooks.delete("a/../b?x=1#y"))
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.raw_path == b"/api/site/webhooks/a%2F..%2Fb%3Fx%3D1%23y"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.contacts.create(""), "email must not be empty"),
        (lambda c: c.contacts.create(None), "email is required"),
        (lambda c: c.contacts.get(None), "id must be an integer id"),
        (lambda c: c.members.create("Jane", "  "), "email must not be empty"),
        (lambda c: c.orders.update(1, status="lost"), "status must be one of"),
        (lambda c: c.products.create("gadget", "X"), "type must be one of"),
        (lambda c: c.webhooks.create("https://e.com", ["order_shipped"]), r"events\[0\] must be"),
        (lambda c: c.webhooks.create("https://e.com", []), "events must not be empty"),
        (lambda c: c.webhooks.create("https://e.com", "order_created"), "must be a list"),
        (lambda c: c.contacts.list(created_at_min=datetime(2020, 1, 1)), "naive datetime"),
        (lambda c: c.orders.list(created_at_max=-5), "created_at_max must be seconds"),
        (lambda c: c.bookings.list(from_="yesterday"), "from_ must be seconds"),
        (lambda c: c.contacts.list(limit=51), "limit must be an integer from 1 to 50"),
        (lambda c: c.contacts.list(limit=0), "limit must be"),
        (lambda c: c.contacts.list(skip=-1), "skip must be an integer >= 0"),
        (lambda c: c.orders.list(concurrency=0), "concurrency must be"),
        (lambda c: c.orders.list(max_items=-1), "max_items must be"),
    ],
)
async def test_bad_arguments_fail_before_any_request(
    call: Call, message: str, any_client: AnyClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(ValueError, match=message):
        await resolve(call(any_client))
    assert httpx_mock.get_requests() == []


async def test_enum_arguments_accept_members_and_any_case(
    any_client: AnyClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"id": 1, "status": "completed"}, is_reusable=True)
    for status in ("completed", "COMPLETED", simvoly.models.OrderStatusUpdate.COMPLETED):
        order = await resolve(any_client.orders.update(1, status=status))
        assert order.status is simvoly.models.OrderStatus.COMPLETED
    bodies = [json.loads(r.content) for r in httpx_mock.get_requests()]
    assert bodies == [{"status": "COMPLETED"}] * 3


async def test_resources_are_built_once_per_client(any_client: AnyClient) -> None:
    assert any_client.contacts is any_client.contacts
    assert "Contacts" in repr(any_client.contacts)
    assert repr(any_client) in repr(any_client.contacts)


@pytest.mark.parametrize("cls", [AsyncSimvoly, Simvoly])
async def test_client_offers_a_resource_per_tag_of_the_spec(cls: type[AnyClient]) -> None:
    wanted = {tag["x-simvoly-resource"]: tag for tag in SPEC["tags"]}
    offered = {
        name for name in dir(cls) if isinstance(getattr(cls, name), functools.cached_property)
    }
    assert offered == set(wanted), "run `make generate`: the resources follow openapi.yaml's tags"
    client = cls("k", site_url=SITE)
    for name, tag in wanted.items():
        methods = {
            op["x-simvoly-method"]
            for item in SPEC["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and op.get("tags") == [tag["name"]]
        }
        resource = getattr(client, name)
        missing = {m for m in methods if not callable(getattr(resource, m, None))}
        assert not missing, f"client.{name} lacks {missing}: run `make generate`"
        raw = resource.with_raw_response
        assert {m for m in methods if not callable(getattr(raw, m, None))} == set()
    if isinstance(client, Simvoly):
        client.close()
    else:
        await client.aclose()


async def test_base_url_is_respected(httpx_mock: HTTPXMock, flavor: Flavor) -> None:
    httpx_mock.add_response(url=f"{BASE}/webhooks", json=[])
    client = flavor.own_client("k", site_url="https://mysite.simvoly.com/")
    assert await resolve(client.webhooks.list()) == []
    await flavor.close(client)


@pytest.mark.parametrize("value", ["a@b.c\r\nX-Evil: 1", "shirt\n", "\rx"])
async def test_line_breaks_in_query_values_are_refused(
    value: str, any_client: AnyClient, httpx_mock: HTTPXMock
) -> None:
    # (An email with a line break is no email address either: refused as either.)
    with pytest.raises(ValueError, match=r"must not contain CR or LF|email must be an email"):
        await resolve(any_client.contacts.get_by_email(value))
    with pytest.raises(ValueError, match="title must not contain CR or LF"):
        await resolve(any_client.products.list(title=value).first_page())
    assert httpx_mock.get_requests() == []


async def test_boolean_query_values_are_sent_as_json_booleans(
    any_client: AnyClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=EXAMPLES["Product"], is_reusable=True)
    for flag, sent in ((True, "true"), (False, "false")):
        await resolve(
            any_client.products.create("physical", "Door", update_existing_product_by_url=flag)
        )
        request = httpx_mock.get_requests()[-1]
        assert request.url.params["update_existing_product_by_url"] == sent
