"""`simvoly probe`: read-only, and it reports exactly the drift a sandbox injects."""

from __future__ import annotations

import json
from typing import Any

from simvoly._cli._probe import NO_SUCH_VALUE
from simvoly.testing import Sandbox
from simvoly.testing._drift import CHANGES, PAGE_CAP

from .conftest import KEY, run, serving

NOTICE = "simvoly probe sends only GET requests to {url}: it reads, and never writes.\n"


def test_a_clean_sandbox_matches_the_spec(seeded: Sandbox, base_url: str) -> None:
    result = run("probe", "--base-url", base_url)
    assert result.code == 0, result.err
    assert result.out.startswith(NOTICE.format(url=base_url))
    assert "No drift: every answer matches the spec." in result.out
    assert "list_members groupId      honoured: 0 of 60 records" in result.out
    assert "list_members group_id     honoured: 0 of 60 records" in result.out
    assert "list_contacts            50 of 300: a full page" in result.out
    assert "list_products            40 of 40: cannot tell" in result.out
    assert result.out.endswith("Result: the answers match the spec.\n")
    assert {request.method for request in seeded.requests} == {"GET"}


def test_a_drifting_sandbox_is_reported_exactly(cli: Any) -> None:
    sandbox = Sandbox(KEY, seed=7, drift=True)
    with serving(sandbox) as url:
        result = run("probe", "--json", "--base-url", url)
    assert result.code == 1, result.err
    assert result.err == NOTICE.format(url=url)
    report = json.loads(result.out)
    assert report["result"] == "drift"
    found = {(d["model"], d["field"], d["kind"]) for d in report["drift"]}
    assert found == {change.reports for change in CHANGES}
    drift = {(d["model"], d["field"]): d for d in report["drift"]}
    # Every contact read carries it: a page (capped) and the two reads of one record.
    assert drift["Contact", "memberId"] == {
        "model": "Contact",
        "field": "memberId",
        "kind": "type",
        "expected": "integer",
        "got": "string",
        "count": PAGE_CAP + 2,
        "operations": ["get_contact", "get_contact_by_email", "list_contacts"],
    }
    assert drift["FormSubmissionPage", "skip"]["count"] == 1
    assert drift["MemberGroup", "membersCount"]["count"] == len(sandbox.store.member_groups) + 1
    filters = {check["name"]: check for check in report["member_filter"]}
    assert filters["groupId"]["verdict"] == "ignored"
    assert filters["groupId"]["filtered"] == filters["groupId"]["unfiltered"] == 60
    assert filters["group_id"]["verdict"] == "honoured"
    assert filters["group_id"]["filtered"] == 0
    assert {page["operation"] for page in report["page_size"] if page["capped"]} == {
        "list_contacts", "list_members", "list_products", "list_orders",
        "list_form_submissions", "list_bookings",
    }  # fmt: skip
    assert all(page["got"] == PAGE_CAP for page in report["page_size"])
    assert report["failed"] == report["skipped"] == []
    assert {request.method for request in sandbox.requests} == {"GET"}
    sent = [r.query for r in sandbox.requests if r.operation == "list_members"]
    assert {"limit": "1", "group_id": str(NO_SUCH_VALUE["integer"])} in sent


def test_the_text_report_names_fields_and_types_never_values(cli: Any) -> None:
    sandbox = Sandbox(KEY, seed=7, drift=True)
    with serving(sandbox) as url:
        result = cli("probe", "--base-url", url)
    assert result.code == 1
    lines = result.out.splitlines()
    contact = lines.index("  Contact")
    assert lines[contact + 1].split() == [
        "memberId", "wrong", "type:", "expected", "integer,", "got", "string;", "22", "times",
        "(get_contact,", "get_contact_by_email,", "list_contacts)",
    ]  # fmt: skip
    assert "    source               not in the spec (string); 22 times" in result.out
    assert "    skip                 missing, though required: expected integer" in result.out
    assert "    status               value not in the enum (string)" in result.out
    assert "list_members groupId      ignored: 60 of 60 records" in result.out
    assert "capped at 20, below the limit asked (50)" in result.out
    assert "Please attach the output of `simvoly probe --json` to an issue." in result.out
    contacts = list(sandbox.store.contacts.values())
    assert contacts[0]["email"] not in result.out
    assert "on_hold" not in result.out  # the drifting values: neither is shown
    assert " form" not in result.out


