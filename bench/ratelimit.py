"""The rate limiter: many tasks against a rate-limited sandbox, and what pacing costs.

`ratelimit`: 50 tasks making 500 calls (`orders.get`, 10 each, one after another) against
the sandbox served over HTTP in its own process (bench/sandbox_server.py) with
`faults.rate_limit(100)`: a token bucket of 100 requests a second that answers 429 with
a whole-second Retry-After. Three clients: a steady rate (`RateLimit(per_second=100)`),
the adaptive limiter alone (`RateLimit()`: it learns the rate from the 429s), and no
limiter (each call retries on its own, up to the default 2 retries). A fresh server for
every run: its bucket starts full. Counted: calls that succeeded, the share of requests
the server answered 429 (its own count), the wall time against the ideal (500 / 100 =
5 s).

`ratelimit_cost`: client CPU per request with and without a limiter, against the fast
canned server (bench/server.py), one request at a time: the limiter's bookkeeping (a
lock, a few float operations per attempt and per answer) at a rate it never waits for.
"""

from __future__ import annotations

import asyncio
import json
import socket
import statistics
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from clients import KEY
from common import HERE, Bench, _serving, interleaved, measure, scenario, table

import simvoly
from simvoly import RateLimit

RATE = 100
#: The clients of the rate-limit run, by the name the table shows.
LIMITERS: dict[str, RateLimit | None] = {
    f"RateLimit(per_second={RATE})": RateLimit(per_second=RATE),
    "RateLimit() (adaptive only)": RateLimit(),
    "no limiter": None,
}
GOALS = {"share_429": 0.05, "wall_over_ideal": 1.15}


