"""`simvoly export`: every record of a list, compared with the sandbox's store."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from simvoly._cli._export import EXTRA_COLUMN, csv_columns, flatten
from simvoly.models import Member
from simvoly.testing import Sandbox
from simvoly.testing._shop import add_order

from .conftest import KEY, Result, run, serving


def stored(records: Any) -> list[dict[str, Any]]:
    """The store's records as JSON gives them back."""
    return [json.loads(json.dumps(record)) for record in records]


def rendered(value: Any) -> str:
    """What a CSV cell holds for a value (docs/guides/cli.md)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def leaves(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Every value of a record by dotted name, as its cell should hold it."""
    found: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, dict) and value:
            found.update(leaves(value, f"{prefix}{key}."))
        else:
            found[prefix + key] = rendered(value)
    return found


def test_orders_as_json_lines_are_the_stores_records(
    seeded: Sandbox, base_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "orders.jsonl"
    result = run("export", "orders", "--format", "jsonl", "-o", str(target), "--base-url", base_url)
    assert result.code == 0, result.err
    assert result.err == "Exported 150 orders to " + str(target) + ".\n"  # no progress: a pipe
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == stored(seeded.store.orders.values())
    assert all(request.method == "GET" for request in seeded.requests)


def test_orders_as_csv_flatten_nested_fields_and_keep_lists_as_json(
    seeded: Sandbox, base_url: str
) -> None:
    result = run("export", "orders", "--format", "csv", "--base-url", base_url)  # to stdout
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    orders = stored(seeded.store.orders.values())
    assert len(rows) == len(orders) == 150
    for row, order in zip(rows, orders, strict=True):
        expected = leaves(order)
        # A null object (fulfillment before shipping): its columns are empty.
        nulls = {name for name in expected if any(c.startswith(f"{name}.") for c in row)}
        assert all(order[name] is None for name in nulls)
        expected = {name: cell for name, cell in expected.items() if name not in nulls}
        assert {column: row[column] for column in expected} == expected
        assert row[EXTRA_COLUMN] == ""  # nothing outside the spec
        assert all(row[column] == "" for column in set(row) - set(expected))
    first = rows[0]
    assert json.loads(first["items"]) == orders[0]["items"]
    assert first["billingAddress.city"] == orders[0]["billingAddress"]["city"]


def test_csv_columns_are_the_models_fields_in_spec_order() -> None:
    columns = csv_columns(Member)
    assert columns[:4] == ["id", "name", "email", "groups"]
    assert "billingAddress.city" in columns
    assert "billingAddress" not in columns  # an object: its fields, dotted
    assert "groups" in columns  # a list: one cell


def test_fields_outside_the_spec_go_to_the_extra_column(cli: Any) -> None:
    drifting = Sandbox(KEY, seed=7, drift=True)
    with serving(drifting) as url:
        result: Result = cli("export", "contacts", "--format", "csv", "--base-url", url)
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 300  # pages capped at 20: the walk goes on
    contacts = list(drifting.store.contacts.values())
    assert json.loads(rows[0][EXTRA_COLUMN]) == {"source": "form"}
    assert rows[0]["memberId"] == str(contacts[0]["memberId"])  # a string came: kept as is
    assert [int(row["id"]) for row in rows] == [c["id"] for c in contacts]


def day(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


@pytest.mark.parametrize(
    ("resource", "collection", "field", "names"),
    [
        ("contacts", "contacts", "createdOn", ("created_at_min", "created_at_max")),
        ("bookings", "bookings", "start", ("from", "to")),
    ],
)
def test_since_and_until_map_to_the_lists_date_filters(
    cli: Any,
    seeded: Sandbox,
    base_url: str,
    resource: str,
    collection: str,
    field: str,
    names: tuple[str, str],
) -> None:
    records = list(getattr(seeded.store, collection).values())
    times = sorted(record[field] for record in records)
    since = datetime.fromtimestamp(times[10], UTC).date().isoformat()
    until = datetime.fromtimestamp(times[-10], UTC).date().isoformat()
    result = cli(
        "export", resource, "--format", "jsonl", "--since", since, "--until", until,
        "--base-url", base_url,
    )  # fmt: skip
    assert result.code == 0, result.err
    low, high = day(since), day(until) + 86_399  # --until a day: all of it
    expected = [r["id"] for r in records if low <= r[field] <= high]
    assert [json.loads(line)["id"] for line in result.out.splitlines()] == expected
    assert 0 < len(expected) < len(records)
    assert seeded.requests[0].query[names[0]] == str(low)
    assert seeded.requests[0].query[names[1]] == str(high)


def test_dates_take_times_and_seconds(cli: Any, seeded: Sandbox, base_url: str) -> None:
    result = cli(
        "export", "orders", "--format", "jsonl", "--since", "2024-03-01T12:00:00+02:00",
        "--until", "1735689600", "--base-url", base_url,
    )  # fmt: skip
    assert result.code == 0, result.err
    query = seeded.requests[0].query
    assert query["created_at_min"] == str(day("2024-03-01T10:00:00"))
    assert query["created_at_max"] == "1735689600"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["members", "--since", "2025-01-01"], "members cannot be filtered by date"),
        (["orders", "--since", "yesterday"], "not a date: 'yesterday'"),
        (["orders", "--since", "2025-02-01", "--until", "2025-01-01"], "--since is after"),
        (["orders", "--concurrency", "0"], "concurrency must be an integer >= 1, got 0"),
    ],
)
def test_bad_dates_are_one_line_before_any_request(
    cli: Any, seeded: Sandbox, base_url: str, arguments: list[str], message: str
) -> None:
    result = cli("export", *arguments, "--format", "csv", "--base-url", base_url)
    assert result.code == 2
    assert result.err.startswith(f"simvoly: error: {message}")
    assert result.err.count("\n") == 1
    assert seeded.requests == []


