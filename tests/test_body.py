"""Reading answers on both clients: decoded as they stream in, and never past the cap.

The answers here stream from a mock transport chunk by chunk, as a socket's would (the
fault matrix and test_issue11.py read them over real sockets).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

import simvoly
from simvoly.models import Contact

from .conftest import Flavor, json_response, resolve

CONTACT = {"id": 7, "email": "jane@example.com", "name": "Jane " + "x" * 5000}
BODY = json.dumps(CONTACT).encode()


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that streams in these chunks (to either client), counting what was read."""

    def __init__(self, data: bytes, size: int = 1000) -> None:
        self.chunks = [data[i : i + size] for i in range(0, len(data), size)]
        self.read = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def streamed(data: bytes, status: int = 200, encoding: str | None = None) -> httpx.Response:
    headers = {} if encoding is None else {"content-encoding": encoding}
    return httpx.Response(status, headers=headers, stream=Chunks(data))


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encoded"),
    [
        ("gzip", gzip.compress(BODY)),
        ("x-gzip", gzip.compress(BODY)),
        ("deflate", zlib.compress(BODY)),  # zlib-wrapped, as the RFC says
        ("deflate", raw_deflate(BODY)),  # raw, as some servers send it
        ("identity", BODY),
        ("GZIP, identity", gzip.compress(BODY)),
    ],
)
async def test_compressed_answers_are_decoded_to_their_end(
    encoding: str, encoded: bytes, flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(lambda _: streamed(encoded, encoding=encoding))
    contact = await resolve(client.contacts.get(7))
    assert isinstance(contact, Contact)
    assert contact.to_dict() == CONTACT
    assert recorder.requests[0].headers["accept-encoding"] == "gzip, deflate"


async def test_the_decoded_body_is_the_responses_content(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: streamed(gzip.compress(BODY), encoding="gzip"))
    raw = await resolve(client.contacts.with_raw_response.get(7))
    assert raw.http_response.content == BODY
    assert raw.http_response.json() == CONTACT


async def test_an_encoding_the_sdk_did_not_ask_for_is_never_read(flavor: Flavor) -> None:
    bodies: list[Chunks] = []

    def handler(request: httpx.Request) -> httpx.Response:
        response = streamed(b"\x1b\x00compressed-by-brotli", encoding="br")
        assert isinstance(response.stream, Chunks)
        bodies.append(response.stream)
        return response

    client, _ = flavor.make_client(handler)
    with pytest.raises(
        simvoly.APIResponseValidationError,
        match=r"answered 200 with a Content-Encoding the SDK did not ask for \(br\)",
    ):
        await resolve(client.contacts.get(7))
    await resolve(client.contacts.delete(7))  # any 2xx acknowledges a DELETE
    assert [body.read for body in bodies] == [0, 0]


async def test_an_error_answer_in_an_unknown_encoding_is_still_its_status(
    flavor: Flavor,
) -> None:
    client, recorder = flavor.make_client(lambda _: streamed(b"\x1b\x00", 503, encoding="br"))
    with pytest.raises(simvoly.InternalServerError) as caught:
        await resolve(client.contacts.get(7))
    assert caught.value.status_code == 503
    assert len(recorder.requests) == 3  # retried as any 503


@pytest.mark.parametrize("kind", ["streamed", "gzip bomb", "read already"])
async def test_an_answer_past_max_response_bytes_stops_at_the_cap(
    kind: str, flavor: Flavor
) -> None:
    cap = 64 * 1024
    huge = {"id": 7, "note": "x" * (4 * cap)}
    data = json.dumps(huge).encode()
    answers = {
        "streamed": lambda: streamed(data),
        "gzip bomb": lambda: streamed(gzip.compress(b" " * (64 * cap)), encoding="gzip"),
        "read already": lambda: json_response(huge),  # a transport that read it whole
    }
    client, _ = flavor.make_client(lambda _: answers[kind](), max_response_bytes=cap)
    raw = client.contacts.with_raw_response
    with pytest.raises(
        simvoly.APIResponseValidationError,
        match=f"more than {cap:,} bytes \\(max_response_bytes\\); the rest was not read",
    ) as caught:
        await resolve(raw.get(7))
    assert len(caught.value.response.content) == cap  # what is kept is cut at the cap
