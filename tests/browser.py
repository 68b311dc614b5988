"""Helpers for the real-browser tests: a Streamlit server on loopback and Debian's Chromium."""

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from dashboard.core.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
CHART = ".regional-needs-map svg"  # any chart or map, drawn on the server and in place
TABLE = "[data-testid='stDataFrame'] canvas"  # any table, drawn
MAP = ".regional-needs-map .layer_0_marks path"  # the municipalities of a map, drawn
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def streamlit_server(env: dict | None = None, script: Path = ROOT / "dashboard" / "app.py", log: Path | None = None,
                     launcher: tuple[str, ...] = ("dashboard.serve",), address: str | None = "127.0.0.1", root: Path = ROOT,
                     base_path: str = ""):
    """Run ``script`` (the dashboard by default) of the project at ``root`` with ``launcher`` (a module;
    ("streamlit", "run") is Streamlit's own) on a free port of ``address`` (None: the configured one), under
    ``base_path`` (Streamlit's server.baseUrlPath, as behind a proxy); yields its base URL.

    The server's output goes to ``log`` (a temporary file by default), never to an unread pipe
    that would stall a chatty server.
    """
    port = free_port()
    command = [sys.executable, "-m", *launcher, str(script), "--server.port", str(port), "--server.headless", "true",
               *(["--server.address", address] if address else []), *(["--server.baseUrlPath", base_path] if base_path else [])]
    with tempfile.TemporaryDirectory() as tmp:
        log = log or Path(tmp) / "streamlit.log"
        with open(log, "w", encoding="utf-8") as output:
            process = subprocess.Popen(command, cwd=root, env=env, stdout=output, stderr=subprocess.STDOUT)
            url = f"http://127.0.0.1:{port}" + (f"/{base_path}" if base_path else "")
            try:
                _wait_until_up(url, process, log)
                yield url
            finally:
                process.terminate()
                process.wait(timeout=20)


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text(encoding='utf-8')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not come up in time")


def is_local(url: str) -> bool:
    """True for loopback http(s)/ws(s) URLs and for data:/blob: URLs, which never leave the machine."""
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about"):
        return True
    return parsed.hostname in LOCAL_HOSTS


def wait_for_maps(page, timeout_ms: int = 60_000) -> None:
    """Until every map shows the drawing it chose for its width (dashboard.ui.drawing_component, the page's only
    component, whose box its code makes once loaded): after a resize, once the browser has laid the page out again
    and the map has had its say (two frames)."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.wait_for_function("""() => [...document.querySelectorAll('.stBidiComponent')].every(component => {
      const map = component.querySelector('.regional-needs-map');
      return map?.dataset.file && map.dataset.drawn === map.dataset.file;
    })""", timeout=timeout_ms)
