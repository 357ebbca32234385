"""The sandbox's defaults and where its API lives, apart from the sandbox: the `simvoly`
command names them in its help without loading the sandbox (its store, seed, routes and
app: about 27 ms)."""

from __future__ import annotations

from typing import Final

from simvoly._checks import API_PATH

__all__ = ["API_ROOT", "DEFAULT_API_KEY", "DEFAULT_DOMAIN"]

#: Where the API lives on a site: `https://mysite.simvoly.com/api/site` (the SDK's own
#: `API_PATH`, from openapi.yaml's server URL).
API_ROOT: Final = API_PATH

#: The key a sandbox accepts unless given another.
DEFAULT_API_KEY: Final = "sandbox-key"
#: The sandbox's site domain: X-Webhook-Source, SSO links, image URLs.
DEFAULT_DOMAIN: Final = "mysite.simvoly.com"
