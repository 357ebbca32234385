"""`bench/run.py --smoke`: every benchmark scenario once at a tiny size, so `make bench`
cannot rot. It asserts that the scenarios ran and reported, never how fast they were:
speed goals live in the benchmark's ratios, not in the test suite."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "run.py"
SECTIONS = (
    "Client CPU per request, one at a time",
    "The sync client against raw sync httpx",
    "Throughput under load, every transport",
    "Under load over a network",
    "Choosing DEFAULT_LIMITS",
    "Why: httpcore 1.0's pool",
    "Stale keep-alive connections",
    "Walking contacts with auto-pagination",
    "Import time",
    "Peak memory",
    "Rate limiting: 50 tasks against a limited sandbox",
    "Rate limiting: what the limiter costs per request",
)


def test_every_benchmark_scenario_runs_and_reports(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    done = subprocess.run(  # noqa: S603 - our own script, run with our own interpreter
        [sys.executable, str(BENCH), "--smoke", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = output.read_text()
    assert report.strip() in done.stdout  # printed, and written where --output says
    titles = [line.split(". ", 1)[1] for line in report.splitlines() if line.startswith("## ")]
    assert len(titles) == len(SECTIONS)
    for title, expected in zip(titles, SECTIONS, strict=True):
        assert title.startswith(expected)
    assert "nan" not in report.lower()
    # The chart is drawn from the numbers written beside the report.
    results = json.loads(output.with_suffix(".json").read_text())
    levels = {"10", "50", "200"}
    for pool in ("warm", "cold"):
        assert results["load"][pool]["raw httpx (its defaults)"].keys() == levels
        assert results["load"][pool]["SDK, httpx (default)"].keys() == levels
    assert (tmp_path / "throughput.png").read_bytes().startswith(b"\x89PNG")
