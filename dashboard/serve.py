"""Run the dashboard: `python -m dashboard.serve [script] [streamlit options]`.

The same as `streamlit run dashboard/app.py` (or ``script``), with what Streamlit 1.67 has no
setting for:

- Nagle's algorithm off. Streamlit creates its listening socket without naming the protocol, and
  asyncio only switches off Nagle's algorithm on sockets that say they are TCP; so each reply after
  the first on a connection (Streamlit's page loads 60 to 150 small scripts) waits about 40 ms for
  the browser's delayed acknowledgement. Linux passes TCP_NODELAY from a listening socket on to the
  sockets it accepts, so setting it once removes the wait (measured in benchmarks/run.py).
- No look-up of the machine's external IP address, ever. Streamlit asks a web service for it when a
  WebSocket handshake comes from an origin it does not know (any web page the user visits can send
  one), inside the request handler; such an origin is simply refused here.
- A link Streamlit reads nothing of (over 1,000 parameters) is not opened silently unfiltered: the page
  is told, and says so.
- Security headers on every HTTP response (HEADERS), and the Host header checked against
  `server.allowedHosts` on every request, not only on the WebSocket (against DNS rebinding).
- Streamlit's /_stcore/metrics answered only with METRICS_FLAG (`--allow-metrics`): it tells anyone
  who reaches the port how the server is used.
- A WebSocket from a page of another origin is accepted only from the app's own port: Streamlit trusts
  any page on localhost, whatever its port (another local web server, a developer's tool).
- An over-long link (a request h11 stops reading) gets a short page in Dutch and English, not a bare 400.
- Each page's index.html names the code its elements need (dashboard/ui/preload.py), so a fresh browser
  fetches it at once instead of after the elements arrive, and the server's base address
  (dashboard/ui/server_address.py), so Streamlit's code does not look for it first one level too deep (the
  dashboard's pages only: another script, such as the benchmark's empty page, is served as Streamlit serves it).

Where it listens, which host names it answers and the file watcher are in .streamlit/config.toml.
"""

import base64
import hashlib
import html
import re
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit

import h11
import streamlit
from streamlit import config, file_util, net_util
from streamlit.runtime import app_session
from streamlit.web import cli
from streamlit.web.server import server_util
from streamlit.web.server.starlette import starlette_app, starlette_server, starlette_static_routes, starlette_websocket
from streamlit.web.server.starlette.starlette_websocket import is_host_allowed
from uvicorn.protocols.http.h11_impl import H11Protocol

from dashboard.core.paths import static_cache
from dashboard.text.i18n import LANGUAGES, tr
from dashboard.ui import bundles, preload, reveal, server_address
from dashboard.ui.url_state import UNREAD_KEY

APP = Path(__file__).resolve().parent / "app.py"
METRICS_FLAG = "--allow-metrics"  # serve Streamlit's /_stcore/metrics, which is off by default
METRICS_PATH = "/_stcore/metrics"
# h11 (under uvicorn) refuses a request whose head it has buffered this far unfinished (its default):
# a link of a few hundred KB. Such a refusal gets a short page; shorter malformed requests keep uvicorn's 400.
LONG_REQUEST_BYTES = 16 * 1024
LINGER_SECONDS = 5


def _inline_script_hashes() -> str:
    """CSP sources of the inline scripts of Streamlit's index.html (it has one), so no other inline script runs."""
    index = (Path(streamlit.__file__).parent / "static" / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", index, re.DOTALL)
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)


# What a page may load: only this server; no inline script but index.html's own, the chunk prefetch's
# (dashboard/ui/bundles.py), the server's address (dashboard/ui/server_address.py) and the scroll to an opened
# fact (dashboard/ui/reveal.py); blob: because Streamlit runs a component's script (the drawings',
# dashboard/ui/drawing_component.py) as a module it makes a blob of, and only a script already running in the page
# can make one. eval stays allowed: without
# it the browser tests of the toolbar's image export fail (Playwright's waits evaluate in the page;
# whether the app itself needs eval is not settled). Styles inline, as Streamlit's components set
# them. Any site may embed the dashboard (?embed=true is a feature), so frame-ancestors is * on
# purpose: the pages only show public data.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    f"script-src 'self' blob: 'unsafe-eval' {_inline_script_hashes()} {bundles.csp_source()} {reveal.csp_source()} {server_address.csp_source()}",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors *",
])
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a link's filters never reach another site
}


class SecurityHeaders:
    """ASGI middleware: refuses a Host that `server.allowedHosts` does not list, hides Streamlit's metrics
    unless ``allow_metrics``, adds HEADERS."""

    def __init__(self, app, allow_metrics: bool = False):
        self.app = app
        self.allow_metrics = allow_metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        host = dict(scope["headers"]).get(b"host", b"").decode("latin-1") or None
        if not is_host_allowed(host):
            return await _refuse(send, 403, b"Host not allowed (server.allowedHosts)")
        if not self.allow_metrics and scope["path"].rstrip("/").endswith(METRICS_PATH):
            return await _refuse(send, 404, f"Not found (metrics are off; {METRICS_FLAG} turns them on)".encode())

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(
                    (name.lower().encode(), value.encode()) for name, value in HEADERS.items()
                    if name.lower().encode() not in present)]
            await send(message)

        return await self.app(scope, receive, send_with_headers)


