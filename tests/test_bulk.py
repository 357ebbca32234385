"""`upsert_many`, generated for every operation openapi.yaml marks `x-simvoly-upsert`
(contacts by email, products by URL), on both clients, against the sandbox and its
faults: results in input order, bad items refused before anything is sent, one failure
never stopping the rest, the client's retries and rate limit honoured."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly, RateLimit, Simvoly
from simvoly.models import (
    Contact,
    ContactInput,
    ContactProperty,
    Product,
    ProductInput,
    ProductType,
)
from simvoly.testing import Sandbox

from .conftest import API_KEY, SITE, AnyClient, FakeClock, Flavor, json_response, resolve


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    sandbox = Sandbox()
    yield sandbox
    await sandbox.aclose()


def client_of(sandbox: Sandbox, flavor: Flavor, **options: Any) -> AnyClient:
    return sandbox.sync_client(**options) if flavor.is_sync else sandbox.client(**options)


def sent(sandbox: Sandbox, operation: str) -> list[dict[str, str]]:
    return [r.query for r in sandbox.requests if r.operation == operation]


async def test_contacts_are_upserted_by_email_in_input_order(
    sandbox: Sandbox, flavor: Flavor
) -> None:
    client = client_of(sandbox, flavor)
    items: list[ContactInput | dict[str, Any]] = [
        ContactInput(email="ann@example.com", name="Ann", tags=["a"]),
        {"email": "bob@example.com", "companyName": "Bob Ltd", "tags": ["b"]},
        {"email": "ANN@example.com", "tags": ["again"]},  # the same contact: after the first
        ContactInput(
            email="cy@example.com", properties=[ContactProperty(name="plan", value="gold")]
        ),
    ]
    results = await resolve(client.contacts.upsert_many(items, concurrency=3))
    assert all(isinstance(result, Contact) for result in results)
    assert [r.email for r in results] == [
        "ann@example.com",
        "bob@example.com",
        "ann@example.com",
        "cy@example.com",
    ]
    contacts = {c["email"]: c for c in sandbox.store.contacts.values()}
    assert sorted(contacts) == ["ann@example.com", "bob@example.com", "cy@example.com"]
    assert contacts["ann@example.com"]["tags"] == ["a", "again"]  # merged, in order
    assert contacts["bob@example.com"]["companyName"] == "Bob Ltd"
    assert results[2].tags == ["a", "again"]


async def test_bad_items_are_refused_before_anything_is_sent_and_stop_nothing(
    sandbox: Sandbox, flavor: Flavor
) -> None:
    client = client_of(sandbox, flavor)
    extra = ContactInput(email="ok3@example.com")
    extra["source"] = "crm"  # a field the spec lacks, set on the model on purpose: sent
    items: list[Any] = [
        {"email": "ok1@example.com"},
        {"emial": "typo@example.com", "email": "x@example.com"},
        {"email": "wrong@example.com", "tags": "vip"},
        {"email": "   "},
        {"name": "No Email"},
        ContactInput(email=""),
        "plain@example.com",
        {"email": None},
        {"email": "ok2@example.com", "subscribed": True},
        extra,
    ]
    results = await resolve(client.contacts.upsert_many(items))
    assert [type(result) for result in results] == [Contact] + [ValueError] * 7 + [Contact] * 2
    messages = [str(result) for result in results[1:8]]
    assert messages[0].startswith("item 1: ContactInput.emial is not a field of ContactInput")
    assert "companyName" in messages[0]  # the field names it takes
    assert messages[1] == "item 2: ContactInput.tags: expected array of string, got string"
    assert messages[2] == "item 3: ContactInput.email must not be empty"
    assert messages[3] == "item 4: ContactInput.email: expected string, got missing"
    assert messages[4] == "item 5: ContactInput.email must not be empty"
    assert messages[5] == "item 6: expected a ContactInput or a dict of its JSON fields, got str"
    assert messages[6] == "item 7: ContactInput.email: expected string, got null"
    assert len(sent(sandbox, "create_contact")) == 3  # the good ones only


async def test_products_are_upserted_by_url_with_the_query_that_says_so(
    sandbox: Sandbox, flavor: Flavor
) -> None:
    client = client_of(sandbox, flavor)
    first = await resolve(
        client.products.upsert_many(
            [
                ProductInput(type_=ProductType.PHYSICAL, title="Mug", url="mug"),
                {"type": "digital", "title": "Guide", "url": "guide"},
                ProductInput(type_="physical", title="Cup", url="cup"),  # type: ignore[arg-type]
            ]
        )
    )
    assert [type(result) for result in first] == [Product, Product, ValueError]
    assert str(first[2]).startswith(
        "item 2: this ProductInput cannot be written as JSON ('str' object has no attribute"
    )
    again = await resolve(
        client.products.upsert_many(
            [
                {"type": "physical", "title": "Big mug", "url": "mug"},
                {"type": "physical", "title": "No URL"},
                {"type": "vinyl", "title": "Record", "url": "record"},
            ]
        )
    )
    assert again[0].id == first[0].id  # updated, not created
    assert again[0].title == "Big mug"
    assert str(again[1]) == "item 1: ProductInput.url must not be empty"
    assert str(again[2]) == "item 2: ProductInput.type is not one of ProductType (string)"
    assert len(sandbox.store.products) == 2
    assert sent(sandbox, "create_product") == [{"update_existing_product_by_url": "true"}] * 3


async def test_a_failed_call_is_that_items_result_alone(sandbox: Sandbox, flavor: Flavor) -> None:
    client = client_of(sandbox, flavor, max_retries=0)
    sandbox.faults.status(500, operation="create_contact")  # the first call only
    emails = [f"c{n}@example.com" for n in range(6)]
    results = await resolve(
        client.contacts.upsert_many([{"email": email} for email in emails], concurrency=2)
    )
    failed = [r for r in results if isinstance(r, Exception)]
    assert len(failed) == 1
    assert isinstance(failed[0], simvoly.InternalServerError)
    assert failed[0].status_code == 500
    done = [str(r.email) for r in results if isinstance(r, Contact)]
    assert sorted(c["email"] for c in sandbox.store.contacts.values()) == sorted(done)
    assert len(done) == 5


async def test_failed_calls_are_retried_as_the_client_says(
    sandbox: Sandbox, flavor: Flavor
) -> None:
    client = client_of(sandbox, flavor)  # 2 retries: the upsert is safe to repeat
    sandbox.faults.status(500, times=2, operation="create_contact")
    results = await resolve(
        client.contacts.upsert_many([{"email": f"c{n}@example.com"} for n in range(4)])
    )
    assert all(isinstance(result, Contact) for result in results)
    assert len(sent(sandbox, "create_contact")) == 6


async def test_a_429_burst_pauses_every_call_of_the_rate_limited_client(
    sandbox: Sandbox, flavor: Flavor, fake_clock: FakeClock
) -> None:
    client = client_of(sandbox, flavor, rate_limit=RateLimit(per_second=50))
    sandbox.faults.status(429, times=2, retry_after=2, operation="create_contact")
    results = await resolve(
        client.contacts.upsert_many([{"email": f"c{n}@example.com"} for n in range(10)])
    )
    assert all(isinstance(result, Contact) for result in results)
    assert len(sandbox.store.contacts) == 10
    assert len(sent(sandbox, "create_contact")) == 12
    assert max(fake_clock.sleeps) >= 1.9  # the Retry-After, waited by the others too
    assert fake_clock.now - 1000.0 >= 2.0 + 9 / 50 * 0.85


@pytest.mark.parametrize(
    ("items", "concurrency", "message"),
    [
        ({"email": "one@example.com"}, 8, "items must be a list of ContactInput"),
        ("one@example.com", 8, "got str"),
        (None, 8, "got NoneType"),
        ([], 0, "concurrency must be an integer >= 1, got 0"),
        ([], True, "got True"),
    ],
)
async def test_arguments_are_checked_first(
    sandbox: Sandbox, flavor: Flavor, items: Any, concurrency: Any, message: str
) -> None:
    client = client_of(sandbox, flavor)
    with pytest.raises(ValueError, match=message):
        await resolve(client.contacts.upsert_many(items, concurrency=concurrency))
    assert await resolve(client.contacts.upsert_many([])) == []
    assert sandbox.requests == []


async def test_items_with_one_email_go_in_order_whatever_the_concurrency(
    sandbox: Sandbox, flavor: Flavor
) -> None:
    client = client_of(sandbox, flavor)
    items = [{"email": "same@example.com", "name": f"Name {n}"} for n in range(6)]
    items += [{"email": f"other{n}@example.com"} for n in range(6)]
    results = await resolve(client.contacts.upsert_many(items, concurrency=8))
    assert [r.name for r in results[:6]] == [f"Name {n}" for n in range(6)]
    (same,) = [c for c in sandbox.store.contacts.values() if c["email"] == "same@example.com"]
    assert same["name"] == "Name 5"


def contact_answer(request: httpx.Request) -> httpx.Response:
    return json_response({"id": 1, "email": "x@example.com"})


async def test_at_most_concurrency_calls_at_once_on_the_async_client() -> None:
    in_flight, most = 0, 0

    class Transport(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal in_flight, most
            in_flight += 1
            most = max(most, in_flight)
            for _ in range(5):  # let the other tasks run
                await anyio.lowlevel.checkpoint()
            in_flight -= 1
            return contact_answer(request)

    http = httpx.AsyncClient(transport=Transport())
    client = AsyncSimvoly(API_KEY, site_url=SITE, http_client=http, user_agent="Tests/1.0")
    items = [{"email": f"c{n}@example.com"} for n in range(20)]
    results = await client.contacts.upsert_many(items, concurrency=3)
    assert len(results) == 20
    assert most == 3
    await http.aclose()


def test_at_most_concurrency_threads_on_the_sync_client() -> None:
    three = threading.Barrier(3, timeout=10)  # the first three calls meet: three threads
    lock, in_flight, most, calls = threading.Lock(), 0, 0, 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most, calls
        with lock:
            in_flight, calls = in_flight + 1, calls + 1
            most, first = max(most, in_flight), calls <= 3
        if first:
            three.wait()
        with lock:
            in_flight -= 1
        return contact_answer(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Simvoly(API_KEY, site_url=SITE, http_client=http, user_agent="Tests/1.0") as client:
        items = [{"email": f"c{n}@example.com"} for n in range(12)]
        results = client.contacts.upsert_many(items, concurrency=3)
    assert len(results) == 12
    assert most == 3
    assert [t for t in threading.enumerate() if t.name.startswith("simvoly-bulk")] == []
    http.close()


def test_upsert_many_under_trio() -> None:
    sandbox = Sandbox()
    client = sandbox.client()

    async def upsert() -> list[Any]:
        return await client.contacts.upsert_many(
            [{"email": f"c{n}@example.com"} for n in range(5)], concurrency=2
        )

    results = anyio.run(upsert, backend="trio")
    assert [r.email for r in results] == [f"c{n}@example.com" for n in range(5)]
    sandbox.close_clients()
