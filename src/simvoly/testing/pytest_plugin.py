"""pytest fixtures for code that uses simvoly: a fresh sandbox per test, and a client on it.

Registered as the `simvoly` pytest11 entry point, so every project with simvoly installed
has them:

    async def test_signup(simvoly_client, simvoly_sandbox):
        await signup(simvoly_client, "jane@example.com")     # your code
        assert simvoly_sandbox.store.contacts                 # the sandbox's state

    @pytest.mark.simvoly(seed=42)                             # options of Sandbox(...)
    async def test_report(simvoly_client): ...

The fixtures are synchronous, so they work with any async test plugin (pytest-asyncio in
any mode, anyio, trio). This module imports nothing of the sandbox until a fixture is
used: pytest loads it in every test run of such a project.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from simvoly import AsyncSimvoly
    from simvoly.testing import Sandbox

__all__ = ["simvoly_client", "simvoly_sandbox"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "simvoly(**options): keyword arguments of the simvoly_sandbox Sandbox(...)"
    )


@pytest.fixture
def simvoly_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A fresh, empty `simvoly.testing.Sandbox` (options from `@pytest.mark.simvoly`)."""
    from simvoly.testing import Sandbox

    marker = request.node.get_closest_marker("simvoly")
    sandbox = Sandbox(**(marker.kwargs if marker is not None else {}))
    yield sandbox
    sandbox.close_clients()


@pytest.fixture
def simvoly_client(simvoly_sandbox: Sandbox) -> Iterator[AsyncSimvoly]:
    """An `AsyncSimvoly` on `simvoly_sandbox`, in-process; closed after the test."""
    yield simvoly_sandbox.client(user_agent="pytest-simvoly/1.0")
    simvoly_sandbox.close_clients()
