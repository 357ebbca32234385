"""The SDK's requests against openapi.yaml: every operation, through Prism's validating mock.

Prism (`prism mock --errors`, pinned in package.json) checks each request against the
spec and answers 400/401/422 with an `sl-violations` header for one that breaks it, and
logs the violation. Each operation of the spec is called once, with realistic arguments,
through a strict `AsyncSimvoly` on its own connection pool, as users call it; a
violation fails, and so does an answer (the spec's own example) the client cannot read
strictly.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

import simvoly
from simvoly import AsyncSimvoly
from simvoly.models import (
    Address,
    Category,
    ContactProperty,
    Fulfillment,
    ProductOption,
    ProductVariant,
    Subscription,
)
from tests.spec import SPEC_OPERATIONS, SPEC_PATH

from .conftest import free_port

ROOT = SPEC_PATH.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None,
    reason="Node.js is absent: the Prism contract test needs node and `npm ci`",
)


class Prism:
    """`prism mock` on a free port: its log is read (and kept) by a thread as it comes."""

    def __init__(self) -> None:
        self.port = free_port()
        self.lines: list[str] = []
        self._listening = threading.Event()
        self._process = subprocess.Popen(  # noqa: S603 - fixed arguments, our own spec
            [
                str(PRISM),
                "mock",
                str(SPEC_PATH),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--errors",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self.lines.append(line.rstrip())
            if "Prism is listening" in line:
                self._listening.set()
        self._listening.set()  # it exited: wake the waiter

    def wait_ready(self) -> None:
        self._listening.wait(STARTUP_TIMEOUT)
        if self._process.poll() is not None or not any("listening" in line for line in self.lines):
            pytest.fail("Prism did not start:\n" + "\n".join(self.lines[-30:]))

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - Prism ignoring SIGTERM
            self._process.kill()
            self._process.wait()
        self._reader.join(timeout=10)
        assert self._process.stdout is not None
        self._process.stdout.close()


@contextlib.contextmanager
def prism() -> Iterator[Prism]:
    if not PRISM.exists():
        pytest.fail("node_modules/.bin/prism is missing: run `npm ci` (make test does)")
    server = Prism()
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def every_operation(client: AsyncSimvoly) -> dict[str, Callable[[], Awaitable[Any]]]:
    """One realistic call of each operation, by operationId."""
    address = Address(name="Jane Doe", city="Sofia", country="Bulgaria", zip_code="1000")
    variant = ProductVariant(options=["Oak"], price=199.0, quantity=3, sku="D-1", weight=12.5)
    since = int(time.time()) - 86400 * 30
    return {
        "list_contacts": lambda: client.contacts.list(created_at_min=since, limit=10),
        "create_contact": lambda: client.contacts.create(
            "jane@example.com",
            name="Jane Doe",
            phone="+359 888 123 456",
            company_name="Acme",
            properties=[ContactProperty(name="lead_status", value="contacted")],
            tags=["vip"],
            subscribed=True,
            subscriber_lists=[87647751],
        ),
        "get_contact_by_email": lambda: client.contacts.get_by_email("jane@example.com"),
        "get_contact": lambda: client.contacts.get(123),
        "update_contact": lambda: client.contacts.update(123, "jane@example.com", city="Varna"),
        "delete_contact": lambda: client.contacts.delete(123),
        "list_members": lambda: client.members.list(group_id=12, limit=5, skip=5),
        "create_member": lambda: client.members.create(
            "Jane Doe",
            "jane@example.com",
            password="correct horse battery",
            groups=[59],
            approved=True,
            billing_address=address,
            shipping_address=address,
        ),
        "get_member_by_email": lambda: client.members.get_by_email("jane@example.com"),
        "start_member_session": lambda: client.members.start_session(
            "jane@example.com", path="/members-only"
        ),
        "get_member": lambda: client.members.get(111),
        "update_member": lambda: client.members.update(111, "Jane D.", "jane@example.com"),
        "delete_member": lambda: client.members.delete(111),
        "list_member_groups": lambda: client.member_groups.list(),
        "create_member_group": lambda: client.member_groups.create("Premium", link="/premium"),
        "get_member_group": lambda: client.member_groups.get(111),
        "update_member_group": lambda: client.member_groups.update(111, "Premium members"),
        "delete_member_group": lambda: client.member_groups.delete(111),
        "list_products": lambda: client.products.list(category_id=12, title="door", limit=20),
        "create_product": lambda: client.products.create(
            "physical",
            "Interior Door",
            update_existing_product_by_url=True,
            description="<p>Solid oak.</p>",
            url="interior-door",
            hidden=False,
            images=["https://mysite.simvoly.com/images/door.jpg"],
            categories=[Category(id=1, name="Doors", url="doors", parent_category=0)],
            options=[ProductOption(name="Material", values=["Oak"], advanced=False)],
            variants=[variant],
        ),
        "list_product_categories": lambda: client.product_categories.list(parent=0),
        "get_product": lambda: client.products.get(111),
        "update_product": lambda: client.products.update(
            111,
            "membership",
            "Design Club",
            subscription=Subscription(cycles=0, period=1, period_unit="MONTHLY"),
        ),
        "delete_product": lambda: client.products.delete(111),
        "list_orders": lambda: client.orders.list(created_at_min=since, created_at_max=since + 1),
        "get_order": lambda: client.orders.get(1234),
        "update_order": lambda: client.orders.update(
            1234,
            status="SHIPPED",
            paid=True,
            fulfillment=Fulfillment(
                courier="UPS", tracking_no="1Z999", tracking_url="https://www.ups.com/track?n=1Z999"
            ),
            notify_customer=True,
        ),
        "list_form_submissions": lambda: client.form_submissions.list(from_=since, to=since + 60),
        "list_bookings": lambda: client.bookings.list(from_=since, to=since + 60, event_id=98146),
        "list_subscriber_lists": lambda: client.subscriber_lists.list(),
        "create_subscriber_list": lambda: client.subscriber_lists.create("Newsletter"),
        "get_subscriber_list": lambda: client.subscriber_lists.get(87647751),
        "update_subscriber_list": lambda: client.subscriber_lists.update(87647751, "News"),
        "delete_subscriber_list": lambda: client.subscriber_lists.delete(87647751),
        "list_webhooks": lambda: client.webhooks.list(),
        "create_webhook": lambda: client.webhooks.create(
            "https://example.com/webhooks/simvoly",
            ["order_created", "order_updated"],
            secret="a-long-random-secret",
        ),
        "delete_webhook": lambda: client.webhooks.delete("rh_24488493954"),
    }


async def test_every_operation_passes_prism_request_validation() -> None:
    with prism() as server:
        async with AsyncSimvoly(
            "prism-test-key",
            base_url=f"http://127.0.0.1:{server.port}",
            user_agent="ContractTests/1.0",
            max_retries=0,
            strict=True,  # Prism answers the spec's examples: each must read strictly
        ) as client:
            calls = every_operation(client)
            missing = sorted(set(SPEC_OPERATIONS) - set(calls))
            assert not missing, f"add a call to every_operation() for {', '.join(missing)}"
            unknown = sorted(set(calls) - set(SPEC_OPERATIONS))
            assert not unknown, f"every_operation() calls {unknown}, which openapi.yaml lacks"
            failures = []
            for operation, call in calls.items():
                try:
                    await call()
                except simvoly.APIStatusError as error:
                    violations = error.response.headers.get("sl-violations", "")
                    failures.append(f"{operation}: HTTP {error.status_code} {violations}")
    log = "\n".join(server.lines)
    assert failures == [], "\n".join(failures)
    assert "Violation" not in log, log
    assert log.count("Request received") == len(SPEC_OPERATIONS), log
