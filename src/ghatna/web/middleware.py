"""Plain ASGI middleware of the web server (cheap: no request or response objects).

:class:`RequestShaper` runs before routing: it drops blank query values (HTML forms send
``actor=&type=``; a blank is "no filter"), answers HEAD like GET (the server sends no body),
and marks answers ``Cache-Control: no-store`` unless the route set its own (static files).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def drop_blank_values(query: bytes) -> bytes:
    """The query string without parameters whose value is blank; untouched when none is."""
    if not query:
        return query
    text = query.decode("latin-1")
    pairs = parse_qsl(text, keep_blank_values=True, encoding="latin-1")
    kept = [(k, v) for k, v in pairs if v.strip()]
    if len(kept) == len(pairs):
        return query
    return urlencode(kept, encoding="latin-1").encode("latin-1")


class RequestShaper:
    """See the module docstring."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope = dict(scope)
        scope["query_string"] = drop_blank_values(scope.get("query_string", b""))
        if scope["method"] == "HEAD":
            scope["method"] = "GET"   # the server itself leaves out a HEAD answer's body

        async def send_with_cache(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cache)
