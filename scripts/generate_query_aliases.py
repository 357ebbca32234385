"""Write the query parameters sent under more than one name into the generated package.

openapi-python-client keeps no vendor extension of a parameter, so `make generate` runs
this after it: every query parameter with `x-also-sent-as: [other, ...]` in openapi.yaml
is sent under its own name and each other one (`simvoly._resource` adds them), and the
sandbox honours any of them. The sources disagree on the member filter's name, and a
server that does not know the name it gets ignores the filter silently.

Usage: python scripts/generate_query_aliases.py openapi.yaml OUTPUT.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

HEADER = '''"""Query parameters of openapi.yaml sent under more than one name (`x-also-sent-as`).

Generated from openapi.yaml by `make generate` (scripts/generate_query_aliases.py); do
not edit.
"""

from typing import Final

#: operationId -> {the parameter's name: the other names its value is also sent as}.
QUERY_ALIASES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
'''


def _parameter(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        return spec["components"]["parameters"][node["$ref"].rsplit("/", 1)[1]]  # type: ignore[no-any-return]  # YAML data
    return node


def main(spec_path: str, output: str) -> None:
    spec = yaml.safe_load(Path(spec_path).read_text())
    lines = [HEADER]
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            aliases: dict[str, list[str]] = {}
            for node in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = _parameter(spec, node)
                others = parameter.get("x-also-sent-as")
                if others is None:
                    continue
                if parameter["in"] != "query" or not isinstance(others, list) or not others:
                    sys.exit(f"{operation['operationId']}: x-also-sent-as needs a query parameter")
                aliases[parameter["name"]] = [str(other) for other in others]
            if aliases:
                entries = ", ".join(
                    f"{json.dumps(name)}: ({''.join(json.dumps(o) + ', ' for o in others)})"
                    for name, others in aliases.items()
                )
                lines.append(f"    {json.dumps(operation['operationId'])}: {{{entries}}},\n")
    lines.append("}\n")
    Path(output).write_text("".join(lines))


if __name__ == "__main__":
    main(*sys.argv[1:])
