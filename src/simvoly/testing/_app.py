"""The sandbox as a plain ASGI application: no framework, only the ASGI protocol.

Each request goes through, in order: the request log, the fault rules (latency, an
injected status, a dropped connection), authentication (401), the User-Agent check
(400), routing (404, 405), the path and query parameters and body checks against the
generated tables (400), the handler, and the delivery of the webhook events the handler
raised. Every answer is JSON; errors are `{"success": false, "message": ...}`. Paths are
served under `/api/site`, as on a site.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any, Final
from urllib.parse import parse_qsl

import anyio
import attrs

from . import _people, _shop
from ._defaults import API_ROOT
from ._delivery import Deliverer
from ._drift import Drift
from ._errors import ApiError, bad_request, error_body
from ._faults import Faults
from ._routes import Call, Match, Router
from ._schema import check
from ._store import Store
from ._tables import build_routes

__all__ = ["API_ROOT", "IN_PROCESS", "RecordedRequest", "SandboxApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Headers = Sequence[tuple[str, str]]

#: The scope extension of the in-process transport: a refused connection sends nothing.
IN_PROCESS: Final = "simvoly.sandbox.in_process"
_JSON: Final = ("Content-Type", "application/json")
#: The largest request body the sandbox reads (1 MiB); a larger one answers 413.
MAX_BODY_BYTES: Final = 1024 * 1024

logger = logging.getLogger("simvoly.testing")


@attrs.define
class RecordedRequest:
    """One request the sandbox received.

    Attributes:
        method: The HTTP method.
        path: The path under the API root (`/contacts/12`), or the whole path outside it.
        query: The query parameters (the first value of each).
        operation: The operationId it was routed to, or None (an unknown route).
        fault: The status or drop fault that answered it (e.g. "status 429"), or None.
        status: The status answered; None when the connection was dropped before one.
    """

    method: str
    path: str
    query: dict[str, str]
    operation: str | None
    fault: str | None = None
    status: int | None = None

    @property
    def faulted(self) -> bool:
        """Whether a status or drop fault answered it (latency alone does not count)."""
        return self.fault is not None


class SandboxApp:
    """The ASGI callable; `Sandbox` builds it and is itself callable as the same app."""

    def __init__(
        self,
        store: Store,
        faults: Faults,
        deliverer: Deliverer,
        api_key: str,
        drift: Drift | None = None,
    ) -> None:
        self.store = store
        self.drift = drift
        self.faults = faults
        self.deliverer = deliverer
        self.requests: list[RecordedRequest] = []
        behaviour = {**_people.HANDLERS, **_shop.HANDLERS}
        self.router = Router(build_routes(behaviour, _people.BODY_CHECKS))
        self._key = api_key.encode()

    def __repr__(self) -> str:
        return f"<SandboxApp {self.store.domain} requests={len(self.requests)}>"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return  # websockets: not part of the API
        body = await _read_body(receive, MAX_BODY_BYTES)
        if body is None:
            message = f"the request body is larger than {MAX_BODY_BYTES:,} bytes"
            await _respond(send, 413, error_body(message), (_JSON,))
            return
        method: str = scope["method"]
        path, query, match = self._resolve(scope)
        record = RecordedRequest(method, path, query, match.operation)
        self.requests.append(record)

        decision = self.faults.decide(method, path, match.operation)
        if decision.delay:
            await anyio.sleep(decision.delay)
        fault = decision.fault
        if fault is not None:
            record.fault = str(fault)
            if fault.kind == "status":
                record.status = fault.status
                await _respond(send, fault.status, fault.body, fault.headers)
                return
            if fault.mode == "refused":
                await _drop(scope, send, refused=True)
                return
        status, payload, headers = await self._answer(scope, match, query, body)
        record.status = status
        if fault is not None:  # dropped mid-response: processed, then the connection breaks
            await _drop(scope, send, payload=payload)
            return
        await _respond(send, status, payload, (_JSON, *headers))

    def _resolve(self, scope: Scope) -> tuple[str, dict[str, str], Match]:
        """The path under the API root, the query, and the route they lead to."""
        # raw_path keeps an encoded "/" inside an id; some clients append the query to it.
        raw_path = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1").partition("?")[0]
        query: dict[str, str] = {}
        query_string = scope.get("query_string", b"").decode("latin-1")
        for name, value in parse_qsl(query_string, keep_blank_values=True):
            query.setdefault(name, value)  # the first value of a repeated name
        if path != API_ROOT and not path.startswith(API_ROOT + "/"):
            return path, query, Match(None, error=ApiError(404, f"the API is under {API_ROOT}"))
        path = path[len(API_ROOT) :]
        return path, query, self.router.match(scope["method"], path)

    async def _answer(
        self, scope: Scope, match: Match, query: dict[str, str], body: bytes
    ) -> tuple[int, bytes, Headers]:
        queued = len(self.store.events)
        try:
            result = self._handle(scope, match, query, body)
        except ApiError as error:
            del self.store.events[queued:]  # a refused request changes nothing
            return error.status, error_body(error.message), error.headers
        except Exception:
            del self.store.events[queued:]
            logger.exception("the sandbox failed on %s %s", scope["method"], scope["path"])
            return 500, error_body("Internal server error"), ()
        await self.flush_events()
        return 200, json.dumps(result).encode(), ()

    async def flush_events(self) -> None:
        """Deliver the queued webhook events, oldest first, to the webhooks of the moment."""
        for topic, payload in self.store.take_events():
            await self.deliverer.deliver(list(self.store.webhooks.values()), topic, payload)

    def _handle(self, scope: Scope, match: Match, query: dict[str, str], body: bytes) -> Any:
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in reversed(scope.get("headers", []))
        }
        refused = self._refusal(headers.get("authorization"))
        if refused is not None:
            raise ApiError(401, f"Unauthorized: {refused}")
        if not headers.get("user-agent", "").strip():
            raise bad_request("the User-Agent header is required, e.g. MyApp/1.0")
        if match.route is None:
            raise match.error or ApiError(404, "no such endpoint")
        route = match.route
        params = route.params(match.raw_params)
        if self.drift is not None:
            query = self.drift.query(route.query_params, dict(query))
        parsed = route.query(query)
        checked = {}
        if route.body_schema is not None:
            document = _json(body)
            if route.check_body is not None:
                route.check_body(document)
            checked = check(route.body_schema, "body", document)
        result = route.handler(Call(self.store, params, parsed, checked))
        return result if self.drift is None else self.drift.answer(route.answer, result)

    def _refusal(self, authorization: str | None) -> str | None:
        """Why the request is not authorized (None: it is): no header, a header of another
        form, or a key that is not this site's."""
        if not authorization:
            return "send the header Authorization: Bearer <API key>"
        scheme, _, key = authorization.partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            return "the Authorization header must be `Bearer <API key>`"
        # Constant time: the comparison must not tell how much of a guessed key is right.
        if not hmac.compare_digest(key.strip().encode(), self._key):
            return "the API key was refused (it is not the key of this site)"
        return None


def _json(body: bytes) -> Any:
    if not body.strip():
        raise bad_request("a JSON body is required")
    try:
        return json.loads(body)
    except ValueError:
        raise bad_request("the body is not valid JSON") from None
    except RecursionError:
        raise bad_request("the body is JSON nested too deeply") from None


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The request body; None when it is larger than `limit` (the rest is not kept)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break  # the client went away
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _respond(send: Send, status: int, body: bytes, headers: Headers) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                *((name.lower().encode(), value.encode()) for name, value in headers),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _drop(scope: Scope, send: Send, *, payload: bytes = b"", refused: bool = False) -> None:
    """Break the connection: start an answer and never finish it.

    The in-process transport raises httpx.RemoteProtocolError for an unfinished answer
    and httpx.ConnectError when nothing was sent (a refused connection); a real server
    closes the connection when the app returns before the answer is complete.
    """
    if refused and IN_PROCESS in scope.get("extensions", {}):
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload) + 1).encode()),
            ],
        }
    )
    await send(
        {"type": "http.response.body", "body": payload[: len(payload) // 2], "more_body": True}
    )


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
