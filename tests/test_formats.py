"""Input formats (`format: email`, `uri`, `int64` in openapi.yaml): checked before sending.

Which value has which format is the spec's (the operations table); what a format means is
`simvoly._formats`', shared by the client and the sandbox.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from simvoly._formats import FORMATS, check_formats, format_problem
from simvoly._generated.operations import OPERATIONS
from simvoly._operation import Format
from simvoly.models import Fulfillment
from simvoly.testing import Sandbox

from .conftest import AnyClient, Flavor, resolve
from .spec import SPEC

Call = Callable[[AnyClient], Any]

# (operation, the value's path as the caller names it): a call with a bad value there, and
# the message. Every format of the spec has a case (see the test below).
BAD: dict[tuple[str, str], tuple[Call, str]] = {
    ("create_contact", "email"): (
        lambda c: c.contacts.create("not-an-email"),
        "email must be an email address, got 'not-an-email'",
    ),
    ("update_contact", "email"): (
        lambda c: c.contacts.update(1, "jane.example.com"),
        "email must be an email address",
    ),
    ("get_contact_by_email", "email"): (
        lambda c: c.contacts.get_by_email("jane at example.com"),
        "email must be an email address",
    ),
    ("create_member", "email"): (
        lambda c: c.members.create("Jane", "@example.com"),
        "email must be an email address",
    ),
    ("update_member", "email"): (
        lambda c: c.members.update(1, "Jane", "jane@"),
        "email must be an email address",
    ),
    ("get_member_by_email", "email"): (
        lambda c: c.members.get_by_email("jane"),
        "email must be an email address",
    ),
    ("start_member_session", "email"): (
        lambda c: c.members.start_session("jane@exa mple.com"),
        "email must be an email address",
    ),
    ("update_order", "customer_email"): (
        lambda c: c.orders.update(1, customer_email="nobody"),
        "customer_email must be an email address",
    ),
    ("update_order", "fulfillment.tracking_url"): (
        lambda c: c.orders.update(1, fulfillment=Fulfillment(tracking_url="ups.com/track/1")),
        r"fulfillment\.tracking_url must be an absolute URI \(with a scheme, e\.g\. https://\), "
        "got 'ups.com/track/1'",
    ),
    ("create_product", "images[]"): (
        lambda c: c.products.create("physical", "Vase", images=["https://a.com/1.png", "2.png"]),
        r"images\[1\] must be an absolute URI",
    ),
    ("update_product", "images[]"): (
        lambda c: c.products.update(1, "physical", "Vase", images=["/vase.png"]),
        r"images\[0\] must be an absolute URI",
    ),
    ("create_product", "file"): (
        lambda c: c.products.create("digital", "Guide", file="guide.pdf"),
        "file must be an absolute URI",
    ),
    ("update_product", "file"): (
        lambda c: c.products.update(1, "digital", "Guide", file="https://a.com/a guide.pdf"),
        "file must be an absolute URI",
    ),
    ("create_webhook", "target"): (
        lambda c: c.webhooks.create("example.com/hooks", ["order_created"]),
        "target must be an absolute URI",
    ),
    ("list_contacts", "created_at_min"): (
        lambda c: c.contacts.list(created_at_min=2**63),
        "created_at_min must be a 64-bit integer",
    ),
    ("list_contacts", "created_at_max"): (
        lambda c: c.contacts.list(created_at_max=2**64),
        "created_at_max must be a 64-bit integer",
    ),
    ("list_orders", "created_at_min"): (
        lambda c: c.orders.list(created_at_min=2**63),
        "created_at_min must be a 64-bit integer",
    ),
    ("list_orders", "created_at_max"): (
        lambda c: c.orders.list(created_at_max=2**63),
        "created_at_max must be a 64-bit integer",
    ),
    ("list_form_submissions", "from_"): (
        lambda c: c.form_submissions.list(from_=2**63),
        "from_ must be a 64-bit integer",
    ),
    ("list_form_submissions", "to"): (
        lambda c: c.form_submissions.list(to=2**63),
        "to must be a 64-bit integer",
    ),
    ("list_bookings", "from_"): (
        lambda c: c.bookings.list(from_=2**63),
        "from_ must be a 64-bit integer",
    ),
    ("list_bookings", "to"): (
        lambda c: c.bookings.list(to=2**63),
        "to must be a 64-bit integer",
    ),
}


def shown(form: Format) -> str:
    """A format's path as the cases above write it."""
    return ".".join(form.names).replace(".[]", "[]")


