"""`rate_limit=RateLimit(...)` on both clients: attempts paced, a 429 pausing every call,
requests in flight capped, and one pacer shared by a client and its `with_options()`
copies. The pacer's arithmetic is tested in test_limiter.py; here, that the send loops
ask it, tell it, and wait as it says (on the fake clock)."""

from __future__ import annotations

import threading

import anyio
import anyio.lowlevel
import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly, RateLimit, Simvoly

from .conftest import API_KEY, SITE, FakeClock, Flavor, error_response, json_response, resolve

CONTACT = {"id": 1, "email": "jane@example.com"}


def ok(request: httpx.Request) -> httpx.Response:
    return json_response(CONTACT)


async def test_attempts_are_paced_at_the_steady_rate(flavor: Flavor, fake_clock: FakeClock) -> None:
    client, recorder = flavor.make_client(ok, rate_limit=RateLimit(per_second=10))
    for _ in range(5):
        await resolve(client.contacts.get(1))
    assert len(recorder.requests) == 5
    assert fake_clock.sleeps == pytest.approx([0.1] * 4)  # the first starts at once
    assert client.rate_limit == RateLimit(per_second=10)


async def test_a_burst_starts_at_once(flavor: Flavor, fake_clock: FakeClock) -> None:
    client, _ = flavor.make_client(ok, rate_limit=RateLimit(per_second=4, burst=3))
    for _ in range(4):
        await resolve(client.contacts.get(1))
    assert fake_clock.sleeps == pytest.approx([0.25])


async def test_retries_are_paced_too(flavor: Flavor, fake_clock: FakeClock) -> None:
    answers = iter([error_response(503, "busy")])
    client, recorder = flavor.make_client(
        lambda _: next(answers, None) or json_response(CONTACT),
        rate_limit=RateLimit(per_second=1),
        retry=simvoly.RetryPolicy(initial_backoff=0.2, jitter=0.0),
    )
    await resolve(client.contacts.get(1))
    # The retry waits its backoff (0.2 s), then the rest of its start slot (0.8 s).
    assert fake_clock.sleeps == pytest.approx([0.2, 0.8])
    assert len(recorder.requests) == 2


async def test_a_429_pauses_the_other_calls_until_its_retry_after(
    flavor: Flavor, fake_clock: FakeClock
) -> None:
    answers = iter([error_response(429, "slow down", **{"retry-after": "3"})])
    client, _ = flavor.make_client(
        lambda _: next(answers, None) or json_response(CONTACT),
        rate_limit=RateLimit(),
        max_retries=0,
    )
    with pytest.raises(simvoly.RateLimitError):
        await resolve(client.contacts.get(1))  # not retried: its own wait is not taken
    assert fake_clock.sleeps == []
    copy = client.with_options(timeout=5)
    await resolve(copy.contacts.get(1))  # another call (of a copy, even) waits it out
    assert fake_clock.sleeps == pytest.approx([3.0])
    await resolve(client.contacts.get(1))  # the pause is over
    assert fake_clock.sleeps == pytest.approx([3.0])


async def test_a_retried_429_waits_once(flavor: Flavor, fake_clock: FakeClock) -> None:
    answers = iter([error_response(429, "slow down", **{"retry-after": "3"})])
    client, recorder = flavor.make_client(
        lambda _: next(answers, None) or json_response(CONTACT), rate_limit=RateLimit()
    )
    await resolve(client.contacts.get(1))
    assert fake_clock.sleeps == pytest.approx([3.0])  # the retry's wait is the pause
    assert len(recorder.requests) == 2


async def test_a_429_without_adaptive_pacing_pauses_only_its_own_call(
    flavor: Flavor, fake_clock: FakeClock
) -> None:
    answers = iter([error_response(429, "slow down", **{"retry-after": "3"})])
    client, _ = flavor.make_client(
        lambda _: next(answers, None) or json_response(CONTACT),
        rate_limit=RateLimit(adaptive=False),
        max_retries=0,
    )
    with pytest.raises(simvoly.RateLimitError):
        await resolve(client.contacts.get(1))
    await resolve(client.contacts.get(1))
    assert fake_clock.sleeps == []


