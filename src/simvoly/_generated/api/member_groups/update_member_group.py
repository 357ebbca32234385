"""PUT /member-groups/{id}: Update a member group.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any
from urllib.parse import quote

from ...models.member_group import MemberGroup
from ...models.member_group_input import MemberGroupInput
from ...operations import OPERATIONS

OPERATION = OPERATIONS["update_member_group"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    id: int,
    *,
    body: MemberGroupInput,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/member-groups/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> MemberGroup:
    """Build the result of a 200 answer from its decoded JSON body."""
    return MemberGroup.from_dict(data, strict=strict)
