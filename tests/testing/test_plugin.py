"""The pytest plugin: its fixtures, used as a project using simvoly would use them."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

import simvoly
from simvoly import AsyncSimvoly
from simvoly.testing import Sandbox, pytest_plugin
from tests.conftest import http_of

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
    assert pytest_plugin.__all__ == ["simvoly_client", "simvoly_sandbox"]
