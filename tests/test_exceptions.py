"""Error mapping: every status and body shape raises the right class with a useful message."""

from __future__ import annotations

import httpx
import pytest

import simvoly
import simvoly.models
from simvoly import _exceptions

from .conftest import API_KEY, Flavor, error_response, fresh, json_response, resolve


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, simvoly.BadRequestError),
        (401, simvoly.AuthenticationError),
        (403, simvoly.PermissionDeniedError),
        (404, simvoly.NotFoundError),
        (405, simvoly.APIStatusError),
        (409, simvoly.ConflictError),
        (410, simvoly.APIStatusError),
        (422, simvoly.UnprocessableEntityError),
        (429, simvoly.RateLimitError),
        (500, simvoly.InternalServerError),
        (501, simvoly.InternalServerError),
        (503, simvoly.InternalServerError),
        (520, simvoly.InternalServerError),
        (599, simvoly.InternalServerError),
    ],
)
async def test_status_maps_to_class_with_the_servers_message(
    status: int, cls: type[simvoly.APIStatusError], flavor: Flavor
) -> None:
    client, recorder = flavor.make_client(
        lambda _: error_response(status, "Nope, said the server"), max_retries=0
    )
    with pytest.raises(cls) as caught:
        await resolve(client.contacts.get(1))
    error = caught.value
    assert type(error) is cls
    assert error.message == "Nope, said the server"
    assert error.status_code == status
    assert error.body == {"success": False, "message": "Nope, said the server"}
    assert error.request is recorder.requests[0]
    assert error.response.status_code == status
    assert error.retries_taken == 0
    hint = {
        401: "Check the API key (Website Settings > Applications > API Key) and the site: a "
        "key works only on the site it belongs to (this call went to https://mysite.simvoly.com)",
        429: "Not retried: RetryPolicy.max_retries is 0",
        500: "Not retried: RetryPolicy.max_retries is 0",
        503: "Not retried: RetryPolicy.max_retries is 0",
    }.get(status)
    assert error.hint == hint
    assert str(error) == f"Nope, said the server (HTTP {status})" + (f". {hint}" if hint else "")


@pytest.mark.parametrize(
    ("response", "cls", "expected"),
    [
        (
            httpx.Response(
                502,
                text="<html><body><h1>502 Bad Gateway</h1>\n</body></html>",
                headers={"content-type": "text/html"},
            ),
            simvoly.InternalServerError,
            "GET https://mysite.simvoly.com/api/site/contacts/1 answered 502 Bad Gateway "
            "(text/html): <html><body><h1>502 Bad Gateway</h1> </body></html>",
        ),
        (
            httpx.Response(520, content=b""),
            simvoly.InternalServerError,
            "answered 520 error with an empty body",
        ),
        (
            httpx.Response(404, json={"error": "missing"}),
            simvoly.NotFoundError,
            'answered 404 Not Found: {"error":"missing"}',
        ),
        (
            httpx.Response(400, json={"success": False, "message": ""}),
            simvoly.BadRequestError,
            'answered 400 Bad Request: {"success":false,"message":""}',
        ),
        (
            httpx.Response(400, json=["not", "an", "object"]),
            simvoly.BadRequestError,
            'answered 400 Bad Request: ["not","an","object"]',
        ),
    ],
)
async def test_bodies_without_a_message_still_give_a_useful_one(
    response: httpx.Response, cls: type[simvoly.APIStatusError], expected: str, flavor: Flavor
) -> None:
    client, _ = flavor.make_client(lambda _: fresh(response), max_retries=0)
    with pytest.raises(cls) as caught:
        await resolve(client.contacts.get(1))
    assert expected in caught.value.message


async def test_long_non_json_bodies_are_cut(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: httpx.Response(500, text="x" * 10_000), max_retries=0)
    with pytest.raises(simvoly.InternalServerError) as caught:
        await resolve(client.webhooks.list())
    assert len(caught.value.message) < 400


async def test_a_2xx_with_success_false_raises(flavor: Flavor) -> None:
    client, _ = flavor.make_client(
        lambda _: json_response({"success": False, "message": "Quota hit"})
    )
    with pytest.raises(simvoly.APIStatusError) as caught:
        await resolve(client.contacts.get(1))
    assert type(caught.value) is simvoly.APIStatusError
    assert (caught.value.status_code, caught.value.message) == (200, "Quota hit")


async def test_a_delete_answering_success_false_raises(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: json_response({"success": False, "message": "Locked"}))
    with pytest.raises(simvoly.APIStatusError, match="Locked"):
        await resolve(client.contacts.delete(1))


@pytest.mark.parametrize("body", [b"", b"OK", b'{"success": true}', b"[]"])
async def test_a_delete_is_done_on_any_2xx_body(body: bytes, flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: httpx.Response(200, content=body))
    await resolve(client.contacts.delete(1))  # returns None: nothing raised means done


