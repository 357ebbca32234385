"""`simvoly import`: upserts by the key of openapi.yaml, bad rows reported and never fatal."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from simvoly.testing import Sandbox

from .conftest import KEY, run, serving

HEADER = "id,name,email,phone,tags,subscribed,createdOn,_extra\n"


def by_email(sandbox: Sandbox) -> dict[str, dict[str, Any]]:
    return {contact["email"]: contact for contact in sandbox.store.contacts.values()}


def test_a_csv_with_bad_rows_imports_the_good_ones_and_reports_the_bad(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox(KEY)
    source = tmp_path / "contacts.csv"
    source.write_text(
        HEADER
        + '1,Ada Lovelace,ada@example.com,+44 1,"[""vip""]",true,1700000000,\n'  # line 2
        + "2,No Email,,,,,,\n"  # line 3: no email
        + ",Grace,grace@example.com,,not json,,,\n"  # line 4: tags not JSON
        + ",Alan,alan@example.com,,,maybe,,\n"  # line 5: not a boolean
        + ',Bad,not-an-email,,"[]",,,\n'  # line 6: refused by the checks
        + ',Linus,linus@example.com,,"[""oss""]",false,,\n',  # line 7
        encoding="utf-8",
    )
    with serving(sandbox) as url:
        result = run("import", "contacts", str(source), "--base-url", url)
    assert result.code == 1, result.err
    assert result.out == "Imported 2 contacts; 4 rows failed.\n"
    assert "Columns that are not ContactInput fields, left out: createdOn, id" in result.err
    contacts = by_email(sandbox)
    assert set(contacts) == {"ada@example.com", "linus@example.com"}
    ada = contacts["ada@example.com"]
    assert (ada["name"], ada["phone"], ada["tags"], ada["subscribed"]) == (
        "Ada Lovelace", "+44 1", ["vip"], True,
    )  # fmt: skip
    assert contacts["linus@example.com"]["subscribed"] is False
    assert ada["id"] != 1  # ids are the API's: the column is not sent
    report = tmp_path / "contacts.failed.csv"
    rows = list(csv.DictReader(report.read_text(encoding="utf-8").splitlines()))
    assert [row["name"] for row in rows] == ["No Email", "Grace", "Alan", "Bad"]
    assert [row["error"] for row in rows] == [
        "line 3: email is required",
        'line 4: tags must be JSON, e.g. ["a", "b"]',
        "line 5: subscribed must be true or false",
        "line 6: email must be an email address",
    ]
    assert list(rows[0]) == [*HEADER.strip().split(","), "error"]
    assert f"4 rows failed: written to {report}" in result.err
    assert [request.method for request in sandbox.requests] == ["POST", "POST"]


def test_the_report_fixed_imports_again(cli: Any, tmp_path: Path) -> None:
    sandbox = Sandbox(KEY)
    source = tmp_path / "people.csv"
    source.write_text("email,name\nnope,Nobody\nok@example.com,Okay\n", encoding="utf-8")
    with serving(sandbox) as url:
        first = cli("import", "contacts", str(source), "--base-url", url)
        assert first.code == 1
        report = tmp_path / "people.failed.csv"
        assert report.read_text().splitlines() == [
            "email,name,error",
            "nope,Nobody,line 2: email must be an email address",
        ]
        report.write_text(report.read_text().replace("nope,", "nobody@example.com,"))
        second = cli("import", "contacts", str(report), "--base-url", url)
    assert second.code == 0, second.err
    assert second.out == "Imported 1 contacts; 0 rows failed.\n"
    assert set(by_email(sandbox)) == {"ok@example.com", "nobody@example.com"}
    assert not (tmp_path / "people.failed.failed.csv").exists()


def test_a_dry_run_checks_every_row_and_sends_nothing(
    cli: Any, seeded: Sandbox, base_url: str, tmp_path: Path
) -> None:
    source = tmp_path / "contacts.jsonl"
    source.write_text(
        '{"email": "a@example.com", "tags": ["x"], "id": 5}\n'
        "\n"
        '{"email": "b@example.com", "tags": "x"}\n'
        "[1, 2]\n"
        "{not json\n",
        encoding="utf-8",
    )
    result = cli("import", "contacts", str(source), "--dry-run", "--base-url", base_url)
    assert result.code == 1
    assert result.out == "Checked 4 rows: 1 valid, 3 not.\n"
    assert seeded.requests == []
    report = (tmp_path / "contacts.failed.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(line) for line in report.splitlines()]
    assert lines == [
        {"email": "b@example.com", "tags": "x", "error": "line 3: tags must be an array"},
        {"line": "[1, 2]", "error": "line 4: not a JSON object"},
        {
            "line": "{not json",
            "error": "line 5: not JSON (Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1))",
        },
    ]


def test_json_lines_from_an_export_import_as_they_are(
    cli: Any, seeded: Sandbox, base_url: str, tmp_path: Path
) -> None:
    exported = tmp_path / "contacts.jsonl"
    assert cli("export", "contacts", "--format", "jsonl", "-o", str(exported),
               "--base-url", base_url).code == 0  # fmt: skip
    before = {c["id"]: dict(c) for c in seeded.store.contacts.values()}
    result = cli("import", "contacts", str(exported), "--concurrency", "8", "--base-url", base_url)
    assert result.code == 0, result.err
    assert result.out == "Imported 300 contacts; 0 rows failed.\n"
    assert not (tmp_path / "contacts.failed.jsonl").exists()
    after = {c["id"]: c for c in seeded.store.contacts.values()}
    assert after == before  # every contact updated by email with its own values


def test_rows_with_the_same_key_go_in_file_order(cli: Any, tmp_path: Path) -> None:
    sandbox = Sandbox(KEY)
    source = tmp_path / "same.csv"
    rows = "".join(f"same@example.com,Name {n}\n" for n in range(12))
    source.write_text("email,name\n" + rows + "other@example.com,Other\n", encoding="utf-8")
    with serving(sandbox) as url:
        result = cli("import", "contacts", str(source), "--concurrency", "6", "--base-url", url)
    assert result.code == 0, result.err
    assert by_email(sandbox)["same@example.com"]["name"] == "Name 11"  # the last row wins
    assert len(sandbox.store.contacts) == 2


def test_api_failures_are_reported_per_row(cli: Any, tmp_path: Path) -> None:
    sandbox = Sandbox(KEY)
    sandbox.faults.status(422, body={"success": False, "message": "blocked domain"})
    source = tmp_path / "two.csv"
    source.write_text("email\nfirst@example.com\nsecond@example.com\n", encoding="utf-8")
    with serving(sandbox) as url:
        result = cli("import", "contacts", str(source), "--concurrency", "1", "--base-url", url)
    assert result.code == 1
    assert (tmp_path / "two.failed.csv").read_text().splitlines() == [
        "email,error",
        "first@example.com,line 2: blocked domain (HTTP 422)",
    ]
    assert set(by_email(sandbox)) == {"second@example.com"}


def test_products_upsert_by_url_with_the_query_that_makes_them_upsert(
    cli: Any, tmp_path: Path
) -> None:
    sandbox = Sandbox(KEY)
    source = tmp_path / "products.jsonl"
    product = {"type": "physical", "title": "Door", "url": "door"}
    source.write_text(
        json.dumps(product) + "\n"
        + json.dumps({**product, "title": "Oak door"}) + "\n"
        + json.dumps({"type": "physical", "title": "No URL"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    with serving(sandbox) as url:
        result = cli("import", "products", str(source), "--base-url", url)
    assert result.code == 1
    assert [p["title"] for p in sandbox.store.products.values()] == ["Oak door"]
    assert all(r.query == {"update_existing_product_by_url": "true"} for r in sandbox.requests)
    failed = json.loads((tmp_path / "products.failed.jsonl").read_text())
    assert failed["error"] == "line 3: url is required: rows are matched by it"


def test_a_refused_key_stops_the_import(cli: Any, tmp_path: Path) -> None:
    sandbox = Sandbox("another-key")
    source = tmp_path / "c.csv"
    source.write_text("email\n" + "".join(f"p{n}@example.com\n" for n in range(20)))
    with serving(sandbox) as url:
        result = cli("import", "contacts", str(source), "--concurrency", "2", "--base-url", url)
    assert result.code == 2
    assert result.err.startswith("simvoly: error: the API key was refused (401)")
    assert len(sandbox.requests) <= 3  # not one per row
    assert KEY not in result.err


@pytest.mark.parametrize(
    ("name", "arguments", "message"),
    [
        ("c.txt", [], "c.txt: the file must end in .csv or .jsonl"),
        ("c.csv", ["--concurrency", "0"], "--concurrency must be 1 or more"),
    ],
)
def test_arguments_are_checked_first(
    cli: Any, tmp_path: Path, name: str, arguments: list[str], message: str
) -> None:
    path = tmp_path / name
    path.write_text("email\n")
    result = cli("import", "contacts", str(path), *arguments, "--base-url", "http://localhost:1")
    assert result.code == 2
    assert result.err.startswith("simvoly: error: ")
    assert result.err.endswith(f"{message}\n")


def test_a_row_longer_than_the_header_is_reported(cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    source.write_text("email,name\na@example.com,A,extra\n")
    result = cli("import", "contacts", str(source), "--dry-run")
    assert result.code == 1
    assert "more cells than the header" in (tmp_path / "c.failed.csv").read_text()


def test_nested_columns_are_read_by_dotted_name(cli: Any, tmp_path: Path) -> None:
    sandbox = Sandbox(KEY)
    source = tmp_path / "p.csv"
    source.write_text(
        "type,title,url,subscription.period,subscription.nope,price\nmembership,Club,club,3,x,9.5\n"
    )
    with serving(sandbox) as url:
        result = cli("import", "products", str(source), "--base-url", url)
    assert result.code == 0, result.err
    assert "left out: price, subscription.nope" in result.err
    (product,) = sandbox.store.products.values()
    assert product["subscription"]["period"] == 3


def test_cells_that_cannot_be_read_are_reported(cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    source.write_text(
        "email,tags,subscribed,subscriberLists\n"
        "a@example.com,not json,,\n"
        "b@example.com,,maybe,\n"
        "c@example.com,,,[1]\n"
    )
    result = cli("import", "contacts", str(source), "--dry-run")
    assert result.out == "Checked 3 rows: 1 valid, 2 not.\n"
    assert (tmp_path / "c.failed.csv").read_text().splitlines()[1:] == [
        'a@example.com,not json,,,"line 2: tags must be JSON, e.g. [""a"", ""b""]"',
        "b@example.com,,maybe,,line 3: subscribed must be true or false",
    ]
