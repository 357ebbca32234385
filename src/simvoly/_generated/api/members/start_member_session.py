"""POST /members/start-session: Start a single sign-on session.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from typing import Any

from ...models.member_session import MemberSession
from ...models.member_session_input import MemberSessionInput
from ...operations import OPERATIONS

OPERATION = OPERATIONS["start_member_session"]
OPERATION_ID = OPERATION.id
METHOD = OPERATION.method
PATH = OPERATION.path


def build_request(
    *,
    body: MemberSessionInput,
) -> dict[str, Any]:
    """The `httpx` request arguments (method, url, params, json) for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/members/start-session",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse_response(data: Any, strict: bool = False) -> MemberSession:
    """Build the result of a 200 answer from its decoded JSON body."""
    return MemberSession.from_dict(data, strict=strict)
