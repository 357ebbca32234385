"""`make api-diff`: a spec change is reported as breaking, additive or documentation only,
at the `simvoly.*` names users write, with the bump as its last line.

The end-to-end cases work on temporary copies of the repository whose package is
regenerated from the edited spec (`make generate`, both copies at once, once per module);
the rule cases compare parsed specs only.
"""

from __future__ import annotations

import copy
import inspect
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from api_diff import Level, Spec, Subject, Surface, compare
from api_diff.__main__ import main

import simvoly
from simvoly import models

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
# What `make generate` and `make api-diff` read in a copy of the repository.
COPIED = (
    "Makefile",
    "openapi.yaml",
    "generator-config.yaml",
    "pyproject.toml",
    "requirements",
    "scripts",
    "src",
    "templates",
)
Edit = Callable[[dict[str, Any]], None]


def copy_repository(dest: Path) -> Path:
    dest.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, dest / name)
    return dest


def edit_spec(repo: Path, edit: Edit) -> None:
    spec = yaml.safe_load((repo / "openapi.yaml").read_text())
    edit(spec)
    (repo / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))


def tools_env() -> dict[str, str]:
    """This interpreter's tools (the generator, ruff, python) first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env["PATH"]])
    return env


def make(repo: Path, *args: str) -> list[str]:
    # -o: the copy has no .venv of its own; PATH carries this one's tools.
    return ["make", "--no-print-directory", "-C", str(repo), "-o", ".venv/bin/.installed", *args]


def git(repo: Path, *args: str) -> None:
    identity = ["-c", "user.name=api-diff test", "-c", "user.email=api-diff@example.invalid"]
    subprocess.run(["git", *identity, *args], cwd=repo, check=True, capture_output=True)  # noqa: S603, S607 - fixed arguments


# --- the spec edits -------------------------------------------------------------------------


def add_coupons_enum_value_and_field(spec: dict[str, Any]) -> None:
    """A new resource (a paginated list), an order status and an optional order field."""
    schemas = spec["components"]["schemas"]
    spec["tags"].append(
        {"name": "Coupons", "description": "Discount coupons.", "x-simvoly-resource": "coupons"}
    )
    pagination = {"items": "items", "total": "totalCount", "limit": "limit", "offset": "skip"}
    spec["paths"]["/coupons"] = {
        "get": {
            "operationId": "list_coupons",
            "x-simvoly-method": "list",
            "x-simvoly-pagination": pagination,
            "tags": ["Coupons"],
            "summary": "List coupons",
            "parameters": [
                {"$ref": "#/components/parameters/Limit"},
                {"$ref": "#/components/parameters/Skip"},
            ],
            "responses": {
                "200": {
                    "description": "A page of coupons.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/CouponPage"}}
                    },
                }
            },
        }
    }
    schemas["Coupon"] = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "code": {"type": "string"}},
    }
    page = copy.deepcopy(schemas["ContactPage"])
    page["properties"]["items"]["items"] = {"$ref": "#/components/schemas/Coupon"}
    schemas["CouponPage"] = page
    schemas["OrderStatus"]["enum"].append("refunded")
    schemas["Order"]["properties"]["giftMessage"] = {"type": "string"}


def rename_get_contact_by_email(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/contacts/search-by-email"]["get"]
    assert operation["operationId"] == "get_contact_by_email"
    operation["operationId"] = "find_contact_by_email"
    operation["x-simvoly-method"] = "find_by_email"


def edit_descriptions(spec: dict[str, Any]) -> None:
    spec["info"]["description"] += "\nMore words."
    spec["paths"]["/contacts"]["get"]["description"] = "Every contact, a page at a time."
    spec["components"]["schemas"]["Contact"]["properties"]["name"]["description"] = "Full name."
    spec["tags"][0]["description"] = "People."


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Copies with an additive change and with a rename, each regenerated; the rename's
    copy is a git repository whose HEAD is the unchanged tree (BASE for `make api-diff`)."""
    base = tmp_path_factory.mktemp("api-diff")
    additive = copy_repository(base / "additive")
    edit_spec(additive, add_coupons_enum_value_and_field)
    renamed = copy_repository(base / "renamed")
    git(renamed, "init", "-q")
    git(renamed, "add", "-A")
    git(renamed, "commit", "-q", "-m", "base")
    edit_spec(renamed, rename_get_contact_by_email)
    runs = [
        subprocess.Popen(  # noqa: S603 - our own Makefile
            make(repo, "generate"),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=tools_env(),
            text=True,
        )
        for repo in (additive, renamed)
    ]
    for run in runs:
        output, _ = run.communicate(timeout=600)
        assert run.returncode == 0, output
    return {"additive": additive, "renamed": renamed}


