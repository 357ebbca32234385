"""The sandbox against openapi.yaml: every answer it gives conforms to the spec.

Schemathesis generates requests for each operation of the spec (its
examples, boundary values, valid and invalid data) and sends them to the sandbox's ASGI
app in-process. Each answer must be a status the operation declares, with the declared
content type, headers and schema, never a server error; and a request that breaks the
spec must be refused. Bounded: a few examples per operation, derandomized.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from simvoly.testing import Sandbox
from tests.spec import SPEC_OPERATIONS, SPEC_PATH

EXAMPLES = 8
SANDBOX = Sandbox(seed=7)  # seeded, so that lists and lookups answer real records too
AUTH = {"Authorization": f"Bearer {SANDBOX.api_key}"}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
]

schema = schemathesis.openapi.from_path(SPEC_PATH)
schema.app = SANDBOX
schema.config.generation.update(
    max_examples=EXAMPLES,
    # The key is sent with every request (401s are tested in test_app.py), and unknown
    # query parameters are ignored, as by the API: the spec cannot declare either.
    with_security_parameters=False,
    allow_extra_parameters=False,
)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    # The suite's autouse fake clock is function-scoped; it does not affect the sandbox.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_answer_conforms_to_the_spec(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(headers=AUTH, checks=CHECKS)


def test_every_operation_was_exercised() -> None:
    if not SANDBOX.requests:
        pytest.skip("checks the run of the conformance test above; run the module")
    operations = {record.operation for record in SANDBOX.requests}
    assert operations - {None} == set(SPEC_OPERATIONS)
    assert any(record.status == 200 for record in SANDBOX.requests)
