"""A purpose-built HTTP/1.1 server for the benchmarks: canned API answers, nothing else.

It runs in its own process and does no work per request beyond finding the end of the
request and writing prepared bytes (a raw asyncio Protocol, on uvloop when installed), so
that the client saturates long before the server and the client process's CPU time
measures the client alone. Routes, under `/api/site` (or under `/slow/api/site`, which
first waits `--latency-ms`):

- `GET /orders/{id}`: one order of about 4 KB;
- `GET /contacts?limit=&skip=`: pages over `--contacts` generated contacts (~560 bytes
  each, so a 50-contact page is about 28 KB);
- `POST /contacts`: one contact (the body is read and ignored);
- `GET /_stats` (not under `/api/site`): `{"connections": n}`, the connections accepted so
  far, from which the bench counts the new connections each client opened.

`--idle-close SECONDS` closes a keep-alive connection that has been idle that long after
its last answer, as reverse proxies do (nginx after 75 s, AWS load balancers after 60 s,
uvicorn and Node.js after 5 s): the stale-connection scenario runs it scaled down in time.
Over a real network the server's close (its FIN) reaches the client a moment later, and a
request already on its way reaches a closed socket: `--close-window SECONDS` plays that
moment on loopback, dropping without an answer whatever request arrives within it before
the socket closes.

`--tls PEM` serves HTTPS with that certificate chain and key, so that a new connection
costs what it costs against a real server: a TLS handshake.

Usage: python bench/server.py --port 8123 [--contacts 100000] [--latency-ms 10]
                              [--idle-close 0.1 --close-window 0.001] [--tls server.pem]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import ssl
from typing import Any
from urllib.parse import parse_qs

ADDRESS = {
    "name": "John Doe",
    "phone": "+359888000000",
    "companyName": "Doe Ltd",
    "companyId": "BG123456789",
    "country": "Bulgaria",
    "state": "Sofia City",
    "city": "Sofia",
    "zipCode": "1000",
    "address": "1 Vitosha Blvd",
    "address2": "Floor 3",
}


def order(order_id: int) -> dict[str, Any]:
    """An order of about 4 KB: addresses, taxes, six items, fields and notes."""
    items = [
        {
            "id": 100 + i,
            "name": f"Running Shoes model {i}",
            "url": f"running-shoes-{i}",
            "productId": 24 + i,
            "type": "physical",
            "sku": f"RS-{i:04d}",
            "quantity": 1 + i % 3,
            "total": 49.0 + i,
            "weight": 0.8,
            "width": 30,
            "height": 12,
            "length": 20,
            "shippingRequired": True,
            "variation": [
                {"name": "Size", "value": str(40 + i)},
                {"name": "Color", "value": "Red"},
            ],
            "additions": [{"name": "Gift wrap", "value": "yes"}],
        }
        for i in range(6)
    ]
    return {
        "id": order_id,
        "invoiceNo": 15,
        "created": 1573397217,
        "customerName": "John Doe",
        "customerEmail": "john@example.com",
        "contactId": 41,
        "memberId": 0,
        "shippingAddress": ADDRESS,
        "billingAddress": ADDRESS,
        "shippingRequired": True,
        "weight": 4.8,
        "weightUnit": "kg",
        "subTotal": 309.0,
        "total": 339.0,
        "discountCode": "AUTUMN",
        "discountType": "percent_discount",
        "discountAmount": 10.0,
        "shippingName": "Courier",
        "shippingAmount": 10.0,
        "paid": True,
        "paymentMethod": "stripe",
        "transactionId": "ch_3NkY2bLkdIwHu7ix0Ab1cDeF",
        "status": "completed",
        "taxes": [
            {
                "name": "VAT",
                "total": 51.5,
                "applyToShipping": True,
                "rate": 20,
                "type": "PERCENT",
                "appliedToItems": [0, 1, 2, 3, 4, 5],
            }
        ],
        "items": items,
        "tags": ["web", "autumn-sale"],
        "additionalFields": [{"field": "Delivery notes", "value": "Leave at the door"}],
        "notes": [{"time": 1686043751, "value": "Customer asked for an invoice"}],
    }


def contact(contact_id: int) -> dict[str, Any]:
    """A contact of about 560 bytes."""
    return {
        "id": contact_id,
        "name": f"Contact Number{contact_id}",
        "email": f"contact{contact_id}@example.com",
        "phone": "+359888123456",
        "note": "Met at the autumn fair; interested in the premium plan.",
        "address": "12 Graf Ignatiev St",
        "city": "Sofia",
        "state": "Sofia City",
        "zip": "1000",
        "country": "Bulgaria",
        "companyName": "Example Trading Ltd",
        "createdOn": 1573240303,
        "properties": [
            {"name": "lead_status", "value": "contacted"},
            {"name": "source", "value": "fair"},
        ],
        "tags": ["lead", "autumn-fair"],
        "memberId": contact_id + 1000,
        "subscribed": True,
        "subscriberLists": [87647751, 87647752],
    }


def answer(status: bytes, body: bytes) -> bytes:
    """A whole HTTP/1.1 answer with a JSON body."""
    return b"HTTP/1.1 %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (
        status,
        len(body),
        body,
    )


class Answers:
    """Every answer, prepared at start-up or joined from prepared bytes."""

    def __init__(self, contacts: int) -> None:
        self.order = answer(b"200 OK", json.dumps(order(1234)).encode())
        self.created = answer(b"200 OK", json.dumps(contact(1)).encode())
        self.not_found = answer(b"404 Not Found", b'{"success":false,"message":"Not found"}')
        self.contacts = [json.dumps(contact(i)).encode() for i in range(1, contacts + 1)]
        self.pages: dict[bytes, bytes] = {}  # by query string: pages repeat in the bench

    def get(self, method: bytes, target: bytes) -> bytes:
        path, _, query = target.partition(b"?")
        if path == b"/_stats":
            return answer(b"200 OK", b'{"connections":%d}' % Connection.accepted)
        if method == b"GET" and path.startswith(b"/api/site/orders/"):
            return self.order
        if path == b"/api/site/contacts":
            if method == b"POST":
                return self.created
            page = self.pages.get(query)
            if page is None:
                page = self.pages[query] = self.page(query)
                if len(self.pages) > 1024:  # a walk asks for every page once
                    self.pages.pop(next(iter(self.pages)))
            return page
        return self.not_found

    def page(self, query: bytes) -> bytes:
        fields = parse_qs(query.decode())
        limit = int(fields.get("limit", ["30"])[0])
        skip = int(fields.get("skip", ["0"])[0])
        items = b",".join(self.contacts[skip : skip + limit])
        body = b'{"items":[%s],"totalCount":%d,"limit":%d,"skip":%d}' % (
            items,
            len(self.contacts),
            limit,
            skip,
        )
        return answer(b"200 OK", body)


class Connection(asyncio.Protocol):
    """One client connection: finds each request's end and writes its canned answer."""

    accepted = 0  # connections made, for /_stats

    def __init__(
        self, answers: Answers, latency: float, idle_close: float, close_window: float
    ) -> None:
        self.answers = answers
        self.latency = latency
        self.idle_close = idle_close
        self.close_window = close_window
        self.closing = False  # closed by the idle timer; the client does not know yet
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.idle_timer: asyncio.TimerHandle | None = None
        self.waiting = 0  # slow answers not yet written

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        Connection.accepted += 1
        self.transport = transport  # type: ignore[assignment]  # uvloop's is no subclass

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        if self.idle_timer is not None:
            self.idle_timer.cancel()

    def data_received(self, data: bytes) -> None:
        if self.closing:  # the request crossed the server's close on the wire
            if self.transport is not None:
                self.transport.close()
            return
        if self.idle_timer is not None:
            self.idle_timer.cancel()
            self.idle_timer = None
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end]
            length = 0
            lowered = head.lower()
            at = lowered.find(b"\r\ncontent-length:")
            if at >= 0:
                line_end = lowered.find(b"\r\n", at + 2)
                length = int(head[at + 17 : line_end if line_end >= 0 else None])
            end = head_end + 4 + length
            if len(self.buffer) < end:
                return
            self.buffer = self.buffer[end:]
            method, target, _ = head.split(b" ", 2)
            if target.startswith(b"/slow/"):
                self.waiting += 1
                asyncio.get_running_loop().call_later(
                    self.latency, self.write_later, method, target[5:]
                )
            else:
                self.write(self.answers.get(method, target))

    def write_later(self, method: bytes, target: bytes) -> None:
        self.waiting -= 1
        self.write(self.answers.get(method, target))

    def write(self, data: bytes) -> None:
        if self.transport is None:
            return
        self.transport.write(data)
        if self.idle_close and not self.buffer and not self.waiting:
            # A proxy's keep-alive timer: it starts when the last answer is written.
            if self.idle_timer is not None:
                self.idle_timer.cancel()
            self.idle_timer = asyncio.get_running_loop().call_later(
                self.idle_close, self.close_idle
            )

    def close_idle(self) -> None:
        self.idle_timer = None
        if self.transport is None:
            return
        if not self.close_window:
            self.transport.close()
            return
        self.closing = True
        asyncio.get_running_loop().call_later(self.close_window, self.transport.close)


async def serve(
    port: int,
    answers: Answers,
    latency: float,
    idle_close: float,
    close_window: float,
    tls: str | None,
) -> None:
    context = None
    if tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(tls)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: Connection(answers, latency, idle_close, close_window),
        "127.0.0.1",
        port,
        backlog=4096,
        ssl=context,
    )
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--latency-ms", type=float, default=10.0)
    parser.add_argument("--idle-close", type=float, default=0.0, help="seconds; 0: never")
    parser.add_argument("--close-window", type=float, default=0.0, help="seconds")
    parser.add_argument("--tls", help="a PEM file with the certificate chain and key")
    args = parser.parse_args()
    answers = Answers(args.contacts)
    coroutine = serve(
        args.port,
        answers,
        args.latency_ms / 1000,
        args.idle_close,
        args.close_window,
        args.tls,
    )
    try:
        import uvloop
    except ImportError:  # pragma: no cover - requirements/bench.txt installs it
        asyncio.run(coroutine)
    else:
        uvloop.run(coroutine)


if __name__ == "__main__":
    main()
