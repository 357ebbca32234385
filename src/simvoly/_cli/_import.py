"""`simvoly import contacts FILE`: create or update records from a CSV or JSON lines file.

- The resources are those with a create-or-update operation in the operations table
  (`x-simvoly-upsert`: contacts by email; products by URL). Each row is one request of
  that operation; a row without the upsert key is refused (it would create a duplicate).
- Rows are read in the API's field names, as `simvoly export` writes them: JSON lines as
  they are; CSV cells by the request body's schema (text, integers, numbers,
  `true`/`false`, JSON for lists and objects, dotted names for nested fields). An empty
  cell, or a null, sends nothing (an import never blanks a field). Columns the request body does not
  have (`id`, `createdOn`, ...) are left out, and named once.
- Every row is checked first, against the request body's schema in openapi.yaml (the
  sandbox's own checks, from the generated tables): a bad row is reported, and never
  stops the good ones. `--dry-run` stops there and sends nothing. The file is read
  twice, to check and count every row and then to send the valid ones, so that memory
  stays flat whatever its size (the rows are not kept between the two readings).
- Rows are sent by `--concurrency` tasks through one client: its rate limit (adaptive
  backoff on 429, optional `--rate`) and retries apply. Rows with the same key go one
  after the other, in file order, so the last one wins as it would sequentially.
- The rows that failed (checks or API) are written, in file order and in the input's
  format, with an `error` column (field) saying why, to a report file the user can fix
  and import again (its `error` column is ignored then).
- A refused API key stops the import at once (every row would fail the same way).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import functools
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from simvoly._bulk import lane_key
from simvoly._call import Call
from simvoly._client import AsyncSimvoly
from simvoly._exceptions import AuthenticationError, SimvolyError
from simvoly._limiter import RateLimit
from simvoly._operation import Operation
from simvoly.testing._errors import ApiError
from simvoly.testing._schema import check, from_text

from ._common import (
    FAILED,
    OK,
    CommandError,
    add_connection_options,
    as_decoded,
    make_client,
    say,
)
from ._progress import Progress
from ._tables import BODIES, OPERATIONS, command_name

__all__ = ["ERROR_COLUMN", "add_parser", "run", "upserts"]

#: The report's column (JSON field) saying why a row failed.
ERROR_COLUMN = "error"
#: Columns an import never reads as fields: the report's, and `simvoly export`'s extras.
_NOT_FIELDS = frozenset({ERROR_COLUMN, "_extra"})
_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def upserts() -> dict[str, Operation]:
    """The create-or-update operations, by the command-line name of their resource."""
    return {command_name(op.resource): op for op in OPERATIONS.values() if op.upsert_by is not None}


def add_parser(commands: Any) -> None:
    choices = upserts()
    keys = ", ".join(f"{name} by {op.upsert_by}" for name, op in sorted(choices.items()))
    parser = commands.add_parser(
        "import",
        help="create or update contacts (by email) from a CSV or JSON lines file",
        description=f"Create or update records from a file ({keys}): every row is checked, "
        "bad rows are reported and never stop the good ones, and the rows that failed are "
        "written to a report file to fix and import again.",
    )
    parser.add_argument("resource", choices=sorted(choices))
    parser.add_argument("file", help="a .csv or .jsonl file in the API's field names")
    parser.add_argument(
        "--concurrency", type=int, default=4, help="requests in flight (default: %(default)s)"
    )
    parser.add_argument("--rate", type=float, help="at most this many requests per second")
    parser.add_argument("--dry-run", action="store_true", help="check every row, send nothing")
    parser.add_argument(
        "--report", help="where to write the rows that failed (default: FILE.failed.csv|jsonl)"
    )
    add_connection_options(parser)
    parser.set_defaults(run=run)


@attrs.frozen
class _Row:
    """One row: its line in the file, as read (for the report), and its body or problem."""

    line: int
    raw: Any
    body: dict[str, Any] | None
    problem: str | None


async def run(args: argparse.Namespace) -> int:
    if args.concurrency < 1:
        raise CommandError("--concurrency must be 1 or more")
    op = upserts()[args.resource]
    path = Path(args.file)
    kind = _FORMATS.get(path.suffix.lower())
    if kind is None:
        raise CommandError(f"{path}: the file must end in .csv or .jsonl")
    source = _Source(path, kind, op)
    failures: list[_Row] = []
    valid = 0
    for row in source.rows():  # every row checked before anything is sent
        if row.problem is None:
            valid += 1
        else:
            failures.append(row)
    if source.ignored:
        names = ", ".join(sorted(source.ignored))
        sys.stderr.write(f"Columns that are not {op.body} fields, left out: {names}\n")
    if args.dry_run:
        _report(args, source, failures)
        say(f"Checked {valid + len(failures):,} rows: {valid:,} valid, {len(failures):,} not.")
        return FAILED if failures else OK
    progress = Progress(path.name, "rows")
    progress.total = valid
    limit = RateLimit(per_second=args.rate, max_in_flight=args.concurrency)
    async with make_client(args, limit) as client:
        try:
            failures += await _send(client, op, source, args.concurrency, progress)
        finally:
            progress.finish()
    _report(args, source, failures)
    done = progress.done - progress.failed
    say(f"Imported {done:,} {args.resource}; {len(failures):,} rows failed.")
    return FAILED if failures else OK


async def _send(
    client: AsyncSimvoly, op: Operation, source: _Source, concurrency: int, progress: Progress
) -> list[_Row]:
    """Send every valid row; the rows that failed, with why."""
    queue: asyncio.Queue[_Row | None] = asyncio.Queue(maxsize=concurrency * 2)
    # Rows with the same key wait for each other; asyncio.Lock is first come, first served,
    # and a worker takes its row and queues for the row's lock without yielding between.
    locks: dict[object, tuple[asyncio.Lock, list[int]]] = {}
    failed: list[_Row] = []
    key = op.upsert_by or ""
    params = dict(op.upsert_query or {})

    async def worker() -> None:
        while (row := await queue.get()) is not None:
            body = row.body or {}
            same = lane_key(body[key])  # as upsert_many orders its items
            lock, users = locks.setdefault(same, (asyncio.Lock(), [0]))
            users[0] += 1
            try:
                async with lock:
                    request = {"url": op.path, "params": params, "json": body}
                    await client._send(Call.of(op, request, as_decoded))
                progress.advance(1)
            except AuthenticationError:
                raise
            except (SimvolyError, ValueError) as error:
                failed.append(attrs.evolve(row, problem=str(error)))
                progress.advance(1, failed=1)
            finally:
                users[0] -= 1
                if not users[0]:
                    del locks[same]

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(concurrency):
                group.create_task(worker())
            for row in source.rows():
                if row.problem is None:
                    await queue.put(row)
            for _ in range(concurrency):
                await queue.put(None)
    except ExceptionGroup as errors:  # a refused key: say it once, not per task
        raise errors.exceptions[0] from None
    return failed


class _Source:
    """The rows of the input file, read and checked as the module docstring says."""

    def __init__(self, path: Path, kind: str, op: Operation) -> None:
        self.path, self.kind, self.op = path, kind, op
        self.schema: Mapping[str, Any] = BODIES[op.body or ""]
        self.ignored: set[str] = set()
        self.header: list[str] = []

    def rows(self) -> Iterator[_Row]:
        with self.path.open(encoding="utf-8-sig", newline="") as stream:
            if self.kind == "csv":
                reader = csv.DictReader(stream)
                self.header = list(reader.fieldnames or ())
                for cells in reader:
                    yield self._row(
                        reader.line_num, cells, functools.partial(self._from_cells, cells)
                    )
            else:
                for number, text in enumerate(stream, 1):
                    if text.strip():
                        yield self._row(
                            number, text.rstrip("\r\n"), functools.partial(_object, text)
                        )

    def _row(self, line: int, raw: Any, read: Callable[[], dict[str, Any]]) -> _Row:
        try:
            document = read()
            self.ignored.update(
                name
                for name in document
                if name not in self.schema["properties"] and name not in _NOT_FIELDS
            )
            body: dict[str, Any] = check(self.schema, "body", document)
        except ApiError as problem:
            return _Row(line, raw, None, problem.message)
        key = self.op.upsert_by or ""
        if body.get(key) in (None, ""):
            return _Row(line, raw, None, f"{key} is required: rows are matched by it")
        return _Row(line, raw, body, None)

    def _from_cells(self, cells: Mapping[str | None, Any]) -> dict[str, Any]:
        document: dict[str, Any] = {}
        for column, text in cells.items():
            if column is None:  # csv.DictReader's key for cells past the header
                raise ApiError(400, "the row has more cells than the header has columns")
            if column in _NOT_FIELDS or text is None or text == "":
                continue
            field = _field(self.schema, column.split("."))
            if field is None:
                self.ignored.add(column)
                continue
            *parents, name = column.split(".")
            target = document
            for parent in parents:
                target = target.setdefault(parent, {})
            target[name] = _from_cell(field, column, text)
        return document


def _field(schema: Mapping[str, Any] | None, names: list[str]) -> Mapping[str, Any] | None:
    """The schema of a (dotted) field of an object schema, or None."""
    for name in names:
        schema = (schema or {}).get("properties", {}).get(name)
    return schema


def _from_cell(schema: Mapping[str, Any], column: str, text: str) -> Any:
    if schema.get("type") in ("array", "object"):
        try:
            return json.loads(text)
        except ValueError:
            raise ApiError(400, f'{column} must be JSON, e.g. ["a", "b"]') from None
    return from_text(schema, column, text)


def _object(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except ValueError as error:
        raise ApiError(400, f"not JSON ({error})") from None
    if not isinstance(document, dict):
        raise ApiError(400, "not a JSON object")
    return _without_nulls(document)


def _without_nulls(document: dict[str, Any]) -> dict[str, Any]:
    """`document` without its nulls: like an empty cell, a null sends nothing (an export
    has them where the API answers null for empty)."""
    return {
        name: _without_nulls(value) if isinstance(value, dict) else value
        for name, value in document.items()
        if value is not None
    }


def _report(args: argparse.Namespace, source: _Source, failures: list[_Row]) -> None:
    """Write the rows that failed, in file order, in the input's format."""
    if not failures:
        return
    path = (
        Path(args.report)
        if args.report
        else source.path.with_name(f"{source.path.stem}.failed{source.path.suffix}")
    )
    failures.sort(key=lambda row: row.line)
    with path.open("w", encoding="utf-8", newline="") as stream:
        if source.kind == "csv":
            columns = [c for c in source.header if c != ERROR_COLUMN] + [ERROR_COLUMN]
            writer = csv.DictWriter(stream, columns, extrasaction="ignore")
            writer.writeheader()
            for row in failures:
                writer.writerow({**row.raw, ERROR_COLUMN: f"line {row.line}: {row.problem}"})
        else:
            for row in failures:
                try:
                    document = json.loads(row.raw)
                except ValueError:
                    document = None
                if not isinstance(document, dict):  # kept as text, to fix by hand
                    document = {"line": row.raw}
                document[ERROR_COLUMN] = f"line {row.line}: {row.problem}"
                stream.write(json.dumps(document, ensure_ascii=False) + "\n")
    sys.stderr.write(f"{len(failures):,} rows failed: written to {path}\n")
