"""Bounds on what a request may send the review workspace.

* A request body (a form post) may hold at most :data:`MAX_BODY_BYTES`; a larger one is refused
  with 413 before the application reads it, whether it declares its length or streams it in
  chunks. The bound leaves room for a comment of :data:`wetscan.review.store.MAX_COMMENT_CHARS`
  characters even when every one of them is URL-encoded from four UTF-8 bytes.
* Ids and version numbers in URLs are validated to the store's integer range (:data:`MAX_ID`,
  64-bit signed) by the routes, so that a larger number is a 422, not a database overflow.
"""

from __future__ import annotations

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wetscan.i18n import _

MAX_BODY_BYTES = 256 * 1024
MAX_ID = 2**63 - 1
BODYLESS_METHODS = ("GET", "HEAD", "OPTIONS")


class BodyLimit:
    """ASGI middleware: refuse (413) a request whose body exceeds ``limit`` bytes."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in BODYLESS_METHODS:
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.limit:
                await self._refuse(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive), send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = PlainTextResponse(_("request body too large (at most {n} bytes)").format(n=self.limit), status_code=413)
        await response(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the application the body read already, then the client's messages."""
    sent = False

    async def _receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return _receive
