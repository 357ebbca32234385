"""Write the webhook topic -> model mapping of openapi.yaml into the generated package.

openapi-python-client ignores the top-level `webhooks` section, so `make generate` runs
this after it: each webhook's POST request body must be a `$ref` to a component schema,
whose generated model is what `simvoly.webhooks.parse()` builds for that topic.

Usage: python scripts/generate_webhook_topics.py openapi.yaml OUTPUT.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HEADER = '''"""Webhook topics of openapi.yaml and the model each delivery carries.

Generated from the `webhooks` section of openapi.yaml by `make generate`
(scripts/generate_webhook_topics.py); do not edit.
"""

from typing import Final

#: topic -> name of the model (in simvoly.models) of the delivery's JSON body.
TOPIC_MODELS: Final[dict[str, str]] = {
'''


def main(spec_path: str, output: str) -> None:
    spec = yaml.safe_load(Path(spec_path).read_text())
    webhooks = spec.get("webhooks") or {}
    if not webhooks:
        sys.exit(f"{spec_path} has no webhooks section")
    events = spec["components"]["schemas"]["WebhookEvent"]["enum"]
    if sorted(webhooks) != sorted(events):
        sys.exit(f"webhooks {sorted(webhooks)} differ from the WebhookEvent enum {sorted(events)}")
    lines = [HEADER]
    for topic, item in webhooks.items():
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        ref = schema.get("$ref", "")
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            sys.exit(f"webhook {topic}: the request body must be a $ref to a component schema")
        lines.append(f"    {json.dumps(topic)}: {json.dumps(ref.removeprefix(prefix))},\n")
    lines.append("}\n")
    Path(output).write_text("".join(lines))


if __name__ == "__main__":
    main(*sys.argv[1:])
