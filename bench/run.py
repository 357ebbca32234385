"""`make bench`: the SDK against raw httpx, side by side in one run, as ratios.

Starts bench/server.py in its own process, then measures in this process (variants
interleaved within each round, medians over the rounds):

1. client CPU per request (`time.process_time`) and requests/s, SDK call vs raw
   `httpx.AsyncClient` + `response.json()` on the same transport, for one order (~4 KB)
   and a 50-contact page (~28 KB), sequential and 50 in flight, on httpx's own
   transport and on the SDK's aiohttp transport (`http_backend="aiohttp"`);
2. walking 10,000 contacts over a server that adds 10 ms per request, one page at a time
   vs `concurrency=4`, against the ideal;
3. `import simvoly` vs `import httpx` wall time (fresh processes) and what simvoly adds;
4. peak memory (tracemalloc) walking 100,000 contacts, above the baseline.

The results go to bench/results.md (or --output), with the machine, versions and date.
No number in that file is edited by hand: rerun `make bench` to refresh it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

import simvoly
from simvoly._client import DEFAULT_LIMITS

HERE = Path(__file__).resolve().parent
KEY = "bench-key"
HEADERS = {"Authorization": f"Bearer {KEY}", "User-Agent": "bench/1"}
Fetch = Callable[[], Awaitable[Any]]


@contextmanager
def bench_server(contacts: int, latency_ms: float) -> Iterator[str]:
    """Run bench/server.py on a free port; yield its origin; always stop it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "server.py"),
            "--port",
            str(port),
            "--contacts",
            str(contacts),
            "--latency-ms",
            str(latency_ms),
        ],
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{origin}/api/site/orders/1", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the bench server did not start") from None
                time.sleep(0.1)
        yield origin
    finally:
        process.terminate()
        process.wait(timeout=10)


async def measure(fetch: Fetch, requests: int, in_flight: int) -> tuple[float, float]:
    """(client CPU seconds per request, requests per second) of `requests` fetches."""
    cpu, wall = time.process_time(), time.perf_counter()
    if in_flight == 1:
        for _ in range(requests):
            await fetch()
    else:

        async def worker(count: int) -> None:
            for _ in range(count):
                await fetch()

        share, extra = divmod(requests, in_flight)
        await asyncio.gather(*(worker(share + (i < extra)) for i in range(in_flight)))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return cpu / requests, requests / wall


def make_variants(origin: str) -> dict[str, tuple[httpx.AsyncClient, simvoly.AsyncSimvoly]]:
    from simvoly._aiohttp import AiohttpTransport

    limits = DEFAULT_LIMITS  # the SDK's pool settings, for a like-for-like raw client
    raw = httpx.AsyncClient(limits=limits, headers=HEADERS)
    # Raw httpx on the transport of http_backend="aiohttp": the SDK's own cost on top.
    raw_aio = httpx.AsyncClient(
        transport=AiohttpTransport(limits), headers=HEADERS, trust_env=False
    )
    base = f"{origin}/api/site"
    sdk = simvoly.AsyncSimvoly(KEY, base_url=base, user_agent="bench/1")
    sdk_aio = simvoly.AsyncSimvoly(KEY, base_url=base, user_agent="bench/1", http_backend="aiohttp")
    return {"httpx": (raw, sdk), "aiohttp": (raw_aio, sdk_aio)}


