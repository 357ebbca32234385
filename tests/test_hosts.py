"""One notion of a local host: where the client allows plain http://, where the sandbox
delivers webhooks by default, and where it may serve its public key without a warning."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from simvoly import AsyncSimvoly
from simvoly._hosts import is_local_host
from simvoly.testing import Sandbox

LOCAL = [
    "localhost",
    "LOCALHOST",
    "localhost.",
    "api.localhost",
    "localhost.localdomain",
    "127.0.0.1",
    "127.0.0.2",
    "::1",
    "[::1]",
    "::ffff:127.0.0.1",
]
REMOTE = [
    "",
    "example.com",
    "localhost.example.com",
    "mylocalhost",
    "10.0.0.1",
    "0.0.0.0",  # noqa: S104 - every interface: not only this machine
    "2001:db8::1",
    "::ffff:10.0.0.1",
]


@pytest.mark.parametrize("host", LOCAL)
def test_local_hosts(host: str) -> None:
    assert is_local_host(host)


@pytest.mark.parametrize("host", REMOTE)
def test_remote_hosts(host: str) -> None:
    assert not is_local_host(host)


@pytest.mark.parametrize("host", ["localhost", "api.localhost", "127.0.0.2", "[::1]"])
async def test_the_client_allows_plain_http_to_a_local_host(host: str) -> None:
    url = f"http://{host}:8000/api/site"
    async with AsyncSimvoly("k", base_url=url) as client:
        assert client.base_url == url


@pytest.mark.parametrize(
    ("target", "local"),
    [
        ("http://127.0.0.2:9/h", True),  # nothing listens: tried, and refused
        ("https://example.com/h", False),
        ("http://10.0.0.1/h", False),
        ("http://localhost.example.com/h", False),
    ],
)
async def test_the_sandbox_delivers_to_local_targets_only(target: str, local: bool) -> None:
    assert is_local_host(urlsplit(target).hostname or "") is local
    sandbox = Sandbox()
    async with sandbox.client() as client:
        await client.webhooks.create(target, ["contact_updated"], secret="s")
        await client.contacts.create("ann@example.com")
    await sandbox.aclose()
    (delivery,) = sandbox.deliveries
    assert delivery.status is None
    assert ("not on this machine" in (delivery.error or "")) is not local
