"""A one-line progress display on stderr, only when stderr is a terminal.

    contacts [########------------]  1,250/3,000 items  25 pages  420/s  ETA 0:04

Ours rather than tqdm's: the command must work on a plain `pip install simvoly` (no
extra to install for a progress line), the line is a few dozen lines of code, and it
says exactly what an export or import needs (items and pages, failures, rate, an ETA
from the total the API gives). The line is redrawn in place (carriage return, erase to
the end of line) at most ten times a second, cut to the terminal's width, and ended with
a newline by `finish()`. Piped or redirected, stderr gets nothing from here, so logs
and CI output stay clean.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from typing import Final, TextIO

__all__ = ["Progress"]

#: Seconds between redraws.
_EVERY: Final = 0.1
_BAR: Final = 20


class Progress:
    """Counts of a long task, shown on `stream` (stderr) when it is a terminal.

    Attributes:
        done: Items (rows) handled so far.
        total: How many there are, when known (the API's total, the file's rows).
        pages: Pages fetched (exports).
        failed: Items that failed (imports).
    """

    def __init__(
        self,
        label: str,
        unit: str,
        *,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.unit = unit
        self.done = 0
        self.total: int | None = None
        self.pages = 0
        self.failed = 0
        self._stream = sys.stderr if stream is None else stream
        self._clock = clock
        self._started = clock()
        self._drawn = float("-inf")
        self._finished = False
        self.shown = self._stream.isatty()

    def advance(self, items: int = 0, *, pages: int = 0, failed: int = 0) -> None:
        """Count more work done; redraw if the last drawing is old enough."""
        self.done += items
        self.pages += pages
        self.failed += failed
        now = self._clock()
        if now - self._drawn >= _EVERY:
            self._draw(now)

    def finish(self) -> None:
        """Draw the final counts and end the line."""
        self._finished = True
        if self.shown:
            self._draw(self._clock())
            self._stream.write("\n")
            self._stream.flush()

    def line(self, now: float) -> str:
        """The text of the line at `now`."""
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed
        parts = [self.label]
        if self.total:
            filled = min(_BAR, _BAR * self.done // self.total)
            parts.append(f"[{'#' * filled}{'-' * (_BAR - filled)}]")
            parts.append(f"{self.done:,}/{self.total:,} {self.unit}")
        else:
            parts.append(f"{self.done:,} {self.unit}")
        if self.pages:
            parts.append(f"{self.pages:,} pages")
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        parts.append(f"{rate:,.0f}/s")
        if self._finished:
            parts.append(f"done in {_clock(elapsed)}")
        elif self.total and rate:
            parts.append(f"ETA {_clock(max(self.total - self.done, 0) / rate)}")
        else:
            parts.append(f"{_clock(elapsed)} elapsed")
        return "  ".join(parts)

    def _draw(self, now: float) -> None:
        self._drawn = now
        if not self.shown:
            return
        width = shutil.get_terminal_size().columns - 1
        self._stream.write("\r" + self.line(now)[:width] + "\x1b[K")
        self._stream.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
