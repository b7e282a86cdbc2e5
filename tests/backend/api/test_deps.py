"""ClosingRoute writes a plain endpoint's model out itself: the same answer FastAPI gives, one thread trip less."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, FastAPI, Response
from fastapi.responses import PlainTextResponse
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from pydantic import BaseModel

from backend.api.deps import ClosingRoute


class Item(BaseModel):
    name: str
    at: datetime
    note: str | None = None
    tags: list[str] = []


class Special(Item):
    """A subclass: FastAPI answers with the response model's fields only, so it must take this one."""

    secret: str = "never shown"


ITEM = Item(name="Kahvi ☕ \"x\"", at=datetime(2026, 1, 2, 3, 4, 5, 678900, tzinfo=UTC), tags=["ä", "<b>"])


def _routes(router: APIRouter) -> APIRouter:
    @router.get("/item", response_model=Item)
    def item() -> Item:
        return ITEM

    @router.post("/item", response_model=Item, status_code=201)
    def create() -> Item:
        return ITEM

    @router.get("/special", response_model=Item)
    def special() -> Item:
        return Special(**ITEM.model_dump())

    @router.get("/as-dict", response_model=Item)
    def as_dict() -> dict[str, object]:
        return ITEM.model_dump()

    @router.get("/header", response_model=Item)
    def header(response: Response) -> Item:
        response.headers["X-Extra"] = "1"
        response.status_code = 202
        return ITEM

    @router.get("/text", response_model=Item, response_class=PlainTextResponse)
    def text() -> Item:
        return ITEM

    @router.get("/no-none", response_model=Item, response_model_exclude_none=True)
    def no_none() -> Item:
        return ITEM

    return router


def _app(route_class: type[APIRoute]) -> FastAPI:
    """As backend.app.create_app adds its routers' routes."""
    app = FastAPI()
    app.router.routes.extend(_routes(APIRouter(route_class=route_class)).routes)
    return app


def test_every_answer_is_the_one_fastapi_gives_byte_for_byte() -> None:
    ours, theirs = TestClient(_app(ClosingRoute)), TestClient(_app(APIRoute))
    for method, path in (("GET", "/item"), ("POST", "/item"), ("GET", "/special"), ("GET", "/as-dict"),
                         ("GET", "/header"), ("GET", "/no-none")):
        mine, fastapi = ours.request(method, path), theirs.request(method, path)
        assert (mine.status_code, mine.headers.items(), mine.content) == \
            (fastapi.status_code, fastapi.headers.items(), fastapi.content), path


def test_routes_whose_answer_something_else_shapes_are_left_to_fastapi() -> None:
    writes = {route.name: route.writes_json for route in _app(ClosingRoute).routes if isinstance(route, ClosingRoute)}
    assert writes == {"item": True, "create": True, "special": True, "as_dict": True, "header": False, "text": False,
                      "no_none": False}