# --- end to end -----------------------------------------------------------------------------


def test_an_additive_change_is_a_minor_bump_and_exits_0(
    changed: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status = main([str(ROOT), str(changed["additive"])])
    report = capsys.readouterr().out
    assert status == 0, report
    assert report.splitlines()[-1] == "bump: minor"
    assert "Breaking" not in report
    for name in (
        "client.coupons.list",
        "simvoly.models.Coupon",
        "simvoly.models.Order.gift_message",
        "simvoly.models.OrderStatus.REFUNDED",
    ):
        assert f"`{name}` added" in report, report


def test_renaming_an_operation_id_names_the_removed_method_and_fails(
    changed: dict[str, Path],
) -> None:
    done = subprocess.run(  # noqa: S603 - our own Makefile
        make(changed["renamed"], "api-diff", "BASE=HEAD"),
        capture_output=True,
        text=True,
        env=tools_env(),
        check=False,
    )
    report = done.stdout
    assert "] Error 1" in done.stderr, (report, done.stderr)  # the script exited 1
    assert report.splitlines()[-1] == "bump: major"
    breaking = report.split("### Breaking changes")[1].split("###")[0]
    assert "renamed to `find_contact_by_email`" in breaking
    assert "`client.contacts.get_by_email` removed" in breaking
    assert "`client.contacts.find_by_email` added" in breaking


def test_a_description_only_edit_is_a_patch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Descriptions change only docstrings: the committed package stands for the new one.
    (tmp_path / "src").symlink_to(ROOT / "src")
    (tmp_path / "openapi.yaml").write_text((ROOT / "openapi.yaml").read_text())
    edit_spec(tmp_path, edit_descriptions)
    status = main([str(ROOT), str(tmp_path)])
    report = capsys.readouterr().out
    assert status == 0, report
    assert report.splitlines()[-1] == "bump: patch"
    assert "Documentation changed" in report
    assert "/paths/~1contacts/get/description" in report


def test_a_hand_written_break_is_found_by_griffe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "openapi.yaml").symlink_to(ROOT / "openapi.yaml")
    init = tmp_path / "src" / "simvoly" / "__init__.py"
    text, count = re.subn(
        r'^(from \._retry import RetryPolicy|    "RetryPolicy",)\n',
        "",
        init.read_text(),
        flags=re.MULTILINE,
    )
    assert count == 2, "simvoly/__init__.py no longer imports and exports RetryPolicy so"
    init.write_text(text)
    status = main([str(ROOT), str(tmp_path)])
    report = capsys.readouterr().out
    assert status == 1, report
    assert "- **breaking** `simvoly.RetryPolicy`: public object was removed" in report
    assert report.splitlines()[-1] == "bump: major"


def test_a_ref_that_does_not_exist_is_an_error_not_a_report(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--base", "no-such-ref", "--repo", str(ROOT)])
    assert exited.value.code == 2  # 1 would mean "breaking"
    assert "git show no-such-ref:openapi.yaml failed" in capsys.readouterr().err


def test_no_change_is_a_patch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(ROOT), str(ROOT)]) == 0
    report = capsys.readouterr().out
    assert "No change to openapi.yaml or the public Python API." in report
    assert report.splitlines()[-1] == "bump: patch"


# --- the rules, on the spec alone -------------------------------------------------------------


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]  # YAML data


