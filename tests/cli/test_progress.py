"""The progress line: on a terminal only, redrawn in place, and seen in a real one (tmux)."""

from __future__ import annotations

import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from simvoly._cli._progress import Progress
from simvoly.testing import Sandbox

from .conftest import KEY, TIMEOUT, serving

#: Debian's tmux, where installed (new machines have only Python, pip, Node and npm).
TMUX = shutil.which("tmux")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def drawings(text: str) -> list[str]:
    """What each redraw showed (carriage return ... erase to the end of the line)."""
    return [part.replace("\x1b[K", "") for part in text.split("\r") if part]


def test_counts_rate_bar_and_eta_redrawn_in_place() -> None:
    terminal, clock = Terminal(), Clock()
    progress = Progress("contacts", "items", stream=terminal, clock=clock)
    progress.total = 300
    clock.now += 1.0
    progress.advance(50, pages=1)
    clock.now += 0.05  # too soon to redraw
    progress.advance(50, pages=1)
    clock.now += 1.0
    progress.advance(50, pages=1)
    clock.now += 1.0
    progress.finish()
    assert drawings(terminal.getvalue()) == [
        "contacts  [###-----------------]  50/300 items  1 pages  50/s  ETA 0:05",
        "contacts  [##########----------]  150/300 items  3 pages  73/s  ETA 0:02",
        "contacts  [##########----------]  150/300 items  3 pages  49/s  done in 0:03\n",
    ]


def test_without_a_total_failures_and_hours() -> None:
    terminal, clock = Terminal(), Clock()
    progress = Progress("c.csv", "rows", stream=terminal, clock=clock)
    clock.now += 3725
    progress.advance(2, failed=1)
    assert drawings(terminal.getvalue()) == ["c.csv  2 rows  1 failed  0/s  1:02:05 elapsed"]


def test_cut_to_the_terminals_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "get_terminal_size", lambda: os.terminal_size((21, 24)))
    terminal = Terminal()
    Progress("a-very-long-label", "items", stream=terminal, clock=Clock()).advance(1)
    assert drawings(terminal.getvalue()) == ["a-very-long-label  1"]


def test_nothing_when_not_a_terminal() -> None:
    pipe, clock = io.StringIO(), Clock()
    progress = Progress("contacts", "items", stream=pipe, clock=clock)
    progress.advance(10)
    clock.now += 1
    progress.advance(10)
    progress.finish()
    assert pipe.getvalue() == ""
    assert progress.done == 20  # still counted


def tmux(server: Path, *arguments: str, check: bool = True) -> str:
    """Run a tmux command on a server of the test's own (its socket in the test's
    directory), without a config file."""
    done = subprocess.run(  # noqa: S603 - tmux, with the test's own arguments
        [TMUX or "tmux", "-S", str(server), "-f", "/dev/null", *arguments],
        check=check,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    return done.stdout


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_an_export_in_a_real_terminal(tmp_path: Path) -> None:
    sandbox = Sandbox(KEY, seed=7)
    sandbox.faults.latency(0.05)  # pages take a while: the line is redrawn as they come
    server = tmp_path / "tmux.socket"
    target = tmp_path / "contacts.csv"
    with serving(sandbox) as url:
        command = shlex.join(
            [sys.executable, "-m", "simvoly", "export", "contacts", "--format", "csv",
             "-o", str(target), "--concurrency", "1", "--base-url", url]
        )  # fmt: skip
        signal = shlex.join([TMUX or "tmux", "-S", str(server), "wait-for", "-S", "exported"])
        # `cat` keeps the pane (and what it shows) until the server is killed below.
        try:
            tmux(server, "new-session", "-d", "-x", "250", "-y", "10",
                 f"{command}; {signal}; exec cat")  # fmt: skip
            tmux(server, "wait-for", "exported")  # blocks until the export has ended
            shown = tmux(server, "capture-pane", "-p")
        finally:
            tmux(server, "kill-server", check=False)
    lines = [line for line in shown.splitlines() if line.strip()]
    assert len(lines) == 2, shown  # one progress line, redrawn in place; then the summary
    assert re.fullmatch(
        r"contacts  \[#{20}\]  300/300 items  6 pages  [\d,]+/s  done in 0:0\d", lines[0]
    ), lines[0]
    assert lines[1] == f"Exported 300 contacts to {target}."
    assert len(target.read_text().splitlines()) == 301


def test_progress_of_an_import_counts_rows(cli: Any, tmp_path: Path, monkeypatch: Any) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    source = tmp_path / "c.csv"
    source.write_text("email\na@example.com\nnope\n")
    with serving(Sandbox(KEY)) as url:
        assert cli("import", "contacts", str(source), "--base-url", url).code == 1
    assert drawings(terminal.getvalue())[-1].startswith("c.csv  [####################]  1/1 rows")
