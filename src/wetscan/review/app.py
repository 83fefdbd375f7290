"""The review workspace: a FastAPI application over the review store.

Pages: the queue (``/``), a bill (``/bills/{id}``), its decision history (``/bills/{id}/history``),
the login page in login mode, and a CSV download of all decisions. State changes are form POSTs
(the page's JavaScript sends the same requests with ``fetch`` to stay on the page); each checks
the session's CSRF token and takes the reviewer from the session, never from the form. Every
page speaks the language of its request (:mod:`wetscan.review.language`): Dutch, or English for
a browser that asks for it, and the NL | EN switch overrides the browser.
"""

from __future__ import annotations

import getpass
import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Form, HTTPException, Path, Query, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, PackageLoader
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from wetscan import i18n
from wetscan.i18n import _, ngettext
from wetscan.review import auth, language, store
from wetscan.review.limits import MAX_ID, BodyLimit
from wetscan.review.throttle import LoginThrottle
from wetscan.review.export import decisions_csv, decisions_frame
from wetscan.report.checklist_view import install_checklist
from wetscan.report.html import install_report_helpers, rule_names, visible_output
from wetscan.report.wording import decimal, label

SESSION_COOKIE = "wetscan_review_session"
LOCAL_ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
WILDCARD_HOSTS = ("0.0.0.0", "::", "")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
QUEUE_SORTS = {
    "imported": lambda row: row.imported_at,
    "title": lambda row: (row.title or row.source_path).lower(),
    "udo": lambda row: row.udo_score if row.udo_score is not None else -1.0,
    "cosignature": lambda row: row.cosignature_score if row.cosignature_score is not None else -1.0,
    "status": lambda row: store.STATUSES.index(row.status),
}


@dataclass
class Settings:
    """How the app runs: ``local_reviewer`` is used when no login is configured.

    ``allowed_hosts`` are the names browsers may use in the Host header (DNS rebinding defence);
    by default the address the server is bound to (``bind_host``) and the loopback names.
    """

    engine: sa.Engine
    local_reviewer: str = field(default_factory=getpass.getuser)
    login_required: bool = False
    allowed_hosts: list[str] | None = None
    secure_cookies: bool = False
    bind_host: str = "127.0.0.1"
    throttle: LoginThrottle = field(default_factory=LoginThrottle)


def default_allowed_hosts(bind_host: str) -> list[str]:
    """Host names accepted when none are given: the loopback names, and the bound address unless it
    is a wildcard (0.0.0.0 says nothing about the name browsers use: give ``--allowed-host``)."""
    return LOCAL_ALLOWED_HOSTS + ([bind_host] if bind_host not in (*WILDCARD_HOSTS, *LOCAL_ALLOWED_HOSTS) else [])


DOCUMENT_ID = Path(ge=1, le=MAX_ID, description="A bill's id in the store (64-bit).")


class LoginRequired(Exception):
    """Raised by a page that needs a logged-in reviewer when the session has none."""


def _templates() -> Jinja2Templates:
    """The review templates, plus the HTML report's ``provision.html.j2`` (its ``highlighted``
    macro renders trigger spans exactly as the HTML report does)."""
    loader = ChoiceLoader([PackageLoader("wetscan.review", "templates"), PackageLoader("wetscan.report", "templates")])
    env = Environment(loader=loader, autoescape=True, finalize=visible_output)
    install_report_helpers(env)
    env.filters["score"] = decimal
    env.filters["when"] = lambda value: (value or "")[:19].replace("T", " ")
    env.filters["label"] = label
    env.globals["switch_url"] = language.switch_url
    env.globals["language_names"] = language.LANGUAGE_NAMES
    env.globals["script_messages"] = language.script_messages
    install_checklist(env)
    return Jinja2Templates(env=env)


