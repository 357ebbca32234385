"""PUT /members/{id}: Update a member.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any
from urllib.parse import quote

from ...models.member import Member
from ...models.member_input import MemberInput
from ...operations import OPERATIONS

OPERATION = OPERATIONS["update_member"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    id: int,
    *,
    body: MemberInput,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/members/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Member:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Member.from_dict(data, strict=strict)
