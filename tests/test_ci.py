"""The GitHub workflows and `make test-matrix` (actionlint checks the workflows' syntax
and expressions in `make test`; these check what actionlint does not know we want)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import test_matrix
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def workflow(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text())
    return loaded


def supported_pythons() -> list[str]:
    classifiers = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["classifiers"]
    prefix = "Programming Language :: Python :: 3."
    return [c.split(" :: ")[-1] for c in classifiers if c.startswith(prefix)]


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert files
    for path in files:
        lines = [line.strip() for line in path.read_text().splitlines()]
        uses = [line.split("uses:", 1)[1].strip() for line in lines if "uses:" in line]
        assert uses, path.name
        for action in uses:
            assert PINNED.match(action), f"{path.name}: pin {action!r} as owner/repo@<sha> # vX.Y.Z"


def test_the_test_job_runs_make_test_on_every_supported_python() -> None:
    job = workflow("test.yml")["jobs"]["test"]
    assert job["strategy"]["matrix"]["python"] == supported_pythons()
    assert {"run": "make test"} in job["steps"]


def test_the_spec_job_runs_on_changes_to_what_generates_the_sdk() -> None:
    spec = workflow("spec.yml")
    # PyYAML reads the key `on` as True.
    paths = spec[True]["pull_request"]["paths"]
    assert set(paths) == {
        "openapi.yaml",
        "templates/**",
        "generator-config.yaml",
        "requirements/dev.txt",
    }
    runs = " ".join(step.get("run", "") for step in spec["jobs"]["spec"]["steps"])
    assert "make check-generated" in runs
    assert 'make --no-print-directory api-diff BASE="origin/$BASE_REF"' in runs


def test_the_matrix_finds_this_python() -> None:
    found = test_matrix.pythons()
    assert f"{sys.version_info[0]}.{sys.version_info[1]}" in found
    assert all(tuple(map(int, minor.split("."))) >= (3, 11) for minor in found)
