"""Scenarios under load: every client at 10, 50 and 200 requests in flight (warm and cold
pools), over a network with latency, the candidate pool settings, and stale connections."""

from __future__ import annotations

import asyncio
import functools
import statistics
from typing import Any

import httpx
from clients import LOAD_CLIENTS, SDK_BACKENDS, Factory, raw_httpx, sdk
from common import Bench, bench_server, connections_made, interleaved, measure, scenario, table

import simvoly
import simvoly._client

LEVELS = (10, 50, 200)
LATENCY_MS = 20.0
LATENCY_IN_FLIGHT = 50


def _limits(limits: httpx.Limits) -> str:
    expiry = "none" if limits.keepalive_expiry is None else f"{limits.keepalive_expiry:g} s"
    return f"{limits.max_connections} / {limits.max_keepalive_connections} / {expiry}"


#: The pool settings DEFAULT_LIMITS was chosen from (max connections / max idle kept
#: alive / keep-alive expiry); docs/performance.md says why these.
CANDIDATES = [
    httpx.Limits(max_connections=100, max_keepalive_connections=50, keepalive_expiry=30.0),
    httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0),
    httpx.Limits(max_connections=10, max_keepalive_connections=10, keepalive_expiry=4.0),
    httpx.Limits(max_connections=16, max_keepalive_connections=16, keepalive_expiry=4.0),
    httpx.Limits(max_connections=20, max_keepalive_connections=20, keepalive_expiry=4.0),
]
CANDIDATE_NOTES = {0: "SDK before", 1: "httpx's defaults"}


def _candidate_name(index: int, limits: httpx.Limits) -> str:
    notes = [CANDIDATE_NOTES[index]] if index in CANDIDATE_NOTES else []
    if limits == simvoly._config.DEFAULT_LIMITS:
        notes.append("**chosen**")
    return _limits(limits) + (f" ({', '.join(notes)})" if notes else "")


async def _run(
    factory: Factory, base: str, origin: str, in_flight: int, requests: int, warm: bool
) -> dict[str, float]:
    """One fresh client: warmed up at `in_flight` (or not), then measured."""
    client = factory(base)
    try:
        if warm:
            await measure(client.order, max(2 * in_flight, 100), in_flight)
        before = connections_made(origin)
        cpu, rate = await measure(client.order, requests, in_flight)
        opened = connections_made(origin) - before - 1  # less the one asking
    finally:
        await client.aclose()
    return {"rps": rate, "cpu_us": cpu * 1e6, "new_per_1k": opened * 1000 / requests}


async def _compare(
    factories: dict[str, Factory],
    base: str,
    origin: str,
    levels: tuple[int, ...],
    rounds: int,
    requests: Any,
    warm: bool,
) -> dict[str, dict[str, dict[str, float]]]:
    """Medians over rounds, variants interleaved: {client: {in flight: measures}}."""
    samples: dict[tuple[str, int], list[dict[str, float]]] = {}
    for in_flight in levels:
        count = requests(in_flight) if callable(requests) else requests
        for round_number in range(rounds):
            for name in interleaved(list(factories), round_number):
                sample = await _run(factories[name], base, origin, in_flight, count, warm)
                samples.setdefault((name, in_flight), []).append(sample)
    result: dict[str, dict[str, dict[str, float]]] = {}
    for (name, in_flight), runs in samples.items():
        result.setdefault(name, {})[str(in_flight)] = {
            key: statistics.median(run[key] for run in runs) for key in runs[0]
        } | {"rps_min": min(run["rps"] for run in runs), "rps_max": max(run["rps"] for run in runs)}
    return result


# --- every client at 10, 50 and 200 in flight -----------------------------------------


def run_load(bench: Bench) -> dict[str, Any]:
    args = bench.args

    def compare(requests: Any, warm: bool) -> Any:
        return asyncio.run(
            _compare(
                LOAD_CLIENTS, bench.base, bench.origin, LEVELS, args.load_rounds, requests, warm
            )
        )

    return {
        "warm": compare(args.load_requests, True),
        "cold": compare(lambda in_flight: 2 * in_flight, False),  # a new client's first requests
        "requests": args.load_requests,
    }


def _load_table(runs: dict[str, dict[str, dict[str, float]]], cpu: bool) -> list[str]:
    reference = runs["raw httpx (its defaults)"]
    header = ["client"] + [f"{level} in flight" for level in LEVELS]
    rows = []
    for name, by_level in runs.items():
        cells = [name]
        for level in LEVELS:
            measured = by_level[str(level)]
            ratio = measured["rps"] / reference[str(level)]["rps"]
            cell = f"{measured['rps']:,.0f} req/s ({ratio:.2f}x)"
            if cpu:
                cell += f", {measured['cpu_us']:,.0f} µs CPU"
                if measured["new_per_1k"] >= 1:
                    cell += f", {measured['new_per_1k']:.0f} new conn./1k"
            cells.append(cell)
        rows.append(cells)
    return table(header, rows)


