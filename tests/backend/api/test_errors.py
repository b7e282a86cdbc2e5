"""Body limits, the one error shape, unknown routes, OpenAPI, and no 500 on malformed input."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from backend.models import CommunicationTopic, Panel
from tests.backend.helpers import BODIES, BODYLESS_POSTS, error_of, fill, member_of, v1_routes

LIMIT = 16 * 1024


def padded(body: dict, size: int) -> bytes:
    """JSON for body, padded with insignificant whitespace to exactly size bytes."""
    raw = json.dumps(body).encode()
    assert len(raw) < size
    return raw[:-1] + b" " * (size - len(raw)) + raw[-1:]


def test_body_over_the_limit_is_refused_and_nothing_changes(api, open_session):
    headers = open_session("matti")
    before = api.get("/v1/me/profile", headers=headers).json()
    body = padded({"town": "Espoo"}, LIMIT + 1)
    response = api.patch(
        "/v1/me/profile", content=body, headers={**headers, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert error_of(response) == "body_too_large"
    assert api.get("/v1/me/profile", headers=headers).json() == before


def test_body_at_the_limit_is_accepted(api, open_session):
    headers = open_session("matti")
    response = api.patch(
        "/v1/me/profile",
        content=padded({"town": "Espoo"}, LIMIT),
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["town"] == "Espoo"


def test_chunked_body_over_the_limit_is_refused_and_nothing_changes(api, open_session):
    headers = open_session("matti")
    before = api.get("/v1/me/profile", headers=headers).json()
    raw = padded({"town": "Espoo"}, 4 * LIMIT)

    def chunks():
        for start in range(0, len(raw), 1000):
            yield raw[start : start + 1000]

    response = api.patch(
        "/v1/me/profile", content=chunks(), headers={**headers, "Content-Type": "application/json"}
    )
    assert "content-length" not in {k.lower() for k in response.request.headers}
    assert response.status_code == 413
    assert error_of(response) == "body_too_large"
    assert api.get("/v1/me/profile", headers=headers).json() == before


def test_oversized_challenge_request_is_refused_before_the_card_lookup(api):
    response = api.post(
        "/v1/card-challenges",
        content=padded({"card_number": "x"}, LIMIT + 100),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert error_of(response) == "body_too_large"


def test_unknown_route_is_a_not_found_error(api):
    for path in ("/v1/nothing-here", "/v1/me/receipts/1/extra", "/favicon.ico"):
        response = api.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/json")
        assert error_of(response) == "not_found"


def test_wrong_method_is_an_error_in_the_same_shape(api):
    response = api.post("/v1/stores", json={})
    assert response.status_code == 405
    assert error_of(response) == "method_not_allowed"


def test_wrong_method_says_which_methods_are_allowed(api):
    """RFC 9110: a 405 carries Allow; the framework sets it and the error handler must keep it."""
    response = api.post("/v1/stores", json={})
    assert response.status_code == 405
    assert "GET" in response.headers.get("allow", "")


def test_every_route_with_a_body_is_covered_by_the_malformed_body_checks():
    assert {r for r in v1_routes() if r[0] in ("POST", "PATCH")} <= set(WRITING_ROUTES) | BODYLESS_POSTS
    assert ("PUT", "/v1/me/newsletters/{code}") in WRITING_ROUTES


def test_api_docs_are_off_in_production(api):
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert api.get(path).status_code == 404, path


def test_openapi_lists_every_v1_path(make_client):
    response = make_client(api_docs=True).get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for method, path in v1_routes():
        assert path in paths, path
        assert method.lower() in paths[path], (method, path)
    expected = {
        "/v1/card-challenges",
        "/v1/sessions",
        "/v1/sessions/current",
        "/v1/stores",
        "/v1/me/benefits-summary",
        "/v1/me/bonus-months",
        "/v1/me/receipts",
        "/v1/me/receipts/{receipt_id}",
        "/v1/me/warranty-receipts",
        "/v1/me/warranty-receipts/{warranty_id}",
        "/v1/me/panels",
        "/v1/me/panels/{panel_id}/membership",
        "/v1/surveys/{survey_id}/results",
        "/v1/me/profile",
        "/v1/me/household",
        "/v1/me/register-data",
        "/v1/me/newsletters",
        "/v1/me/newsletters/{code}",
    }
    assert expected <= set(paths)


MALFORMED = {
    "not json": (b"this is not json", "application/json"),
    "truncated json": (b'{"a": ', "application/json"),
    "empty body": (b"", "application/json"),
    "json list": (b"[1, 2]", "application/json"),
    "json string": (b'"hello"', "application/json"),
    "json number": (b"42", "application/json"),
    "json null": (b"null", "application/json"),
    "nested object": (
        b'{"card_number": {"a": 1}, "challenge_id": [], "signature": 5, "subscribed": {},'
        b' "phone": {"x": 1}, "town": 3.5}',
        "application/json",
    ),
    "text body": (b"card_number=1234", "text/plain"),
    "form body": (b"card_number=1234", "application/x-www-form-urlencoded"),
    "invalid utf-8": (b'{"town": "\xff\xfe"}', "application/json"),
    "deep nesting": (b"[" * 5000 + b"]" * 5000, "application/json"),
}

WRITING_ROUTES = [r for r in v1_routes() if r in BODIES]  # every route that reads a body


@pytest.mark.parametrize(("method", "path"), WRITING_ROUTES, ids=[f"{m} {p}" for m, p in WRITING_ROUTES])
def test_malformed_bodies_are_client_errors_never_500(api, open_session, db, method, path):
    headers = open_session("matti")
    code = db.scalar(select(CommunicationTopic.code).limit(1))
    panel = db.scalar(select(Panel.id).where(Panel.active.is_(True)).limit(1))
    url = fill(path, {"code": code, "panel_id": str(panel)})
    before = api.get("/v1/me/profile", headers=headers).json()
    for label, (content, content_type) in MALFORMED.items():
        response = api.request(
            method, url, content=content, headers={**headers, "Content-Type": content_type}
        )
        assert 400 <= response.status_code < 500, (label, response.status_code, response.text)
        error_of(response)
    assert api.get("/v1/me/profile", headers=headers).json() == before


@pytest.mark.parametrize(("method", "path"), v1_routes(), ids=[f"{m} {p}" for m, p in v1_routes()])
def test_odd_path_and_query_values_are_client_errors_never_500(api, open_session, method, path):
    headers = open_session("matti")
    odd = "99999999999999999999999"
    url = path.format(receipt_id=odd, warranty_id=odd, panel_id=odd, survey_id=odd, code="%00" + "x" * 300,
                      confirmation_id=odd, member_number=odd, bundle_id=odd)
    params = {"limit": odd, "months": odd, "store_id": odd, "cursor": "%%", "reason": odd, "q": "\x00"}
    kwargs = {"json": BODIES[(method, path)]} if (method, path) in BODIES else {}
    response = api.request(method, url, params=params, headers=headers, **kwargs)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        error_of(response)


def test_store_filter_with_huge_id_is_not_a_server_error(api, open_session):
    response = api.get(
        "/v1/me/receipts", params={"store_id": "99999999999999999999999"}, headers=open_session("matti")
    )
    assert response.status_code in (200, 422), response.text


def test_errors_share_one_shape(api, open_session, db):
    """A sample of each family of errors: all {code, message}, fields only on validation errors."""
    headers = open_session("matti", strong=False)
    samples = [
        api.get("/v1/me/receipts", headers=headers),  # 403 assurance
        api.get("/v1/me/receipts"),  # 401 session
        api.get("/v1/stores", auth=None),  # 401 kiosk
        api.post("/v1/card-challenges", json={"card_number": "1"}),  # 422 ours
        api.post("/v1/card-challenges", json={}),  # 422 framework
        api.get("/nowhere"),  # 404
    ]
    for response in samples:
        assert response.status_code >= 400
        error_of(response)
        body = response.json()
        assert set(body) <= {"code", "message", "fields", "required"}, body
        if response.status_code == 422:
            for field in body["fields"]:
                assert set(field) == {"field", "code", "message"}
    assert member_of(db, "matti")