def test_an_export_stopped_by_an_error_keeps_what_it_wrote(
    cli: Any, seeded: Sandbox, base_url: str, tmp_path: Path
) -> None:
    seeded.faults.status(400, body={"success": False, "message": "skip too far"}, every=2)
    target = tmp_path / "orders.jsonl"
    result = cli(
        "export", "orders", "--format", "jsonl", "-o", str(target), "--concurrency", "1",
        "--base-url", base_url,
    )  # fmt: skip
    assert result.code == 1
    assert result.err == (
        f"simvoly: error: the export stopped after 50 orders (kept in {target} (go on with "
        "--resume)): skip too far (HTTP 400)\n"
    )
    lines = target.read_text().splitlines()
    assert [json.loads(line) for line in lines] == stored(seeded.store.orders.values())[:50]


def test_flatten_dots_objects_and_writes_lists_and_scalars_as_cells() -> None:
    record = {
        "a": {"b": {"c": 1}, "d": None, "e": {}},
        "l": [1, {"x": "é"}],
        "t": True,
        "f": False,
        "n": 1.5,
        "s": "text",
    }
    assert flatten(record) == {
        "a.b.c": "1",
        "a.d": "",
        "a.e": "{}",
        "l": '[1,{"x":"é"}]',
        "t": "true",
        "f": "false",
        "n": "1.5",
        "s": "text",
    }


# -- --resume --------------------------------------------------------------------------------


