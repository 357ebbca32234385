"""The aiohttp transport's failures, as the httpx exceptions that say what happened.

The retry rules read httpx's exception classes (never sent, or maybe processed), so each
aiohttp failure must map to the class that tells the truth. Over real sockets, the fault
matrix checks the common ones; these are the ones a test server cannot easily cause.
"""

from __future__ import annotations

import aiohttp
import httpx
import pytest

from simvoly._aiohttp import _raise_mapped

REQUEST = httpx.Request("POST", "https://mysite.simvoly.com/api/site/members")


@pytest.mark.parametrize(
    ("error", "mapped"),
    [
        (aiohttp.ConnectionTimeoutError("connect timed out"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("read timed out"), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("cut short"), httpx.RemoteProtocolError),
        # The SDK never writes into a connection the server closed (it checks the kernel
        # first): a failed write is a broken connection like any other, maybe processed.
        (aiohttp.ClientOSError(32, "Can not write request body for x"), httpx.ReadError),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError),
        (ConnectionResetError(104, "reset"), httpx.ReadError),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else value.__name__,
)
def test_each_failure_maps_to_what_it_means_for_retrying(
    error: Exception, mapped: type[httpx.TransportError]
) -> None:
    with pytest.raises(httpx.TransportError) as caught:
        _raise_mapped(error, REQUEST)  # type: ignore[arg-type]  # each is a ClientError or OSError
    assert type(caught.value) is mapped
    assert caught.value.request is REQUEST
    assert caught.value.__cause__ is error