def render_load(result: dict[str, Any]) -> list[str]:
    warm = result["warm"]
    lines = [
        f"GET one order (~4 KB) and decode it, {result['requests']:,} requests per run on a "
        "fresh client whose pool was first warmed up at the same concurrency; req/s (ratio to "
        "raw httpx with its own defaults), client CPU per request, and the new connections "
        "the pool opened per 1,000 requests when it opened any (each one a TLS handshake "
        "against a real server). Chart: bench/throughput.png.",
        "",
    ]
    lines += _load_table(warm, cpu=True)
    default = warm["SDK, httpx (default)"]
    raw = warm["raw httpx (its defaults)"]
    aio = warm.get("SDK, aiohttp")
    lines += [
        "",
        "Goals: the SDK on its default transport at or above raw httpx with its own defaults "
        "at every concurrency, in req/s and in client CPU per request (raw's over the SDK's): "
        + ", ".join(
            f"{default[str(level)]['rps'] / raw[str(level)]['rps']:.2f}x and "
            f"{raw[str(level)]['cpu_us'] / default[str(level)]['cpu_us']:.2f}x at {level}"
            for level in LEVELS
        )
        + ".",
    ]
    if aio is not None:
        lines[-1] += (
            f' The SDK on `http_backend="aiohttp"` at least 3x raw httpx at 50 in flight: '
            f"{aio['50']['rps'] / raw['50']['rps']:.2f}x."
        )
    lines += [
        "",
        "Cold pools: a new client sends 2 requests per slot in flight (connections opened "
        "on the way included):",
        "",
    ]
    lines += _load_table(result["cold"], cpu=False)
    return lines


scenario("load", "Throughput under load, every transport (warm and cold pools)", render_load)(
    run_load
)


# --- with network latency ---------------------------------------------------------------


def run_latency(bench: Bench) -> dict[str, Any]:
    names = ["raw httpx (its defaults)", "raw httpx (SDK limits)", "SDK, httpx (default)"]
    names += [name for name in LOAD_CLIENTS if name.startswith("SDK, ") and name not in names]
    names.append("raw aiohttp")
    factories = {name: LOAD_CLIENTS[name] for name in names}
    return {"runs": _over_network(factories, bench), "requests": bench.args.latency_requests}


def _over_network(factories: dict[str, Factory], bench: Bench) -> Any:
    """`_compare` at LATENCY_IN_FLIGHT over HTTPS, against answers LATENCY_MS late."""
    with bench_server(latency_ms=LATENCY_MS, tls=True) as origin:
        return asyncio.run(
            _compare(
                factories,
                f"{origin}/slow/api/site",
                origin,
                (LATENCY_IN_FLIGHT,),
                bench.args.load_rounds,
                bench.args.latency_requests,
                True,
            )
        )


def render_latency(result: dict[str, Any]) -> list[str]:
    ideal = LATENCY_IN_FLIGHT * 1000 / LATENCY_MS
    rows = []
    for name, by_level in result["runs"].items():
        measured = by_level[str(LATENCY_IN_FLIGHT)]
        rows.append(
            [
                name,
                f"{measured['rps']:,.0f}",
                f"{measured['rps'] / ideal:.0%}",
                f"{measured['cpu_us']:,.0f} µs",
                f"{measured['new_per_1k']:.0f}",
            ]
        )
    return [
        f"{LATENCY_IN_FLIGHT} in flight over HTTPS against a server that answers after "
        f"{LATENCY_MS:g} ms (ideal: {ideal:,.0f} req/s), {result['requests']:,} requests per "
        "run on a warm pool. New connections per 1,000 requests show a pool that closes "
        "connections only to open new ones, each a TLS handshake.",
        "",
        *table(["client", "req/s", "of ideal", "CPU/request", "new connections/1k"], rows),
    ]


scenario(
    "latency", f"Under load over a network: HTTPS, {LATENCY_MS:g} ms per answer", render_latency
)(run_latency)


# --- the candidate pool settings ----------------------------------------------------------


#: At 10 in flight every candidate holds 10 connections: the candidates differ above.
LIMITS_LEVELS = (50, 200)