def contacts_list(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/contacts"]["get"]  # type: ignore[no-any-return]  # YAML data


def add_parameter(required: bool) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        contacts_list(spec)["parameters"].append(
            {"name": "tag", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    return edit


def add_field(schema: str, required: bool) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)[schema]["properties"]["vip"] = {"type": "boolean"}
        if required:
            schemas(spec)[schema].setdefault("required", []).append("vip")

    return edit


def set_type(schema: str, field: str, json_type: Any) -> Edit:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)[schema]["properties"][field]["type"] = json_type

    return edit


def cite_a_source(spec: dict[str, Any]) -> None:
    schemas(spec)["Contact"]["properties"]["name"]["x-source"] = ["a new source"]


def change_a_method_extension(spec: dict[str, Any]) -> None:
    contacts_list(spec)["x-simvoly-pagination"]["limit"] = "per_page"


def copy_operation(spec: dict[str, Any]) -> None:
    operation = copy.deepcopy(spec["paths"]["/contacts/{id}"]["get"])
    operation["operationId"] = "get_contact_card"
    spec["paths"]["/contacts/{id}/card"] = {
        "parameters": spec["paths"]["/contacts/{id}"]["parameters"],
        "get": operation,
    }


RULES: list[tuple[str, Edit | None, Edit, Level, str]] = [
    # (case, edit of the old spec, edit of the new spec, level, what the report says)
    (
        "an output enum value removed",
        None,
        lambda s: schemas(s)["OrderStatus"]["enum"].remove("archived"),
        Level.BREAKING,
        "`OrderStatus`: enum value `archived` removed",
    ),
    (
        "an output enum value added (tolerant enums)",
        None,
        lambda s: schemas(s)["OrderStatus"]["enum"].append("refunded"),
        Level.ADDITIVE,
        "enum value `refunded` added",
    ),
    (
        "an input enum value added",
        None,
        lambda s: schemas(s)["OrderStatusUpdate"]["enum"].append("REFUNDED"),
        Level.ADDITIVE,
        "enum value `REFUNDED` added",
    ),
    (
        "an input enum value removed",
        None,
        lambda s: schemas(s)["OrderStatusUpdate"]["enum"].remove("ARCHIVED"),
        Level.BREAKING,
        "enum value `ARCHIVED` removed",
    ),
    (
        "a response field became optional",
        None,
        lambda s: schemas(s)["Contact"].pop("required"),
        Level.BREAKING,
        "`Contact.id` became optional",
    ),
    (
        "a response field became nullable",
        None,
        set_type("Contact", "name", ["string", "null"]),
        Level.BREAKING,
        "`Contact.name` became nullable",
    ),
    (
        "a request field became nullable",
        None,
        set_type("ContactInput", "name", ["string", "null"]),
        Level.ADDITIVE,
        "`ContactInput.name` became nullable",
    ),
    (
        "a request field became required",
        None,
        lambda s: schemas(s)["ContactInput"]["required"].append("name"),
        Level.BREAKING,
        "`ContactInput.name` became required",
    ),
    (
        "a new required request field",
        None,
        add_field("ContactInput", required=True),
        Level.BREAKING,
        "required field `ContactInput.vip` added",
    ),
    (
        "a new optional request field",
        None,
        add_field("ContactInput", required=False),
        Level.ADDITIVE,
        "optional field `ContactInput.vip` added",
    ),
    (
        "a new required response field",
        None,
        add_field("Contact", required=True),
        Level.ADDITIVE,
        "required field `Contact.vip` added",
    ),
    (
        "a new required field in a schema sent and read",
        None,
        add_field("Address", required=True),
        Level.BREAKING,
        "required field `Address.vip` added",
    ),
    (
        "a response field removed",
        None,
        lambda s: schemas(s)["Contact"]["properties"].pop("note"),
        Level.BREAKING,
        "`Contact.note` removed",
    ),
    (
        "a new required parameter",
        None,
        add_parameter(required=True),
        Level.BREAKING,
        "required parameter `tag` of `list_contacts` added",
    ),
    (
        "a new optional parameter",
        None,
        add_parameter(required=False),
        Level.ADDITIVE,
        "optional parameter `tag` of `list_contacts` added",
    ),
    (
        "a parameter removed",
        None,
        lambda s: contacts_list(s)["parameters"].pop(0),
        Level.BREAKING,
        "parameter `created_at_min` of `list_contacts` removed",
    ),
    (
        "an input type narrowed",
        set_type("ContactInput", "name", ["string", "integer"]),
        set_type("ContactInput", "name", "string"),
        Level.BREAKING,
        "`ContactInput.name`: type integer | string became string (narrowed)",
    ),
    (
        "an output type widened",
        None,
        set_type("Order", "id", "number"),
        Level.BREAKING,
        "`Order.id`: type integer became number (widened)",
    ),
    (
        "an output type narrowed",
        None,
        set_type("Order", "total", "integer"),
        Level.ADDITIVE,
        "`Order.total`: type number became integer (narrowed)",
    ),
    (
        "a type changed",
        None,
        set_type("Contact", "name", "integer"),
        Level.BREAKING,
        "`Contact.name`: type string became integer",
    ),
    (
        "an input limit tightened",
        None,
        lambda s: s["components"]["parameters"]["Limit"]["schema"].update(maximum=40),
        Level.BREAKING,
        "`maximum` 50 became 40 (tighter)",
    ),
    (
        "an operation added",
        None,
        copy_operation,
        Level.ADDITIVE,
        "operation `get_contact_card` (`GET /contacts/{id}/card`) added",
    ),
    (
        "an operation removed",
        None,
        lambda s: s["paths"]["/contacts/search-by-email"].pop("get"),
        Level.BREAKING,
        "operation `get_contact_by_email` (`GET /contacts/search-by-email`) removed",
    ),
    (
        "an operation moved to another path",
        None,
        lambda s: s["paths"].update(
            {"/contacts/by-email": s["paths"].pop("/contacts/search-by-email")}
        ),
        Level.PATCH,
        "moved from `GET /contacts/search-by-email` to `GET /contacts/by-email`",
    ),
    (
        "a webhook removed",
        None,
        lambda s: s["webhooks"].pop("booking_created"),
        Level.BREAKING,
        "webhook `booking_created` removed",
    ),
    (
        "a schema removed",
        lambda s: schemas(s).update(Legacy={"type": "object"}),
        lambda s: schemas(s).pop("Legacy"),
        Level.BREAKING,
        "schema `Legacy` removed",
    ),
    (
        "a change no rule knows",
        None,
        lambda s: s["servers"][0].update(url="https://{domain}/api/v2"),
        Level.ADDITIVE,
        "`/servers/0/url` changed (no rule classifies it: review by hand)",
    ),
    (
        "a vendor extension",
        None,
        lambda s: contacts_list(s).update({"x-example-flag": True}),
        Level.ADDITIVE,
        "`/paths/~1contacts/get/x-example-flag` changed (a vendor extension",
    ),
    (
        "descriptions only",
        None,
        edit_descriptions,
        Level.PATCH,
        "Documentation changed",
    ),
    (
        "a fact's source (x-source) is documentation",
        None,
        cite_a_source,
        Level.PATCH,
        "Documentation changed",
    ),
    (
        "an x-simvoly extension is for review",
        None,
        change_a_method_extension,
        Level.ADDITIVE,
        "x-simvoly-pagination/limit` changed (a vendor extension",
    ),
]


@pytest.mark.parametrize(
    ("edit_old", "edit_new", "level", "text"),
    [pytest.param(*rule[1:], id=rule[0]) for rule in RULES],
)
def test_rule(edit_old: Edit | None, edit_new: Edit, level: Level, text: str) -> None:
    old, new = copy.deepcopy(SPEC), copy.deepcopy(SPEC)
    if edit_old:
        edit_old(old)
        edit_old(new)
    edit_new(new)
    changes = compare(Spec(old), Spec(new))
    matching = [c for c in changes if text in c.text]
    assert matching, [c.text for c in changes]
    assert {c.level for c in matching} == {level}
    assert max(c.level for c in changes) == level, [c.text for c in changes]


# --- the names, read from the generated code ------------------------------------------------


@pytest.fixture(scope="module")
def surface() -> Surface:
    return Surface(ROOT / "src", ROOT / "generator-config.yaml")


async def test_every_operation_maps_to_a_method_of_the_client(surface: Surface) -> None:
    spec = Spec(SPEC)
    assert set(surface.operations) == set(spec.operations)
    assert surface.operations["get_contact_by_email"].path == "client.contacts.get_by_email"
    client = simvoly.AsyncSimvoly(api_key="key", base_url="https://sandbox.invalid/api/site")
    for op_id, method in surface.operations.items():
        resource = getattr(client, method.attr)
        assert callable(getattr(resource, method.name)), op_id
    await client.aclose()


async def test_every_field_maps_to_a_model_attribute_and_its_arguments(surface: Surface) -> None:
    spec = Spec(SPEC)
    client = simvoly.AsyncSimvoly(api_key="key", base_url="https://sandbox.invalid/api/site")
    for schema, body in spec.schemas.items():
        for field in body.get("properties", {}):
            names = surface.names(Subject("field", schema, path=(field,)), spec)
            assert names, (schema, field)
            model, attribute = names[0].removeprefix("simvoly.models.").split(".")
            assert hasattr(getattr(models, model), attribute), names[0]
            for argument in names[1:]:
                # client.<attr>.<method>(<name>=...): an argument of that method
                found = re.fullmatch(r"client\.(\w+)\.(\w+)\((\w+)=\.\.\.\)", argument)
                assert found, argument
                method = getattr(getattr(client, found[1]), found[2])
                assert found[3] in inspect.signature(method).parameters, argument
    await client.aclose()