async def request_scenarios(origin: str, rounds: int, size: int) -> list[dict[str, Any]]:
    variants = make_variants(origin)
    base = f"{origin}/api/site"
    rows: list[dict[str, Any]] = []
    for target in ("order", "page"):
        for in_flight in (1, 50):
            requests = size * (4 if in_flight > 1 else 1)
            samples: dict[str, list[tuple[float, float]]] = {}
            fetches: dict[str, Fetch] = {}
            for backend, (raw, sdk) in variants.items():
                if target == "order":

                    async def raw_fetch(raw: httpx.AsyncClient = raw) -> Any:
                        return (await raw.get(f"{base}/orders/1234")).json()

                    async def sdk_fetch(sdk: simvoly.AsyncSimvoly = sdk) -> Any:
                        return await sdk.orders.get(1234)
                else:

                    async def raw_fetch(raw: httpx.AsyncClient = raw) -> Any:
                        page = {"limit": 50, "skip": 0}
                        return (await raw.get(f"{base}/contacts", params=page)).json()

                    async def sdk_fetch(sdk: simvoly.AsyncSimvoly = sdk) -> Any:
                        return await sdk.contacts.list(limit=50)

                fetches[f"raw {backend}"] = raw_fetch
                fetches[f"sdk {backend}"] = sdk_fetch
            for fetch in fetches.values():  # warm up: connections, imports, caches
                await measure(fetch, min(requests, 50), in_flight)
            for round_number in range(rounds):
                names = list(fetches)
                if round_number % 2:  # alternate the order so no variant always goes first
                    names.reverse()
                for name in names:
                    samples.setdefault(name, []).append(
                        await measure(fetches[name], requests, in_flight)
                    )
            for backend in variants:
                raw_cpu = statistics.median(s[0] for s in samples[f"raw {backend}"])
                sdk_cpu = statistics.median(s[0] for s in samples[f"sdk {backend}"])
                raw_rps = statistics.median(s[1] for s in samples[f"raw {backend}"])
                sdk_rps = statistics.median(s[1] for s in samples[f"sdk {backend}"])
                rows.append(
                    {
                        "target": target,
                        "in_flight": in_flight,
                        "backend": backend,
                        "raw_cpu_us": raw_cpu * 1e6,
                        "sdk_cpu_us": sdk_cpu * 1e6,
                        "cpu_ratio": sdk_cpu / raw_cpu,
                        "raw_rps": raw_rps,
                        "sdk_rps": sdk_rps,
                        "rps_ratio": sdk_rps / raw_rps,
                    }
                )
    for raw, sdk in variants.values():
        await raw.aclose()
        await sdk.aclose()
    return rows


async def pagination_scenario(origin: str, rounds: int, items: int) -> dict[str, float]:
    base = f"{origin}/slow/api/site"
    rates: dict[int, list[float]] = {1: [], 4: []}
    async with simvoly.AsyncSimvoly(KEY, base_url=base, user_agent="bench/1") as client:
        for _ in range(rounds):
            for concurrency in (1, 4):
                start = time.perf_counter()
                count = 0
                async for _contact in client.contacts.list(
                    concurrency=concurrency, max_items=items
                ):
                    count += 1
                if count != items:
                    raise RuntimeError(f"walked {count} contacts, expected {items}")
                rates[concurrency].append(items / (time.perf_counter() - start))
    one, four = statistics.median(rates[1]), statistics.median(rates[4])
    return {"items": items, "one": one, "four": four, "ratio": four / one}


