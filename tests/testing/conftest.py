"""Fixtures of the sandbox's own tests: a fresh sandbox, and a raw HTTP client on it.

The SDK's client (`sandbox.client()`, or the plugin's `simvoly_client`) is what users
test with; `api` sends exactly the request a test writes, to check status codes and
bodies as the spec declares them. Every SDK client of these tests is strict: an answer
of the sandbox that deviates from openapi.yaml fails the test that got it, so the
sandbox and the spec cannot drift apart silently.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx
import pytest
from openapi_schema_validator import OAS31Validator, oas31_format_checker

from simvoly import AsyncSimvoly, Unset
from simvoly.testing import API_ROOT, Sandbox
from tests.spec import SPEC

T = TypeVar("T")

KEY = "test-key-0123456789"
HEADERS = {"Authorization": f"Bearer {KEY}", "User-Agent": "SandboxTests/1.0"}


@pytest.fixture(autouse=True)
def strict_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    """`sandbox.client()` (and the plugin's `simvoly_client`) strict unless told otherwise."""
    client = Sandbox.client

    def strict_client(self: Sandbox, **options: Any) -> AsyncSimvoly:
        options.setdefault("strict", True)
        return client(self, **options)

    monkeypatch.setattr(Sandbox, "client", strict_client)


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(KEY)


@pytest.fixture
async def api(sandbox: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=sandbox.transport(), base_url=f"http://localhost{API_ROOT}", headers=HEADERS
    ) as client:
        yield client


def free_port() -> int:
    """A port nothing listens on right now (for a server started by the test)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def spec() -> dict[str, Any]:
    """openapi.yaml, parsed (once, by tests/spec.py)."""
    return SPEC


def schema_validator(name: str) -> Any:
    """A validator of the component schema `name`, its $refs resolved within the spec."""
    document = {"components": spec()["components"], "$ref": f"#/components/schemas/{name}"}
    return OAS31Validator(document, format_checker=oas31_format_checker)


def known(value: T | Unset) -> T:
    """A model field the API sent: narrows `X | Unset` (every response field is optional)."""
    assert not isinstance(value, Unset), "the field was not in the answer"
    return value
