"""Helpers for AppTest page tests: open a page of the real app with URL parameters."""

import json

from streamlit.testing.v1 import AppTest

from dashboard.paths import ROOT

APP = str(ROOT / "dashboard" / "app.py")
PAGE_SCRIPTS = {"start": "start.py", "kaart": "kaart.py", "personas": "personas.py", "diensten": "diensten.py"}


def open_page(page: str, **params) -> AppTest:
    """Run the app, switch to ``page`` and run it with ``params`` as URL query parameters."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(f"../pages/{PAGE_SCRIPTS[page]}").run()
    return at


def figures(at: AppTest) -> list[dict]:
    """The plotly figures the page rendered, as figure JSON."""
    charts = [e for e in at.main if getattr(e, "type", None) == "plotly_chart"]
    return [json.loads(c.proto.spec) for c in charts]


def texts(at: AppTest) -> str:
    """All markdown, captions, notices and titles of the page, as one string to search."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error"):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts)