def import_scenario(runs: int) -> dict[str, Any]:
    def wall(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    samples: dict[str, list[float]] = {"httpx": [], "simvoly": []}
    for _ in range(runs):
        for name in samples:
            samples[name].append(wall(f"import {name}"))
    httpx_ms = statistics.median(samples["httpx"]) * 1000
    simvoly_ms = statistics.median(samples["simvoly"]) * 1000
    report = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import httpx; import simvoly"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    after_httpx = report.split("| httpx\n", 1)[-1]
    added = []
    for line in after_httpx.splitlines():
        _self_us, cumulative_us, name = line.removeprefix("import time:").split("|")
        depth = len(name) - len(name.lstrip())
        if depth <= 3:  # simvoly itself and what it imports directly
            added.append((int(cumulative_us), name.strip()))
    added.sort(reverse=True)
    return {
        "httpx_ms": httpx_ms,
        "simvoly_ms": simvoly_ms,
        "extra_ms": simvoly_ms - httpx_ms,
        "added": [(name, us / 1000) for us, name in added[:8]],
    }


MEMORY_CODE = """
import asyncio, json, sys, tracemalloc
import simvoly
async def main(base, items):
    tracemalloc.start()
    async with simvoly.AsyncSimvoly("bench-key", base_url=base, user_agent="bench/1") as client:
        await client.contacts.list(limit=50)
        tracemalloc.reset_peak()
        baseline = tracemalloc.get_traced_memory()[0]
        count = 0
        async for _ in client.contacts.list(concurrency=4, max_items=items):
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
    print(json.dumps({"items": count, "peak_mb": (peak - baseline) / 2**20}))
asyncio.run(main(sys.argv[1], int(sys.argv[2])))
"""


def memory_scenario(origin: str, items: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_CODE, f"{origin}/api/site", str(items)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def render(results: dict[str, Any], args: argparse.Namespace) -> str:
    from importlib.metadata import version

    req = {(r["target"], r["in_flight"], r["backend"]): r for r in results["requests"]}
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; every number "
        "below is written by bench/run.py, none by hand.",
        "",
        f"- machine: {platform.platform()}, {os.cpu_count()} CPUs, {platform.processor() or 'n/a'}",
        f"- Python {platform.python_version()}, simvoly {simvoly.__version__}, "
        f"httpx {version('httpx')}, httpcore {version('httpcore')}, "
        f"aiohttp {version('aiohttp')}",
        f"- server: bench/server.py (uvicorn {version('uvicorn')}) in its own process; "
        f"client: asyncio; medians of {args.rounds} rounds, variants interleaved",
        "",
        "## 1. Client CPU per request and throughput: SDK vs raw httpx + response.json()",
        "",
        'The aiohttp rows: the SDK with `http_backend="aiohttp"` vs raw httpx on that same '
        "transport (`simvoly._aiohttp.AiohttpTransport`, an aiohttp session).",
        "",
        "| request | in flight | transport | raw CPU/req | SDK CPU/req | CPU ratio | target |"
        " raw req/s | SDK req/s | req/s ratio |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    targets = {("order", 1): "<= 1.10", ("page", 1): "<= 1.25"}
    for (target, in_flight, backend), r in req.items():
        goal = targets.get((target, in_flight), "")
        label = "1 order (~4 KB)" if target == "order" else "50 contacts (~28 KB)"
        lines.append(
            f"| {label} | {in_flight} | {backend} | {r['raw_cpu_us']:.0f} µs | "
            f"{r['sdk_cpu_us']:.0f} µs | {r['cpu_ratio']:.2f}x | {goal} | {r['raw_rps']:.0f} | "
            f"{r['sdk_rps']:.0f} | {r['rps_ratio']:.2f}x |"
        )
    page = results["pagination"]
    httpx_50 = req[("order", 50, "httpx")]["raw_rps"]
    aio_50 = req[("order", 50, "aiohttp")]["sdk_rps"]
    lines += [
        "",
        f'50 in flight, one order: the SDK on its aiohttp transport (`http_backend="aiohttp"`) '
        f"does {aio_50:.0f} req/s, {aio_50 / httpx_50:.2f}x raw httpx's {httpx_50:.0f} req/s "
        "(target: >= 3x).",
        "",
        "## 2. Walking contacts with auto-pagination, 10 ms latency per request",
        "",
        "| items | one page at a time | concurrency=4 | ratio | target | ideal |",
        "|---|---|---|---|---|---|",
        f"| {page['items']:,} | {page['one']:.0f} items/s | {page['four']:.0f} items/s | "
        f"{page['ratio']:.2f}x | >= 3.5x | 4.00x |",
    ]
    imp = results["imports"]
    lines += [
        "",
        f"## 3. Import time (median of {args.import_runs} fresh processes)",
        "",
        "| import httpx | import simvoly | difference | target |",
        "|---|---|---|---|",
        f"| {imp['httpx_ms']:.0f} ms | {imp['simvoly_ms']:.0f} ms | +{imp['extra_ms']:.0f} ms |"
        " <= +40 ms |",
        "",
        "What `import simvoly` adds after httpx (`-X importtime`, cumulative):",
        "",
    ]
    lines += [f"- `{name}`: {ms:.1f} ms" for name, ms in imp["added"]]
    mem = results["memory"]
    lines += [
        "",
        "## 4. Peak memory walking every contact (tracemalloc, concurrency=4)",
        "",
        "| items | peak above baseline | target |",
        "|---|---|---|",
        f"| {int(mem['items']):,} | {mem['peak_mb']:.1f} MB | < 20 MB |",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=300, help="per run, sequential")
    parser.add_argument("--walk", type=int, default=10_000)
    parser.add_argument("--memory-items", type=int, default=100_000)
    parser.add_argument("--import-runs", type=int, default=10)
    parser.add_argument("--output", type=Path, default=HERE / "results.md")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="every scenario once at a tiny size (keeps this script working)",
    )
    args = parser.parse_args()
    if args.smoke:
        args.rounds, args.requests, args.walk = 1, 4, 120
        args.memory_items, args.import_runs = 300, 1
    results: dict[str, Any] = {}
    with bench_server(contacts=max(args.memory_items, args.walk), latency_ms=10) as origin:
        results["requests"] = asyncio.run(request_scenarios(origin, args.rounds, args.requests))
        results["pagination"] = asyncio.run(pagination_scenario(origin, args.rounds, args.walk))
        results["memory"] = memory_scenario(origin, args.memory_items)
    results["imports"] = import_scenario(args.import_runs)
    text = render(results, args)
    args.output.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
