"""The input formats openapi.yaml declares (`format: email`, `uri`, `int64`...), checked.

Which value has which format is data: each operation's `formats` in the generated
operations table, from the spec. This module holds what each format means, once: the
client checks a call's query and JSON body with it before sending (`check_formats`), and
the sandbox checks what it receives with it too. The rules refuse only what no server
could take (an email without "@", a URL without a scheme, an integer past 64 bits): a
stricter rule than the server's would cost a user a call the server would have taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Final

from ._operation import Format

__all__ = ["FORMATS", "INTEGER_BITS", "check_formats", "format_problem"]

_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s]+")
_URI: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*")
#: Integer formats: the bits of a two's complement integer.
INTEGER_BITS: Final = {"int32": 32, "int64": 64}

#: Every format the SDK checks: a format of openapi.yaml's inputs must be one of these
#: (tests/test_formats.py holds the spec to it).
FORMATS: Final = frozenset({"email", "uri", *INTEGER_BITS})


def format_problem(form: str, value: object) -> str | None:
    """What is wrong with `value` for `form` ("must be an email address"), or None.

    A value of another type than the format's is not this check's business (the types
    are checked elsewhere): only a string is checked against a string format, and only
    an int against an integer one.
    """
    if isinstance(value, str):
        if form == "email" and not _EMAIL.fullmatch(value):
            return "must be an email address"
        if form == "uri" and not _URI.fullmatch(value):
            return "must be an absolute URI (with a scheme, e.g. https://)"
    elif isinstance(value, int) and not isinstance(value, bool) and form in INTEGER_BITS:
        bits = INTEGER_BITS[form]
        if not -(2 ** (bits - 1)) <= value < 2 ** (bits - 1):
            return f"must be a {bits}-bit integer"
    return None


def check_formats(formats: tuple[Format, ...], params: Mapping[str, Any], json: Any) -> None:
    """Raise ValueError, naming the argument, for a query or body value of a call that
    breaks its format."""
    for form in formats:
        root = params if form.where == "query" else json
        for where, value in _values(root, form.path, form.names, ""):
            problem = format_problem(form.format, value)
            if problem is not None:
                raise ValueError(f"{where} {problem}, got {value!r}")


def _values(
    node: Any, path: tuple[str, ...], names: tuple[str, ...], where: str
) -> Iterator[tuple[str, Any]]:
    """The values at `path` under `node`, each with where it is, as the caller names it."""
    if not path:
        yield where, node
        return
    step, rest, name, rest_names = path[0], path[1:], names[0], names[1:]
    if step == "[]":
        if isinstance(node, list):
            for index, item in enumerate(node):
                yield from _values(item, rest, rest_names, f"{where}[{index}]")
    elif isinstance(node, Mapping) and node.get(step) is not None:
        yield from _values(node[step], rest, rest_names, f"{where}.{name}" if where else name)
