"""`make bench`: the SDK against raw HTTP clients, side by side in one run, as ratios.

Starts bench/server.py (canned answers, no work per request, its own process), then runs
every scenario registered in bench/common.py's SCENARIOS (the modules imported below
register them), in this process; variants interleave within each round, and each number
is a median over the rounds. Each scenario writes its own section of bench/results.md; the
raw numbers go to bench/results.json, and bench/chart.py draws bench/throughput.png from
them. No number in those files is edited by hand: rerun `make bench` to refresh them.

To add a scenario: a function decorated with `common.scenario(name, title, render)` in a
module imported below, and its name in ORDER (the order of the report).

`--only load,stale` runs some scenarios, `--smoke` every scenario once at a tiny size;
both write to a temporary folder unless --output says where.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

# The modules of scenarios: importing one registers its scenarios.
import classic  # noqa: F401 - imported for its registrations
import load
import ratelimit  # noqa: F401 - imported for its registrations
import sync  # noqa: F401 - imported for its registrations
from chart import draw
from common import HERE, SCENARIOS, Bench, bench_server

import simvoly

SIZES = {
    "rounds": 5,
    "requests": 300,
    "load_rounds": 3,
    "load_requests": 1000,
    "latency_requests": 600,
    "stale_workers": 40,
    "stale_calls": 25,
    "walk": 10_000,
    "memory_items": 100_000,
    "import_runs": 10,
    "ratelimit_calls": 500,
    "ratelimit_tasks": 50,
    "ratelimit_rounds": 3,
}
SMOKE = {
    "rounds": 1,
    "requests": 4,
    "load_rounds": 1,
    "load_requests": 40,
    "latency_requests": 40,
    "stale_workers": 2,
    "stale_calls": 2,
    "walk": 120,
    "memory_items": 300,
    "import_runs": 1,
    "ratelimit_calls": 30,
    "ratelimit_tasks": 5,
    "ratelimit_rounds": 1,
}
ORDER = [
    "sequential",
    "sync",
    "load",
    "latency",
    "limits",
    "pool",
    "stale",
    "pagination",
    "imports",
    "memory",
    "ratelimit",
    "ratelimit_cost",
]


def header(args: argparse.Namespace) -> list[str]:
    versions = ", ".join(
        f"{name} {version(name)}"
        for name in ("httpx", "httpcore", "aiohttp", "httpx2", "httpcore2")
    )
    return [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; every number "
        "below is written by bench/run.py, none by hand. Why the pool settings are what they "
        "are: docs/performance.md.",
        "",
        f"- machine: {platform.platform()}, {os.cpu_count()} CPUs; load average at the start "
        f"{os.getloadavg()[0]:.2f}",
        f"- Python {platform.python_version()}, simvoly {simvoly.__version__}, {versions}",
        "- server: bench/server.py, a raw asyncio protocol on uvloop answering canned bytes in "
        "its own process; client: asyncio; variants interleaved, medians of "
        f"{args.rounds} rounds (sequential) or {args.load_rounds} (under load)",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    for name, default in SIZES.items():
        parser.add_argument(f"--{name.replace('_', '-')}", type=int, default=default)
    parser.add_argument("--output", type=Path, help="the report (default bench/results.md)")
    parser.add_argument("--only", help="comma-separated scenarios: " + ", ".join(ORDER))
    parser.add_argument("--smoke", action="store_true", help="every scenario once at a tiny size")
    args = parser.parse_args()
    if args.smoke:
        vars(args).update(SMOKE)
    names = args.only.split(",") if args.only else ORDER
    unknown = set(names) - set(SCENARIOS)
    if unknown or set(SCENARIOS) != set(ORDER):
        sys.exit(f"unknown scenarios: {sorted(unknown or set(SCENARIOS) ^ set(ORDER))}")
    if args.output is None:  # a partial run does not overwrite the committed results
        partial = args.only or args.smoke
        args.output = Path(tempfile.mkdtemp()) / "results.md" if partial else HERE / "results.md"
    results: dict[str, Any] = {}
    with bench_server(
        contacts=max(args.memory_items, args.walk), latency_ms=load.LATENCY_MS
    ) as origin:
        bench = Bench(args, origin)
        for name in names:
            print(f"running {name}...", end=" ", file=sys.stderr, flush=True)
            start = time.monotonic()
            results[name] = SCENARIOS[name].run(bench)
            print(f"{time.monotonic() - start:.0f} s", file=sys.stderr, flush=True)
    lines = header(args)
    for number, name in enumerate(names, 1):
        scenario = SCENARIOS[name]
        lines += ["", f"## {number}. {scenario.title}", "", *scenario.render(results[name])]
    text = "\n".join(lines) + "\n"
    args.output.write_text(text)
    data = args.output.with_suffix(".json")
    data.write_text(json.dumps(results, indent=1) + "\n")
    if "load" in results:
        draw(
            results["load"],
            args.output.with_name(
                "throughput.png" if args.output.name == "results.md" else args.output.stem + ".png"
            ),
        )
    print(text)
    print(f"written to {args.output} and {data}", file=sys.stderr)


if __name__ == "__main__":
    main()
