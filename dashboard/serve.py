"""Run the dashboard: `python -m dashboard.serve [script] [streamlit options]`.

The same as `streamlit run dashboard/app.py` (or ``script``), with one fix that makes the page
appear sooner. Streamlit 1.67 creates its listening socket without naming the protocol, and
asyncio only switches off Nagle's algorithm on sockets that say they are TCP; so each reply after
the first on a connection (Streamlit's page loads 60 to 150 small scripts) waits about 40 ms for
the browser's delayed acknowledgement. Linux passes TCP_NODELAY from a listening socket on to the
sockets it accepts, so setting it once removes the wait (measured in benchmarks/run.py).
"""

import socket
import sys
from pathlib import Path

from streamlit import file_util
from streamlit.web import cli
from streamlit.web.server.starlette import starlette_server

from dashboard.paths import static_cache

APP = Path(__file__).resolve().parent / "app.py"


def _without_nagle(bind):
    """``bind``, whose listening socket then answers small writes at once."""

    def bind_socket(*args, **kwargs) -> socket.socket:
        listening = bind(*args, **kwargs)
        if listening.family in (socket.AF_INET, socket.AF_INET6):
            listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return listening

    return bind_socket


def main(argv: list[str]) -> None:
    """Serve ``argv[0]`` when it names a script, else the dashboard; the rest are Streamlit's options.

    Streamlit's static folder (``app/static/``) is the cache folder the app writes the map's GeoJSON to,
    outside the project: the app never writes into its own files.
    """
    script, options = (argv[0], argv[1:]) if argv and not argv[0].startswith("-") else (str(APP), argv)
    starlette_server._bind_socket = _without_nagle(starlette_server._bind_socket)
    static_cache().mkdir(parents=True, exist_ok=True)
    file_util.get_app_static_dir = lambda main_script_path: str(static_cache())
    cli.main(["run", script, *options], prog_name="streamlit")  # exits, as `streamlit run` does


if __name__ == "__main__":
    main(sys.argv[1:])