async def test_a_2xx_that_is_not_json_is_a_validation_error(flavor: Flavor) -> None:
    client, _ = flavor.make_client(
        lambda _: httpx.Response(
            200, text="<html>maintenance</html>", headers={"content-type": "text/html"}
        )
    )
    with pytest.raises(simvoly.APIResponseValidationError, match=r"not JSON \(text/html\)"):
        await resolve(client.contacts.get(1))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"items": [], "limit": 50, "skip": 0},
            "answered a ContactPage that does not match the API spec: "
            "ContactPage.totalCount: expected integer, got missing",
        ),
        (
            {"items": [{"id": 1, "properties": "oops"}], "totalCount": 1, "limit": 50, "skip": 0},
            "answered a ContactPage that does not match the API spec: "
            "ContactPage.items[0].properties: expected array of ContactProperty (object), "
            "got string",
        ),
        (
            "a string",
            "answered a ContactPage that does not match the API spec: "
            "ContactPage: expected ContactPage (object), got string",
        ),
    ],
)
async def test_a_strict_client_names_model_and_field_of_a_2xx_that_breaks_the_spec(
    body: object, expected: str, flavor: Flavor
) -> None:
    client, _ = flavor.make_client(lambda _: json_response(body), strict=True)
    with pytest.raises(simvoly.APIResponseValidationError) as caught:
        await resolve(client.contacts.list().first_page())
    assert caught.value.message == f"GET /api/site/contacts {expected}"
    assert "oops" not in caught.value.message  # JSON types, never values
    assert caught.value.status_code == 200


async def test_a_record_without_a_readable_id_raises_even_when_tolerant(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: json_response({"id": "12", "name": "Jane"}))
    with pytest.raises(simvoly.APIResponseValidationError) as caught:
        await resolve(client.contacts.get(12))
    assert caught.value.message == (
        "GET /api/site/contacts/12 answered a Contact that does not match the API spec: "
        "Contact.id: expected integer, got string"
    )
    assert isinstance(caught.value.__cause__, simvoly.models.SpecDeviationError)


async def test_a_redirect_is_not_followed_and_names_the_canonical_origin(flavor: Flavor) -> None:
    client, recorder = flavor.make_client(
        lambda _: httpx.Response(
            301, headers={"location": "https://mysite.com/api/site/contacts/1"}
        ),
        max_retries=0,
    )
    with pytest.raises(simvoly.RedirectError) as caught:
        await resolve(client.contacts.get(1))
    assert len(recorder.requests) == 1
    assert caught.value.canonical_origin == "https://mysite.com"
    assert caught.value.location == "https://mysite.com/api/site/contacts/1"
    assert "site_url='https://mysite.com'" in caught.value.message


async def test_a_relative_redirect_and_one_without_location(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: httpx.Response(302, headers={"location": "/login"}))
    with pytest.raises(simvoly.RedirectError) as caught:
        await resolve(client.contacts.get(1))
    assert caught.value.canonical_origin == "https://mysite.simvoly.com"
    client, _ = flavor.make_client(lambda _: httpx.Response(307))
    with pytest.raises(simvoly.RedirectError, match="without a Location") as no_location:
        await resolve(client.contacts.get(1))
    assert no_location.value.canonical_origin is None


async def test_no_exception_shows_the_api_key(flavor: Flavor) -> None:
    client, _ = flavor.make_client(lambda _: error_response(401, "Bad key"), max_retries=0)
    with pytest.raises(simvoly.AuthenticationError) as caught:
        await resolve(client.contacts.get(1))
    error = caught.value
    for text in (
        str(error),
        repr(error),
        repr(error.request),
        repr(error.response),
        str(error.__dict__),
    ):
        assert API_KEY not in text


def test_the_tree() -> None:
    assert issubclass(simvoly.APIError, simvoly.SimvolyError)
    assert issubclass(simvoly.APIStatusError, simvoly.APIError)
    assert issubclass(simvoly.APIConnectionError, simvoly.APIError)
    assert issubclass(simvoly.APITimeoutError, simvoly.APIConnectionError)
    assert issubclass(simvoly.APIResponseValidationError, simvoly.APIError)
    for cls in (
        simvoly.BadRequestError,
        simvoly.AuthenticationError,
        simvoly.NotFoundError,
        simvoly.PermissionDeniedError,
        simvoly.ConflictError,
        simvoly.RateLimitError,
        simvoly.UnprocessableEntityError,
        simvoly.InternalServerError,
        simvoly.RedirectError,
    ):
        assert issubclass(cls, simvoly.APIStatusError)
    # The docstring draws every class of the module.
    for name in _exceptions.__all__:
        if name[0].isupper():
            assert name in (_exceptions.__doc__ or "")


def test_connection_errors_default_messages() -> None:
    request = httpx.Request("GET", "https://x.test")
    assert simvoly.APIConnectionError(request=request).message == "Connection error."
    assert simvoly.APITimeoutError(request=request).message == "Request timed out."


async def test_a_wrong_key_says_it_was_refused_and_what_to_check(flavor: Flavor) -> None:
    import pickle

    from simvoly.testing import Sandbox

    sandbox = Sandbox()
    make = sandbox.sync_client if flavor.is_sync else sandbox.client
    client = make(api_key="not-the-key", user_agent="Tests/1.0")
    with pytest.raises(simvoly.AuthenticationError) as caught:
        await resolve(client.webhooks.list())
    error = caught.value
    assert error.message == "Unauthorized: the API key was refused (it is not the key of this site)"
    assert str(error) == (
        f"{error.message} (HTTP 401). Check the API key (Website Settings > Applications > "
        "API Key) and the site: a key works only on the site it belongs to (this call went "
        "to http://localhost)"
    )
    assert "not-the-key" not in str(error)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own exception, round-tripped
    assert str(copy) == str(error)
    await sandbox.aclose()
