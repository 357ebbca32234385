"""The scenarios kept from the first bench: sequential CPU per request against raw
clients, auto-pagination with concurrency, import time, and memory."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

from clients import LABELS, SDK_BACKENDS, Client, RawAiohttp, raw_httpx, sdk
from common import Bench, interleaved, measure, scenario, table

import simvoly

# The goals of the default transport: the SDK's client CPU per request over raw httpx's.
CPU_GOALS = {"order": 1.05, "page": 1.15}


async def _sequential(bench: Bench) -> list[dict[str, Any]]:
    args = bench.args
    clients: dict[str, Client] = {"raw httpx": raw_httpx(bench.base)}
    clients |= {f"SDK, {backend}": sdk(bench.base, backend) for backend in SDK_BACKENDS}
    clients["raw aiohttp"] = RawAiohttp(bench.base, limit=100)
    rows = []
    try:
        for target in ("order", "page"):
            fetches = {name: getattr(client, target) for name, client in clients.items()}
            for fetch in fetches.values():  # warm up: connections, imports, caches
                await measure(fetch, 50, 1)
            samples: dict[str, list[tuple[float, float]]] = {}
            for round_number in range(args.rounds):
                for name in interleaved(list(fetches), round_number):
                    samples.setdefault(name, []).append(
                        await measure(fetches[name], args.requests, 1)
                    )
            cpu = {name: statistics.median(s[0] for s in runs) for name, runs in samples.items()}
            rps = {name: statistics.median(s[1] for s in runs) for name, runs in samples.items()}
            for backend in SDK_BACKENDS:
                raw = "raw httpx" if backend == "httpx" else f"raw {backend}"
                raw = raw if raw in cpu else "raw httpx"
                name = f"SDK, {backend}"
                rows.append(
                    {
                        "target": target,
                        "backend": backend,
                        "raw": raw,
                        "raw_cpu_us": cpu[raw] * 1e6,
                        "sdk_cpu_us": cpu[name] * 1e6,
                        "cpu_ratio": cpu[name] / cpu[raw],
                        "raw_rps": rps[raw],
                        "sdk_rps": rps[name],
                    }
                )
    finally:
        for client in clients.values():
            await client.aclose()
    return rows


def run_sequential(bench: Bench) -> dict[str, Any]:
    return {"rows": asyncio.run(_sequential(bench)), "requests": bench.args.requests}


def render_sequential(result: dict[str, Any]) -> list[str]:
    rows = []
    for row in result["rows"]:
        goal = CPU_GOALS[row["target"]] if row["backend"] == "httpx" else None
        rows.append(
            [
                LABELS[row["target"]],
                row["backend"],
                row["raw"],
                f"{row['raw_cpu_us']:.0f} µs",
                f"{row['sdk_cpu_us']:.0f} µs",
                f"{row['cpu_ratio']:.2f}x",
                f"<= {goal:.2f}" if goal else "",
                f"{row['raw_rps']:,.0f}",
                f"{row['sdk_rps']:,.0f}",
            ]
        )
    return [
        f"One request at a time, {result['requests']} per run: client CPU per request "
        "(`time.process_time`) of an SDK call against the raw client (fetch and "
        "`json.loads`) on the same pool.",
        "",
        *table(
            [
                "request",
                "SDK transport",
                "against",
                "raw CPU/req",
                "SDK CPU/req",
                "CPU ratio",
                "goal",
                "raw req/s",
                "SDK req/s",
            ],
            rows,
        ),
    ]


scenario("sequential", "Client CPU per request, one at a time", render_sequential)(run_sequential)


# --- auto-pagination ------------------------------------------------------------------------


async def _pagination(bench: Bench) -> dict[str, float]:
    items = bench.args.walk
    rates: dict[int, list[float]] = {1: [], 4: []}
    base = f"{bench.origin}/slow/api/site"
    async with simvoly.AsyncSimvoly("bench-key", base_url=base, user_agent="bench/1") as client:
        for _ in range(min(bench.args.rounds, 3)):
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


def run_pagination(bench: Bench) -> dict[str, float]:
    return asyncio.run(_pagination(bench))


def render_pagination(page: dict[str, float]) -> list[str]:
    return table(
        ["items", "one page at a time", "concurrency=4", "ratio", "goal", "ideal"],
        [
            [
                f"{int(page['items']):,}",
                f"{page['one']:,.0f} items/s",
                f"{page['four']:,.0f} items/s",
                f"{page['ratio']:.2f}x",
                ">= 3.5x",
                "4.00x",
            ]
        ],
    )


scenario("pagination", "Walking contacts with auto-pagination, 20 ms per page", render_pagination)(
    run_pagination
)


# --- import time ----------------------------------------------------------------------------


def run_imports(bench: Bench) -> dict[str, Any]:
    # As installed from a wheel: compiled. An editable install (this checkout) under
    # PYTHONDONTWRITEBYTECODE would compile every module of the SDK at every import (50
    # ms against 28 here); the bytecode of both goes to a cache of this run, not to src/.
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-c", "import httpx, simvoly"], check=True, env=env)
        return _imports(bench, env)


def _imports(bench: Bench, env: dict[str, str]) -> dict[str, Any]:
    def wall(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return time.perf_counter() - start

    samples: dict[str, list[float]] = {"httpx": [], "simvoly": []}
    for _ in range(bench.args.import_runs):
        for name in samples:
            samples[name].append(wall(f"import {name}"))
    httpx_ms = statistics.median(samples["httpx"]) * 1000
    simvoly_ms = statistics.median(samples["simvoly"]) * 1000
    report = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import httpx; import simvoly"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
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
        "runs": bench.args.import_runs,
        "httpx_ms": httpx_ms,
        "simvoly_ms": simvoly_ms,
        "extra_ms": simvoly_ms - httpx_ms,
        "added": [(name, us / 1000) for us, name in added[:8]],
    }


def render_imports(imp: dict[str, Any]) -> list[str]:
    lines = [f"Median of {imp['runs']} fresh processes.", ""]
    lines += table(
        ["import httpx", "import simvoly", "difference", "goal"],
        [
            [
                f"{imp['httpx_ms']:.0f} ms",
                f"{imp['simvoly_ms']:.0f} ms",
                f"+{imp['extra_ms']:.0f} ms",
                "<= +40 ms",
            ]
        ],
    )
    lines += ["", "What `import simvoly` adds after httpx (`-X importtime`, cumulative):", ""]
    lines += [f"- `{name}`: {ms:.1f} ms" for name, ms in imp["added"]]
    return lines


scenario("imports", "Import time", render_imports)(run_imports)


# --- memory ---------------------------------------------------------------------------------

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


def run_memory(bench: Bench) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_CODE, bench.base, str(bench.args.memory_items)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def render_memory(mem: dict[str, float]) -> list[str]:
    return table(
        ["items", "peak above baseline", "goal"],
        [[f"{int(mem['items']):,}", f"{mem['peak_mb']:.1f} MB", "< 20 MB"]],
    )


scenario("memory", "Peak memory walking every contact (tracemalloc, concurrency=4)", render_memory)(
    run_memory
)
