"""GET /members/search-by-email: Find a member by email.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from ...models.member import Member
from ...operations import OPERATIONS
from ...types import UNSET

OPERATION = OPERATIONS["get_member_by_email"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    *,
    email: str,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""
    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/members/search-by-email",
        "params": params,
    }

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> Member:
    """Build the result of a 200 answer from its decoded JSON body."""
    return Member.from_dict(data, strict=strict)
