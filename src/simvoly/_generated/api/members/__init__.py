"""The `members` resource: `client.members`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import Members, MembersWithRawResponse, SyncMembers, SyncMembersWithRawResponse

__all__ = [
    "Members",
    "MembersWithRawResponse",
    "SyncMembers",
    "SyncMembersWithRawResponse",
]
