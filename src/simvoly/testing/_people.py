"""Contacts, members, member groups, subscriber lists and webhooks: rules and handlers.

Contacts are keyed by email (case-insensitively): POST /contacts updates the contact with
that email if there is one. Supplied tags are merged into the contact's tags, and
supplied properties replace values by property name. A member is linked to the contact
with its email (created if missing), as the site does on registration. Empty contact
text fields are null, as real servers send them. The member filter is read under any of
its names (`x-simvoly-also-sent-as`). A webhook created without a secret has none, and its
deliveries go unsigned.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

from simvoly._generated.models.contact import Contact
from simvoly._generated.sandbox_tables import BODIES
from simvoly._tolerance import STRING, fields_of

from ._errors import bad_request
from ._routes import BodyCheck, Call, Handler, between, getter, page
from ._schema import text_fields
from ._store import Record, Store, found, require

__all__ = [
    "BODY_CHECKS",
    "HANDLERS",
    "add_group",
    "add_member",
    "add_subscriber_list",
    "find_contact",
    "list_view",
    "merge_address",
    "new_address",
    "upsert_contact",
]

# Derived from the body schemas, so that a field added there is stored here too.
_CONTACT_TEXT: Final = text_fields(BODIES["ContactInput"])
# The text fields answered as null when empty: those the Contact schema makes nullable.
_NULL_WHEN_EMPTY: Final = frozenset(
    field.json for field in fields_of(Contact) if field.nullable and field.kind is STRING
)
_ADDRESS_FIELDS: Final = tuple(BODIES["MemberInput"]["properties"]["billingAddress"]["properties"])
SESSION_SECONDS: Final = 15 * 60


def new_address(fields: Record | None = None) -> Record:
    """An address with every field (empty unless given)."""
    return {name: (fields or {}).get(name, "") for name in _ADDRESS_FIELDS}


def merge_address(address: Record, fields: Record) -> None:
    """Set the fields of `address` that `fields` gives a non-empty value."""
    address.update({name: value for name, value in fields.items() if value})


# -- contacts -----------------------------------------------------------------------------


def find_contact(store: Store, email: str) -> Record | None:
    """The contact with `email`, compared case-insensitively."""
    return _by_email(store.contacts.values(), email)


def _by_email(records: Iterable[Record], email: str) -> Record | None:
    """The first of `records` with `email`, compared case-insensitively."""
    wanted = email.casefold()
    return next((r for r in records if r["email"].casefold() == wanted), None)


def _text(name: str, value: str) -> str | None:
    """A contact text field as answered: null when empty, if the spec says so."""
    return value or (None if name in _NULL_WHEN_EMPTY else "")


def _apply_contact(contact: Record, body: Record, *, skip_empty: bool) -> None:
    for name in _CONTACT_TEXT:
        if name in body and (body[name] or not skip_empty):
            contact[name] = _text(name, body[name])
    for tag in body.get("tags", ()):
        if tag not in contact["tags"]:
            contact["tags"].append(tag)
    properties: dict[str, Record] = {prop["name"]: prop for prop in contact["properties"]}
    for prop in body.get("properties", ()):
        name = prop.get("name", "")
        if name in properties:
            properties[name]["value"] = prop.get("value", "")
        else:
            properties[name] = {"name": name, "value": prop.get("value", "")}
            contact["properties"].append(properties[name])
    if "subscribed" in body:
        contact["subscribed"] = body["subscribed"]
    if "subscriberLists" in body:
        contact["subscriberLists"] = list(dict.fromkeys(body["subscriberLists"]))


def upsert_contact(store: Store, body: Record) -> Record:
    """Create the contact, or update the one with its email (`contact_updated` either way)."""
    contact = find_contact(store, body["email"])
    if contact is None:
        contact_id = store.new_id("contacts")
        contact = {
            "id": contact_id,
            **{name: _text(name, "") for name in _CONTACT_TEXT},
            "email": body["email"],
            "createdOn": store.now(),
            "properties": [],
            "tags": [],
            "memberId": 0,
            "subscribed": False,
            "subscriberLists": [],
        }
        store.contacts[contact_id] = contact
    _apply_contact(contact, body, skip_empty=False)
    store.emit("contact_updated", contact)
    return contact


def _contact_by_email(call: Call) -> Record:
    email = call.query.text("email", required=True) or ""
    return found(find_contact(call.store, email), "contact")


def _list_contacts(call: Call) -> Record:
    contacts = call.store.contacts.values()
    return page(between(call, contacts, "createdOn"), call.query)


def _update_contact(call: Call) -> Record:
    contact = require(call.store.contacts, call.params["id"], "contact")
    other = find_contact(call.store, call.body["email"])
    if other is not None and other is not contact:
        raise bad_request("another contact has that email")
    contact["email"] = call.body["email"]
    _apply_contact(contact, call.body, skip_empty=True)
    call.store.emit("contact_updated", contact)
    return contact


def _delete_contact(call: Call) -> Record:
    contact = require(call.store.contacts, call.params["id"], "contact")
    del call.store.contacts[contact["id"]]
    member = call.store.members.get(contact["memberId"])
    if member is not None:
        member["contactId"] = 0
    return {"success": True}


# -- members ------------------------------------------------------------------------------


def _find_member(store: Store, email: str) -> Record | None:
    return _by_email(store.members.values(), email)


def _check_member(store: Store, body: Record, member: Record | None) -> None:
    other = _find_member(store, body["email"])
    if other is not None and other is not member:
        raise bad_request("a member with that email already exists")
    for group in body.get("groups", ()):
        if group not in store.member_groups:
            raise bad_request(f"member group {group} does not exist")


def add_member(store: Store, body: Record) -> Record:
    """Register a member (a checked MemberInput), linked to the contact with its email."""
    _check_member(store, body, None)
    contact = find_contact(store, body["email"])
    if contact is None:
        contact = upsert_contact(store, {"email": body["email"], "name": body["name"]})
    member_id = store.new_id("members")
    member = {
        "id": member_id,
        "name": body["name"],
        "email": body["email"],
        "groups": list(dict.fromkeys(body.get("groups", ()))),
        "registeredOn": store.now(),
        "approved": body.get("approved", True),
        "contactId": contact["id"],
        "billingAddress": new_address(body.get("billingAddress")),
        "shippingAddress": new_address(body.get("shippingAddress")),
    }
    store.members[member_id] = member
    contact["memberId"] = member_id
    return member


def _update_member(call: Call) -> Record:
    store, body = call.store, call.body
    member = require(store.members, call.params["id"], "member")
    _check_member(store, body, member)
    member["name"], member["email"] = body["name"], body["email"]
    if "groups" in body:
        member["groups"] = list(dict.fromkeys(body["groups"]))
    if "approved" in body:
        member["approved"] = body["approved"]
    for name in ("billingAddress", "shippingAddress"):
        merge_address(member[name], body.get(name, {}))
    return member  # the password is never changed here


def _delete_member(call: Call) -> Record:
    member = require(call.store.members, call.params["id"], "member")
    del call.store.members[member["id"]]
    contact = call.store.contacts.get(member["contactId"])
    if contact is not None:
        contact["memberId"] = 0
    return {"success": True}


def _member_by_email(call: Call) -> Record:
    email = call.query.text("email", required=True) or ""
    return found(_find_member(call.store, email), "member")


def _list_members(call: Call) -> Record:
    group = call.query.maybe_integer("groupId")  # read under either name it is sent as
    members = [m for m in call.store.members.values() if group is None or group in m["groups"]]
    return page(members, call.query)


def _start_session(call: Call) -> Record:
    found(_find_member(call.store, call.body["email"]), "member")
    token = ".".join(secrets.token_urlsafe(size) for size in (12, 24, 24))
    query = {"token": token}
    if call.body.get("path"):
        query["path"] = call.body["path"]
    created = call.store.now()
    return {
        "token": token,
        "createdAt": created,
        "expiresAt": created + SESSION_SECONDS,
        "accessUrl": f"https://{call.store.domain}/sso?{urlencode(query)}",
    }


# -- member groups, subscriber lists, webhooks --------------------------------------------


def add_group(store: Store, name: str, link: str = "") -> Record:
    """Add a member group."""
    group_id = store.new_id("member_groups")
    group = {"id": group_id, "name": name, "link": link}
    store.member_groups[group_id] = group
    return group


def _update_group(call: Call) -> Record:
    group = require(call.store.member_groups, call.params["id"], "member group")
    group["name"] = call.body["name"]
    group["link"] = call.body.get("link", group["link"])
    return group


def _delete_group(call: Call) -> Record:
    group = require(call.store.member_groups, call.params["id"], "member group")
    del call.store.member_groups[group["id"]]
    for member in call.store.members.values():
        if group["id"] in member["groups"]:
            member["groups"].remove(group["id"])
    return {"success": True}


def list_view(store: Store, record: Record) -> Record:
    """A subscriber list as answered: `subscribers` counts the contacts on it."""
    count = sum(record["id"] in c["subscriberLists"] for c in store.contacts.values())
    return {**record, "subscribers": count}


def _get_list(call: Call) -> Record:
    record = require(call.store.subscriber_lists, call.params["id"], "subscriber list")
    return list_view(call.store, record)


def add_subscriber_list(store: Store, name: str) -> Record:
    """Add a subscriber list (its `subscribers` count is worked out when answered)."""
    list_id = store.new_id("subscriber_lists")
    record = {"id": list_id, "name": name, "created": store.now(), "opens": 0.0, "clicks": 0.0}
    store.subscriber_lists[list_id] = record
    return record


def _update_list(call: Call) -> Record:
    record = require(call.store.subscriber_lists, call.params["id"], "subscriber list")
    record["name"] = call.body["name"]
    return list_view(call.store, record)


def _delete_list(call: Call) -> Record:
    record = require(call.store.subscriber_lists, call.params["id"], "subscriber list")
    del call.store.subscriber_lists[record["id"]]
    for contact in call.store.contacts.values():
        if record["id"] in contact["subscriberLists"]:
            contact["subscriberLists"].remove(record["id"])
    return {"success": True}


def _create_webhook(call: Call) -> Record:
    webhook_id = f"rh_{call.store.new_id('webhooks')}"
    webhook: Record = {"id": webhook_id, "target": call.body["target"]}
    if call.body.get("secret"):  # without one, the deliveries go unsigned
        webhook["secret"] = call.body["secret"]
    webhook["events"] = list(dict.fromkeys(call.body["events"]))
    call.store.webhooks[webhook_id] = webhook
    return webhook


def _delete_webhook(call: Call) -> Record:
    require(call.store.webhooks, call.params["id"], "webhook")
    del call.store.webhooks[call.params["id"]]
    return {"success": True}


def _check_target(body: Any) -> None:
    """A webhook's target must be an absolute http(s) URL: the site POSTs deliveries to
    it (the spec's `format: uri` would allow any scheme)."""
    target = body.get("target") if isinstance(body, dict) else None
    if isinstance(target, str) and not _is_http_url(target):
        raise bad_request("target must be an absolute http(s) URL")


def _is_http_url(value: str) -> bool:
    if any(char.isspace() for char in value):
        return False
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises for a port that is not a number
    except ValueError:  # a malformed port or IPv6 literal
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


#: The behaviour of each operation, by operationId (routes come from openapi.yaml).
HANDLERS: Final[dict[str, Handler]] = {
    "list_contacts": _list_contacts,
    "create_contact": lambda call: upsert_contact(call.store, call.body),
    "get_contact_by_email": _contact_by_email,
    "get_contact": getter("contacts", "contact"),
    "update_contact": _update_contact,
    "delete_contact": _delete_contact,
    "list_members": _list_members,
    "create_member": lambda call: add_member(call.store, call.body),
    "get_member_by_email": _member_by_email,
    "start_member_session": _start_session,
    "get_member": getter("members", "member"),
    "update_member": _update_member,
    "delete_member": _delete_member,
    "list_member_groups": lambda call: list(call.store.member_groups.values()),
    "create_member_group": lambda call: add_group(
        call.store, call.body["name"], call.body.get("link", "")
    ),
    "get_member_group": getter("member_groups", "member group"),
    "update_member_group": _update_group,
    "delete_member_group": _delete_group,
    "list_subscriber_lists": lambda call: [
        list_view(call.store, r) for r in call.store.subscriber_lists.values()
    ],
    "create_subscriber_list": lambda call: list_view(
        call.store, add_subscriber_list(call.store, call.body["name"])
    ),
    "get_subscriber_list": _get_list,
    "update_subscriber_list": _update_list,
    "delete_subscriber_list": _delete_list,
    "list_webhooks": lambda call: list(call.store.webhooks.values()),
    "create_webhook": _create_webhook,
    "delete_webhook": _delete_webhook,
}
#: Rules on request bodies the schemas cannot state, by operationId.
BODY_CHECKS: Final[dict[str, BodyCheck]] = {"create_webhook": _check_target}
