"""simvoly.testing's public surface, and what it never shows: the API key."""

from __future__ import annotations

import logging

import httpx
import pytest

import simvoly.testing
from simvoly.testing import Sandbox

SECRET_KEY = "sk-live-do-not-print-0123456789"

PUBLIC = {
    "API_ROOT",
    "DEFAULT_API_KEY",
    "DEFAULT_DOMAIN",
    "Delivery",
    "Fault",
    "Faults",
    "RecordedRequest",
    "Sandbox",
    "SandboxTransport",
    "Store",
    "VirtualClock",
    "skipped_waits",
}


def test_all_is_the_public_surface() -> None:
    assert set(simvoly.testing.__all__) == PUBLIC
    assert dir(simvoly.testing) == sorted(PUBLIC)
    for name in PUBLIC:
        value = getattr(simvoly.testing, name)
        if isinstance(value, type):
            assert value.__module__.startswith("simvoly.testing."), name
    assert simvoly.testing.API_ROOT == "/api/site"
    assert simvoly.testing.DEFAULT_API_KEY == Sandbox().api_key == "sandbox-key"
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = simvoly.testing.Nope


@pytest.mark.parametrize("key", ["", "   ", None, 42])
def test_the_key_must_be_a_string(key: object) -> None:
    with pytest.raises(ValueError, match="api_key must be a non-empty string"):
        Sandbox(key)  # type: ignore[arg-type]  # wrong on purpose


async def test_the_api_key_is_in_no_repr_or_log(caplog: pytest.LogCaptureFixture) -> None:
    sandbox = Sandbox(SECRET_KEY, seed=1)
    with caplog.at_level(logging.DEBUG):
        async with sandbox.client() as client:
            await client.contacts.list(limit=2)
            await client.webhooks.create("http://localhost:1/h", ["contact_updated"])
            await client.contacts.create("a@example.com")
            texts = [
                repr(sandbox),
                repr(sandbox.app),
                repr(sandbox.store),
                repr(sandbox.transport()),
                repr(sandbox.faults),
                repr(client),
                repr(sandbox.requests),
                repr(sandbox.deliveries),
                str(sandbox.deliveries[0].headers),
            ]
        async with sandbox.serve() as base_url, httpx.AsyncClient() as http:
            await http.get(f"{base_url}/contacts", headers={"Authorization": "Bearer wrong"})
    texts.append(caplog.text)
    for text in texts:
        assert SECRET_KEY not in text
    assert "Sandbox mysite.simvoly.com" in repr(sandbox)
    await sandbox.aclose()


def test_the_webhook_transport_can_be_read_and_replaced() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    sandbox = Sandbox(webhook_transport=transport)
    assert sandbox.webhook_transport is transport
    sandbox.webhook_transport = None
    assert sandbox.webhook_transport is None
