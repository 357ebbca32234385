"""The sandbox's defaults, apart from the sandbox: the `simvoly` command names them in its
help without loading the sandbox (its store, seed, routes and app: about 27 ms)."""

from __future__ import annotations

from typing import Final

__all__ = ["DEFAULT_API_KEY", "DEFAULT_DOMAIN"]

#: The key a sandbox accepts unless given another.
DEFAULT_API_KEY: Final = "sandbox-key"
#: The sandbox's site domain: X-Webhook-Source, SSO links, image URLs.
DEFAULT_DOMAIN: Final = "mysite.simvoly.com"