async def _refuse(send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": body})


def _with_security_headers(middleware, allow_metrics: bool):
    """``middleware`` (Streamlit's stack) with SecurityHeaders first, so even its refusals carry the headers."""

    def create():
        from starlette.middleware import Middleware

        return [Middleware(SecurityHeaders, allow_metrics=allow_metrics), *middleware()]

    return create


def _own_port_only(allowed):
    """Streamlit's check of a WebSocket's origin, which compares host names only (so a page on any other
    port of localhost passes), made to ask for the app's own port too. An origin listed whole in
    `server.corsAllowedOrigins` still passes, and with `server.enableCORS` off everything does."""

    def check(url: str) -> bool:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
        return allowed(url) and (port == config.get_option("server.port") or url in server_util.allowlisted_origins()
                                 or not config.get_option("server.enableCORS"))

    return check


def too_long_page() -> bytes:
    """The short page an over-long link gets, in both languages, with no script and nothing to fetch."""
    parts = "".join(f'<section lang="{lang}"><h1>{html.escape(tr("serve.too_long_title", lang))}</h1>'
                    f'<p>{html.escape(tr("serve.too_long_text", lang))}</p>'
                    f'<p><a href="/">{html.escape(tr("serve.to_start", lang))}</a></p></section>' for lang in LANGUAGES)
    return (f'<!DOCTYPE html><html lang="{LANGUAGES[0]}"><head><meta charset="utf-8"><title>'
            f'{html.escape(tr("serve.too_long_title", LANGUAGES[0]))}</title></head><body>{parts}</body></html>').encode()


def _kind_to_long_links(send_400):
    """uvicorn's reply to a request h11 could not read: a short page in Dutch and English (414) when the
    request was over-long (a link of a few hundred KB), its bare 400 otherwise."""

    def send(self, msg: str) -> None:
        if len(self.conn.trailing_data[0]) < LONG_REQUEST_BYTES:
            return send_400(self, msg)
        headers = [(b"content-type", b"text/html; charset=utf-8"), (b"connection", b"close"),
                   *((name.lower().encode(), value.encode()) for name, value in HEADERS.items())]
        for event in (h11.Response(status_code=414, headers=headers, reason=b"URI Too Long"),
                      h11.Data(data=too_long_page()), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        # A lingering close: the rest of the link is still arriving, and closing now would answer it with a
        # reset that can make the browser drop the page unread. Send the end, read and drop the rest, close
        # once the browser does (or after LINGER_SECONDS).
        self.data_received = lambda data: None
        self.transport.write_eof()
        self.loop.call_later(LINGER_SECONDS, self.transport.close)

    return send


def _no_external_ip() -> None:
    """Streamlit's external-IP look-up, answered without asking anyone: unknown."""
    return None


def _saying_what_it_dropped(sanitize):
    """Streamlit's check of a page's query string, which empties one of over 1,000 parameters (or 512 KB):
    here the emptied string keeps one parameter, UNREAD_KEY with their number, so the page can say why
    the link's filters are gone (dashboard/ui/url_state.py)."""

    def check(query_string: str) -> str:
        kept = sanitize(query_string)
        return f"{UNREAD_KEY}={query_string.count('&') + 1}" if query_string and not kept else kept

    return check


def _with_preloads(create_handler):
    """Streamlit's static files, whose index.html (every page's first response) names the code of the requested
    page's elements (dashboard.ui.preload.with_preloads)."""

    def create(directory: str, base_url: str | None):
        from starlette.responses import FileResponse, HTMLResponse

        handler = create_handler(directory, base_url)
        index = Path(directory, "index.html")
        get_response = handler.get_response

        async def get_response_with_preloads(path: str, scope):
            response = await get_response(path, scope)
            if not (isinstance(response, FileResponse) and Path(response.path) == index and response.status_code == 200):
                return response
            page = "" if path in (".", "") else path.replace("\\", "/")
            return HTMLResponse(preload.with_preloads(page, index.read_text(encoding="utf-8")),
                                headers={"Cache-Control": "no-cache"})

        handler.get_response = get_response_with_preloads
        return handler

    return create


def _without_nagle(bind):
    """``bind``, whose listening socket then answers small writes at once."""

    def bind_socket(*args, **kwargs) -> socket.socket:
        listening = bind(*args, **kwargs)
        if listening.family in (socket.AF_INET, socket.AF_INET6):
            listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return listening

    return bind_socket


def main(argv: list[str]) -> None:
    """Serve ``argv[0]`` when it names a script, else the dashboard; the rest are Streamlit's options, but
    METRICS_FLAG, which is the launcher's.

    Streamlit's static folder (``app/static/``) is the cache folder the app writes the map's GeoJSON to,
    outside the project: the app never writes into its own files.
    """
    allow_metrics = METRICS_FLAG in argv
    argv = [arg for arg in argv if arg != METRICS_FLAG]
    script, options = (argv[0], argv[1:]) if argv and not argv[0].startswith("-") else (str(APP), argv)
    starlette_server._bind_socket = _without_nagle(starlette_server._bind_socket)
    if Path(script).resolve() == APP:
        starlette_static_routes.create_streamlit_static_handler = _with_preloads(
            starlette_static_routes.create_streamlit_static_handler)
    starlette_app.create_streamlit_middleware = _with_security_headers(starlette_app.create_streamlit_middleware,
                                                                       allow_metrics)
    starlette_websocket.is_url_from_allowed_origins = _own_port_only(starlette_websocket.is_url_from_allowed_origins)
    H11Protocol.send_400_response = _kind_to_long_links(H11Protocol.send_400_response)
    net_util.get_external_ip = _no_external_ip
    app_session.sanitize_query_string = _saying_what_it_dropped(app_session.sanitize_query_string)
    static_cache().mkdir(parents=True, exist_ok=True)
    file_util.get_app_static_dir = lambda main_script_path: str(static_cache())
    cli.main(["run", script, *options], prog_name="streamlit")  # exits, as `streamlit run` does


if __name__ == "__main__":
    main(sys.argv[1:])
