"""`make test-matrix`: the test suite on every Python 3.11+ found on this machine.

Each Python gets its own virtual environment under build/matrix/<major.minor> (installed
like `make test`'s .venv, again only when pyproject.toml or requirements/dev.txt change)
and runs pytest there. Lint, type and spec checks do not depend on the interpreter and
stay in `make test`. Every Python runs even after one fails; a summary follows.

Pythons are found by running them, not by name alone (a pyenv shim named python3.12
exists whether or not that version is active): `python3.N` on PATH, then each of
`$(pyenv root)/versions/*/bin/python3`. The first working one per minor version wins.
`--skip 3.N` leaves a version out (.ci/run skips the one `make test` has just run).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MATRIX = ROOT / "build" / "matrix"
LOWEST = (3, 11)
# What a venv is installed from: dev.txt includes the other requirements files.
INSTALLED_FROM = (
    "pyproject.toml",
    *sorted(f"requirements/{p.name}" for p in (ROOT / "requirements").glob("*.txt")),
)
# Prints "3.12 3.12.1 /path/to/python" when the interpreter can make a virtual environment
# with pip; the path is the base interpreter of a virtual environment's python.
PROBE = (
    "import sys, venv, ensurepip; "
    "print(f'{sys.version_info[0]}.{sys.version_info[1]}', sys.version.split()[0], "
    "getattr(sys, '_base_executable', sys.executable))"
)


def candidates() -> list[str]:
    found = [path for minor in range(LOWEST[1], 20) if (path := shutil.which(f"python3.{minor}"))]
    pyenv = shutil.which("pyenv")
    if pyenv:
        done = subprocess.run([pyenv, "root"], capture_output=True, text=True, check=False)
        versions = Path(done.stdout.strip()) / "versions"
        if done.returncode == 0 and versions.is_dir():
            found += [str(p) for p in sorted(versions.glob("*/bin/python3")) if p.is_file()]
    return found


def pythons() -> dict[str, tuple[str, str]]:
    """major.minor -> (interpreter, full version), for each usable Python 3.11+."""
    usable: dict[str, tuple[str, str]] = {}
    for interpreter in candidates():
        try:
            done = subprocess.run(
                [interpreter, "-c", PROBE], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode != 0:
            continue
        minor, version, base = done.stdout.split(maxsplit=2)
        if tuple(map(int, minor.split("."))) >= LOWEST and minor not in usable:
            usable[minor] = (base.strip(), version)
    return dict(sorted(usable.items(), key=lambda item: tuple(map(int, item[0].split(".")))))


def install(interpreter: str, venv: Path) -> None:
    stamp = hashlib.sha256(b"".join((ROOT / name).read_bytes() for name in INSTALLED_FROM))
    marker = venv / ".installed"
    if marker.exists() and marker.read_text() == stamp.hexdigest():
        return
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([interpreter, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run(
        [*pip, "-e", ".[testing,aiohttp]", "-r", "requirements/dev.txt"], cwd=ROOT, check=True
    )
    marker.write_text(stamp.hexdigest())


def run(minor: str, interpreter: str) -> bool:
    venv = MATRIX / minor
    install(interpreter, venv)
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(
        [str(venv / "bin"), str(ROOT / "node_modules" / ".bin"), env["PATH"]]
    )
    env.pop("VIRTUAL_ENV", None)
    # The bench's smoke run (26 s) checks bench/, a tool of `make bench`'s interpreter, not
    # the SDK on this one: `make test` runs it once.
    done = subprocess.run(
        [
            str(venv / "bin" / "python"),
            *("-m", "pytest", "-q", "-p", "no:cacheprovider"),
            *("--deselect", "tests/test_bench.py::test_every_benchmark_scenario_runs_and_reports"),
        ],
        cwd=ROOT,
        env=env,
        check=False,
    )
    return done.returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="test-matrix", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--skip", action="append", default=[], metavar="3.N", help="a version not to run"
    )
    skip = set(parser.parse_args(argv).skip)
    found = {minor: found for minor, found in pythons().items() if minor not in skip}
    if not found:
        print(f"test-matrix: no Python {LOWEST[0]}.{LOWEST[1]}+ found")
        return 1
    print("test-matrix: " + ", ".join(f"{v} ({p})" for v, p in found.values()), flush=True)
    results: list[tuple[str, bool, float]] = []
    for minor, (interpreter, version) in found.items():
        print(f"\n=== Python {version} ===", flush=True)
        start = time.monotonic()
        try:
            passed = run(minor, interpreter)
        except subprocess.CalledProcessError as error:
            print(f"test-matrix: setting up Python {version} failed: {error}")
            passed = False
        results.append((version, passed, time.monotonic() - start))
    print("\ntest-matrix summary:")
    for version, passed, seconds in results:
        print(f"  Python {version}: {'passed' if passed else 'FAILED'} ({seconds:.0f} s)")
    return 0 if all(passed for _, passed, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
