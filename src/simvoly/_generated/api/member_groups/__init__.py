"""The `member_groups` resource: `client.member_groups`.

Generated from openapi.yaml by `make generate`; do not edit.
"""

from .resource import (
    MemberGroups,
    MemberGroupsWithRawResponse,
    SyncMemberGroups,
    SyncMemberGroupsWithRawResponse,
)

__all__ = [
    "MemberGroups",
    "MemberGroupsWithRawResponse",
    "SyncMemberGroups",
    "SyncMemberGroupsWithRawResponse",
]
