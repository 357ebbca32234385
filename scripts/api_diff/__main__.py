"""Command line: the report on standard output; exit 1 when the change is breaking, 2 when
the comparison could not be made (a bad ref, a bad argument).

    python -m api_diff --base REF [--repo DIR]   BASE (a git ref) vs DIR's working tree
    python -m api_diff OLD NEW                   two trees, each with openapi.yaml, src/

(`make api-diff BASE=<ref>` runs the first form with scripts/ on PYTHONPATH.)
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import yaml

from ._report import Tree, diff
from ._spec import Level, Spec
from ._surface import Surface

SPEC = "openapi.yaml"
CONFIG = "generator-config.yaml"


def load_tree(root: Path, label: str) -> Tree:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's when built with it
    spec = yaml.load((root / SPEC).read_text(), Loader=loader)  # noqa: S506 - a safe loader
    config = root / CONFIG
    return Tree(label, Spec(spec), Surface(root / "src", config if config.exists() else None))


def checkout(repo: Path, ref: str, into: Path) -> None:
    """BASE's openapi.yaml, generator config and src/ into `into`, without a worktree."""
    for name in (SPEC, CONFIG):
        shown = _git(repo, "show", f"{ref}:{name}", missing_ok=name == CONFIG)
        if shown is not None:
            (into / name).write_bytes(shown)
    archive = _git(repo, "archive", "--format=tar", ref, "src")
    assert archive is not None  # noqa: S101 - _git raises unless missing_ok
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def _git(repo: Path, *args: str, missing_ok: bool = False) -> bytes | None:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, check=False)  # noqa: S603, S607 - git with fixed arguments and the user's ref
    if done.returncode != 0:
        if missing_ok:
            return None
        # Exit 2, as for a usage error: 1 means "breaking".
        error = done.stderr.decode().strip()
        print(f"api-diff: git {' '.join(args)} failed: {error}", file=sys.stderr)  # noqa: T201
        raise SystemExit(2)
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="api-diff", description=__doc__.split("\n")[0])
    parser.add_argument("--base", help="the git ref to compare the working tree with")
    parser.add_argument("--repo", type=Path, default=Path(), help="the repository (default: .)")
    parser.add_argument("trees", nargs="*", type=Path, help="OLD NEW (instead of --base)")
    args = parser.parse_args(argv)
    if args.base and not args.trees:
        with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
            checkout(args.repo, args.base, Path(tmp))
            result = diff(load_tree(Path(tmp), args.base), load_tree(args.repo, "working tree"))
    elif len(args.trees) == 2 and not args.base:
        old, new = args.trees
        result = diff(load_tree(old, str(old)), load_tree(new, str(new)))
    else:
        parser.error("give --base REF, or two trees OLD NEW")
    print(result.markdown)  # noqa: T201 - the report is the output
    return 1 if result.level is Level.BREAKING else 0


if __name__ == "__main__":
    sys.exit(main())
