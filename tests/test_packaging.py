"""What users download: the sdist and the wheel, built by the project's build backend
(hatchling, as `pip install` or `python -m build` would) and listed."""

from __future__ import annotations

import email
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import simvoly

ROOT = Path(__file__).resolve().parent.parent


def build(kind: str, out: Path) -> Path:
    """Build the `sdist` or `wheel` of the working tree into `out` (PEP 517 hooks)."""
    code = f"import sys, hatchling.build as b; print(b.build_{kind}(sys.argv[1]))"
    name = subprocess.run(  # noqa: S603 - this interpreter, on fixed code
        [sys.executable, "-c", code, str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[-1]
    return out / name


def package_files() -> set[str]:
    """The package's files in the working tree (bytecode caches aside)."""
    return {
        path.relative_to(ROOT / "src").as_posix()
        for path in (ROOT / "src" / "simvoly").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("dist")


def test_the_sdist_holds_the_package_the_spec_and_the_documents_only(dist: Path) -> None:
    sdist = build("sdist", dist)
    prefix = f"simvoly-{simvoly.__version__}/"
    with tarfile.open(sdist) as archive:
        names = {name.removeprefix(prefix) for name in archive.getnames()}
        license_text = archive.extractfile(prefix + "LICENSE").read().decode()  # type: ignore[union-attr]  # a file member
    top = {name for name in names if "/" not in name}
    assert top == {
        "CHANGELOG.md",
        "LICENSE",
        "PKG-INFO",
        "README.md",
        "openapi.yaml",
        "pyproject.toml",
        ".gitignore",  # hatchling's own: a build from the sdist excludes what git does
    }
    assert {name for name in names if "/" in name} == {f"src/{f}" for f in package_files()}
    assert license_text.startswith("MIT License")


def test_the_wheel_holds_the_package_and_its_license(dist: Path) -> None:
    wheel = build("wheel", dist)
    info = f"simvoly-{simvoly.__version__}.dist-info/"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = email.message_from_bytes(archive.read(info + "METADATA"))
    assert {name for name in names if not name.startswith(info)} == package_files()
    assert info + "licenses/LICENSE" in names
    assert metadata["License-Expression"] == "MIT"
    assert metadata["License-File"] == "LICENSE"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")


def test_make_demo_installs_the_package_and_its_sandbox_server_only(tmp_path: Path) -> None:
    """On a fresh clone `make demo` sets up a venv with what the demo runs on (the package
    and uvicorn, the testing extra): 6 s and 33 MB, against 25 s and 445 MB for the whole
    dev toolchain (measured without a pip cache). A dry run lists what it would do."""
    venv = tmp_path / "venv"
    plan = subprocess.run(  # noqa: S603 - make, with fixed arguments
        ["make", "--no-print-directory", "-n", "demo", f"VENV={venv}"],  # noqa: S607 - make, from PATH, as users run it
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    installs = [line for line in plan.splitlines() if "pip install" in line]
    assert installs == [
        f'{venv}/bin/python -m pip install --quiet --disable-pip-version-check -e ".[testing]"'
    ]
    assert "requirements/" not in plan
    assert plan.splitlines()[-1] == "python -m simvoly.testing demo examples/quickstart.py"