@contextmanager
def sandbox_server(rate: float) -> Iterator[str]:
    """A rate-limited sandbox in its own process; yields its origin."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [
        sys.executable,
        str(HERE / "sandbox_server.py"),
        f"--port={port}",
        f"--rate={rate:g}",
    ]
    with _serving(command, f"http://127.0.0.1:{port}", port) as origin:
        yield origin


def _answers(origin: str) -> Counter[int]:
    url = f"{origin}/_stats"  # our own bench sandbox's, over loopback http
    with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - see above
        counts: dict[str, int] = json.loads(answer.read())["answers"]
    return Counter({int(status): count for status, count in counts.items()})


async def _run_calls(
    base: str, limit: RateLimit | None, tasks: int, calls: int, order_ids: list[int]
) -> dict[str, Any]:
    errors: Counter[str] = Counter()
    succeeded = 0

    async with simvoly.AsyncSimvoly(
        KEY, base_url=base, user_agent="bench/1", rate_limit=limit
    ) as client:

        async def task(number: int, count: int) -> None:
            nonlocal succeeded
            for call in range(count):
                try:
                    await client.orders.get(order_ids[(number + call) % len(order_ids)])
                except simvoly.SimvolyError as error:
                    errors[type(error).__name__] += 1
                else:
                    succeeded += 1

        share, extra = divmod(calls, tasks)
        start = time.perf_counter()
        await asyncio.gather(*(task(n, share + (n < extra)) for n in range(tasks)))
        wall = time.perf_counter() - start
    return {"succeeded": succeeded, "errors": dict(errors), "wall": wall}


def run_ratelimit(bench: Bench) -> dict[str, Any]:
    args = bench.args
    calls, tasks, rounds = args.ratelimit_calls, args.ratelimit_tasks, args.ratelimit_rounds
    order_ids = [5001 + n for n in range(50)]  # seed 42's first orders
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in LIMITERS}
    for round_number in range(rounds):
        for name in interleaved(list(LIMITERS), round_number):
            with sandbox_server(RATE) as origin:
                run = asyncio.run(
                    _run_calls(f"{origin}/api/site", LIMITERS[name], tasks, calls, order_ids)
                )
                answers = _answers(origin)
            requests = sum(answers.values())
            run |= {
                "requests": requests,
                "answered_429": answers[429],
                "share_429": answers[429] / requests,
            }
            runs[name].append(run)
    return {"calls": calls, "tasks": tasks, "rate": RATE, "ideal": calls / RATE, "runs": runs}


def render_ratelimit(result: dict[str, Any]) -> list[str]:
    ideal = result["ideal"]
    rows = []
    for name, runs in result["runs"].items():
        walls = sorted(run["wall"] for run in runs)
        errors: Counter[str] = Counter()
        for run in runs:
            errors.update(run["errors"])
        wall = statistics.median(walls)
        rows.append(
            [
                name,
                f"{min(run['succeeded'] for run in runs)} / {result['calls']}",
                ", ".join(f"{count} {kind}" for kind, count in errors.items()) or "none",
                f"{statistics.median(run['requests'] for run in runs):.0f}",
                f"{max(run['share_429'] for run in runs):.1%}",
                f"{wall:.2f} s ({walls[0]:.2f}-{walls[-1]:.2f})",
                f"{wall / ideal:.2f}x",
            ]
        )
    rounds = len(next(iter(result["runs"].values())))
    return [
        f"{result['tasks']} tasks making {result['calls']} calls (`orders.get`) against the "
        f"sandbox served over HTTP in its own process with `faults.rate_limit({result['rate']})` "
        "(a token bucket that starts full, answering 429 with a whole-second Retry-After); a "
        f"fresh server per run, {rounds} runs per client, interleaved. Ideal: "
        f"{result['calls']} / {result['rate']} = {ideal:g} s. Succeeded: the worst run; 429 "
        "share: of the requests the server received, the worst run; wall time: the median "
        "(range).",
        "",
        *table(
            [
                "client",
                "calls succeeded",
                "calls failed (all runs)",
                "requests sent",
                "answered 429",
                "wall time",
                "of ideal",
            ],
            rows,
        ),
        "",
        f"Goals for `RateLimit(per_second={result['rate']})`: every call succeeds, at most "
        f"{GOALS['share_429']:.0%} answered 429, within {GOALS['wall_over_ideal'] - 1:.0%} "
        "of the ideal time. The other two are reported as they come.",
    ]


scenario("ratelimit", "Rate limiting: 50 tasks against a limited sandbox", render_ratelimit)(
    run_ratelimit
)


# --- what pacing costs ------------------------------------------------------------------------

#: The clients of the cost run: a limiter at a rate far above what is reached never waits,
#: so the difference is its bookkeeping alone.
COST_VARIANTS: dict[str, RateLimit | None] = {
    "no limiter": None,
    "RateLimit(per_second=1,000,000)": RateLimit(per_second=1_000_000),
    "RateLimit() (adaptive only)": RateLimit(),
}
COST_GOAL = 0.02


async def _cost(bench: Bench) -> dict[str, Any]:
    args = bench.args
    rounds = args.rounds * 4
    clients = {
        name: simvoly.AsyncSimvoly(KEY, base_url=bench.base, user_agent="bench/1", rate_limit=limit)
        for name, limit in COST_VARIANTS.items()
    }
    try:
        fetches = {name: (lambda c=client: c.orders.get(1234)) for name, client in clients.items()}
        for fetch in fetches.values():  # warm up: connections, imports, caches
            await measure(fetch, 200, 1)
        samples: dict[str, list[float]] = {name: [] for name in fetches}
        for round_number in range(rounds):
            for name in interleaved(list(fetches), round_number):
                cpu, _rate = await measure(fetches[name], args.requests, 1)
                samples[name].append(cpu)
    finally:
        for client in clients.values():
            await client.aclose()
    off = samples["no limiter"]
    return {
        "requests": args.requests,
        "rounds": rounds,
        "cpu_us": {name: statistics.median(values) * 1e6 for name, values in samples.items()},
        # Each round's variants ran back to back: the ratio within a round leaves out the
        # machine's drift between rounds.
        "ratios": {
            name: sorted(value / base for value, base in zip(values, off, strict=True))
            for name, values in samples.items()
            if name != "no limiter"
        },
        "pacer_us": _pacer_cost(),
    }


def _pacer_cost() -> float:
    """The pacer's own work per request, timed alone: one `delay()` and one
    `answered()` (a 200), as the send loop makes them, in microseconds."""
    from simvoly._limiter import Pacer

    pacer = Pacer(RateLimit(per_second=1_000_000))
    count = 200_000
    clock = time.perf_counter
    start = time.process_time()
    for _ in range(count):
        now = clock()
        pacer.delay(now)
        pacer.answered(200, now, 0.0)
    return (time.process_time() - start) / count * 1e6


def run_cost(bench: Bench) -> dict[str, Any]:
    return asyncio.run(_cost(bench))


def render_cost(result: dict[str, Any]) -> list[str]:
    cpu = result["cpu_us"]
    off = cpu["no limiter"]
    rows = [["no limiter", f"{off:.0f} µs", "", ""]]
    for name, ratios in result["ratios"].items():
        quarter = len(ratios) // 4
        rows.append(
            [
                name,
                f"{cpu[name]:.0f} µs",
                f"{statistics.median(ratios) - 1:+.1%}",
                f"{ratios[quarter] - 1:+.1%} to {ratios[-1 - quarter] - 1:+.1%}",
            ]
        )
    pacer = result["pacer_us"]
    return [
        f"GET one order from the canned server, one request at a time, {result['requests']} "
        f"requests per run, {result['rounds']} rounds with the clients interleaved; client "
        "CPU per request (median), and the cost against no limiter measured within each "
        "round (median, and the middle half of the rounds). A limiter at a rate never "
        "reached never waits: what it adds is its bookkeeping.",
        "",
        *table(["client", "CPU/request", "vs no limiter", "middle half of rounds"], rows),
        "",
        f"The pacer's own work per request, timed alone (`delay()` and `answered()`): "
        f"{pacer:.2f} µs, {pacer / off:.2%} of a request's CPU without a limiter. Goal: less "
        f"than {COST_GOAL:.0%}; off, the send loop does not call the pacer at all.",
    ]


scenario("ratelimit_cost", "Rate limiting: what the limiter costs per request", render_cost)(
    run_cost
)