def test_a_refused_key_is_one_line_and_exit_2(cli: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("SIMVOLY_API_KEY", "wrong-key-that-is-secret")
    with serving(Sandbox(KEY)) as url:
        result = cli("probe", "--base-url", url)
    assert result.code == 2
    assert result.err.startswith(
        "simvoly: error: the API key was refused (401): Unauthorized: the API key was refused "
        "(it is not the key of this site). Check "
    )
    assert url.removesuffix("/api/site") in result.err  # the site the key was sent to
    assert result.err.count("\n") == 1
    assert "wrong-key" not in result.out + result.err


def test_a_failed_read_is_reported_and_exits_2(cli: Any, seeded: Sandbox, base_url: str) -> None:
    seeded.faults.status(403, operation="list_orders", times=None)
    seeded.faults.status(404, operation="get_member_group", times=None)
    seeded.faults.status(403, operation="list_members", times=None)
    result = cli("probe", "--json", "--base-url", base_url)
    assert result.code == 2
    report = json.loads(result.out)
    assert report["result"] == "error"
    assert report["failed"] == [
        {"operation": "list_members", "records": None, "note": "Forbidden (HTTP 403)"},
        {"operation": "list_orders", "records": None, "note": "Forbidden (HTTP 403)"},
        {"operation": "get_member_group", "records": None, "note": "Not Found (HTTP 404)"},
    ]
    skipped = {answer["operation"]: answer["note"] for answer in report["skipped"]}
    assert skipped == {
        "get_member_by_email": "skipped: no members record listed to read it by (email)",
        "get_member": "skipped: no members record listed to read it by (id)",
        "get_order": "skipped: no orders record listed to read it by (id)",
    }
    assert report["member_filter"] == []  # the list failed: nothing to filter
    assert "get_order" not in report["reads"]
    text = cli("probe", "--base-url", base_url).out
    assert "  list_orders: Forbidden (HTTP 403)" in text
    assert text.endswith("Result: some reads failed (see above); the report is incomplete.\n")


def test_an_empty_site_reads_its_lists_and_skips_the_records(cli: Any) -> None:
    with serving(Sandbox(KEY)) as url:
        result = cli("probe", "--json", "--base-url", url)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["drift"] == []
    assert len(report["skipped"]) == 8  # no record to read any by
    assert {check["verdict"] for check in report["member_filter"]} == {"cannot tell"}
    assert {page["capped"] for page in report["page_size"]} == {None}


def test_a_filter_name_whose_value_is_refused_is_honoured(
    cli: Any, seeded: Sandbox, base_url: str
) -> None:
    # /members: the list, then the filter under groupId (400), then under group_id (501:
    # no retry). The second rule counts only the requests the first did not answer.
    no_group = {"success": False, "message": "no such group"}
    seeded.faults.status(400, body=no_group, path="/members", every=2)
    seeded.faults.status(501, path="/members", every=2)
    result = cli("probe", "--json", "--base-url", base_url)
    filters = json.loads(result.out)["member_filter"]
    assert [(check["name"], check["verdict"], check["note"]) for check in filters] == [
        ("groupId", "honoured", "refused the value: no such group (HTTP 400)"),
        ("group_id", "cannot tell", "Not Implemented (HTTP 501)"),
    ]


def test_answers_of_the_wrong_shape_are_drift(cli: Any, seeded: Sandbox, base_url: str) -> None:
    seeded.faults.status(200, body={"groups": []}, operation="list_member_groups", times=None)
    no_total = {"items": [], "limit": 50, "skip": 0}
    seeded.faults.status(200, body=no_total, operation="list_products", times=None)
    result = cli("probe", "--json", "--base-url", base_url)
    assert result.code == 1
    report = json.loads(result.out)
    assert {(d["model"], d["field"], d["kind"], d["got"]) for d in report["drift"]} == {
        ("list[MemberGroup]", "", "type", "object"),
        ("ProductPage", "totalCount", "missing", "missing"),
    }
    products = next(p for p in report["page_size"] if p["operation"] == "list_products")
    assert products == {
        "operation": "list_products", "asked": 50, "got": 0, "total": None, "capped": None,
    }  # fmt: skip
    assert "get_member_group" in {answer["operation"] for answer in report["skipped"]}
    text = cli("probe", "--base-url", base_url).out
    assert "  list[MemberGroup]\n    (the record)         wrong type: expected array" in text
