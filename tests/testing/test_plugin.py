"""The pytest plugin: its fixtures, used as a project using simvoly would use them."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly, RetryPolicy, Simvoly
from simvoly.testing import Sandbox, VirtualClock, pytest_plugin, skipped_waits
from tests.conftest import FakeClock, http_of, sync_http_of

from .conftest import known


async def test_the_fixtures_give_a_client_on_a_fresh_sandbox(
    simvoly_sandbox: Sandbox, simvoly_client: AsyncSimvoly
) -> None:
    assert simvoly_sandbox.store.contacts == {}
    contact = await simvoly_client.contacts.create("jane@example.com", tags=["vip"])
    assert simvoly_sandbox.store.contacts[known(contact.id)]["tags"] == ["vip"]
    assert [r.operation for r in simvoly_sandbox.requests] == ["create_contact"]
    with pytest.raises(simvoly.NotFoundError):
        await simvoly_client.orders.get(1)


async def test_each_test_gets_its_own_sandbox(simvoly_sandbox: Sandbox) -> None:
    assert simvoly_sandbox.requests == []
    assert simvoly_sandbox.store.contacts == {}


@pytest.mark.simvoly(seed=5, api_key="marked-key", domain="shop.example.com")
async def test_the_marker_configures_the_sandbox(
    simvoly_sandbox: Sandbox, simvoly_client: AsyncSimvoly
) -> None:
    assert (simvoly_sandbox.api_key, simvoly_sandbox.store.domain) == (
        "marked-key",
        "shop.example.com",
    )
    assert (await simvoly_client.contacts.list(limit=1)).total_count == 300


@pytest.fixture
def closed_after() -> Iterator[list[httpx.AsyncClient]]:
    """Requested before simvoly_client, so it is torn down after it: checks the close."""
    clients: list[httpx.AsyncClient] = []
    yield clients
    assert clients
    assert all(client.is_closed for client in clients)


async def test_the_client_is_closed_after_the_test(
    closed_after: list[httpx.AsyncClient], simvoly_client: AsyncSimvoly
) -> None:
    closed_after.append(http_of(simvoly_client))
    await simvoly_client.member_groups.list()
    assert not http_of(simvoly_client).is_closed


def test_sandbox_close_clients_closes_what_client_made() -> None:
    sandbox = Sandbox()
    clients = [http_of(sandbox.client()), http_of(sandbox.client())]
    sandbox.close_clients()
    assert all(client.is_closed for client in clients)
    sandbox.close_clients()  # nothing left: a no-op


def test_the_plugin_module_is_import_light() -> None:
    code = (
        "import sys, simvoly.testing.pytest_plugin\n"
        "heavy = [m for m in sys.modules if m.startswith('simvoly.testing._')"
        " or m in ('uvicorn', 'simvoly._generated.api.contacts')]\n"
        "assert heavy == [], heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - fixed code
    # Loaded before coverage starts under pytest-cov: measure its module code again.
    importlib.reload(importlib.import_module("simvoly.testing"))
    importlib.reload(pytest_plugin)
    assert pytest_plugin.__all__ == [
        "simvoly_client",
        "simvoly_clock",
        "simvoly_sandbox",
        "simvoly_sync_client",
    ]


# -- the sync client -------------------------------------------------------------------------


@pytest.fixture
def sync_closed_after() -> Iterator[list[httpx.Client]]:
    """Requested before simvoly_sync_client, so it is torn down after it."""
    clients: list[httpx.Client] = []
    yield clients
    assert clients
    assert all(client.is_closed for client in clients)


def test_the_sync_client_fixture_needs_no_event_loop(
    sync_closed_after: list[httpx.Client], simvoly_sync_client: Simvoly, simvoly_sandbox: Sandbox
) -> None:
    sync_closed_after.append(sync_http_of(simvoly_sync_client))
    contact = simvoly_sync_client.contacts.create("jane@example.com", tags=["vip"])
    assert simvoly_sandbox.store.contacts[known(contact.id)]["tags"] == ["vip"]
    assert simvoly_sync_client.contacts.list().first_page().total_count == 1
    assert [r.operation for r in simvoly_sandbox.requests] == ["create_contact", "list_contacts"]


# -- no real waits -----------------------------------------------------------------------------


async def test_retries_happen_without_waiting_for_real(
    fake_clock: FakeClock,
    simvoly_client: AsyncSimvoly,
    simvoly_sandbox: Sandbox,
    simvoly_clock: VirtualClock,
) -> None:
    simvoly_sandbox.faults.status(503, times=2)
    simvoly_sandbox.faults.status(429, retry_after=30)
    await simvoly_client.member_groups.list(max_retries=3)
    assert [r.status for r in simvoly_sandbox.requests] == [503, 503, 429, 200]
    # The waits were skipped: the suite's own clock (what the SDK would sleep on) saw none.
    assert fake_clock.sleeps == []
    first, second, third = simvoly_clock.waits
    assert 0.375 <= first <= 0.5  # the backoff, with its jitter
    assert 0.75 <= second <= 1.0
    assert third == 30.0  # Retry-After, honoured on the virtual clock
    assert simvoly_clock.skipped == pytest.approx(first + second + third)


def test_the_sync_client_skips_its_waits_too(
    fake_clock: FakeClock,
    simvoly_sync_client: Simvoly,
    simvoly_sandbox: Sandbox,
    simvoly_clock: VirtualClock,
) -> None:
    simvoly_sandbox.faults.status(429, retry_after=5)
    assert simvoly_sync_client.webhooks.list() == []
    assert (simvoly_clock.waits, fake_clock.sleeps) == ([5.0], [])


async def test_a_calls_deadline_still_counts_the_skipped_waits(
    simvoly_client: AsyncSimvoly, simvoly_sandbox: Sandbox, simvoly_clock: VirtualClock
) -> None:
    simvoly_sandbox.faults.status(503, times=None, retry_after=4)
    patient = simvoly_client.with_options(retry=RetryPolicy(max_retries=10, deadline=10.0))
    with pytest.raises(simvoly.InternalServerError):
        await patient.member_groups.list()
    assert simvoly_clock.waits == [4.0, 4.0]  # a third wait would pass the 10 s deadline
    assert len(simvoly_sandbox.requests) == 3


async def test_a_rate_limit_of_the_sandbox_refills_in_the_skipped_time(
    simvoly_client: AsyncSimvoly, simvoly_sandbox: Sandbox, simvoly_clock: VirtualClock
) -> None:
    simvoly_sandbox.faults.rate_limit(1)
    await simvoly_client.member_groups.list()
    await simvoly_client.member_groups.list()  # 429 Retry-After: 1, then let through
    assert [r.status for r in simvoly_sandbox.requests] == [200, 429, 200]
    assert simvoly_clock.waits == [1.0]


@pytest.mark.simvoly(real_sleeps=True)
async def test_the_marker_can_ask_for_real_sleeps(
    fake_clock: FakeClock, simvoly_client: AsyncSimvoly, simvoly_sandbox: Sandbox
) -> None:
    simvoly_sandbox.faults.status(429, retry_after=2)
    await simvoly_client.member_groups.list()
    assert fake_clock.sleeps == [2.0]  # slept on the suite's clock: the SDK's real sleep


async def test_skipped_waits_restores_the_sdks_clock_after_the_block() -> None:
    from simvoly import _retry

    before = (_retry.monotonic, _retry.sleep, _retry.sync_sleep)
    with skipped_waits() as clock:
        assert _retry.monotonic is not before[0]
        await _retry.sleep(3)
        _retry.sync_sleep(2)
        assert clock.monotonic() >= 5.0 + before[0]() - 1.0
    assert (_retry.monotonic, _retry.sleep, _retry.sync_sleep) == before
    assert repr(clock) == "<VirtualClock waits=[3, 2]>"


# -- the fixtures in a pytest run of their own -------------------------------------------------


def test_the_clock_fixture_explains_itself_under_real_sleeps(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.simvoly(real_sleeps=True)
        def test_clock(simvoly_clock):
            pass

        @pytest.mark.simvoly(real_sleeps="yes")
        def test_bad_marker(simvoly_sandbox):
            pass
        """
    )
    result = pytester.runpytest_inprocess()
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(
        [
            "*simvoly_clock: this test's @pytest.mark.simvoly(real_sleeps=True) makes the SDK"
            " wait for real*",
            "*real_sleeps=...) takes True or False, got 'yes'*",
        ]
    )
