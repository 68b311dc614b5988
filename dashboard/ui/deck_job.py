"""The deck's PDF built in the background: a click starts it, the page shows how far it is, and the download
button appears once it is done (it takes about 15 s: every slide laid out, then printed by Chromium).

A deck is built once per dataset, filters and language, and kept for every session that asks for the same one.
"""

import threading
from dataclasses import dataclass

import streamlit as st

from dashboard.views import deck
from dashboard.figures.municipality_map import Layer
from dashboard.views.presentation import Step
from dashboard.core.scope import Scope

KEPT = 4  # decks kept at most (a few MB each); the oldest goes first


@dataclass
class Job:
    total: int  # slides
    done: int = 0  # slides laid out so far
    pdf: bytes | None = None
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.pdf is not None or self.error is not None


@st.cache_resource(show_spinner=False)
def _jobs() -> tuple[dict, threading.Lock]:
    return {}, threading.Lock()


def job_key(scope: Scope, lang: str) -> tuple:
    return id(scope.ds), scope.choices(), lang


def current(key: tuple) -> Job | None:
    return _jobs()[0].get(key)


def start(key: tuple, steps: list[Step], scope: Scope, layers: dict[str, Layer], lang: str) -> None:
    """Build the deck of ``key`` in a thread of its own, unless it is being built or was built already."""
    jobs, lock = _jobs()
    with lock:
        if key in jobs and not jobs[key].error:
            return
        job = jobs[key] = Job(len(steps))
        while len(jobs) > KEPT:
            jobs.pop(next(iter(jobs)))
    threading.Thread(target=_build, args=(job, steps, scope, layers, lang), daemon=True).start()


def _build(job: Job, steps: list[Step], scope: Scope, layers: dict[str, Layer], lang: str) -> None:
    try:
        html = deck.deck_html(scope, layers, steps, lang, progress=lambda done: setattr(job, "done", done))
        job.done = job.total
        job.pdf = deck.deck_pdf(html)
    except RuntimeError as error:  # Chromium missing or failing: said on the page, the button offered again
        job.error = str(error)
