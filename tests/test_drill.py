"""The drill of issue #12: an additive change to openapi.yaml needs no other edit.

A copy of the repository (its git-tracked files, as they are in the working tree) gets a
new resource with the five usual operations (`Coupons`: list with a page envelope, get,
create, update, delete), a new order status and a new optional field on Order. The
generator runs there; then, in a fresh interpreter that imports the copy's `simvoly`:
`client.coupons` exists on both clients, the copy's in-process sandbox serves coupons
with no code (create stores, get returns, list pages, update changes, delete removes, 404
after, 400 on an invalid body), the new status and field parse on an order and the
sandbox takes the new status on update; and the copy's generated package passes ruff and
mypy --strict. The environment is this one (.venv): nothing is installed.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from .spec import ROOT, SPEC

#: How long one step of the drill may take before it counts as hung.
STEP_TIMEOUT = 300
COUPON_OPERATIONS = {
    "list_coupons",
    "create_coupon",
    "get_coupon",
    "update_coupon",
    "delete_coupon",
}


def answer(schema: str) -> dict[str, Any]:
    return {
        "description": f"A {schema}.",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def body(schema: str) -> dict[str, Any]:
    return {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def with_coupons(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with the drill's additive change: the Coupons resource, an order status and
    an optional field on Order."""
    spec = copy.deepcopy(spec)
    spec["tags"].append(
        {"name": "Coupons", "x-simvoly-resource": "coupons", "description": "Discount coupons."}
    )
    coupon_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
    tag = {"tags": ["Coupons"]}
    spec["paths"]["/coupons"] = {
        "get": {
            **tag,
            "operationId": "list_coupons",
            "x-simvoly-method": "list",
            "x-simvoly-pagination": {
                "items": "items",
                "total": "totalCount",
                "limit": "limit",
                "offset": "skip",
            },
            "summary": "List coupons",
            "parameters": [
                {"$ref": "#/components/parameters/Limit"},
                {"$ref": "#/components/parameters/Skip"},
            ],
            "responses": {"200": answer("CouponPage")},
        },
        "post": {
            **tag,
            "operationId": "create_coupon",
            "x-simvoly-method": "create",
            "summary": "Create a coupon",
            "requestBody": body("CouponInput"),
            "responses": {"200": answer("Coupon")},
        },
    }
    spec["paths"]["/coupons/{id}"] = {
        "parameters": [coupon_id],
        "get": {
            **tag,
            "operationId": "get_coupon",
            "x-simvoly-method": "get",
            "summary": "Get a coupon",
            "responses": {"200": answer("Coupon")},
        },
        "put": {
            **tag,
            "operationId": "update_coupon",
            "x-simvoly-method": "update",
            "summary": "Update a coupon",
            "requestBody": body("CouponInput"),
            "responses": {"200": answer("Coupon")},
        },
        "delete": {
            **tag,
            "operationId": "delete_coupon",
            "x-simvoly-method": "delete",
            "summary": "Delete a coupon",
            "responses": {"200": {"$ref": "#/components/responses/Deleted"}},
        },
    }
    schemas = spec["components"]["schemas"]
    fields = {
        "code": {"type": "string"},
        "percent": {"type": "integer", "minimum": 1, "maximum": 100},
        "active": {"type": "boolean"},
    }
    schemas["Coupon"] = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, **fields},
    }
    schemas["CouponInput"] = {"type": "object", "required": ["code"], "properties": fields}
    schemas["CouponPage"] = {
        "type": "object",
        "required": ["items", "totalCount", "limit", "skip"],
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Coupon"}},
            "totalCount": {"type": "integer"},
            "limit": {"type": "integer"},
            "skip": {"type": "integer"},
        },
    }
    schemas["OrderStatus"]["enum"].append("refunded")
    schemas["OrderStatusUpdate"]["enum"].append("REFUNDED")
    schemas["Order"]["properties"]["giftMessage"] = {"type": "string"}
    return spec