def run_limits(bench: Bench) -> dict[str, Any]:
    factories: dict[str, Factory] = {
        _candidate_name(index, limits): functools.partial(sdk, backend="httpx", limits=limits)
        for index, limits in enumerate(CANDIDATES)
    }
    args = bench.args
    fast = asyncio.run(
        _compare(
            factories,
            bench.base,
            bench.origin,
            LIMITS_LEVELS,
            args.load_rounds,
            args.load_requests,
            True,
        )
    )
    return {"fast": fast, "slow": _over_network(factories, bench)}


def render_limits(result: dict[str, Any]) -> list[str]:
    header = ["max conn. / kept alive / expiry"]
    header += [f"{level} in flight" for level in LIMITS_LEVELS]
    header += [f"{LATENCY_IN_FLIGHT} in flight, HTTPS, {LATENCY_MS:g} ms", "new conn./1k there"]
    rows = []
    for name, by_level in result["fast"].items():
        slow = result["slow"][name][str(LATENCY_IN_FLIGHT)]
        runs = [by_level[str(level)] for level in LIMITS_LEVELS] + [slow]
        cells = [f"{run['rps']:,.0f} req/s, {run['cpu_us']:,.0f} µs CPU" for run in runs]
        rows.append([name, *cells, f"{slow['new_per_1k']:.0f}"])
    return [
        "The SDK on its default transport (httpx's pool) with each candidate "
        "`DEFAULT_LIMITS`, warm pools: req/s and client CPU per request (the steadier of the "
        "two on a busy machine). At 10 in flight every candidate holds 10 connections. "
        "Stale-connection failures per candidate: the stale-connection section.",
        "",
        *table(header, rows),
    ]


scenario("limits", "Choosing DEFAULT_LIMITS: the candidates under load", render_limits)(run_limits)


# --- stale keep-alive connections ---------------------------------------------------------

#: The bench runs a server that closes idle connections after 5 s at this scale, on a
#: network with a 50 ms round trip (the window in which a request crosses the close).
TIME_SCALE = 50.0
SERVER_IDLE_CLOSE = 5.0
ROUND_TRIP = 0.05


async def _stale_failures(clients: list[simvoly.AsyncSimvoly], calls: int) -> list[str]:
    """Each client makes plain POSTs (no retries), pausing about the server's idle timeout
    between them: the errors."""
    import random

    idle = SERVER_IDLE_CLOSE / TIME_SCALE
    rng = random.Random(15)  # noqa: S311 - pauses, not secrets
    errors: list[str] = []

    async def caller(client: simvoly.AsyncSimvoly) -> None:
        for _ in range(calls):
            try:
                await client.contacts.create("stale@example.com")
            except simvoly.SimvolyError as error:
                errors.append(type(error.__cause__).__name__)
            await asyncio.sleep(idle * rng.uniform(0.8, 1.2))

    await asyncio.gather(*(caller(client) for client in clients))
    return errors


def run_stale(bench: Bench) -> dict[str, Any]:
    workers, calls = bench.args.stale_workers, bench.args.stale_calls
    settings: list[tuple[str, str, httpx.Limits | None]] = [
        (_candidate_name(index, limits), "httpx", limits) for index, limits in enumerate(CANDIDATES)
    ]
    settings += [
        (f"the SDK's defaults on {backend}", backend, None)
        for backend in SDK_BACKENDS
        if backend != "httpx"
    ]
    result: dict[str, Any] = {"workers": workers, "calls": calls, "rows": {}}
    # A request that leaves the client less than a round trip before the server's close
    # arrives after it: the server drops requests arriving in that last round trip.
    with bench_server(
        idle_close=(SERVER_IDLE_CLOSE - ROUND_TRIP) / TIME_SCALE,
        close_window=ROUND_TRIP / TIME_SCALE,
    ) as origin:
        for name, backend, limits in settings:

            async def one(
                backend: str = backend, limits: httpx.Limits | None = limits
            ) -> list[str]:
                base = f"{origin}/api/site"
                clients = [
                    sdk(base, backend, limits, max_retries=0, time_scale=TIME_SCALE).sdk
                    for _ in range(workers)
                ]
                try:
                    return await _stale_failures(clients, calls)
                finally:
                    for client in clients:
                        await client.aclose()

            errors = asyncio.run(one())
            result["rows"][name] = {
                "failures": len(errors),
                "calls": workers * calls,
                "kinds": sorted(set(errors)),
            }
    return result