def create_app(settings: Settings) -> FastAPI:
    """The review application on ``settings.engine`` (a migrated review store)."""
    app = FastAPI(title="wetscan review", docs_url=None, redoc_url=None, openapi_url=None)
    templates = _templates()
    engine = settings.engine
    shared = ("wetscan.report", "static")  # change.css: the same stylesheet as the HTML report
    app.mount("/static", StaticFiles(packages=[("wetscan.review", "static"), shared]), name="static")

    @app.middleware("http")
    async def session_middleware(request: Request, call_next):  # type: ignore[no-untyped-def]
        session = None
        if not request.url.path.startswith("/static/"):
            session = await run_in_threadpool(_load_session, request.cookies.get(SESSION_COOKIE))
        request.state.session = session
        switched = language.chosen_by_switch(request.query_params.get(language.LANGUAGE_PARAMETER))
        lang = language.request_language(
            switched, request.cookies.get(language.LANGUAGE_COOKIE), request.headers.get("accept-language")
        )
        request.state.language = lang
        with i18n.speaking(lang):  # the endpoint, its threadpool and the error handlers inherit it
            response = await call_next(request)
        if session is not None and session.is_new:
            _set_cookie(response, session)
        if switched:
            response.set_cookie(language.LANGUAGE_COOKIE, switched, max_age=365 * 24 * 3600, samesite="strict",
                                secure=settings.secure_cookies)
        response.headers.update(SECURITY_HEADERS)
        response.headers["Content-Language"] = lang
        response.headers["Vary"] = "Accept-Language, Cookie"
        return response

    app.add_middleware(BodyLimit)
    hosts = settings.allowed_hosts or default_allowed_hosts(settings.bind_host)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)  # outermost: checked first
    mode = auth.LOGIN if settings.login_required else auth.LOCAL
    signing_key = secrets.token_bytes(32)  # lives as long as this app: signed sessions end with it
    signed_reviewer = None if settings.login_required else settings.local_reviewer

    def _load_session(token: str | None) -> auth.Session:
        """The browser's session, or a new unstored one: anonymous in login mode, the local
        reviewer's in local mode. A stored session of the other mode, or of an account that is
        gone, is ended; a signed one from another server process or mode is not recognised."""
        session = auth.check_signed_session(signing_key, token, mode, signed_reviewer)
        if session is None and token and "." not in token:
            with engine.begin() as connection:
                session = auth.find_session(connection, token)
                if session is not None and (session.mode != mode or not auth.is_account(connection, session.reviewer)):
                    auth.end_session(connection, session.token)
                    session = None
        return session or auth.signed_session(signing_key, mode, signed_reviewer)

    def _set_cookie(response: Response, session: auth.Session) -> None:
        response.set_cookie(
            SESSION_COOKIE,
            session.token,
            max_age=int(auth.SESSION_LIFETIME.total_seconds()),
            httponly=True,
            samesite="strict",
            secure=settings.secure_cookies,
        )

    def reviewer(request: Request) -> str:
        session = request.state.session
        if session is None or session.reviewer is None:
            raise LoginRequired()
        return session.reviewer

    async def csrf(request: Request) -> None:
        supplied = request.headers.get("x-csrf-token")
        if supplied is None:
            form = await request.form()
            value = form.get("csrf_token")
            supplied = value if isinstance(value, str) else None
        if not auth.csrf_ok(request.state.session, supplied):
            raise HTTPException(status_code=403, detail=_("CSRF token missing or wrong; reload the page and try again"))

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc: LoginRequired) -> Response:
        if request.method == "GET":
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        return JSONResponse({"detail": _("login required")}, status_code=401)

    @app.exception_handler(store.ReviewError)
    async def _review_error(request: Request, exc: store.ReviewError) -> Response:
        status = 404 if isinstance(exc, store.NoSuchBill) else 400
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return page(request, "error.html", {"message": str(exc)}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not _wants_page(request):
            return await http_exception_handler(request, exc)
        message = _("This page does not exist.") if exc.status_code == 404 else str(exc.detail)
        response = page(request, "error.html", {"message": message}, status_code=exc.status_code)
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if not _wants_page(request):
            return await request_validation_exception_handler(request, exc)
        return page(request, "error.html", {"message": _("This address is not valid.")}, status_code=422)

    def page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
        """A page rendered in the request's language, with the session's reviewer and CSRF token."""
        session = request.state.session
        lang = getattr(request.state, "language", None)
        context = {
            "csrf_token": session.csrf_token if session else "",
            "reviewer": session.reviewer if session else None,
            "login_required": settings.login_required,
            **context,
        }
        with i18n.speaking(lang):
            context["rules"] = rule_names()  # names and bases of the rules, in the request's language
            return templates.TemplateResponse(request, name, context, status_code=status_code)

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/") -> Response:
        if not settings.login_required:
            return RedirectResponse("/", status_code=303)
        return page(request, "login.html", {"next": _safe_next(next), "error": None})

    @app.post("/login", dependencies=[Depends(csrf)])
    def login(request: Request, name: str = Form(...), password: str = Form(...), next: str = Form("/")) -> Response:
        client = request.client.host if request.client else "unknown"
        wait = settings.throttle.retry_after(name, client)
        if wait:
            minutes = max(1, round(wait / 60))
            error = ngettext("Too many failed logins; try again in {n} minute.",
                             "Too many failed logins; try again in {n} minutes.", minutes).format(n=minutes)
            response = page(request, "login.html", {"next": _safe_next(next), "error": error}, 429)
            response.headers["Retry-After"] = str(wait)
            return response
        with engine.begin() as connection:
            account = auth.authenticate(connection, name, password)
            if account is None:
                settings.throttle.failed(name, client)
                return page(
                    request, "login.html", {"next": _safe_next(next), "error": _("Unknown name or wrong password.")}, 401
                )
            settings.throttle.succeeded(name)
            auth.end_session(connection, request.state.session.token)
            session = auth.new_session(connection, account)
        response = RedirectResponse(_safe_next(next), status_code=303)
        _set_cookie(response, session)
        return response

    @app.post("/logout", dependencies=[Depends(csrf)])
    def logout(request: Request) -> Response:
        if request.state.session.stored:
            with engine.begin() as connection:
                auth.end_session(connection, request.state.session.token)
        response = RedirectResponse("/login" if settings.login_required else "/", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    @app.get("/", response_class=HTMLResponse)
    def queue_page(
        request: Request,
        _reviewer: str = Depends(reviewer),
        q: str = "",
        udo: str = "",
        cosignature: str = "",
        fvw: str = "",
        layer: str = "",
        status: str = "",
        sort: str = "imported",
        order: str = "desc",
    ) -> Response:
        with engine.begin() as connection:
            rows = store.queue(connection)
        total = len(rows)
        if q:
            rows = [row for row in rows if q.lower() in (row.title or row.source_path).lower()]
        rows = [
            row
            for row in rows
            if (not udo or row.udo_verdict == udo)
            and (not cosignature or row.cosignature_verdict == cosignature)
            and (not fvw or row.fvw_status == fvw)
            and (not layer or layer in row.layers)
            and (not status or row.status == status)
        ]
        rows.sort(key=QUEUE_SORTS.get(sort, QUEUE_SORTS["imported"]), reverse=order != "asc")
        filters = {"q": q, "udo": udo, "cosignature": cosignature, "fvw": fvw, "layer": layer, "status": status}
        return page(
            request,
            "queue.html",
            {
                "rows": rows,
                "total": total,
                "filters": filters,
                "sort": sort,
                "order": order,
                "statuses": store.STATUSES,
            },
        )

    @app.get("/bills/{document_id}", response_class=HTMLResponse)
    def bill_page(
        request: Request,
        document_id: int = DOCUMENT_ID,
        _reviewer: str = Depends(reviewer),
        version: int | None = Query(None, ge=1, le=MAX_ID),
        show_all: bool = Query(False, alias="all"),
    ) -> Response:
        with engine.begin() as connection:
            view = store.bill_view(connection, document_id, version)
        anchors = {provision["id"]: f"prov-{index}" for index, provision in enumerate(view.report["provisions"])}
        return page(
            request, "bill.html", {"view": view, "report": view.report, "show_all": show_all, "anchors": anchors}
        )

    @app.get("/bills/{document_id}/history", response_class=HTMLResponse)
    def history_page(request: Request, document_id: int = DOCUMENT_ID, _reviewer: str = Depends(reviewer)) -> Response:
        with engine.begin() as connection:
            view = store.bill_view(connection, document_id)
            decisions = store.history(connection, document_id)
        stale_ids = {item["id"] for item in view.stale}
        return page(request, "history.html", {"view": view, "decisions": decisions, "stale_ids": stale_ids})

    @app.post("/bills/{document_id}/decisions", dependencies=[Depends(csrf)])
    def decide(
        request: Request,
        document_id: int = DOCUMENT_ID,
        target_type: str = Form(...),
        target_key: str = Form(...),
        decision: str = Form(...),
        comment: str = Form("", max_length=store.MAX_COMMENT_CHARS),
        who: str = Depends(reviewer),
    ) -> Response:
        with engine.begin() as connection:
            saved = store.record_decision(connection, document_id, target_type, target_key, decision, comment, who)
        if _wants_json(request):
            return JSONResponse(saved)
        return RedirectResponse(f"/bills/{document_id}#{_anchor(target_type, target_key)}", status_code=303)

    @app.post("/bills/{document_id}/final", dependencies=[Depends(csrf)])
    def decide_final(
        request: Request,
        document_id: int = DOCUMENT_ID,
        udo_needed: str = Form(...),
        cosignature_needed: str = Form(...),
        motivation: str = Form("", max_length=store.MAX_COMMENT_CHARS),
        who: str = Depends(reviewer),
    ) -> Response:
        with engine.begin() as connection:
            saved = store.record_final(connection, document_id, udo_needed, cosignature_needed, motivation, who)
        if _wants_json(request):
            return JSONResponse(saved)
        return RedirectResponse(f"/bills/{document_id}#final", status_code=303)

    @app.get("/export/decisions.csv")
    def export_csv(_reviewer: str = Depends(reviewer)) -> Response:
        with engine.begin() as connection:
            text = decisions_csv(decisions_frame(connection))
        return Response(
            text,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{_("decisions")}.csv"'},
        )

    templates.env.globals["anchor"] = _anchor
    return app


def _anchor(target_type: str, target_key: str) -> str:
    """A stable HTML id for a decision target (finding keys contain spaces and commas)."""
    return f"{target_type}-{hashlib.sha1(target_key.encode('utf-8')).hexdigest()[:12]}"


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _wants_page(request: Request) -> bool:
    """A browser navigating (GET, not the page's script): it gets the error page, not JSON."""
    return request.method == "GET" and not _wants_json(request) and not request.url.path.startswith("/static/")


def _safe_next(target: str) -> str:
    """Only same-site paths after login (no open redirect to another site)."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"
