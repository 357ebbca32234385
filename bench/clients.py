"""The clients the bench compares: the SDK on each transport, and raw HTTP clients.

Each variant is built fresh for every measurement (a pool's history changes its speed:
see docs/performance.md), fetches the same thing, and closes. A raw client fetches and
decodes the JSON; the SDK also builds its models, which is the work it adds.
"""

from __future__ import annotations

import functools
import json
import os
import ssl
from collections.abc import Callable
from typing import Any, Protocol

import httpx

import simvoly
import simvoly._config
from simvoly._pool import OwnPool

KEY = "bench-key"
HEADERS = {"Authorization": f"Bearer {KEY}", "User-Agent": "bench/1"}
ORDER = "/orders/1234"
PAGE = "/contacts?limit=50&skip=0"
#: What each sequential target is, in the reports.
LABELS = {"order": "1 order (~4 KB)", "page": "50 contacts (~28 KB)"}

#: The SDK's transports, by `http_backend` value. A new backend is one more entry.
SDK_BACKENDS = ("httpx", "aiohttp")


class Client(Protocol):
    async def order(self) -> Any: ...
    async def page(self) -> Any: ...
    async def aclose(self) -> None: ...


class RawHttpx:
    """httpx's (or httpx2's) AsyncClient, as its users write it."""

    def __init__(self, http: Any, base: str) -> None:
        self.http, self.order_url, self.page_url = http, base + ORDER, base + PAGE

    async def order(self) -> Any:
        return (await self.http.get(self.order_url)).json()

    async def page(self) -> Any:
        return (await self.http.get(self.page_url)).json()

    async def aclose(self) -> None:
        await self.http.aclose()


class RawAiohttp:
    """aiohttp's ClientSession, as its users write it."""

    def __init__(self, base: str, limit: int) -> None:
        import aiohttp

        # aiohttp builds its default TLS context at import: trust the bench's CA explicitly.
        context = ssl.create_default_context(cafile=os.environ.get("SSL_CERT_FILE"))
        connector = aiohttp.TCPConnector(limit=limit, ssl=context)
        self.session = aiohttp.ClientSession(connector=connector, headers=HEADERS)
        self.order_url, self.page_url = base + ORDER, base + PAGE

    async def _get(self, url: str) -> Any:
        async with self.session.get(url) as response:
            return json.loads(await response.read())

    async def order(self) -> Any:
        return await self._get(self.order_url)

    async def page(self) -> Any:
        return await self._get(self.page_url)

    async def aclose(self) -> None:
        await self.session.close()


class Sdk:
    """The SDK: one order, or a 50-contact page, as models."""

    def __init__(self, sdk: simvoly.AsyncSimvoly) -> None:
        self.sdk = sdk

    async def order(self) -> Any:
        return await self.sdk.orders.get(1234)

    async def page(self) -> Any:
        return await self.sdk.contacts.list(limit=50)

    async def aclose(self) -> None:
        await self.sdk.aclose()


def sdk(
    base: str,
    backend: str = "httpx",
    limits: httpx.Limits | None = None,
    max_retries: int = 2,
    time_scale: float = 1.0,
) -> Sdk:
    """The SDK on `backend`. `limits` replaces DEFAULT_LIMITS (a candidate setting);
    `time_scale` divides the keep-alive expiry of the pool settings of every backend."""
    saved = {
        name: value
        for name, value in vars(simvoly._config).items()
        if name.endswith("_LIMITS") and isinstance(value, httpx.Limits)
    }
    if limits is not None:
        simvoly._config.DEFAULT_LIMITS = limits
    for name in saved:
        setting = getattr(simvoly._config, name)
        if setting.keepalive_expiry is not None:
            setattr(
                simvoly._config,
                name,
                httpx.Limits(
                    max_connections=setting.max_connections,
                    max_keepalive_connections=setting.max_keepalive_connections,
                    keepalive_expiry=setting.keepalive_expiry / time_scale,
                ),
            )
    try:
        client = simvoly.AsyncSimvoly(
            KEY,
            base_url=base,
            user_agent="bench/1",
            max_retries=max_retries,
            http_backend=backend,  # type: ignore[arg-type]  # the backends the SDK has
        )
    finally:
        for name, value in saved.items():
            setattr(simvoly._config, name, value)
    return Sdk(client)


def sdk_on_httpcore2(base: str) -> Sdk:
    """The SDK with its pool's transport replaced by httpcore2's pool (bench only: what
    shipping it as a backend would give, requests still built on the SDK's fast path)."""
    from httpcore2_transport import Httpcore2Transport

    client = sdk(base)
    # As a backend it would keep connections like aiohttp's: its pool has no cost per
    # connection to avoid.
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=4)
    # The pool of the first event loop that uses the client (see simvoly._pool).
    pool = client.sdk._pool
    assert isinstance(pool, OwnPool)  # noqa: S101 - the bench's own SDK client
    pool.pools()[0]._transport = Httpcore2Transport(limits=limits)
    return client


def raw_httpx(base: str, limits: httpx.Limits | None = None) -> RawHttpx:
    """Raw httpx, with its own defaults unless `limits` is given."""
    if limits is None:
        return RawHttpx(httpx.AsyncClient(headers=HEADERS), base)
    return RawHttpx(httpx.AsyncClient(headers=HEADERS, limits=limits), base)


def raw_httpx_on_httpcore2(base: str) -> RawHttpx:
    """Raw httpx (its default limits) over httpcore2's pool."""
    from httpcore2_transport import Httpcore2Transport

    transport = Httpcore2Transport(
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20)
    )
    return RawHttpx(httpx.AsyncClient(headers=HEADERS, transport=transport), base)


def raw_httpx2(base: str) -> RawHttpx:
    """httpx2 with its own defaults."""
    import httpx2

    return RawHttpx(httpx2.AsyncClient(headers=HEADERS), base)


Factory = Callable[[str], Client]

#: Every client of the load scenarios, by the name the tables and the chart show.
LOAD_CLIENTS: dict[str, Factory] = {
    "raw httpx (its defaults)": raw_httpx,
    "raw httpx (SDK limits)": lambda base: raw_httpx(base, simvoly._config.DEFAULT_LIMITS),
    **{
        f"SDK, {backend}" + (" (default)" if backend == "httpx" else ""): functools.partial(
            sdk, backend=backend
        )
        for backend in SDK_BACKENDS
    },
    "raw aiohttp": lambda base: RawAiohttp(base, limit=100),
    "SDK, httpx over httpcore2's pool": sdk_on_httpcore2,
    "raw httpx over httpcore2's pool": raw_httpx_on_httpcore2,
    "raw httpx2 (its defaults)": raw_httpx2,
}
