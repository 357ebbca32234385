"""The JSON decoding of answers: msgspec's decoder where it is installed, json's otherwise.

msgspec decodes a 50-contact page (28 KB) in about 50 µs, json.loads in about 100 µs:
half the SDK's cost over raw httpx on such a page (`make bench`, the CPU per request).
Every document both read decodes to the same value (integers of any size stay ints;
tests/test_json.py compares them over generated documents). A document msgspec refuses
(NaN or Infinity, a lone surrogate, a byte-order mark, nesting past its limit) is read
again by json.loads, so what json accepts is accepted, and what it rejects raises what
it raised before (ValueError, RecursionError). msgspec is imported at the first answer,
not at `import simvoly` (about 20 ms); without it (it has no PyPy build) json does it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads"]

_decode: Callable[[bytes | str], Any] | None = None


def loads(content: bytes | str) -> Any:
    """The value of a JSON document, as json.loads gives it.

    Raises:
        ValueError: not JSON (json.JSONDecodeError), or not UTF-8.
        RecursionError: nested deeper than the interpreter can read.
    """
    decode = _decode or _decoder()
    try:
        return decode(content)
    except Exception:  # noqa: BLE001 - refused: json.loads reads it, or raises its own error
        return json.loads(content)


def _decoder() -> Callable[[bytes | str], Any]:
    global _decode  # chosen once, at the first answer
    try:
        from msgspec.json import decode
    except ImportError:
        _decode = json.loads
    else:
        _decode = decode
    return _decode
