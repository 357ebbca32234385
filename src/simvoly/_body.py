"""Reading an answer's body: decompressed as it streams in, and never past a cap.

A server (or a proxy) decides what it sends: a 0.5 MB gzip page can expand to 512 MB.
So the body is read chunk by chunk, each chunk decompressed at most up to what the cap
still allows (zlib's `max_length`), and reading stops at the cap: memory stays bounded
by `max_response_bytes` whatever arrives, and a bomb costs the time of the cap, not of
its full size. The SDK asks for `gzip, deflate` only, and decodes those itself, on
every transport alike; a body that does not match its Content-Encoding is reported as
such, never raised as a decoding exception of the transport.
"""

from __future__ import annotations

import zlib
from typing import Protocol

import attrs
import httpx

__all__ = ["ACCEPT_ENCODING", "DEFAULT_MAX_RESPONSE_BYTES", "Body", "read_body"]

#: The most an answer may hold once decompressed: 32 MiB, some 30 times a 50-item page
#: of the largest records. `AsyncSimvoly(max_response_bytes=...)` changes it.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
#: What the SDK asks for, and decodes itself (bounded).
ACCEPT_ENCODING = "gzip, deflate"


@attrs.frozen
class Body:
    """What was read of a body: `content`, and `problem` when it is not the whole body."""

    content: bytes
    problem: str | None = None


class _Decoder(Protocol):
    def decode(self, data: bytes, room: int) -> bytes:
        """At most `room` bytes of `data` decoded; fewer means all of `data` was used."""


class _Identity:
    def decode(self, data: bytes, room: int) -> bytes:
        return data


class _Zlib:
    """gzip, or deflate (zlib-wrapped, or raw as some servers send it)."""

    def __init__(self, gzip: bool) -> None:
        self._first = not gzip  # deflate: the first chunk tells zlib-wrapped from raw
        self._decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)

    def decode(self, data: bytes, room: int) -> bytes:
        if self._first:
            self._first = False
            try:
                return self._decompressor.decompress(data, room)
            except zlib.error:
                self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._decompressor.decompress(data, room)


class _TooLargeError(Exception):
    pass


def _decoder(encoding: str) -> _Decoder | str:
    """The decoder of a Content-Encoding, or why there is none."""
    codings = [part.strip().lower() for part in encoding.split(",")]
    codings = [coding for coding in codings if coding and coding != "identity"]
    if not codings:
        return _Identity()
    if codings == ["gzip"] or codings == ["x-gzip"]:
        return _Zlib(gzip=True)
    if codings == ["deflate"]:
        return _Zlib(gzip=False)
    return f"a Content-Encoding the SDK did not ask for ({encoding})"


async def read_body(response: httpx.Response, cap: int) -> Body:
    """Read and decompress `response`'s body, at most `cap` bytes of it, then close it.

    Transport failures while reading (a reset, a timeout) raise as httpx's exceptions;
    a body that cannot be decoded, or is larger than `cap`, gives a `Body` with what was
    read and the `problem`. The decoded content is also set on `response` (`.content`).
    """
    try:
        content = response.content  # read already: a mock transport's answer, say
    except httpx.ResponseNotRead:
        pass
    else:
        if len(content) > cap:
            response._content = content[:cap]
            return Body(content[:cap], _too_large(cap))
        return Body(content)
    encoding = response.headers.get("content-encoding", "")
    decoder = _decoder(encoding)
    chunks: list[bytes] = []
    size = 0
    problem: str | None = None
    try:
        if isinstance(decoder, str):
            problem = decoder
        else:
            try:
                # Room for one byte past the cap: getting it means the body is too large
                # (and zlib left the rest of its input unread, which is dropped).
                async for raw in response.aiter_raw():
                    size = _add(chunks, decoder.decode(raw, cap - size + 1), size, cap)
            except zlib.error:
                chunks.clear()  # half-decoded bytes would only garble the error's message
                problem = f"a body that does not match its Content-Encoding ({encoding})"
            except _TooLargeError:
                problem = _too_large(cap)
    finally:
        await response.aclose()
    content = b"".join(chunks)
    response._content = content  # what `response.content` gives the caller from now on
    return Body(content, problem)


def _too_large(cap: int) -> str:
    return f"a body of more than {cap:,} bytes (max_response_bytes); the rest was not read"


def _add(chunks: list[bytes], data: bytes, size: int, cap: int) -> int:
    size += len(data)
    if size > cap:
        chunks.append(data[: len(data) - (size - cap)])
        raise _TooLargeError
    if data:
        chunks.append(data)
    return size
