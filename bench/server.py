"""A purpose-built HTTP server for the benchmarks: canned API answers, nothing else.

It runs in its own process (uvicorn, with uvloop and httptools when installed) so that the
client process's CPU time measures the client alone. Routes, under `/api/site` (or under
`/slow/api/site`, which first waits `--latency-ms`):

- `GET /orders/{id}`: one order of about 4 KB;
- `GET /contacts?limit=&skip=`: pages over `--contacts` generated contacts (~560 bytes
  each, so a 50-contact page is about 28 KB).

Usage: python bench/server.py --port 8123 [--contacts 100000] [--latency-ms 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

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


class BenchApp:
    """The ASGI app: every answer is prepared at start-up or joined from prepared bytes."""

    def __init__(self, contacts: int, latency: float) -> None:
        self.latency = latency
        self.order = json.dumps(order(1234)).encode()
        self.contacts = [json.dumps(contact(i)).encode() for i in range(1, contacts + 1)]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path.startswith("/slow/"):
            path = path[len("/slow") :]
            await asyncio.sleep(self.latency)
        if path.startswith("/api/site/orders/"):
            body = self.order
        elif path == "/api/site/contacts":
            query = parse_qs(scope["query_string"].decode())
            limit = int(query.get("limit", ["30"])[0])
            skip = int(query.get("skip", ["0"])[0])
            items = b",".join(self.contacts[skip : skip + limit])
            body = b'{"items":[%s],"totalCount":%d,"limit":%d,"skip":%d}' % (
                items,
                len(self.contacts),
                limit,
                skip,
            )
        else:
            await _send(send, 404, b'{"success":false,"message":"Not found"}')
            return
        await _send(send, 200, body)


async def _send(send: Send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--latency-ms", type=float, default=10.0)
    args = parser.parse_args()
    app = BenchApp(args.contacts, args.latency_ms / 1000)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        log_level="warning",
        access_log=False,
        loop="auto",
        http="auto",
        backlog=4096,
    )


if __name__ == "__main__":
    main()