def render_stale(result: dict[str, Any]) -> list[str]:
    rows = []
    for name, row in result["rows"].items():
        rows.append(
            [
                name,
                f"{row['failures']} of {row['calls']:,}",
                f"{row['failures'] * 1000 / row['calls']:.1f}",
                ", ".join(row["kinds"]) or "-",
            ]
        )
    return [
        f"A server that closes a keep-alive connection idle for {SERVER_IDLE_CLOSE:g} s (uvicorn, "
        f"Node.js, Apache httpd; nginx waits 75 s, AWS load balancers 60 s), run {TIME_SCALE:g}x "
        f"faster, over a network with a {ROUND_TRIP * 1000:g} ms round trip (a request that "
        "leaves the client in the last round trip before the server's close arrives after it; "
        "the client learns of the close only when it arrives): "
        f"{result['workers']} clients (a service calling now and then) each make "
        f"{result['calls']} plain POSTs (never retried: the server may have acted on them), "
        "pausing 0.8-1.2x the server's idle timeout between them. The client's keep-alive "
        "expiry is scaled alike. A failure is a request sent on a connection the server was "
        "closing.",
        "",
        *table(["setting", "failed POSTs", "per 1,000", "errors"], rows),
    ]


scenario("stale", "Stale keep-alive connections: plain POSTs that fail", render_stale)(run_stale)


# --- why: httpcore's pool, counted ----------------------------------------------------------


async def _pool_counts(base: str, limits: httpx.Limits, requests: int) -> dict[str, float]:
    """Count what httpcore 1.0's pool does per request, at 50 in flight on a warm pool."""
    from unittest import mock

    from httpcore._async import connection_pool, http11
    from httpcore._exceptions import ConnectionNotAvailable

    counts = {"assign": 0, "is_idle": 0, "has_expired": 0, "not_available": 0, "size": 0}
    real_assign = connection_pool.AsyncConnectionPool._assign_requests_to_connections
    real_is_idle = http11.AsyncHTTP11Connection.is_idle
    real_has_expired = http11.AsyncHTTP11Connection.has_expired
    real_send = http11.AsyncHTTP11Connection.handle_async_request

    def assign(pool: Any) -> Any:
        counts["assign"] += 1
        counts["size"] += len(pool._connections)
        return real_assign(pool)

    def is_idle(connection: Any) -> bool:
        counts["is_idle"] += 1
        return real_is_idle(connection)

    def has_expired(connection: Any) -> bool:
        counts["has_expired"] += 1
        return real_has_expired(connection)

    async def send(connection: Any, request: Any) -> Any:
        try:
            return await real_send(connection, request)
        except ConnectionNotAvailable:
            counts["not_available"] += 1
            raise

    client = raw_httpx(base, limits)
    try:
        await measure(client.order, 200, LATENCY_IN_FLIGHT)
        with (
            mock.patch.object(
                connection_pool.AsyncConnectionPool, "_assign_requests_to_connections", assign
            ),
            mock.patch.object(http11.AsyncHTTP11Connection, "is_idle", is_idle),
            mock.patch.object(http11.AsyncHTTP11Connection, "has_expired", has_expired),
            mock.patch.object(http11.AsyncHTTP11Connection, "handle_async_request", send),
        ):
            await measure(client.order, requests, LATENCY_IN_FLIGHT)
    finally:
        await client.aclose()
    per_request = {key: value / requests for key, value in counts.items()}
    per_request["size"] = counts["size"] / max(counts["assign"], 1)
    return per_request


def run_pool(bench: Bench) -> dict[str, Any]:
    rows = {}
    for index, limits in enumerate(CANDIDATES):
        rows[_candidate_name(index, limits)] = asyncio.run(
            _pool_counts(bench.base, limits, bench.args.load_requests)
        )
    return {"rows": rows, "requests": bench.args.load_requests}


def render_pool(result: dict[str, Any]) -> list[str]:
    rows = [
        [
            name,
            f"{row['size']:.0f}",
            f"{row['assign']:.1f}",
            f"{row['not_available']:.1f}",
            f"{row['is_idle']:,.0f}",
            f"{row['has_expired']:,.0f}",
        ]
        for name, row in result["rows"].items()
    ]
    return [
        f"Raw httpx with each candidate setting, {LATENCY_IN_FLIGHT} in flight, warm pool, "
        f"{result['requests']:,} requests, httpcore 1.0's pool instrumented: per request, the "
        "calls of `_assign_requests_to_connections`, the requests sent to a connection "
        "another request had taken (`ConnectionNotAvailable`, then sent again), and the "
        "`is_idle()` and `has_expired()` (a socket poll when idle) calls. The mechanism: "
        "docs/performance.md.",
        "",
        *table(
            [
                "max conn. / kept alive / expiry",
                "connections (mean)",
                "assign calls/req",
                "retried on a taken connection/req",
                "is_idle()/req",
                "has_expired()/req",
            ],
            rows,
        ),
    ]


scenario("pool", "Why: httpcore 1.0's pool at 50 in flight, counted", render_pool)(run_pool)
