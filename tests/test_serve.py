"""The launcher: connections to the dashboard answer small writes at once (no Nagle delay)."""

import socket
import sys

import pytest
from streamlit.web.server.starlette import starlette_server

from dashboard.serve import _without_nagle
from tests.browser import free_port


def _accepted_connection(bind) -> tuple[int, int]:
    """TCP_NODELAY of the listening socket ``bind`` makes, and of a connection it accepts."""
    listening = bind("127.0.0.1", free_port(), 8)
    listening.setblocking(True)
    with listening, socket.create_connection(listening.getsockname()):
        accepted, _ = listening.accept()
        with accepted:
            return (listening.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY),
                    accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


def test__streamlit_alone__accepts_connections_with_nagle_on():
    """Why the launcher exists: were this to fail, Streamlit fixed it and the launcher can go."""
    assert _accepted_connection(starlette_server._bind_socket) == (0, 0)


@pytest.mark.skipif(sys.platform != "linux", reason="Linux passes TCP_NODELAY on to accepted sockets")
def test__launcher__accepted_connections_have_nagle_off():
    listening, accepted = _accepted_connection(_without_nagle(starlette_server._bind_socket))
    assert listening and accepted
