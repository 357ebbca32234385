"""GET /member-groups: List member groups.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from simvoly._tolerance import read_list

from ...models.member_group import MemberGroup
from ...operations import OPERATIONS

OPERATION = OPERATIONS["list_member_groups"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request() -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/member-groups",
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> list[MemberGroup]:
    """Build the result of a 200 answer from its decoded JSON body."""
    return read_list(MemberGroup, data, strict)
