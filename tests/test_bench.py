"""`bench/run.py --smoke`: every benchmark scenario once at a tiny size, so `make bench`
cannot rot. It asserts that the scenarios ran and reported, never how fast they were:
speed goals live in the benchmark's ratios, not in the test suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "run.py"


def test_every_benchmark_scenario_runs_and_reports(tmp_path: Path) -> None:
    output = tmp_path / "results.md"
    done = subprocess.run(  # noqa: S603 - our own script, run with our own interpreter
        [sys.executable, str(BENCH), "--smoke", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = output.read_text()
    assert report.strip() in done.stdout  # printed, and written where --output says
    for section in (
        "## 1. Client CPU per request",
        "## 2. Walking contacts",
        "## 3. Import time",
        "## 4. Peak memory",
    ):
        assert section in report
    # One row per request scenario: order and page, sequential and 50 in flight, two transports.
    rows = [line for line in report.splitlines() if line.startswith(("| 1 order", "| 50 contacts"))]
    assert len(rows) == 8
    assert "nan" not in report.lower()
