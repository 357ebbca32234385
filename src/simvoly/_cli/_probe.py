"""`simvoly probe` (also `python -m simvoly probe`): the API's answers against openapi.yaml.

Read-only: it sends GET requests only, and says so before the first. Which operations it
reads comes from the operations table and the answer shapes of the generated tables,
never from names:

- every list (a GET without path or required query parameters answering a page or an
  array): one page, as large as the spec allows; plain arrays (member groups,
  subscriber lists, ...) come whole;
- every single-record GET (answering an object), its path and required query parameters
  taken from the first record its resource's list gave (`id`, `email`): one record each;
- each list's query parameter sent under several names (`x-simvoly-also-sent-as`): the
  list filtered under each name alone by a value no record has (2147483647 for an
  integer), against the unfiltered total: a name the server honours answers fewer
  records (none, or refuses the value), a name it ignores answers them all;
- each paginated list's first page: whether the server capped it below the `limit` asked.

Every answer is checked with `_tolerance.deviations()`, the strict reader's rules, and
the report (`_report`) counts the deviations by model and field: names and JSON types,
never a value.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

from simvoly._call import Call
from simvoly._client import AsyncSimvoly
from simvoly._exceptions import (
    APIConnectionError,
    AuthenticationError,
    SimvolyError,
)
from simvoly._generated.sandbox_tables import ROUTES
from simvoly._operation import Operation, Pagination
from simvoly._tolerance import Deviation, DeviationKind, deviations, json_type

from ._common import add_connection_options, as_decoded, make_client, say
from ._progress import Progress
from ._report import Answer, FilterCheck, PageCheck, Report
from ._tables import OPERATIONS, answer_kind, answer_model, item_model, path_params, required_query

__all__ = ["NO_SUCH_VALUE", "add_parser", "probe", "run"]

#: The filter value no record has, by the parameter's JSON type.
NO_SUCH_VALUE: Final[Mapping[str, Any]] = {"integer": 2**31 - 1, "number": 2**31 - 1}
_NO_SUCH_TEXT: Final = "simvoly-probe-no-such-value"

READ_ONLY_NOTICE: Final = (
    "simvoly probe sends only GET requests to {base_url}: it reads, and never writes."
)


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "probe",
        help="compare the API's answers with the SDK's spec (sends only GETs)",
        description="Read one page of each list, one record of each, and every member group "
        "and subscriber list (GET requests only), check each answer strictly against the "
        "SDK's spec, and report the drift by model and field (names and JSON types, never "
        "values), which name of the member filter the server honours, and whether pages "
        "are capped below the limit asked. Exit 0: the answers match the spec; 1: they "
        "drift; 2: the probe could not run (a refused key) or a request failed.",
    )
    parser.add_argument("--json", action="store_true", help="a JSON report, for a bug report")
    add_connection_options(parser)
    parser.set_defaults(run=run)


async def run(args: argparse.Namespace) -> int:
    async with make_client(args) as client:
        notice = READ_ONLY_NOTICE.format(base_url=client.base_url)
        if args.json:
            sys.stderr.write(notice + "\n")
        else:
            say(notice)
        report = await probe(client)
    say(json.dumps(report.to_json(), indent=2) if args.json else "\n" + report.text())
    return report.exit_code()


def _reads() -> tuple[list[Operation], list[Operation]]:
    """The lists and the single-record reads, from the tables (GETs only)."""
    gets = [op for op in OPERATIONS.values() if op.method == "GET"]
    lists = [
        op
        for op in gets
        if answer_kind(op) in ("page", "array") and not path_params(op) and not required_query(op)
    ]
    singles = [op for op in gets if answer_kind(op) == "object"]
    return lists, singles


async def probe(client: AsyncSimvoly) -> Report:
    """Read and check what the module docstring says; the report of it."""
    lists, singles = _reads()
    filtered = [op for op in lists if op.query_aliases]
    progress = Progress("probe", "requests")
    progress.total = (
        len(lists)
        + len(singles)
        + sum(len(others) + 1 for op in filtered for others in op.query_aliases.values())
    )
    report = Report()
    firsts: dict[str, Mapping[str, Any]] = {}
    totals: dict[str, int] = {}
    try:
        for op in lists:
            query = {} if op.pagination is None else {op.pagination.limit: op.pagination.max_limit}
            data = await _read(client, report, op, op.path, query, progress)
            if data is _FAILED:
                continue
            records = _records(op, data)
            report.check(op.id, _deviations(op, data), len(records))
            first = next((r for r in records if isinstance(r, Mapping)), None)
            if first is not None:
                firsts.setdefault(op.resource, first)
            totals[op.id] = _total(op, data, records)
            if op.pagination is not None:
                report.pages.append(_page_check(op.id, op.pagination, data, records))
        for op in singles:
            await _read_one(client, report, op, firsts.get(op.resource), progress)
        for op in filtered:
            if op.id in totals:
                await _check_filters(client, report, op, totals[op.id], progress)
    finally:
        progress.finish()
    return report


class _Failed:
    """A read that failed (recorded in the report)."""


_FAILED: Final = _Failed()


async def _read(
    client: AsyncSimvoly,
    report: Report,
    op: Operation,
    path: str,
    query: Mapping[str, Any],
    progress: Progress,
) -> Any:
    """The decoded answer of one GET, or `_FAILED` (the failure recorded)."""
    # Call(...) rather than Call.of(...): the probe sends each parameter under the one
    # name it chose, never its other names too.
    call = Call(op, path, dict(query), None, as_decoded)
    try:
        return await client._send(call)
    except (AuthenticationError, APIConnectionError):
        raise  # every other read would fail alike: the probe cannot run
    except SimvolyError as error:
        report.answers.append(Answer(op.id, None, str(error)))
        return _FAILED
    finally:
        progress.advance(1)


async def _read_one(
    client: AsyncSimvoly,
    report: Report,
    op: Operation,
    record: Mapping[str, Any] | None,
    progress: Progress,
) -> None:
    names = (*path_params(op), *required_query(op))
    missing = [n for n in names if record.get(n) in (None, "")] if record else list(names)
    if record is None or missing:
        why = f"skipped: no {op.resource} record listed to read it by ({', '.join(missing)})"
        report.answers.append(Answer(op.id, None, why))
        progress.advance(1)
        return
    path = op.path
    for name in path_params(op):
        path = path.replace(f"{{{name}}}", quote(str(record[name]), safe=""))
    query = {name: record[name] for name in required_query(op)}
    data = await _read(client, report, op, path, query, progress)
    if data is not _FAILED:
        report.check(op.id, _deviations(op, data), 1)


def _records(op: Operation, data: Any) -> list[Any]:
    """The records a list answered (what can be found of them)."""
    if op.pagination is not None:
        data = data.get(op.pagination.items) if isinstance(data, Mapping) else None
    return data if isinstance(data, list) else []


def _total(op: Operation, data: Any, records: list[Any]) -> int:
    """How many records a list holds: its declared total, else those it answered."""
    total = None if op.pagination is None else _declared_total(op.pagination, data)
    return len(records) if total is None else total


def _declared_total(pagination: Pagination, data: Any) -> int | None:
    """The total a page declares, if it declares one that is an integer."""
    total = data.get(pagination.total) if isinstance(data, Mapping) else None
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def _deviations(op: Operation, data: Any) -> list[Deviation]:
    """Every deviation of an answer from the spec: of the page or object as a whole, or
    of each record of a plain array."""
    if answer_kind(op) != "array":
        model = answer_model(op)
        return [] if model is None else deviations(model, data)
    model = item_model(op)
    if model is None:  # pragma: no cover - every array of the spec lists records
        return []
    if not isinstance(data, list):
        name = f"list[{model.__name__}]"
        return [Deviation(DeviationKind.TYPE, name, name, "array", json_type(data))]
    return [found for record in data for found in deviations(model, record)]


def _page_check(operation: str, pagination: Pagination, data: Any, records: list[Any]) -> PageCheck:
    """Whether the first page, asked with the largest limit, came shorter than it could.

    `capped` is None when the page cannot tell: no total came, or every record fitted in
    a page shorter than asked (the cap, if any, is above the total)."""
    asked, got = pagination.max_limit, len(records)
    total = _declared_total(pagination, data)
    if total is None:
        return PageCheck(operation, asked, got, None, None if got < asked else False)
    if total <= got:
        return PageCheck(operation, asked, got, total, None if total < asked else False)
    return PageCheck(operation, asked, got, total, got < asked)


async def _check_filters(
    client: AsyncSimvoly, report: Report, op: Operation, unfiltered: int, progress: Progress
) -> None:
    """Each name of each aliased parameter alone, filtering by a value no record has."""
    one = {} if op.pagination is None else {op.pagination.limit: 1}
    for parameter, others in op.query_aliases.items():
        kind = ROUTES[op.id]["query"][parameter]["schema"].get("type", "string")
        value = NO_SUCH_VALUE.get(kind, _NO_SUCH_TEXT)
        for name in (parameter, *others):
            call = Call(op, op.path, {**one, name: value}, None, as_decoded)
            try:
                data = await client._send(call)
            except SimvolyError as error:
                verdict = FilterCheck.failed(op.id, parameter, name, unfiltered, error)
            else:
                count = _total(op, data, _records(op, data))
                verdict = FilterCheck.counted(op.id, parameter, name, count, unfiltered)
            finally:
                progress.advance(1)
            report.filters.append(verdict)
