from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from simvoly._tolerance import (
    INTEGER,
    STRING,
    Fallback,
    Field,
    SpecDeviationError,
    read,
    register,
)

from ..types import UNSET, Unset, redacted_repr

T = TypeVar("T", bound="MemberSession")

# The JSON names of the fields: any other key of a response goes to additional_properties.
_FIELDS = frozenset(
    {
        "token",
        "createdAt",
        "expiresAt",
        "accessUrl",
    }
)


@_attrs_define
class MemberSession:
    """A single sign-on session; redirect the member to `accessUrl`.

    Attributes:
        token (str | Unset):
        created_at (int | Unset): Timestamp in Unix seconds since epoch.
        expires_at (int | Unset): Timestamp in Unix seconds since epoch (15 minutes after creation).
        access_url (str | Unset): Where to redirect the member; valid for 15 minutes.
    """

    token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    created_at: int | Unset = UNSET
    expires_at: int | Unset = UNSET
    access_url: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        created_at = self.created_at

        expires_at = self.expires_at

        access_url = self.access_url

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if access_url is not UNSET:
            field_dict["accessUrl"] = access_url
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read a JSON object of the API: tolerantly, or with `strict`, checking it.

        Tolerant: null and wrongly typed values read as absent and are kept in
        `additional_properties`, unreadable list items are left out (see
        `simvoly._tolerance`). Strict: any deviation from the spec raises.

        Raises:
            SpecDeviationError: `src_dict` is not an object, or a required field is
                missing, null or of the wrong type; with `strict`, any deviation.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return read(cls, src_dict, strict)
        # Every field there and no other, as answers usually are: read by subscript, with
        # no look for unknown keys after; else by get(), absent ones UNSET.
        _exact = len(src_dict) == 4
        if _exact:
            try:
                token = src_dict["token"]
                created_at = src_dict["createdAt"]
                expires_at = src_dict["expiresAt"]
                access_url = src_dict["accessUrl"]
            except KeyError:
                _exact = False
        if not _exact:
            _get = src_dict.get
            token = _get("token", UNSET)
            created_at = _get("createdAt", UNSET)
            expires_at = _get("expiresAt", UNSET)
            access_url = _get("accessUrl", UNSET)
        try:
            if not (
                (type(token) is str or token is UNSET)
                and (type(created_at) is int or created_at is UNSET)
                and (type(expires_at) is int or expires_at is UNSET)
                and (type(access_url) is str or access_url is UNSET)
            ):
                raise Fallback
        except (Fallback, SpecDeviationError):
            return read(cls, src_dict, strict)
        _self = cls(
            token,
            created_at,
            expires_at,
            access_url,
        )
        if not _exact and not _FIELDS.issuperset(src_dict):
            _self.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELDS
            }
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _describe() -> tuple[Field, ...]:
    return (
        Field("token", "token", STRING),
        Field("createdAt", "created_at", INTEGER),
        Field("expiresAt", "expires_at", INTEGER),
        Field("accessUrl", "access_url", STRING),
    )


register(MemberSession, _describe)