def test_every_format_of_the_spec_is_one_the_sdk_checks_and_has_a_case() -> None:
    declared = {(op_id, shown(f)) for op_id, op in OPERATIONS.items() for f in op.formats}
    assert declared == set(BAD)
    assert {f.format for op in OPERATIONS.values() for f in op.formats} <= FORMATS


def test_the_formats_table_is_the_specs() -> None:
    """Spot checks that the generated table reads openapi.yaml: a query parameter, a
    body field, a nested one and a list's items."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["ContactInput"]["properties"]["email"]["format"] == "email"
    assert schemas["Fulfillment"]["properties"]["trackingUrl"]["format"] == "uri"
    assert OPERATIONS["get_contact_by_email"].formats == (
        Format(where="query", path=("email",), names=("email",), format="email"),
    )
    assert (
        Format(
            where="body",
            path=("fulfillment", "trackingUrl"),
            names=("fulfillment", "tracking_url"),
            format="uri",
        )
        in OPERATIONS["update_order"].formats
    )
    assert (
        Format(where="body", path=("images", "[]"), names=("images", "[]"), format="uri")
        in OPERATIONS["create_product"].formats
    )


@pytest.mark.parametrize(("call", "message"), BAD.values(), ids=[f"{o} {p}" for o, p in BAD])
async def test_a_value_breaking_its_format_fails_before_any_request(
    call: Call, message: str, any_client: AnyClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(ValueError, match=message):
        await resolve(call(any_client))
    assert httpx_mock.get_requests() == []


async def test_values_in_their_format_are_sent(flavor: Flavor) -> None:
    sandbox = Sandbox()
    client = sandbox.sync_client() if flavor.is_sync else sandbox.client()
    await resolve(client.contacts.create("jane+tag@example.co.uk"))
    await resolve(client.webhooks.create("http://localhost:9/hooks?x=1", ["order_created"]))
    product = await resolve(
        client.products.create(
            "digital", "Guide", images=["https://cdn.example.com/a.png"], file="s3://b/g.pdf"
        )
    )
    assert product.file == "s3://b/g.pdf"
    assert [r.status for r in sandbox.requests] == [200, 200, 200]
    await sandbox.aclose()


@pytest.mark.parametrize(
    ("form", "value", "problem"),
    [
        ("email", "a@b", None),
        ("email", "a@b@c", "must be an email address"),
        ("email", "", "must be an email address"),
        ("uri", "mailto:a@b.c", None),
        ("uri", "https://a.com/ä", None),
        ("uri", "//a.com/x", "must be an absolute URI (with a scheme, e.g. https://)"),
        ("int32", 2**31 - 1, None),
        ("int32", 2**31, "must be a 32-bit integer"),
        ("int64", -(2**63), None),
        ("int64", -(2**63) - 1, "must be a 64-bit integer"),
        # Another type than the format's is for the type checks, not this one.
        ("email", 42, None),
        ("int64", True, None),
        ("int64", "9" * 30, None),
        ("date-time", "yesterday", None),  # a format the SDK does not know: not checked
    ],
)
def test_format_problems(form: str, value: object, problem: str | None) -> None:
    assert format_problem(form, value) == problem


def test_values_that_are_absent_or_null_are_not_checked() -> None:
    forms = (
        Format(where="body", path=("a", "b"), names=("a", "b"), format="email"),
        Format(where="body", path=("list", "[]"), names=("list", "[]"), format="email"),
        Format(where="query", path=("q",), names=("q",), format="email"),
    )
    bodies: list[Any] = [None, {}, {"a": None}, {"a": {}}, {"a": "x"}]
    bodies += [{"list": None}, {"list": "not a list"}]
    for body in bodies:
        check_formats(forms, {}, body)
    with pytest.raises(ValueError, match=r"list\[1\] must be an email address, got 'x'"):
        check_formats(forms, {"q": "q@example.com"}, {"list": ["a@b.c", "x"]})
