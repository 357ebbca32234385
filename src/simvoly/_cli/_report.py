"""The probe's report: the drift by model and field, the filters, the page sizes.

Everything in it is a name (operations, models, fields, query parameters), a JSON type,
a count or an error message of the server; never a value of a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

import attrs

from simvoly._exceptions import APIStatusError, SimvolyError
from simvoly._tolerance import Deviation
from simvoly._version import __version__

from ._common import FAILED, OK, UNUSABLE

__all__ = ["Answer", "FilterCheck", "Finding", "PageCheck", "Report", "field_of"]

_INDEX: Final = re.compile(r"\[\d+\]")

#: How each kind of deviation reads in the text report.
_KINDS: Final = {
    "missing": "missing, though required",
    "null": "null, though not nullable",
    "type": "wrong type",
    "unknown_field": "not in the spec",
    "unknown_enum": "value not in the enum",
}


def field_of(deviation: Deviation) -> str:
    """The field of a deviation within its model: the last step of its path, list
    indices as `[]` (`Order.items[2].total` -> `total`; `Order.items[2]` -> `items[]`);
    empty for the record as a whole."""
    _, dot, last = deviation.path.rpartition(".")
    return _INDEX.sub("[]", last) if dot else ""


@attrs.define
class Answer:
    """A read that did not give a record to check (failed or skipped), or did."""

    operation: str
    records: int | None
    note: str | None = None

    @property
    def failed(self) -> bool:
        return self.note is not None and not self.note.startswith("skipped")


@attrs.define
class Finding:
    """One kind of deviation of one field of one model, and where and how often."""

    model: str
    field: str
    kind: str
    expected: str
    got: str
    count: int = 0
    operations: set[str] = attrs.field(factory=set)


@attrs.frozen
class FilterCheck:
    """A list filtered under one name of a parameter, against the unfiltered total."""

    operation: str
    parameter: str
    name: str
    filtered: int | None
    unfiltered: int
    verdict: str  # honoured | ignored | cannot tell
    note: str | None = None

    @classmethod
    def counted(
        cls, operation: str, parameter: str, name: str, filtered: int, unfiltered: int
    ) -> FilterCheck:
        if not unfiltered:
            verdict, note = "cannot tell", "the list is empty"
        else:
            verdict, note = ("ignored" if filtered >= unfiltered else "honoured"), None
        return cls(operation, parameter, name, filtered, unfiltered, verdict, note)

    @classmethod
    def failed(
        cls, operation: str, parameter: str, name: str, unfiltered: int, error: SimvolyError
    ) -> FilterCheck:
        if isinstance(error, APIStatusError) and 400 <= error.status_code < 500:
            why = f"refused the value: {error}"
            return cls(operation, parameter, name, None, unfiltered, "honoured", why)
        return cls(operation, parameter, name, None, unfiltered, "cannot tell", str(error))


@attrs.frozen
class PageCheck:
    """The first page of a list, asked with the largest `limit`."""

    operation: str
    asked: int
    got: int
    total: int | None
    capped: bool | None  # None: cannot tell


@attrs.define
class Report:
    """What the probe found."""

    answers: list[Answer] = attrs.field(factory=list)
    findings: dict[tuple[str, ...], Finding] = attrs.field(factory=dict)
    filters: list[FilterCheck] = attrs.field(factory=list)
    pages: list[PageCheck] = attrs.field(factory=list)

    def check(self, operation: str, found: Iterable[Deviation], records: int) -> None:
        """Record a read that answered `records` records, and its deviations."""
        self.answers.append(Answer(operation, records))
        for deviation in found:
            field = field_of(deviation)
            key = (deviation.model, field, deviation.kind, deviation.expected, deviation.got)
            finding = self.findings.get(key)
            if finding is None:
                finding = Finding(deviation.model, field, str(deviation.kind), *key[3:])
                self.findings[key] = finding
            finding.count += 1
            finding.operations.add(operation)

    @property
    def capped(self) -> list[PageCheck]:
        return [page for page in self.pages if page.capped]

    def exit_code(self) -> int:
        """2 when a read failed, else 1 when the answers drift from the spec, else 0."""
        if any(answer.failed for answer in self.answers):
            return UNUSABLE
        return FAILED if self.findings or self.capped else OK

    def to_json(self) -> dict[str, Any]:
        return {
            "simvoly": __version__,
            "requests": "GET only",
            "result": ["match", "drift", "error"][self.exit_code()],
            "drift": [
                {
                    **attrs.asdict(f, filter=lambda a, _: a.name != "operations"),
                    "operations": sorted(f.operations),
                }
                for f in self._sorted_findings()
            ],
            "failed": [attrs.asdict(a) for a in self.answers if a.failed],
            "skipped": [attrs.asdict(a) for a in self.answers if a.note and not a.failed],
            "reads": {a.operation: a.records for a in self.answers if a.note is None},
            "member_filter": [attrs.asdict(check) for check in self.filters],
            "page_size": [attrs.asdict(page) for page in self.pages],
        }

    def _sorted_findings(self) -> list[Finding]:
        return sorted(self.findings.values(), key=lambda f: (f.model, f.field, f.kind))

    def text(self) -> str:
        """The report for a terminal."""
        sections = (self._reads_text(), self._drift_text(), self._filters_text())
        return "\n\n".join([*(s for s in sections if s), self._pages_text(), self._result()])

    def _reads_text(self) -> str:
        read = [a for a in self.answers if a.note is None]
        records = sum(a.records or 0 for a in read)
        lines = [f"Read {len(read)} answers ({records:,} records)."]
        lines += [f"  {a.operation}: {a.note}" for a in self.answers if a.note is not None]
        return "\n".join(lines)

    def _drift_text(self) -> str:
        if not self.findings:
            return "No drift: every answer matches the spec."
        lines = ["Drift from the spec, by model and field (names and JSON types, never values):"]
        model = None
        for f in self._sorted_findings():
            if f.model != model:
                model = f.model
                lines.append(f"  {model}")
            what = _KINDS[f.kind]
            if f.kind in ("type", "null", "missing"):
                what += f": expected {f.expected}, got {f.got}"
            else:
                what += f" ({f.got})"
            times = f"{f.count:,} time" + ("" if f.count == 1 else "s")
            where = ", ".join(sorted(f.operations))
            lines.append(f"    {f.field or '(the record)':<20} {what}; {times} ({where})")
        return "\n".join(lines)

    def _filters_text(self) -> str:
        if not self.filters:
            return ""
        lines = ["Filters sent under several names (each alone, by a value no record has):"]
        for check in self.filters:
            filtered = "?" if check.filtered is None else f"{check.filtered:,}"
            note = f" ({check.note})" if check.note else ""
            lines.append(
                f"  {check.operation} {check.name:<12} {check.verdict}: "
                f"{filtered} of {check.unfiltered:,} records{note}"
            )
        return "\n".join(lines)

    def _pages_text(self) -> str:
        lines = ["Page size (the first page of each list, with the largest limit):"]
        for page in self.pages:
            total = "?" if page.total is None else f"{page.total:,}"
            verdict = {
                True: f"capped at {page.got}, below the limit asked ({page.asked})",
                False: "a full page",
                None: "cannot tell (no total, or fewer records than a page)",
            }[page.capped]
            lines.append(f"  {page.operation:<24} {page.got} of {total}: {verdict}")
        return "\n".join(lines)

    def _result(self) -> str:
        return (
            "Result: the answers match the spec.",
            "Result: the answers drift from the spec. Please attach the output of "
            "`simvoly probe --json` to an issue.",
            "Result: some reads failed (see above); the report is incomplete.",
        )[self.exit_code()]