def test_the_change_is_additive_and_new() -> None:
    changed = with_coupons(SPEC)
    assert "coupons" not in {tag["x-simvoly-resource"] for tag in SPEC["tags"]}
    assert "giftMessage" not in SPEC["components"]["schemas"]["Order"]["properties"]
    operations = {
        op["operationId"]
        for item in changed["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert operations >= COUPON_OPERATIONS
    assert changed["paths"]["/contacts"] == SPEC["paths"]["/contacts"]


#: What a checkout holds besides the repository's files (environments, caches, output).
UNTRACKED = {".git", ".venv", "node_modules", "build", "__pycache__", ".hypothesis"}


def repository_files() -> list[str]:
    """The git-tracked files; in a copy without git (an archive), every file but the
    environments, caches and build output."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"],  # noqa: S607 - git from PATH, as make uses it
            cwd=ROOT,
            capture_output=True,
            check=True,
            timeout=STEP_TIMEOUT,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        files = (path.relative_to(ROOT) for path in ROOT.rglob("*") if path.is_file())
        return [name.as_posix() for name in files if not _untracked(name)]
    return [name for name in listed.split("\0") if name]


def _untracked(name: Path) -> bool:
    return (
        bool(UNTRACKED.intersection(name.parts))
        or any(part.endswith("_cache") for part in name.parts)  # .mypy_cache, .ruff_cache...
        or name.name.startswith(".coverage")
    )


def copy_repository(target: Path) -> None:
    """The repository's files as they are in the working tree (uncommitted edits too)."""
    for name in repository_files():
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is skipped
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def run(command: list[str], cwd: Path, **env: str) -> str:
    """Run `command` with this environment's tools first on PATH; its output, or a
    failure showing it."""
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        **env,
    }
    result = subprocess.run(  # noqa: S603 - our own scripts and tools
        command,
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
        check=False,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed ({result.returncode}):\n{output}")
    return output


#: Runs in the copy, against the copy's `simvoly` (its src/ first on sys.path).
PROOF = textwrap.dedent(
    """
    import asyncio
    import sys
    from pathlib import Path

    import httpx

    import simvoly
    from simvoly import AsyncSimvoly, Simvoly
    from simvoly.models import Coupon, OrderStatus
    from simvoly.testing import API_ROOT, Sandbox

    copy = Path(sys.argv[1]).resolve()
    assert Path(simvoly.__file__).resolve().is_relative_to(copy), simvoly.__file__

    site = "https://mysite.simvoly.com"
    assert AsyncSimvoly("k", site_url=site).coupons.__class__.__name__ == "Coupons"
    assert Simvoly("k", site_url=site).coupons.__class__.__name__ == "SyncCoupons"


    async def main() -> None:
        sandbox = Sandbox()
        async with sandbox.client() as client:
            spring = await client.coupons.create("SPRING", percent=10)
            assert isinstance(spring, Coupon), spring
            stored = sandbox.store.collection("coupons")[spring.id]
            assert stored == {"id": spring.id, "code": "SPRING", "percent": 10}, stored
            assert (await client.coupons.get(spring.id)).code == "SPRING"
            summer = await client.coupons.create("SUMMER", active=True)
            first = await client.coupons.list(limit=1)
            assert [c.id for c in first.items] == [spring.id], first
            codes = [c.code async for c in client.coupons.list(limit=1)]
            assert codes == ["SPRING", "SUMMER"], codes
            changed = await client.coupons.update(spring.id, "SPRING", percent=20)
            assert changed.percent == 20
            assert (await client.coupons.get(spring.id)).percent == 20
            await client.coupons.delete(spring.id)
            try:
                await client.coupons.get(spring.id)
            except simvoly.NotFoundError:
                pass
            else:
                raise AssertionError("a deleted coupon was found")
            try:
                await client.coupons.create("X", percent=101)
            except simvoly.BadRequestError as error:
                assert "percent must be between 1 and 100" in error.message, error.message
            else:
                raise AssertionError("an invalid coupon was stored")
            headers = {"Authorization": f"Bearer {sandbox.api_key}", "User-Agent": "Drill/1"}
            async with httpx.AsyncClient(
                transport=sandbox.transport(), base_url="http://localhost" + API_ROOT
            ) as raw:
                answer = await raw.post("/coupons", json={"percent": 5}, headers=headers)
            assert answer.status_code == 400, answer.text
            assert answer.json()["message"] == "code is required", answer.text
            assert [c.id for c in (await client.coupons.list()).items] == [summer.id]

            order = await sandbox.place_order(status="refunded", giftMessage="For Ann")
            placed = await client.orders.get(order["id"])
            assert placed.status is OrderStatus.REFUNDED, placed.status
            assert placed.gift_message == "For Ann", placed
            canceled = await client.orders.update(order["id"], status="CANCELED")
            assert canceled.status is OrderStatus.CANCELED
            refunded = await client.orders.update(order["id"], status="REFUNDED")
            assert refunded.status is OrderStatus.REFUNDED


    asyncio.run(main())
    print("drill passed")
    """
)


def test_an_additive_spec_change_needs_no_other_edit(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    copy_repository(repo)
    spec_path = repo / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(with_coupons(SPEC), sort_keys=False, allow_unicode=True))

    # `make generate`, without make's environment setup (the copy has no .venv).
    scratch = repo / "build" / "generate" / "_generated"
    scratch.parent.mkdir(parents=True)
    run(
        [
            sys.executable,
            "scripts/generate.py",
            "openapi.yaml",
            "generator-config.yaml",
            "templates",
            str(scratch.relative_to(repo)),
        ],
        repo,
    )
    generated = repo / "src" / "simvoly" / "_generated"
    shutil.rmtree(generated)
    shutil.move(scratch, generated)
    shutil.rmtree(repo / "build")
    assert (generated / "api" / "coupons" / "resource.py").is_file()

    (tmp_path / "proof.py").write_text(PROOF)
    output = run(
        [sys.executable, str(tmp_path / "proof.py"), str(repo)],
        tmp_path,
        PYTHONPATH=str(repo / "src"),
    )
    assert "drill passed" in output

    package = "src/simvoly/_generated"
    run([sys.executable, "-m", "ruff", "check", package], repo)
    run([sys.executable, "-m", "ruff", "format", "--check", package], repo)
    checked = run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", package],
        repo,
        MYPYPATH=str(repo / "src"),
    )
    assert "Success: no issues found" in checked
