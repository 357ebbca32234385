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
from collections.abc import Callable
from typing import Protocol, cast

import attrs
import httpx

__all__ = ["ACCEPT_ENCODING", "DEFAULT_MAX_RESPONSE_BYTES", "Body", "read_body", "read_body_sync"]

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


class _Reader:
    """Decodes a body's raw chunks as they arrive, up to the cap (no I/O of its own)."""

    __slots__ = ("cap", "chunks", "decoder", "encoding", "problem", "size")

    def __init__(self, response: httpx.Response, cap: int) -> None:
        self.cap, self.size = cap, 0
        self.chunks: list[bytes] = []
        self.encoding = response.headers.get("content-encoding", "")
        decoder = _decoder(self.encoding)
        self.problem: str | None = None
        if isinstance(decoder, str):  # not read at all: what the problem says is enough
            self.problem, decoder = decoder, _Identity()
        self.decoder: _Decoder = decoder

    @property
    def reading(self) -> bool:
        """Whether the body is still worth reading (decodable, and under the cap)."""
        return self.problem is None

    def feed(self, raw: bytes) -> None:
        try:
            # Room for one byte past the cap: getting it means the body is too large (and
            # zlib left the rest of its input unread, which is dropped). Otherwise zlib used
            # all of `raw` and holds nothing back: there is nothing to flush at the end.
            decoded = self.decoder.decode(raw, self.cap - self.size + 1)
            self.size = _add(self.chunks, decoded, self.size, self.cap)
        except zlib.error:
            self.chunks.clear()  # half-decoded bytes would only garble the error's message
            self.problem = f"a body that does not match its Content-Encoding ({self.encoding})"
        except _TooLargeError:
            self.problem = _too_large(self.cap)

    def finish(self, response: httpx.Response) -> Body:
        content = b"".join(self.chunks)
        response._content = content  # what `response.content` gives the caller from now on
        return Body(content, self.problem)


def _already_read(response: httpx.Response, cap: int) -> Body | None:
    """The body of an answer read already (a mock transport's), cut to `cap`."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if len(content) > cap:
        response._content = content[:cap]
        return Body(content[:cap], _too_large(cap))
    return Body(content)


async def read_body(response: httpx.Response, cap: int) -> Body:
    """Read and decompress `response`'s body, at most `cap` bytes of it, then close it.

    Transport failures while reading (a reset, a timeout) raise as httpx's exceptions;
    a body that cannot be decoded, or is larger than `cap`, gives a `Body` with what was
    read and the `problem`. The decoded content is also set on `response` (`.content`).
    """
    body = _already_read(response, cap)
    if body is not None:
        # The answer is closed already; httpx sets its `elapsed` when the stream it bound
        # to it is closed, and a raw answer's `elapsed` must not raise.
        await cast(httpx.AsyncByteStream, response.stream).aclose()
        return body
    reader = _Reader(response, cap)
    try:
        if reader.reading:
            async for raw in response.aiter_raw():
                reader.feed(raw)
                if not reader.reading:
                    break
    finally:
        await response.aclose()
    return reader.finish(response)


def read_body_sync(response: httpx.Response, cap: int, deadline: Callable[[], None]) -> Body:
    """`read_body` for the sync client; `deadline()` raises TimeoutError once the call's
    deadline has passed, and is called after each chunk (a sync read cannot be cut off
    from outside, so a trickling server is stopped between its chunks)."""
    body = _already_read(response, cap)
    if body is not None:
        cast(httpx.SyncByteStream, response.stream).close()  # sets `elapsed`, as above
        return body
    reader = _Reader(response, cap)
    try:
        if reader.reading:
            for raw in response.iter_raw():
                reader.feed(raw)
                deadline()
                if not reader.reading:
                    break
    finally:
        response.close()
    return reader.finish(response)


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
