"""Webhook delivery: which events go where, signed how, and what is recorded."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import attrs
import httpx
import pytest

from simvoly import AsyncSimvoly
from simvoly.models import Contact, Order
from simvoly.testing import Sandbox
from simvoly.testing._app import Receive, Scope, Send
from simvoly.webhooks import UNSIGNED, WebhookVerificationError, unwrap

from .conftest import known

SECRET = "whsec-sandbox-tests"


@attrs.define
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@attrs.define
class Receiver:
    """An ASGI webhook endpoint that records each delivery and answers `status`."""

    status: int = 200
    received: list[Received] = attrs.field(factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        self.received.append(Received(scope["path"], headers, body))
        await send({"type": "http.response.start", "status": self.status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    def topics(self) -> list[str]:
        return [r.headers["x-webhook-topic"] for r in self.received]


@pytest.fixture
def receiver(sandbox: Sandbox) -> Receiver:
    receiver = Receiver()
    sandbox.webhook_transport = httpx.ASGITransport(app=receiver)
    return receiver


@pytest.fixture
async def client(sandbox: Sandbox) -> Any:
    async with sandbox.client() as client:
        yield client
    await sandbox.aclose()


def expected_signature(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha512).hexdigest()


async def test_a_contact_change_is_delivered_signed(
    sandbox: Sandbox, receiver: Receiver, client: AsyncSimvoly
) -> None:
    hook = await client.webhooks.create(
        "https://hooks.example.com/simvoly", ["contact_updated"], secret=SECRET
    )
    contact = await client.contacts.create("ann@example.com", name="Ann")
    # Awaited before the call returned: it is here already.
    [delivery] = receiver.received
    assert delivery.path == "/simvoly"
    assert delivery.headers["x-webhook-topic"] == "contact_updated"
    assert delivery.headers["x-webhook-source"] == "mysite.simvoly.com"
    assert delivery.headers["content-type"] == "application/json"
    signature = delivery.headers["x-webhook-signature"]
    assert len(signature) == 128
    assert signature == signature.lower()
    assert hmac.compare_digest(signature, expected_signature(delivery.body))
    assert (
        json.loads(delivery.body) == sandbox.store.contacts[known(contact.id)]
    )  # the bare contact
    event = unwrap(delivery.body, delivery.headers, SECRET)  # the SDK's own receiver agrees
    assert isinstance(event.data, Contact)
    assert event.data.id == contact.id
    [record] = sandbox.deliveries
    assert (record.topic, record.target, record.webhook_id) == (
        "contact_updated",
        "https://hooks.example.com/simvoly",
        hook.id,
    )
    assert (record.status, record.error, record.ok) == (200, None, True)
    assert record.body == delivery.body
    assert record.headers["X-Webhook-Signature"] == signature
    assert SECRET not in repr(record)


async def test_each_event_goes_to_its_subscribers_only(
    sandbox: Sandbox, receiver: Receiver, client: AsyncSimvoly
) -> None:
    await client.webhooks.create("https://a.example.com/", ["product_created", "order_updated"])
    await client.webhooks.create("https://b.example.com/", ["product_updated"], secret=SECRET)
    product = await client.products.create("physical", "Lamp", url="lamp")
    await client.products.create(
        "physical", "Lamp 2", url="lamp", update_existing_product_by_url=True
    )
    await client.products.update(known(product.id), "physical", "Lamp 3")
    order = await sandbox.place_order()
    await client.orders.update(order["id"], status="SHIPPED")
    await client.contacts.create("nobody-listens@example.com")
    assert [(d.topic, d.target) for d in sandbox.deliveries] == [
        ("product_created", "https://a.example.com/"),
        ("product_updated", "https://b.example.com/"),
        ("product_updated", "https://b.example.com/"),
        ("order_updated", "https://a.example.com/"),
    ]
    shipped = json.loads(receiver.received[-1].body)
    assert (shipped["id"], shipped["status"]) == (order["id"], "shipped")
    updated = receiver.received[1]
    assert hmac.compare_digest(
        updated.headers["x-webhook-signature"], expected_signature(updated.body)
    )
    assert json.loads(updated.body)["title"] == "Lamp 2"


async def test_the_sites_own_events(
    sandbox: Sandbox, receiver: Receiver, client: AsyncSimvoly
) -> None:
    await client.webhooks.create(
        "https://hooks.example.com/",
        ["order_created", "booking_created", "form_submitted", "contact_updated"],
        secret=SECRET,
    )
    order = await sandbox.place_order(customerEmail="ann@example.com")
    booking = await sandbox.book(name="Ann", start=1000)
    await sandbox.submit_form("Contact form", {"Email": "ann@example.com", "Message": "Hi"})
    assert receiver.topics() == [
        "order_created",
        "booking_created",
        "contact_updated",
        "form_submitted",
    ]
    assert json.loads(receiver.received[0].body)["id"] == order["id"]
    assert json.loads(receiver.received[1].body)["id"] == booking["id"]
    form = json.loads(receiver.received[3].body)
    assert form["formName"] == "Contact form"
    assert form["contact"]["email"] == "ann@example.com"
    assert form["website"] == {
        "id": 1,
        "subdomain": "mysite",
        "systemDomain": "mysite.simvoly.com",
        "domain": None,  # no custom domain: null, as from a real site
    }
    assert form["formValues"] == [
        {"field": "Email", "value": "ann@example.com"},
        {"field": "Message", "value": "Hi"},
    ]
    for delivery in receiver.received:
        unwrap(delivery.body, delivery.headers, SECRET, strict=True)


async def test_a_webhook_created_without_a_secret_gets_unsigned_deliveries(
    sandbox: Sandbox, receiver: Receiver, client: AsyncSimvoly
) -> None:
    await client.webhooks.create("https://hooks.example.com/", ["order_created"])
    await sandbox.place_order(customerEmail="ann@example.com")
    [delivery] = receiver.received
    assert "x-webhook-signature" not in delivery.headers
    event = unwrap(delivery.body, delivery.headers, UNSIGNED, strict=True)
    assert isinstance(event.data, Order)
    with pytest.raises(WebhookVerificationError, match="missing"):
        unwrap(delivery.body, delivery.headers, SECRET)


async def test_a_deleted_webhook_gets_nothing_and_refused_calls_send_nothing(
    sandbox: Sandbox, receiver: Receiver, client: AsyncSimvoly, api: httpx.AsyncClient
) -> None:
    hook = await client.webhooks.create("https://hooks.example.com/", ["contact_updated"])
    assert (await api.put("/contacts/1", json={"email": "x@example.com"})).status_code == 404
    assert (
        await api.post("/members", json={"name": "A", "email": "a@x.com", "groups": [9]})
    ).status_code == 400
    assert receiver.received == []
    await client.webhooks.delete(known(hook.id))
    await client.contacts.create("ann@example.com")
    assert sandbox.deliveries == []


async def test_failures_are_recorded_and_never_fail_the_call(
    sandbox: Sandbox, receiver: Receiver, client: AsyncSimvoly
) -> None:
    receiver.status = 500
    await client.webhooks.create("https://hooks.example.com/", ["contact_updated"])
    contact = await client.contacts.create("ann@example.com")
    assert contact.id in sandbox.store.contacts
    [failed] = sandbox.deliveries
    assert (failed.status, failed.error, failed.ok) == (500, None, False)

    async def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    sandbox.webhook_transport = httpx.MockTransport(unreachable)
    await client.contacts.create("bob@example.com")
    assert sandbox.deliveries[-1].error == "ConnectError: connection refused"
    assert sandbox.deliveries[-1].status is None


async def test_without_a_transport_only_local_targets_are_contacted() -> None:
    target = Sandbox("target-key")  # a local server that answers 401 to anything unsigned
    source = Sandbox()
    async with target.serve() as base_url, source.client() as client:
        await client.webhooks.create(f"{base_url}/contacts", ["contact_updated"])
        await client.webhooks.create("https://hooks.example.com/", ["contact_updated"])
        await client.contacts.create("ann@example.com")
    local, remote = source.deliveries
    assert (local.status, local.error) == (401, None)  # sent over HTTP to 127.0.0.1
    assert target.requests[0].method == "POST"
    assert remote.status is None
    assert remote.error == "not sent: the target is not on this machine (allow_remote=False)"
    await source.aclose()


async def test_remote_targets_when_allowed(sandbox: Sandbox) -> None:
    permissive = Sandbox(allow_remote_webhooks=True, webhook_timeout=0.5)

    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)

    permissive.webhook_transport = httpx.MockTransport(answer)
    async with permissive.client() as client:
        await client.webhooks.create("https://hooks.example.com/", ["contact_updated"])
        await client.contacts.create("ann@example.com")
    assert permissive.deliveries[0].status == 204
    await permissive.aclose()


async def test_an_injected_transport_is_not_closed(sandbox: Sandbox, client: AsyncSimvoly) -> None:
    closed: list[bool] = []

    class Watched(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        async def aclose(self) -> None:
            closed.append(True)

    sandbox.webhook_transport = Watched()
    await client.webhooks.create("https://hooks.example.com/", ["contact_updated"])
    await client.contacts.create("a@example.com")
    await client.contacts.create("b@example.com")
    assert [d.status for d in sandbox.deliveries] == [200, 200]
    assert closed == []
