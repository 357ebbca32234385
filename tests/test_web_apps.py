"""The web apps in examples/ (FastAPI with a lifespan, aiohttp with a cleanup_ctx), end to
end: each app served on a local port as in production, calling a sandbox served on
another, over real sockets and the SDK's own connection pool.

What users rely on: the app makes one client at startup, every request goes through it
(one pool, kept warm), and shutdown closes it, leaving nothing for the collector.
"""

from __future__ import annotations

import contextlib
import gc
import warnings
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
from aiohttp import test_utils, web

import simvoly
from simvoly import AsyncSimvoly
from simvoly._pool import OwnPool
from simvoly.testing import Sandbox
from simvoly.testing._server import serve

from .test_webhook_receivers import load_example


@attrs.define
class Served:
    """An example app running on a local port, against a sandbox on another."""

    http: httpx.AsyncClient
    sandbox: Sandbox
    clients: list[AsyncSimvoly]  # every AsyncSimvoly the app made


def recording(module: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[AsyncSimvoly]:
    """Every AsyncSimvoly the example module makes, from now on."""
    made: list[AsyncSimvoly] = []

    class Recorded(AsyncSimvoly):
        def __init__(self, *args: Any, **options: Any) -> None:
            super().__init__(*args, **options)
            made.append(self)

    monkeypatch.setattr(module, "AsyncSimvoly", Recorded)
    return made


@contextlib.asynccontextmanager
async def running(framework: str, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Served]:
    """The example app of `framework`, served from startup to shutdown for the block."""
    sandbox = Sandbox(seed=42)
    async with sandbox.serve() as base_url:
        monkeypatch.setenv("SIMVOLY_API_KEY", sandbox.api_key)
        monkeypatch.setenv("SIMVOLY_SITE_URL", base_url.removesuffix("/api/site"))
        module = load_example(f"{framework}_app")
        made = recording(module, monkeypatch)
        if framework == "fastapi":
            async with (
                serve(module.app, lifespan=True) as app,
                httpx.AsyncClient(base_url=app.site_url) as http,
            ):
                yield Served(http, sandbox, made)
        else:
            application: web.Application = module.create_app()
            async with (
                test_utils.TestServer(application, host="127.0.0.1") as server,
                httpx.AsyncClient(base_url=str(server.make_url(""))) as http,
            ):
                yield Served(http, sandbox, made)


FRAMEWORKS = pytest.mark.parametrize("framework", ["fastapi", "aiohttp"])


@pytest.fixture(params=["fastapi", "aiohttp"])
async def served(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Served]:
    async with running(request.param, monkeypatch) as app:
        yield app


def own_pool(client: AsyncSimvoly) -> OwnPool:
    pool = client._pool
    assert isinstance(pool, OwnPool)  # the SDK's own pool, made from the environment
    return pool


async def test_the_app_answers_through_the_sdk(served: Served) -> None:
    http, sandbox = served.http, served.sandbox
    first = await http.post("/signup", json={"email": "jane@example.com", "name": "Jane"})
    assert first.status_code == 201
    contact_id = first.json()["contact_id"]
    assert sandbox.store.contacts[contact_id]["tags"][-1] == "signup"
    again = await http.post("/signup", json={"email": "jane@example.com"})
    assert again.json() == {"contact_id": contact_id}  # updated, not duplicated

    bad = await http.post("/signup", json={"email": "not-an-email"})
    assert bad.status_code == 422
    assert "email must be an email address" in bad.text

    order_id = next(iter(sandbox.store.orders))
    order = await http.get(f"/orders/{order_id}")
    assert order.json()["id"] == order_id
    assert (await http.get("/orders/999999999")).status_code == 404

    recent = (await http.get("/orders/recent", params={"days": 30})).json()
    assert recent["orders"] >= 3  # the seed is dated up to today

    # One client made at startup served every request: one pool, on the app's loop.
    (client,) = served.clients
    pool = own_pool(client)
    assert len(pool.pools()) == 1
    assert not pool.closed
    # Each call reached the sandbox (the bad email did not: refused before sending).
    assert [r.operation for r in sandbox.requests] == [
        "create_contact",
        "create_contact",
        "get_order",
        "get_order",
        "list_orders",
    ]


@FRAMEWORKS
async def test_shutdown_closes_the_client_and_leaves_nothing_open(
    framework: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        async with running(framework, monkeypatch) as app:
            assert (await app.http.get("/orders/999999999")).status_code == 404
            (client,) = app.clients
            (http,) = own_pool(client).pools()
            assert not http.is_closed
        assert own_pool(client).closed  # the lifespan's / cleanup_ctx's `async with` ended
        assert http.is_closed
        with pytest.raises(simvoly.SimvolyError, match="closed"):
            await client.orders.get(1)
        del client, http, app
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


@FRAMEWORKS
async def test_an_unreachable_api_is_a_503_of_the_app(
    framework: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(framework, monkeypatch) as app:
        app.sandbox.faults.drop("refused", times=None)
        response = await app.http.get("/orders/1")
    assert response.status_code == 503
    assert "Simvoly is unreachable" in response.text