async def test_with_options_copies_share_the_pace(flavor: Flavor, fake_clock: FakeClock) -> None:
    client, _ = flavor.make_client(ok, rate_limit=RateLimit(per_second=2))
    copy = client.with_options(max_retries=0)
    await resolve(client.contacts.get(1))
    await resolve(copy.contacts.get(1))
    await resolve(client.contacts.get(1))
    assert fake_clock.sleeps == pytest.approx([0.5, 0.5])


@pytest.mark.parametrize("cls", [AsyncSimvoly, Simvoly])
def test_a_rate_limit_must_be_a_rate_limit(cls: type[AsyncSimvoly | Simvoly]) -> None:
    with pytest.raises(TypeError, match=r"rate_limit must be a simvoly\.RateLimit"):
        cls(API_KEY, site_url=SITE, rate_limit={"per_second": 5})  # type: ignore[arg-type]  # wrong on purpose


# -- max_in_flight -------------------------------------------------------------------------


async def test_max_in_flight_caps_the_async_clients_requests() -> None:
    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(5):  # let every other task that can start do so
            await anyio.lowlevel.checkpoint()
        in_flight -= 1
        return json_response(CONTACT)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    capped = AsyncSimvoly(
        API_KEY, site_url=SITE, http_client=http, rate_limit=RateLimit(max_in_flight=2)
    )
    uncapped = AsyncSimvoly(API_KEY, site_url=SITE, http_client=http)
    for client, most in ((capped, 2), (uncapped, 10)):
        peak = 0
        async with anyio.create_task_group() as group:
            for index in range(10):
                group.start_soon(client.contacts.get, index)
        assert peak == most
    await http.aclose()


def test_max_in_flight_caps_the_sync_clients_requests_across_threads() -> None:
    lock = threading.Lock()
    in_flight = peak = 0
    together = threading.Barrier(2, timeout=10)  # two in flight at once, as allowed

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        together.wait()
        with lock:
            in_flight -= 1
        return json_response(CONTACT)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Simvoly(
        API_KEY, site_url=SITE, http_client=http, rate_limit=RateLimit(max_in_flight=2)
    )
    copy = client.with_options(timeout=5)  # shares the cap
    threads = [
        threading.Thread(target=(client if index % 2 else copy).contacts.get, args=(index,))
        for index in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == 2
    assert not together.broken


async def test_an_async_call_waiting_for_a_slot_past_its_deadline_times_out() -> None:
    entered, release = anyio.Event(), anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        entered.set()
        await release.wait()  # holds the only slot until the other call has given up
        return json_response(CONTACT)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = AsyncSimvoly(
        API_KEY, site_url=SITE, http_client=http, rate_limit=RateLimit(max_in_flight=1)
    )
    hurried = client.with_options(retry=simvoly.RetryPolicy(deadline=0.001))
    async with anyio.create_task_group() as group:
        group.start_soon(client.contacts.get, 1)
        await entered.wait()
        with pytest.raises(simvoly.APITimeoutError, match="within the call's deadline"):
            await hurried.contacts.get(2)
        release.set()
    await http.aclose()


def test_a_sync_call_waiting_for_a_slot_past_its_deadline_times_out() -> None:
    entered, release = threading.Event(), threading.Event()
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        entered.set()
        release.wait(10)  # holds the only slot until the other call has given up
        return json_response(CONTACT)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Simvoly(
        API_KEY, site_url=SITE, http_client=http, rate_limit=RateLimit(max_in_flight=1)
    )
    hurried = client.with_options(retry=simvoly.RetryPolicy(deadline=0.001))
    holder = threading.Thread(target=client.contacts.get, args=(1,))
    holder.start()
    try:
        assert entered.wait(10)
        with pytest.raises(simvoly.APITimeoutError, match="within the call's deadline"):
            hurried.contacts.get(2)
    finally:
        release.set()
        holder.join()
    assert paths == ["/api/site/contacts/1"]  # the hurried call was never sent
