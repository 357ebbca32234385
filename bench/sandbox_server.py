"""The sandbox served over HTTP in a process of its own, rate limited, for the bench.

`simvoly.testing.Sandbox(seed=...)` with `faults.rate_limit(--rate)` (a token bucket of
`--rate` tokens, answering 429 with a whole-second Retry-After), served by uvicorn on
127.0.0.1:--port until SIGTERM. In its own process, so that the client process's CPU
and event loop are the client's alone. `GET /_stats` (outside the API root) answers
`{"answers": {status: count}}`: every answer sent so far, counted as it leaves.

Usage: python bench/sandbox_server.py --port 8124 --rate 100 [--seed 42]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
from collections import Counter
from typing import Any

from simvoly.testing import Sandbox
from simvoly.testing._server import serve

Scope = dict[str, Any]
Message = dict[str, Any]


class Counted:
    """The sandbox's ASGI app, with the status of every answer counted, and /_stats."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.answers: Counter[int] = Counter()

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/_stats":
            body = json.dumps({"answers": self.answers}).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return

        async def counted(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.answers[message["status"]] += 1
            await send(message)

        await self.app(scope, receive, counted)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--rate", type=float, required=True, help="requests per second")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    sandbox = Sandbox("bench-key", seed=args.seed)
    sandbox.faults.rate_limit(args.rate)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with serve(Counted(sandbox), port=args.port):
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main())
