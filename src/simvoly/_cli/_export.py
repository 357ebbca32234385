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
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sys
from collections.abc import Iterator, Mapping
from typing import Any, Protocol, TextIO

from simvoly._exceptions import SimvolyError
from simvoly._tolerance import fields_of, model_in

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
    add_connection_options(parser)
    parser.set_defaults(run=run)


async def run(args: argparse.Namespace) -> int:
    op = paginated_lists()[args.resource]
    query = _date_query(args)
    model = item_model(op)
    if model is None:  # pragma: no cover - every paginated list of the spec lists records
        raise CommandError(f"{args.resource}: openapi.yaml names no model of its records")
    progress = Progress(args.resource, "items")
    async with make_client(args) as client:
        paginator = getattr(getattr(client, op.resource), op.method_name)(
            concurrency=args.concurrency, extra_query=query or None
        )
        with _output(args.output) as stream:
            writer: _Writer = _Csv(stream, model) if args.format == "csv" else _JsonLines(stream)
            try:
                async for page in paginator.pages():
                    progress.total = page.total_count
                    for item in page.items:
                        writer.write(item.to_dict())
                    progress.advance(len(page.items), pages=1)
            except SimvolyError as error:
                raise CommandError(
                    f"the export stopped after {progress.done:,} {args.resource} (kept in "
                    f"{args.output or 'the output'}): {error}",
                    FAILED,
                ) from None
            finally:
                progress.finish()
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
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="") as stream:
        yield stream


class _Writer(Protocol):
    def write(self, record: Mapping[str, Any]) -> None: ...


class _JsonLines:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, record: Mapping[str, Any]) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


class _Csv:
    def __init__(self, stream: TextIO, model: type[Any]) -> None:
        self._columns = csv_columns(model)
        # Objects flattened into columns: null or {} there leaves their columns empty.
        self._objects = {c.rsplit(".", 1)[0] for c in self._columns if "." in c}
        self._writer = csv.writer(stream)
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
