"""`Sandbox().sync_client()`: the sync client `Simvoly`, served by the sandbox in-process."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import simvoly
from simvoly import Simvoly
from simvoly.testing import Sandbox
from simvoly.testing._app import Receive, Scope, Send
from tests.conftest import FakeClock

from .test_webhooks import SECRET, Receiver


def sandbox_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "simvoly-sandbox"]


@pytest.fixture(autouse=True)
def no_thread_left() -> Iterator[None]:
    """Every test here ends with no helper thread running (a failing one, too)."""
    yield
    assert sandbox_threads() == []


def test_the_sync_client_reads_and_writes_the_sandbox() -> None:
    sandbox = Sandbox(seed=7)
    with sandbox.sync_client(user_agent="SyncTests/1.0") as client:
        assert isinstance(client, Simvoly)
        contact = client.contacts.create("sync@example.com", name="Sync", tags=["vip"])
        assert sandbox.store.contacts[contact.id]["tags"] == ["vip"]
        assert client.contacts.get(contact.id).name == "Sync"
        walked = [c.id for c in client.contacts.list(limit=7, concurrency=3)]
        assert walked == list(sandbox.store.contacts)  # every one, in the API's order
        with pytest.raises(simvoly.NotFoundError) as caught:
            client.contacts.get(999_999)
        assert caught.value.status_code == 404
        raw = client.contacts.with_raw_response.get(contact.id)
        assert raw.parse() == client.contacts.get(contact.id)
    assert sandbox.requests[0].operation == "create_contact"
    sandbox.close_clients()


def test_a_wrong_key_is_refused() -> None:
    sandbox = Sandbox()
    client = sandbox.sync_client(api_key="not-the-key", max_retries=0)
    with pytest.raises(simvoly.AuthenticationError):
        client.webhooks.list()
    sandbox.close_clients()


def test_the_sdk_retries_through_the_sandboxs_faults(fake_clock: FakeClock) -> None:
    sandbox = Sandbox()
    sandbox.faults.status(503, times=2)
    client = sandbox.sync_client()
    contact = client.contacts.create("a@example.com")  # an upsert: retried
    sandbox.faults.drop("mid-response", method="POST", times=1)
    with pytest.raises(simvoly.APIConnectionError):  # a plain POST is not repeated
        client.webhooks.create("http://localhost/h", ["order_created"])
    assert [r.status for r in sandbox.requests[:3]] == [503, 503, 200]
    assert len(fake_clock.sleeps) == 2
    assert contact.id in sandbox.store.contacts
    assert len(sandbox.store.webhooks) == 1  # processed, though the caller saw an error
    sandbox.close_clients()


def test_threads_share_one_sandbox_whose_state_one_loop_keeps() -> None:
    sandbox = Sandbox()
    client = sandbox.sync_client()
    with ThreadPoolExecutor(8) as threads:
        created = list(
            threads.map(lambda i: client.contacts.create(f"t{i}@example.com").id, range(40))
        )
    assert sorted(created) == sorted(sandbox.store.contacts)
    assert len(set(created)) == 40
    assert len(sandbox_threads()) == 1  # one helper thread for the client, whatever calls it
    sandbox.close_clients()


async def test_webhook_deliveries_are_done_when_the_call_returns() -> None:
    receiver = Receiver()
    sandbox = Sandbox(webhook_transport=httpx.ASGITransport(app=receiver))
    client = sandbox.sync_client()
    client.webhooks.create("https://hooks.example.com/in", ["contact_updated"], secret=SECRET)
    client.contacts.create("ann@example.com", name="Ann")
    assert receiver.topics() == ["contact_updated"]
    assert [d.ok for d in sandbox.deliveries] == [True]
    await sandbox.aclose()


async def test_a_receiver_calling_the_sync_client_in_process_is_told_why_not() -> None:
    sandbox = Sandbox()
    client = sandbox.sync_client()
    caught: list[BaseException] = []

    async def receiver(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            client.contacts.list().first_page()  # on the sandbox's own loop: would deadlock
        except simvoly.SimvolyError as error:
            caught.append(error)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    sandbox.webhook_transport = httpx.ASGITransport(app=receiver)
    client.webhooks.create("https://hooks.example.com/in", ["contact_updated"], secret=SECRET)
    client.contacts.create("ann@example.com")
    assert len(caught) == 1
    assert "Use sandbox.client(), the async client, there" in str(caught[0])
    await sandbox.aclose()


async def test_closing_the_sandbox_stops_the_helper_threads() -> None:
    sandbox = Sandbox()
    unused = sandbox.sync_client()
    assert sandbox_threads() == []  # started on the first request, not before
    clients = [sandbox.sync_client(), sandbox.sync_client()]
    for client in clients:
        client.webhooks.list()
    assert len(sandbox_threads()) == 2
    await sandbox.aclose()
    assert sandbox_threads() == []
    with pytest.raises(simvoly.SimvolyError, match="http_client passed to Simvoly is closed"):
        clients[0].webhooks.list()
    with pytest.raises(simvoly.SimvolyError, match="closed"):
        unused.webhooks.list()
    sandbox.close_clients()  # nothing left: a no-op


def test_close_clients_stops_them_too() -> None:
    sandbox = Sandbox()
    sandbox.sync_client().webhooks.list()
    sandbox.client()
    assert len(sandbox_threads()) == 1
    sandbox.close_clients()
    assert sandbox_threads() == []


def test_a_transport_nobody_closed_stops_its_thread_when_collected() -> None:
    from simvoly.testing._transport import SyncSandboxTransport

    transport = SyncSandboxTransport(Sandbox())
    assert "SyncSandboxTransport to <Sandbox" in repr(transport)
    with httpx.Client(transport=transport, base_url="http://localhost/api/site") as http:
        assert http.get("/webhooks").status_code == 401  # no key: the app answered
    assert len(sandbox_threads()) == 0  # closing the httpx client closed the transport
    transport = SyncSandboxTransport(Sandbox())
    transport.handle_request(httpx.Request("GET", "http://localhost/api/site/webhooks"))
    assert len(sandbox_threads()) == 1
    del transport
    gc.collect()
    assert sandbox_threads() == []


def test_a_transport_closed_on_its_own_helper_thread_stops_without_deadlock() -> None:
    # The garbage collector may finalize a transport on any thread, its helper's too.
    from simvoly.testing._transport import SyncSandboxTransport

    transport = SyncSandboxTransport(Sandbox())
    transport.handle_request(httpx.Request("GET", "http://localhost/api/site/webhooks"))
    (thread,) = sandbox_threads()
    loop = transport._loop
    assert loop is not None

    async def close_here() -> None:
        transport.close()  # on the helper thread: it cannot wait for itself

    asyncio.run_coroutine_threadsafe(close_here(), loop).result(10)
    thread.join(10)
    assert not thread.is_alive()
    assert loop.is_closed()
