"""The receivers in examples/: FastAPI in-process over ASGI, aiohttp on a local port,
and one delivery end to end from the sandbox to a receiver over real HTTP."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

import httpx
import pytest
from aiohttp import test_utils, web

from simvoly import AsyncSimvoly
from simvoly.testing import Sandbox
from simvoly.webhooks import SIGNATURE_HEADER, SOURCE_HEADER, TOPIC_HEADER, sign

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SECRET = "whsec_receiver_test"
PATH = "/webhooks/simvoly"


def load_example(name: str) -> ModuleType:
    """A fresh copy of examples/<name>.py: its own dispatcher, app and replay guard."""
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def delivery(topic: str, body: bytes, *, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    return body, {
        TOPIC_HEADER: topic,
        SOURCE_HEADER: "mysite.simvoly.com",
        SIGNATURE_HEADER: sign(body, secret),
        "Content-Type": "application/json",
    }


ORDER = json.dumps({"id": 1234, "total": 99.5, "status": "pending", "newField": 1}).encode()


class Receiver(Protocol):
    """Sends a delivery to a running example; `settle` waits for its background work."""

    async def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, str]: ...
    async def settle(self) -> None: ...


class FastAPIReceiver:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        response = await self.client.post(PATH, content=body, headers=headers)
        return response.status_code, response.text

    async def settle(self) -> None:
        """Nothing to wait for: the ASGI call returns after the background tasks ran."""


class AiohttpReceiver:
    def __init__(
        self,
        client: test_utils.TestClient[web.Request, web.Application],
        tasks: web.AppKey[set[asyncio.Task[None]]],
    ) -> None:
        self.client = client
        self.tasks = tasks

    async def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        async with self.client.post(PATH, data=body, headers=headers) as response:
            return response.status, await response.text()

    async def settle(self) -> None:
        app = self.client.app
        assert app is not None
        await asyncio.gather(*app[self.tasks])


@pytest.fixture(params=["fastapi", "aiohttp"])
async def receiver(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> AsyncIterator[Receiver]:
    monkeypatch.setenv("SIMVOLY_WEBHOOK_SECRET", SECRET)
    name = f"{request.param}_receiver"
    caplog.set_level(logging.INFO, logger=name)
    module = load_example(name)
    if request.param == "fastapi":
        transport = httpx.ASGITransport(app=module.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver.test") as http:
            yield FastAPIReceiver(http)
    else:
        app: web.Application = module.create_app()
        async with test_utils.TestClient(test_utils.TestServer(app)) as client:
            yield AiohttpReceiver(client, module.TASKS)


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records]


async def test_a_signed_delivery_reaches_its_typed_handler(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    assert await receiver.post(*delivery("order_created", ORDER)) == (204, "")
    await receiver.settle()
    # The handler read .id and .total off an Order: a dict would have no such attribute.
    assert messages(caplog) == ["order 1234 created on mysite.simvoly.com: total 99.5"]


async def test_a_bad_signature_is_401(receiver: Receiver, caplog: pytest.LogCaptureFixture) -> None:
    body, headers = delivery("order_created", ORDER, secret="not-the-secret")
    status, text = await receiver.post(body, headers)
    assert status == 401
    assert "invalid signature" in text
    del headers[SIGNATURE_HEADER]
    assert (await receiver.post(body, headers))[0] == 401
    await receiver.settle()
    assert messages(caplog) == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"{not json", "not valid JSON"), (b"[1, 2]", "must be a JSON object (Order)")],
)
async def test_an_unreadable_body_is_400(
    receiver: Receiver, caplog: pytest.LogCaptureFixture, body: bytes, reason: str
) -> None:
    status, text = await receiver.post(*delivery("order_created", body))
    assert status == 400
    assert reason in text
    await receiver.settle()
    assert messages(caplog) == []


async def test_an_unknown_topic_is_acknowledged_and_goes_to_the_fallback(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    assert (await receiver.post(*delivery("invoice_paid", b'{"id": 5}')))[0] == 204
    assert (await receiver.post(*delivery("booking_created", b'{"id": 6}')))[0] == 204
    await receiver.settle()
    assert messages(caplog) == ["unhandled invoice_paid event", "unhandled booking_created event"]


async def test_a_repeated_delivery_is_acknowledged_but_handled_once(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    for _ in range(2):
        assert (await receiver.post(*delivery("order_created", ORDER)))[0] == 204
        await receiver.settle()
    assert len(messages(caplog)) == 1


async def test_aiohttp_receiver_logs_a_failing_handler(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SIMVOLY_WEBHOOK_SECRET", SECRET)
    module = load_example("aiohttp_receiver")

    async def broken(event: Any) -> bool:
        raise RuntimeError("boom")

    monkeypatch.setattr(module.dispatcher, "dispatch", broken)
    async with test_utils.TestClient(test_utils.TestServer(module.create_app())) as client:
        response = await client.post(PATH, data=ORDER, headers=delivery("order_created", ORDER)[1])
        assert response.status == 204
    # Closing the client shut the app down, which waited for the task.
    (record,) = caplog.records
    assert record.getMessage() == "handling the order_created event failed"
    assert record.exc_info is not None


async def test_end_to_end_the_sandbox_delivers_to_a_receiver_on_a_local_port(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The client registers the receiver with the sandbox (both over real HTTP); the
    site's events reach the receiver signed, and its handlers see typed events."""
    monkeypatch.setenv("SIMVOLY_WEBHOOK_SECRET", SECRET)
    caplog.set_level(logging.INFO, logger="aiohttp_receiver")
    module = load_example("aiohttp_receiver")
    sandbox = Sandbox(seed=42)
    app: web.Application = module.create_app()
    async with (
        test_utils.TestServer(app, host="127.0.0.1") as receiver,
        sandbox.serve() as base_url,
        AsyncSimvoly(sandbox.api_key, base_url=base_url, user_agent="E2E/1.0") as client,
    ):
        target = str(receiver.make_url(PATH))
        hook = await client.webhooks.create(
            target, ["order_created", "order_updated"], secret=SECRET
        )
        order = await sandbox.place_order(customerEmail="ada@example.com", total=42.5)
        await client.orders.update(order["id"], status="shipped")
        await asyncio.gather(*app[module.TASKS])

    assert [(d.topic, d.webhook_id, d.target, d.status) for d in sandbox.deliveries] == [
        ("order_created", hook.id, target, 204),
        ("order_updated", hook.id, target, 204),
    ]
    # The handler read .id, .source and .total off a typed Order.
    assert messages(caplog) == [
        f"order {order['id']} created on mysite.simvoly.com: total 42.5",
        "unhandled order_updated event",
    ]
