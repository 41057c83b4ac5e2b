"""The application factory: one FastAPI app over one :class:`Workspace`, its pages
(:mod:`.pages`), its REST API under ``/api`` (:mod:`.api`) and every asset it needs served by
itself (htmx, ECharts: no CDN, for isolated government networks)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from healthplan.errors import HealthplanError, InputError, NotFoundError
from healthplan.i18n import request_language, t
from healthplan.store import Workspace
from healthplan.web import (
    api,
    api_manage,
    api_views,
    cache,
    pages,
    pages_admin,
    pages_entry,
    pages_indicators,
    pages_plans,
    pages_tasks,
)
from healthplan.web.auth import LoginRequired
from healthplan.web.security import LANG_COOKIE, RateLimit, Sessions, secret_key
from healthplan.web.users import ForbiddenError, LoginError

STATIC = Path(__file__).with_name("static")
# The reports stage already vendors ECharts; the pages use that one copy.
ECHARTS = resources.files("healthplan.reports") / "static" / "echarts.min.js"
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


def _status(error: Exception) -> int:
    if isinstance(error, LoginError):
        return 401
    if isinstance(error, ForbiddenError):
        return 403
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, InputError):
        return 422
    return 409  # a state that does not allow it (workflow, lifecycle)


def create_app(ws: Workspace) -> FastAPI:
    """The web application over ``ws``."""

    app = FastAPI(
        title="healthplan",
        description=t("Targets, data entry and approval, tasks, warnings and reports."),
        docs_url="/api/docs",
        openapi_url="/api/openapi.json",
        redoc_url=None,
    )
    app.state.ws = ws
    app.state.sessions = Sessions(secret_key(ws.home))
    app.state.login_limit = RateLimit()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/static-shared/echarts.min.js", include_in_schema=False)
    def echarts() -> FileResponse:
        return FileResponse(str(ECHARTS), media_type="text/javascript")

    @app.middleware("http")
    async def language_and_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        asked = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "zh"
        lang = "en" if asked.startswith("en") else "zh"
        token = request_language.set(lang)
        try:
            response = await call_next(request)
        finally:
            request_language.reset(token)
        if "lang" in request.query_params:
            response.set_cookie(LANG_COOKIE, lang, samesite="strict", secure=True, httponly=True)
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    # a user's own writes show in their next views (the page cache, web/cache.py)
    app.middleware("http")(cache.track_writes)

    @app.exception_handler(LoginRequired)
    def to_login(request: Request, _error: LoginRequired) -> Response:
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(HealthplanError)
    def refused(request: Request, error: HealthplanError) -> Response:
        status = _status(error)
        problems = [str(p) for p in error.problems] if isinstance(error, InputError) else []
        if request.url.path.startswith("/api"):
            body: dict[str, Any] = {"detail": str(error)}
            if problems:
                body["problems"] = problems
            return JSONResponse(body, status_code=status)
        return pages.error_page(request, status, str(error), problems)

    app.include_router(api.router)
    app.include_router(api_views.router)
    app.include_router(pages.router)
    app.include_router(pages_plans.router)
    app.include_router(pages_indicators.router)
    app.include_router(api_manage.router)
    app.include_router(pages_entry.router)
    app.include_router(pages_tasks.router)
    app.include_router(pages_admin.router)
    return app


def serve(ws: Workspace, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the application until interrupted."""
    import uvicorn

    uvicorn.run(create_app(ws), host=host, port=port, log_level="warning")
