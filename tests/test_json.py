"""The JSON decoding of answers (`simvoly._json`): msgspec's speed, json.loads's results.

Users see json.loads's values and errors whichever decoder read an answer: the same
value for every document, ints of any size kept exact, and the documents msgspec refuses
(NaN, a lone surrogate, a byte-order mark, deep nesting) read or refused as before.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from simvoly import _json

#: Every JSON value: integers of any size, every float JSON can carry, any text.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)


def same(left: Any, right: Any) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0, True is not 1,
    -0.0 is not 0.0)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(same, left, right))
    if isinstance(left, float):
        return repr(left) == repr(right)
    return bool(left == right)


@given(json_values, st.booleans())
def test_every_document_reads_as_json_loads_reads_it(value: Any, ascii_only: bool) -> None:
    document = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    try:
        expected = json.loads(document)
    except UnicodeDecodeError:  # a lone surrogate written raw is not UTF-8: both refuse it
        with pytest.raises(UnicodeDecodeError):
            _json.loads(document)
        return
    assert same(_json.loads(document), expected)
    assert same(_json.loads(document.decode("utf-8")), expected)


@pytest.mark.parametrize(
    "document",
    [
        b"18446744073709551616",  # past 64 bits: an int, exact (orjson would give a float)
        b'{"id": -123456789012345678901234567890}',
        b'{"price": NaN, "limit": Infinity}',  # not JSON, but what json.loads read
        b'"\\ud800"',  # a lone surrogate, escaped
        b"\xef\xbb\xbf{}",  # a byte-order mark
        b'{"a": 1, "a": 2}',  # the last one wins, as in json
        b"1e400",
    ],
)
def test_documents_the_fast_decoder_refuses_or_reads_otherwise_read_as_before(
    document: bytes,
) -> None:
    assert same(_json.loads(document), json.loads(document))


@pytest.mark.parametrize(
    ("document", "error"),
    [
        (b"[" * 100_000 + b"]" * 100_000, RecursionError),
        (b"<html>Bad gateway</html>", json.JSONDecodeError),
        (b'"\xff"', UnicodeDecodeError),
        (b"", json.JSONDecodeError),
    ],
)
def test_what_json_loads_refuses_raises_what_it_raised(
    document: bytes, error: type[Exception]
) -> None:
    with pytest.raises(error):
        _json.loads(document)


def test_answers_are_decoded_by_msgspec_where_it_is_installed() -> None:
    _json.loads(b"{}")
    assert _json._decode is msgspec.json.decode


def test_without_msgspec_json_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msgspec", None)  # import msgspec raises ImportError
    monkeypatch.setitem(sys.modules, "msgspec.json", None)
    monkeypatch.setattr(_json, "_decode", None)
    assert _json.loads(b'{"id": 1}') == {"id": 1}
    assert _json._decode is json.loads


def test_import_simvoly_does_not_import_msgspec() -> None:
    code = "import sys, simvoly\nassert 'msgspec' not in sys.modules\n"
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - fixed code
