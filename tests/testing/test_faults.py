"""Fault injection, in-process: statuses, latency, dropped connections, and what the SDK does."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest

import simvoly
from simvoly.testing import Fault, Faults, Sandbox
from tests.conftest import FakeClock


async def test_a_status_fault_answers_n_times_then_lets_requests_through(
    sandbox: Sandbox, api: httpx.AsyncClient
) -> None:
    fault = sandbox.faults.status(429, times=2, retry_after=1)
    first = await api.get("/contacts")
    assert first.status_code == 429
    assert first.headers["retry-after"] == "1"
    assert first.json() == {"success": False, "message": "Too Many Requests"}
    assert (await api.get("/contacts")).status_code == 429
    assert (await api.get("/contacts")).status_code == 200
    assert (fault.seen, fault.fired, fault.exhausted) == (2, 2, True)
    assert [(r.status, r.fault, r.faulted) for r in sandbox.requests] == [
        (429, "status 429", True),
        (429, "status 429", True),
        (200, None, False),
    ]


async def test_status_bodies_and_headers(sandbox: Sandbox, api: httpx.AsyncClient) -> None:
    sandbox.faults.status(520, body="<html><h1>520</h1></html>")
    sandbox.faults.status(503, body=b"down", content_type="text/plain", headers={"X-Why": "upkeep"})
    sandbox.faults.status(500, body={"oops": True}, retry_after="Wed, 21 Oct 2026 07:28:00 GMT")
    sandbox.faults.status(502, body=[1, 2], retry_after=1.5)
    sandbox.faults.status(599)
    html = await api.get("/contacts")
    assert (html.status_code, html.text) == (520, "<html><h1>520</h1></html>")
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    plain = await api.get("/contacts")
    assert (plain.status_code, plain.text, plain.headers["content-type"]) == (
        503,
        "down",
        "text/plain",
    )
    assert plain.headers["x-why"] == "upkeep"
    json_body = await api.get("/contacts")
    assert (json_body.json(), json_body.headers["retry-after"]) == (
        {"oops": True},
        "Wed, 21 Oct 2026 07:28:00 GMT",
    )
    array = await api.get("/contacts")
    assert (array.json(), array.headers["retry-after"]) == ([1, 2], "1.5")
    unknown = await api.get("/contacts")
    assert unknown.json() == {"success": False, "message": "HTTP 599"}


async def test_a_status_fault_processes_nothing(sandbox: Sandbox, api: httpx.AsyncClient) -> None:
    sandbox.faults.status(503)
    assert (await api.post("/contacts", json={"email": "a@example.com"})).status_code == 503
    assert sandbox.store.contacts == {}


async def test_every_nth_request(sandbox: Sandbox, api: httpx.AsyncClient) -> None:
    fault = sandbox.faults.status(500, every=3, times=None)
    statuses = [(await api.get("/member-groups")).status_code for _ in range(9)]
    assert statuses == [200, 200, 500] * 3
    assert (fault.seen, fault.fired, fault.exhausted) == (9, 3, False)


async def test_every_nth_with_a_cap(sandbox: Sandbox, api: httpx.AsyncClient) -> None:
    sandbox.faults.status(500, every=2, times=2)
    statuses = [(await api.get("/member-groups")).status_code for _ in range(7)]
    assert statuses == [200, 500, 200, 500, 200, 200, 200]


async def test_rules_match_by_method_path_and_operation(
    sandbox: Sandbox, api: httpx.AsyncClient
) -> None:
    by_method = sandbox.faults.status(502, method="post", times=None)
    by_path = sandbox.faults.status(504, path="/orders*", times=None)
    by_operation = sandbox.faults.status(503, operation="list_webhooks", times=None)
    assert (await api.post("/webhooks", json={})).status_code == 502
    assert (await api.get("/orders")).status_code == 504
    assert (await api.get("/orders/5")).status_code == 504
    assert (await api.get("/webhooks")).status_code == 503
    assert (await api.get("/contacts")).status_code == 200
    assert (by_method.fired, by_path.fired, by_operation.fired) == (1, 2, 1)
    assert by_method.method == "POST"


async def test_the_first_firing_rule_decides(sandbox: Sandbox, api: httpx.AsyncClient) -> None:
    first = sandbox.faults.status(500)
    second = sandbox.faults.status(502)
    assert [(await api.get("/webhooks")).status_code for _ in range(3)] == [500, 502, 200]
    assert (first.seen, second.seen) == (1, 1)


async def test_latency_delays_matching_requests(sandbox: Sandbox, api: httpx.AsyncClient) -> None:
    slow = sandbox.faults.latency(0.02, path="/orders", times=2)
    sandbox.faults.latency(0.01, path="/orders")
    started = time.perf_counter()
    await api.get("/orders")
    assert time.perf_counter() - started >= 0.03
    started = time.perf_counter()
    await api.get("/contacts")
    assert time.perf_counter() - started < 0.03
    assert (slow.fired, sandbox.requests[0].fault, sandbox.requests[0].faulted) == (1, None, False)


async def test_latency_beyond_the_read_timeout_times_out(
    sandbox: Sandbox, api: httpx.AsyncClient
) -> None:
    sandbox.faults.latency(1.0, times=1)
    with pytest.raises(httpx.ReadTimeout, match=r"no answer within 0\.01 s"):
        await api.get("/contacts", timeout=0.01)
    assert (await api.get("/contacts", timeout=0.01)).status_code == 200


async def test_a_refused_connection_processes_nothing(
    sandbox: Sandbox, api: httpx.AsyncClient
) -> None:
    sandbox.faults.drop("refused", method="POST")
    with pytest.raises(httpx.ConnectError, match="connection refused"):
        await api.post("/contacts", json={"email": "a@example.com"})
    assert sandbox.store.contacts == {}
    record = sandbox.requests[0]
    assert (record.fault, record.status, record.faulted) == ("drop refused", None, True)
    assert (await api.post("/contacts", json={"email": "a@example.com"})).status_code == 200


async def test_a_mid_response_drop_is_processed(sandbox: Sandbox, api: httpx.AsyncClient) -> None:
    sandbox.faults.drop()
    with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
        await api.post("/contacts", json={"email": "a@example.com"})
    assert len(sandbox.store.contacts) == 1
    record = sandbox.requests[0]
    assert (record.fault, record.status) == ("drop mid-response", 200)


async def test_the_sdk_retries_through_faults(sandbox: Sandbox, fake_clock: FakeClock) -> None:
    sandbox.faults.status(503, times=2)
    sandbox.faults.drop("mid-response", operation="get_contact_by_email")
    async with sandbox.client() as client:
        contact = await client.contacts.create("a@example.com")  # an upsert: retried
        assert (await client.contacts.get_by_email("a@example.com")).id == contact.id
        sandbox.faults.status(429, retry_after=2, times=1)
        await client.contacts.list()
        sandbox.faults.drop("mid-response", method="POST", times=1)
        with pytest.raises(simvoly.APIConnectionError):  # a plain POST is not repeated
            await client.webhooks.create("http://localhost/h", ["order_created"])
    assert [r.status for r in sandbox.requests[:3]] == [503, 503, 200]
    assert 2.0 in fake_clock.sleeps
    assert len(sandbox.store.webhooks) == 1  # processed, though the caller saw an error
    await sandbox.aclose()


def test_fault_rules_check_their_arguments() -> None:
    faults = Faults()
    for bad in (-1, True, "1"):
        with pytest.raises(ValueError, match="seconds must be a number"):
            faults.latency(bad)  # type: ignore[arg-type]  # wrong on purpose
    for status in (99, 1000, True, "500"):
        with pytest.raises(ValueError, match="status must be an HTTP status code"):
            faults.status(status)  # type: ignore[arg-type]  # wrong on purpose
    with pytest.raises(ValueError, match="mode must be"):
        faults.drop("reset")  # type: ignore[arg-type]  # wrong on purpose
    for times in (0, True, 1.5):
        with pytest.raises(ValueError, match="times must be"):
            faults.status(500, times=times)  # type: ignore[arg-type]  # wrong on purpose
    for every in (0, False, "2"):
        with pytest.raises(ValueError, match="every must be"):
            faults.status(500, every=every)  # type: ignore[arg-type]  # wrong on purpose
    assert faults.rules == []


def test_rules_can_be_listed_removed_and_cleared() -> None:
    faults = Faults()
    assert repr(faults) == "<Faults none>"
    slow = faults.latency(0.5)
    error = faults.status(503)
    drop = faults.drop("refused")
    assert faults.rules == [slow, error, drop]
    assert repr(faults) == "<Faults latency 0.5s, status 503, drop refused>"
    assert isinstance(slow, Fault)
    assert "body" not in repr(error)
    faults.remove(error)
    assert faults.rules == [slow, drop]
    faults.clear()
    assert faults.rules == []
    assert faults.decide("GET", "/contacts", "list_contacts").fault is None


def test_in_process_under_trio() -> None:
    """The transport, the app and the fault delays use anyio: trio works as asyncio does."""

    async def main() -> list[int | None]:
        sandbox = Sandbox()
        sandbox.faults.latency(0.001)
        sandbox.faults.status(503, times=1)
        async with sandbox.client(max_retries=0) as client:
            with pytest.raises(simvoly.InternalServerError):
                await client.contacts.list()
            await client.contacts.create("ann@example.com")
        await sandbox.aclose()
        return [r.status for r in sandbox.requests]

    assert anyio.run(main, backend="trio") == [503, 200]


async def test_a_rate_limit_lets_n_per_second_through_then_answers_429(
    sandbox: Sandbox, api: httpx.AsyncClient
) -> None:
    now = [100.0]
    fault = sandbox.faults.rate_limit(3, operation="list_contacts", clock=lambda: now[0])
    statuses = [(await api.get("/contacts")).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = await api.get("/contacts")
    assert refused.headers["retry-after"] == "1"  # a third of a second, rounded up
    assert refused.json() == {"success": False, "message": "Too many requests"}
    assert (await api.get("/webhooks")).status_code == 200  # other operations: not limited
    now[0] += 0.34  # one token back
    assert [(await api.get("/contacts")).status_code for _ in range(2)] == [200, 429]
    now[0] += 10  # a full bucket again, no more than that
    assert [(await api.get("/contacts")).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert (fault.fired, str(fault)) == (4, "rate limit 3/s")
    assert sandbox.requests[-1].fault == "rate limit 3/s"


async def test_a_rate_limit_with_a_burst_and_slow_refill(
    sandbox: Sandbox, api: httpx.AsyncClient
) -> None:
    now = [0.0]
    sandbox.faults.rate_limit(0.25, burst=2, clock=lambda: now[0])
    statuses = [(await api.get("/contacts")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert sandbox.requests[-1].status == 429
    last = await api.get("/contacts")
    assert last.headers["retry-after"] == "4"  # one token in four seconds


def test_rate_limits_check_their_arguments() -> None:
    faults = Faults()
    for bad in (0, -1, True, "10", float("inf"), float("nan")):
        with pytest.raises(ValueError, match="per_second must be a number > 0"):
            faults.rate_limit(bad)  # type: ignore[arg-type]  # wrong on purpose
    for burst in (0, True, 1.5):
        with pytest.raises(ValueError, match="burst must be an integer >= 1"):
            faults.rate_limit(10, burst=burst)  # type: ignore[arg-type]  # wrong on purpose
    assert faults.rules == []
