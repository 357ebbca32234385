"""The sandbox over real HTTP (uvicorn on 127.0.0.1): serving, stopping, faults on a socket."""

from __future__ import annotations

import asyncio
import socket
import sys

import httpx
import pytest
import uvicorn

import simvoly
from simvoly import AsyncSimvoly
from simvoly.testing import API_ROOT, Sandbox
from simvoly.testing._server import Running, require_uvicorn, serve

from .conftest import HEADERS, KEY, free_port, known


async def test_serve_picks_a_free_port_and_always_stops(sandbox: Sandbox) -> None:
    async with sandbox.serve(port=0) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith(API_ROOT)
        async with AsyncSimvoly(
            KEY, base_url=base_url, user_agent="ServeTests/1.0", strict=True
        ) as client:
            contact = await client.contacts.create("ann@example.com")
            assert (await client.contacts.get(known(contact.id))).email == "ann@example.com"
    assert sandbox.store.contacts[known(contact.id)]["email"] == "ann@example.com"  # one state
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(f"{base_url}/contacts")


async def test_the_server_stops_when_the_block_fails(sandbox: Sandbox) -> None:
    port = free_port()
    with pytest.raises(RuntimeError, match="boom"):
        async with sandbox.serve(port=port):
            raise RuntimeError("boom")
    with socket.socket() as sock:  # the port is free again
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))


async def test_a_taken_port_is_an_os_error(sandbox: Sandbox) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        with pytest.raises(OSError, match="in use"):
            async with sandbox.serve(port=sock.getsockname()[1]):
                pass  # pragma: no cover - never reached


async def test_a_server_that_fails_to_start_raises_why(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def fail(self: uvicorn.Server, sockets: object = None) -> None:
        raise OSError("no listening today")

    monkeypatch.setattr(uvicorn.Server, "startup", fail)
    with pytest.raises(OSError, match="no listening today"):
        async with sandbox.serve():
            pass  # pragma: no cover - never reached


def test_without_uvicorn_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(ImportError, match=r"pip install 'simvoly\[testing\]'"):
        require_uvicorn()


async def test_dropped_connections_over_http(sandbox: Sandbox) -> None:
    sandbox.faults.drop("mid-response", method="POST")
    sandbox.faults.drop("refused", method="GET")
    async with sandbox.serve() as base_url, httpx.AsyncClient(headers=HEADERS) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.post(f"{base_url}/contacts", json={"email": "ann@example.com"})
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get(f"{base_url}/contacts")
        assert (await http.get(f"{base_url}/contacts")).json()["totalCount"] == 1
    assert [r.fault for r in sandbox.requests] == ["drop mid-response", "drop refused", None]


async def test_the_sdk_recovers_from_faults_over_http(sandbox: Sandbox) -> None:
    sandbox.faults.drop("mid-response", times=1)
    sandbox.faults.status(502, body="<html>Bad gateway</html>", times=1)
    async with (
        sandbox.serve() as base_url,
        AsyncSimvoly(KEY, base_url=base_url, user_agent="ServeTests/1.0", strict=True) as client,
    ):
        assert (await client.contacts.list()).total_count == 0
        sandbox.faults.status(520, body="<html>520</html>")
        with pytest.raises(simvoly.InternalServerError) as caught:
            await client.contacts.list()
    assert caught.value.status_code == 520
    assert [r.status for r in sandbox.requests] == [200, 502, 200, 520]


async def test_running_urls() -> None:
    task = asyncio.ensure_future(asyncio.sleep(0))
    running = Running("::1", 8000, task)
    assert running.site_url == "http://[::1]:8000"
    assert running.base_url == f"http://[::1]:8000{API_ROOT}"
    await running.wait()


async def test_serve_any_asgi_app() -> None:
    sandbox = Sandbox()
    async with serve(sandbox, "localhost", 0) as running:
        assert running.host == "localhost"
        async with httpx.AsyncClient() as http:
            response = await http.get(f"{running.base_url}/webhooks")
        assert response.status_code == 401
