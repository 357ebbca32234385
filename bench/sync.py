"""The sync client against raw sync httpx: client CPU per request, one at a time.

`simvoly.Simvoly` sends through its own `httpx.Client` pool, with the rules the async client
follows (`simvoly._exchange`). Its goal (issue #13): no more than raw sync
`httpx.Client` + `response.json()` + 10 % CPU per request, on the same pool settings
(its defaults against httpx's, so the pool is as its users get it).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
from clients import HEADERS, KEY, LABELS, ORDER, PAGE
from common import Bench, interleaved, scenario, table

import simvoly

#: The sync client's client CPU per request over raw sync httpx's.
GOAL = 1.10


def _cpu_per_request(fetch: Callable[[], Any], requests: int) -> float:
    started = time.process_time()
    for _ in range(requests):
        fetch()
    return (time.process_time() - started) / requests


def _raw_fetch(raw: httpx.Client, url: str) -> Callable[[], Any]:
    return lambda: raw.get(url).json()


def _sdk_fetch(sdk: simvoly.Simvoly, target: str) -> Callable[[], Any]:
    if target == "order":
        return lambda: sdk.orders.get(1234)
    return lambda: sdk.contacts.list(limit=50).first_page()


def run_sync(bench: Bench) -> dict[str, Any]:
    args = bench.args
    raw = httpx.Client(headers=HEADERS)
    sdk = simvoly.Simvoly(KEY, base_url=bench.base, user_agent="bench/1")
    rows = []
    try:
        for target in ("order", "page"):
            url = bench.base + (ORDER if target == "order" else PAGE)
            fetches: dict[str, Callable[[], Any]] = {
                "raw": _raw_fetch(raw, url),
                "sdk": _sdk_fetch(sdk, target),
            }
            for fetch in fetches.values():  # warm up: connections, imports, caches
                _cpu_per_request(fetch, 50)
            samples: dict[str, list[float]] = {}
            for round_number in range(args.rounds):
                for name in interleaved(list(fetches), round_number):
                    samples.setdefault(name, []).append(
                        _cpu_per_request(fetches[name], args.requests)
                    )
            ratios = [
                sdk_cpu / raw_cpu
                for raw_cpu, sdk_cpu in zip(samples["raw"], samples["sdk"], strict=True)
            ]
            rows.append(
                {
                    "target": target,
                    "raw_cpu_us": statistics.median(samples["raw"]) * 1e6,
                    "sdk_cpu_us": statistics.median(samples["sdk"]) * 1e6,
                    "cpu_ratio": statistics.median(ratios),
                }
            )
    finally:
        sdk.close()
        raw.close()
    return {"rows": rows, "requests": args.requests}


def render_sync(result: dict[str, Any]) -> list[str]:
    rows = [
        [
            LABELS[row["target"]],
            f"{row['raw_cpu_us']:.0f} µs",
            f"{row['sdk_cpu_us']:.0f} µs",
            f"{row['cpu_ratio']:.2f}x",
            f"<= {GOAL:.2f}",
        ]
        for row in result["rows"]
    ]
    return [
        f"One request at a time, {result['requests']} per run: client CPU per request of "
        "`simvoly.Simvoly` against raw sync `httpx.Client` + `response.json()` (the ratio "
        "is the median of each round's own ratio).",
        "",
        *table(["request", "raw CPU/req", "SDK CPU/req", "CPU ratio", "goal"], rows),
    ]


scenario("sync", "The sync client against raw sync httpx", render_sync)(run_sync)
