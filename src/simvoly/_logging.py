"""The `simvoly` logger. `SIMVOLY_LOG=debug` (or `info`) turns it on with a stderr handler.

The SDK logs methods, URLs, statuses and retries, never headers: the API key travels only
in the Authorization header. httpx and httpcore log to their own loggers; httpx redacts
Authorization in its header reprs.
"""

from __future__ import annotations

import logging
import os

__all__ = ["logger", "setup_logging"]

logger = logging.getLogger("simvoly")

_configured = False


def setup_logging() -> None:
    """Apply `SIMVOLY_LOG` once per process (called by the client's constructor)."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get("SIMVOLY_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING"):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
