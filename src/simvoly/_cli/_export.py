"""`simvoly export RESOURCE`: every record of a list, as JSON lines or CSV.

- The lists are the paginated ones of the operations table (contacts, members, products,
  orders, form-submissions, bookings); pages are fetched ahead (`--concurrency`), and the
  walk's rules (no duplicates, a server's own page cap) are the paginator's.
- JSON lines: one record per line, in the API's own field names (`to_dict()`: what the
  answer held, fields the SDK does not know included).
- CSV: one column per field of the record's model in openapi.yaml, nested objects
  flattened into dotted names (`billingAddress.city`), lists as one cell of JSON
  (`["vip","b2b"]`: lossless, and the columns stay the same for every record), null and
  absent as an empty cell, booleans as `true`/`false`. Fields the spec does not list go
  to a last column, `_extra`, as a JSON object by dotted name, so no value is lost and
  the header is known before the first record (the file is written as it goes).
- `--since`/`--until` map to the list's date filters: its query parameters marked as the
  lower and upper bound of a timestamp range in openapi.yaml (`x-simvoly-bound`).
- Into a file (`-o`), each page is written whole, then the walk's checkpoint
  (`paginator.checkpoint()`) and the file's length go to `FILE.checkpoint.json`, which a
  finished export removes. `--resume` cuts the file back to the last recorded length (a
  page cut short by the interruption is written again, whole), and goes on from the
  checkpoint into the same file: no record twice, none skipped (within the limits of
  resumable walks: docs/guides/pagination.md). It refuses another list, format or date range.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sys
from collections.abc import Iterator, Mapping
from typing import Any, Protocol, TextIO

from simvoly._exceptions import SimvolyError
from simvoly._tolerance import fields_of, model_in
from simvoly._walk import CheckpointError

from ._common import FAILED, OK, CommandError, add_connection_options, make_client, parse_date
from ._progress import Progress
from ._tables import bounds, item_model, paginated_lists

__all__ = ["EXTRA_COLUMN", "add_parser", "csv_columns", "flatten", "run"]

#: The CSV column of the fields the spec does not list.
EXTRA_COLUMN = "_extra"


def add_parser(commands: Any) -> None:
    lists = paginated_lists()
    dated = sorted(name for name, op in lists.items() if bounds(op))
    parser = commands.add_parser(
        "export",
        help="every record of a list, as JSON lines or CSV",
        description="Write every record of a list to a file (or stdout), fetching pages "
        "ahead. JSON lines keep the API's own field names; CSV flattens nested objects into "
        "dotted column names and writes lists as JSON.",
    )
    parser.add_argument("resource", choices=sorted(lists), help="the list to export")
    parser.add_argument("--format", choices=("jsonl", "csv"), required=True)
    parser.add_argument("-o", "--output", help="the file to write (default: stdout)")
    parser.add_argument(
        "--since",
        help="only records from this date on: 2025-01-31 (UTC), an ISO 8601 time, or "
        f"seconds since the epoch; lists with a date filter: {', '.join(dated)}",
    )
    parser.add_argument("--until", help="only records up to this date (a day: all of it)")
    parser.add_argument(
        "--concurrency", type=int, default=4, help="pages fetched ahead (default: %(default)s)"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="go on with an interrupted export into the same file (-o), without duplicates",
    )
    add_connection_options(parser)
    parser.set_defaults(run=run)


async def run(args: argparse.Namespace) -> int:
    op = paginated_lists()[args.resource]
    query = _date_query(args)
    model = item_model(op)
    if model is None:  # pragma: no cover - every paginated list of the spec lists records
        raise CommandError(f"{args.resource}: openapi.yaml names no model of its records")
    saved = _Saved(args, query)
    resume = saved.load() if args.resume else None
    if resume is None:
        saved.clear()  # a fresh export: an old checkpoint no longer fits the file
    progress = Progress(args.resource, "items")
    async with make_client(args) as client:
        try:
            paginator = getattr(getattr(client, op.resource), op.method_name)(
                concurrency=args.concurrency,
                extra_query=query or None,
                resume=None if resume is None else resume["checkpoint"],
            )
        except CheckpointError as error:
            raise CommandError(f"cannot resume {saved.path}: {error}") from None
        length = None if resume is None else resume["length"]
        with _output(args.output, length) as stream:
            writer: _Writer = (
                _Csv(stream, model, header=resume is None)
                if args.format == "csv"
                else _JsonLines(stream)
            )
            try:
                async for page in paginator.pages():
                    progress.total = page.total_count
                    for item in page.items:
                        writer.write(item.to_dict())
                    progress.advance(len(page.items), pages=1)
                    saved.save(paginator.checkpoint(), stream)
            except CheckpointError as error:
                raise CommandError(f"cannot resume {saved.path}: {error}", FAILED) from None
            except SimvolyError as error:
                again = " (go on with --resume)" if saved.path else ""
                raise CommandError(
                    f"the export stopped after {progress.done:,} {args.resource} (kept in "
                    f"{args.output or 'the output'}{again}): {error}",
                    FAILED,
                ) from None
            finally:
                progress.finish()
    saved.clear()
    where = f" to {args.output}" if args.output else ""
    sys.stderr.write(f"Exported {progress.done:,} {args.resource}{where}.\n")
    return OK


def _date_query(args: argparse.Namespace) -> dict[str, int]:
    """The list's date filters for --since/--until (by their bound in openapi.yaml)."""
    asked = {"lower": args.since, "upper": args.until}
    asked = {bound: text for bound, text in asked.items() if text is not None}
    if not asked:
        return {}
    names = bounds(paginated_lists()[args.resource])
    if not names:
        dated = [name for name, op in paginated_lists().items() if bounds(op)]
        raise CommandError(
            f"{args.resource} cannot be filtered by date (the API has no date filter for "
            f"them); --since and --until work with {', '.join(sorted(dated))}"
        )
    query = {
        names[bound]: parse_date(text, end_of_day=bound == "upper") for bound, text in asked.items()
    }
    if len(query) == 2 and query[names["lower"]] > query[names["upper"]]:
        raise CommandError("--since is after --until: nothing would match")
    return query


