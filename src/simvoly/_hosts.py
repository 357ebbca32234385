"""One notion of "this machine", shared by the client and the sandbox.

The client allows plain http:// only to a local host (elsewhere the API key would cross a
network in clear text); the sandbox delivers webhooks only to local targets unless told
otherwise, and warns when it serves its public default key beyond this machine. All three
ask `is_local_host`.
"""

from __future__ import annotations

import ipaddress
from typing import Final

__all__ = ["is_local_host"]

_LOCAL_NAMES: Final = frozenset({"localhost", "localhost.localdomain"})


def is_local_host(host: str) -> bool:
    """Whether `host` (a name, or an IP address with or without brackets) is this machine:
    `localhost`, a name under `.localhost` (RFC 6761 keeps them on the loopback
    interface), `localhost.localdomain`, or a loopback address (127.0.0.0/8, ::1, and
    IPv4 loopback mapped into IPv6)."""
    name = host.strip("[]").rstrip(".").lower()
    if name in _LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)  # Python < 3.13 calls ::ffff:127.0.0.1 remote
    return (mapped or address).is_loopback