def ids_in(target: Path, fmt: str) -> list[int]:
    text = target.read_text(encoding="utf-8")
    if fmt == "csv":
        return [int(row["id"]) for row in csv.DictReader(io.StringIO(text))]
    return [json.loads(line)["id"] for line in text.splitlines()]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_an_interrupted_export_resumes_into_the_same_file_without_duplicates(
    fmt: str, cli: Any, seeded: Sandbox, base_url: str, tmp_path: Path
) -> None:
    before = [order["id"] for order in seeded.store.orders.values()]
    fault = seeded.faults.status(400, body={"success": False, "message": "gone"}, every=3)
    target = tmp_path / f"orders.{fmt}"
    export = ("export", "orders", "--format", fmt, "-o", str(target), "--base-url", base_url)
    first = cli(*export, "--concurrency", "1")
    assert first.code == 1
    assert "go on with --resume" in first.err
    checkpoint = Path(f"{target}.checkpoint.json")
    assert checkpoint.exists()
    written = ids_in(target, fmt)
    assert written == before[:100]  # two pages, whole
    # The interruption left half a page behind the last checkpoint: resuming cuts it off.
    with target.open("a", encoding="utf-8") as stream:
        stream.write('{"id": 999999, "half a page')
    seeded.faults.remove(fault)
    for number in range(3):  # records added meanwhile
        add_order(seeded.store, customerEmail=f"late{number}@example.com")
    second = cli(*export, "--resume")
    assert second.code == 0, second.err
    assert not checkpoint.exists()  # finished: nothing left to resume
    walked = ids_in(target, fmt)
    assert len(walked) == len(set(walked))  # no record twice
    assert set(before) <= set(walked)  # none skipped that existed when the walk began
    assert set(walked) <= {order["id"] for order in seeded.store.orders.values()}
    if fmt == "csv":
        lines = target.read_text(encoding="utf-8").splitlines()
        assert sum(line.startswith("id,") for line in lines) == 1  # one header


def test_resume_refuses_what_it_cannot_continue(
    cli: Any, seeded: Sandbox, base_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "orders.jsonl"
    export = ("export", "orders", "-o", str(target), "--base-url", base_url)
    nothing = cli(*export, "--format", "jsonl", "--resume")
    assert nothing.code == 2
    assert "nothing to resume: there is no" in nothing.err
    to_stdout = cli("export", "orders", "--format", "jsonl", "--resume", "--base-url", base_url)
    assert to_stdout.code == 2
    assert "--resume goes on with a file: give it with -o FILE" in to_stdout.err
    seeded.faults.status(400, body={"success": False, "message": "gone"}, every=2)
    assert cli(*export, "--format", "jsonl", "--concurrency", "1").code == 1
    other = cli(*export, "--format", "csv", "--resume")
    assert other.code == 2
    assert "is the checkpoint of another export (orders as jsonl, dates none)" in other.err
    Path(f"{target}.checkpoint.json").write_text("not json", encoding="utf-8")
    broken = cli(*export, "--format", "jsonl", "--resume")
    assert "is not a checkpoint of simvoly export" in broken.err
    Path(f"{target}.checkpoint.json").write_text("[]", encoding="utf-8")
    unreadable = cli(*export, "--format", "jsonl", "--resume")
    assert "is the checkpoint of another export (unreadable)" in unreadable.err


def test_resume_says_when_the_place_cannot_be_found_or_the_file_is_gone(
    cli: Any, seeded: Sandbox, base_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "orders.jsonl"
    export = ("export", "orders", "--format", "jsonl", "-o", str(target), "--base-url", base_url)
    fault = seeded.faults.status(400, body={"success": False, "message": "gone"}, every=2)
    assert cli(*export, "--concurrency", "1").code == 1
    seeded.faults.remove(fault)
    saved = Path(f"{target}.checkpoint.json")
    state = json.loads(saved.read_text(encoding="utf-8"))
    # A checkpoint the list refuses (tampered with): one line, nothing written.
    saved.write_text(json.dumps({**state, "checkpoint": {"format": 0}}), encoding="utf-8")
    tampered = cli(*export, "--resume")
    assert tampered.code == 2
    assert tampered.err.startswith(f"simvoly: error: cannot resume {saved}: ")
    # Every record the checkpoint remembers deleted: the place is lost, said, not guessed.
    saved.write_text(json.dumps(state), encoding="utf-8")
    for order_id in list(seeded.store.orders)[:60]:
        del seeded.store.orders[order_id]
    lost = cli(*export, "--resume")
    assert lost.code == 1
    assert lost.err.startswith(f"simvoly: error: cannot resume {saved}: ")
    target.unlink()
    gone = cli(*export, "--resume")
    assert gone.code == 2
    assert f"nothing to resume: {target} is gone" in gone.err