@contextlib.contextmanager
def _output(path: str | None, length: int | None) -> Iterator[TextIO]:
    """The output: stdout, a new file, or (`length`: resuming) the file cut back to the
    length its last checkpoint recorded, to be appended to."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if length is not None:
        os.truncate(path, length)
    with open(path, "w" if length is None else "a", encoding="utf-8", newline="") as stream:
        yield stream


class _Saved:
    """`FILE.checkpoint.json`: where an export into FILE has got to (none for stdout)."""

    def __init__(self, args: argparse.Namespace, query: Mapping[str, int]) -> None:
        output = args.output if args.output not in (None, "-") else None
        self.path = None if output is None else f"{output}.checkpoint.json"
        self._output = output
        self._what = {"resource": args.resource, "format": args.format, "query": dict(query)}

    def load(self) -> dict[str, Any]:
        """The checkpoint to resume from; one clear error when there is none that fits."""
        if self.path is None:
            raise CommandError("--resume goes on with a file: give it with -o FILE")
        try:
            with open(self.path, encoding="utf-8") as stream:
                saved = json.load(stream)
        except FileNotFoundError:
            raise CommandError(
                f"nothing to resume: there is no {self.path} (the export into "
                f"{self._output} finished, or never started); run it without --resume"
            ) from None
        except ValueError:
            raise CommandError(f"{self.path} is not a checkpoint of simvoly export") from None
        if not isinstance(saved, dict) or saved.get("what") != self._what:
            raise CommandError(
                f"{self.path} is the checkpoint of another export "
                f"({_describe(saved)}): resume with the same list, --format and dates"
            )
        if not os.path.exists(str(self._output)):
            raise CommandError(f"nothing to resume: {self._output} is gone")
        return saved

    def save(self, checkpoint: Mapping[str, Any], stream: TextIO) -> None:
        """Record the walk's place and the file's length, the page written whole first."""
        if self.path is None:
            return
        stream.flush()
        os.fsync(stream.fileno())
        state = {"what": self._what, "checkpoint": dict(checkpoint), "length": stream.tell()}
        partial = f"{self.path}.partial"
        with open(partial, "w", encoding="utf-8") as file:
            json.dump(state, file)
        os.replace(partial, self.path)  # whole or not at all, whenever the export stops

    def clear(self) -> None:
        if self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.path)


def _describe(saved: Any) -> str:
    what = saved.get("what") if isinstance(saved, dict) else None
    if not isinstance(what, dict):
        return "unreadable"
    return f"{what.get('resource')} as {what.get('format')}, dates {what.get('query') or 'none'}"


class _Writer(Protocol):
    def write(self, record: Mapping[str, Any]) -> None: ...


class _JsonLines:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, record: Mapping[str, Any]) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


class _Csv:
    def __init__(self, stream: TextIO, model: type[Any], *, header: bool = True) -> None:
        self._columns = csv_columns(model)
        # Objects flattened into columns: null or {} there leaves their columns empty.
        self._objects = {c.rsplit(".", 1)[0] for c in self._columns if "." in c}
        self._writer = csv.writer(stream)
        if header:  # not when appending to a file that has it (resuming)
            self._writer.writerow([*self._columns, EXTRA_COLUMN])

    def write(self, record: Mapping[str, Any]) -> None:
        cells = flatten(record)
        row = [cells.pop(column, "") for column in self._columns]
        extra = {
            name: cell
            for name, cell in cells.items()
            if name not in self._objects or cell not in ("", "{}")
        }
        text = json.dumps(extra, ensure_ascii=False, separators=(",", ":")) if extra else ""
        self._writer.writerow([*row, text])


def csv_columns(model: type[Any], prefix: str = "") -> list[str]:
    """The CSV columns of a model: its fields in spec order, nested objects' dotted."""
    columns: list[str] = []
    for field in fields_of(model):
        nested = model_in(field.kind)
        if nested is None:
            columns.append(prefix + field.json)
        else:
            columns += csv_columns(nested, f"{prefix}{field.json}.")
    return columns


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """A record's cells by dotted column name (see the module docstring)."""
    cells: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, Mapping) and value:
            cells.update(flatten(value, f"{prefix}{key}."))
        else:
            cells[prefix + key] = _cell(value)
    return cells


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
