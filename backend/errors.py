"""The backend's one error shape: {"code", "message", "fields"?}.

Codes are stable and machine-readable; the kiosk maps each to a translated message.
No handler ever leaks a stack trace, and an unexpected exception becomes a 500 with
code "server_error" after it is logged.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.deferred import DEFERRED, settle
from backend.validation import FieldError

log = logging.getLogger("backend")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, *, fields: list[FieldError] | None = None,
                 extra: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields or []
        self.extra = extra or {}
        self.headers = headers


def not_found() -> ApiError:
    """Identical for 'does not exist' and 'is not yours', so ids give no hint."""
    return ApiError(404, "not_found", "No such item.")


def validation_failed(fields: list[FieldError]) -> ApiError:
    return ApiError(422, "validation_failed", "Some fields are not valid.", fields=fields)


def error_body(code: str, message: str, fields: list[FieldError] | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message, **extra}
    if fields:
        body["fields"] = [{"field": f.field, "code": f.code, "message": f.message} for f in fields]
    return body


_PYDANTIC_CODES = {"missing": "required", "extra_forbidden": "unknown_field", "string_too_long": "too_long",
                   "less_than_equal": "too_large", "greater_than_equal": "too_small"}


def _field_errors(exc: RequestValidationError) -> list[FieldError]:
    fields = []
    for err in exc.errors():
        location = [str(part) for part in err.get("loc", ()) if part not in ("body", "query", "path", "header")]
        name = ".".join(location) or "body"
        code = _PYDANTIC_CODES.get(err.get("type", ""), "invalid")
        fields.append(FieldError(name, code, str(err.get("msg", "invalid"))))
    return fields


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.fields, **exc.extra), status_code=exc.status,
                            headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # A refusal of the session or the kiosk comes before a field's error, as when they were
        # worked out before FastAPI validated the fields (backend.api.deps.Deferred).
        if DEFERRED in request.scope:
            try:
                await run_in_threadpool(settle, request)
            except ApiError as refusal:
                return await _api_error(request, refusal)
        fields = _field_errors(exc)
        return JSONResponse(error_body("validation_failed", "Some fields are not valid.", fields), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # FastAPI's HTTPBasic raises its own 401 on a credential it cannot decode; to the
        # kiosk that is the same as a wrong credential.
        codes = {401: "kiosk_unauthorized", 404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}
        code = codes.get(exc.status_code, "http_error")
        return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body("server_error", "The server could not complete the request."),
                            status_code=500)


class NulInPathMiddleware:
    """Refuses a path holding a NUL character (%00) with 400 before any endpoint sees it.

    No id, code or token of ours contains one, and PostgreSQL cannot even compare a text
    value holding NUL: the driver raises, and an odd URL would become a server error.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The phone's /r/<token> pages answer any malformed token with their own friendly page.
        if scope["type"] == "http" and "\x00" in scope["path"] and not scope["path"].startswith("/r/"):
            response = JSONResponse(error_body("bad_path", "The address holds a character no address here has."),
                                    status_code=400)
            await response({"type": "http"}, _no_receive, send)
            return
        await self.app(scope, receive, send)


class BodyLimitMiddleware:
    """Refuses request bodies over a limit before any endpoint parses them.

    Checks Content-Length up front and also counts a chunked body as it streams, so
    neither form of an oversized body reaches JSON parsing or the database. `larger` names
    the few paths whose bodies may be bigger (a diagnostics bundle), each with its own limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.larger = dict(larger or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope.get("path", ""), self.max_bytes)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (not value.isdigit() or int(value) > limit):
                await self._refuse(send, limit)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await self._refuse(send, limit)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        buffered = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": buffered, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send, limit: int) -> None:
        response = JSONResponse(error_body("body_too_large", f"Request bodies are limited to {limit} bytes."),
                                status_code=413)
        await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}
