"""DELETE /members/{id}: Delete a member.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any
from urllib.parse import quote

from ...models.success import Success
from ...operations import OPERATIONS

OPERATION = OPERATIONS["delete_member"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    id: int,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/members/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Success:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Success.from_dict(data, strict=strict)
