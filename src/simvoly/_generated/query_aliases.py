"""Query parameters of openapi.yaml sent under more than one name (`x-also-sent-as`).

Generated from openapi.yaml by `make generate` (scripts/generate_query_aliases.py); do
not edit.
"""

from typing import Final

#: operationId -> {the parameter's name: the other names its value is also sent as}.
QUERY_ALIASES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "list_members": {"groupId": ("group_id",)},
}
