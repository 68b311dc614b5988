"""A full review of one held-out region in the curator's app, timed in Chromium.

    python benchmarks/curate_review.py [--region midden-west-vlaanderen] [--no-publish]

The region is drafted by `python -m dashboard.builder draft` from the codebook and the other regions only. The
region's curated file is the answer key (dashboard.curate.replay): Playwright then reviews the draft in
`python -m dashboard.curate` as a curator would with the keyboard, one key per decision (`a` accept, `x`
reject), typing the fields a decision changes and pasting each addition's quote, with one selection of the part
per run of additions, and `shift+w` to write the region file. The clock runs from opening the draft to the
written file. This is a scripted review, not a person's: it knows every answer, never reads, and types at
machine speed, so it times the app and the number of decisions, not a curator's thinking.

The written file is compared with the one the same decisions give through the review's functions
(tests/test_curate_roundtrip.py builds that one and finds every table of the region equal to the dataset's).
The figures go into benchmarks/RESULTS.md between the curate-review markers.
"""

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from dashboard.core.paths import ROOT  # noqa: E402
from dashboard.curate.labels import PART_NAMES  # noqa: E402
from dashboard.curate.replay import Decision, answer_key, play  # noqa: E402
from dashboard.text.marked_sections import write_section  # noqa: E402
from dashboard.curate.review import (DRAFT_VARIABLE, TARGET_VARIABLE, field_text, fields_of, load_review,  # noqa: E402
                                     region_file, tally)
from tests.browser import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402

SECTION = "curate-review"  # its part of RESULTS.md (dashboard.text.marked_sections)
STEP_MS = 120_000  # the longest one decision may take on a loaded machine before the run counts as failed
IDLE = "() => document.querySelector(\"[data-testid='stApp']\")?.dataset.testScriptState === 'notRunning'"


def make_draft(region: str, folder: Path) -> tuple[Path, float]:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "dashboard.builder", "draft", str(ROOT / "data" / "sources" / f"{region}.txt"),
                    "--region", region, "--out", str(folder)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return folder / f"{region}.yaml", time.monotonic() - started


class Curator:
    """The keyboard and the few selections of a curator, on the app's page; counts what it does."""

    def __init__(self, page, total: int):
        self.page, self.total, self.decided = page, total, 0
        self.keys = self.fields = self.selections = 0
        self.part = None

    def wait_progress(self) -> None:
        self.page.get_by_text(f"{self.decided} van {self.total} beslist", exact=False).first.wait_for(timeout=STEP_MS)

    def _press(self, key: str) -> None:
        """A shortcut key, once the app's script has finished (a key pressed while the page is redrawn is lost)."""
        self.page.wait_for_function(IDLE, timeout=STEP_MS, polling=50)
        self.page.get_by_role("button", name="Volgende / Next").first.wait_for(timeout=STEP_MS)
        self.page.evaluate("document.activeElement && document.activeElement.blur()")  # keys to the page
        self.page.keyboard.press(key)
        self.keys += 1

    def _type(self, key: str, value) -> None:
        box = self.page.locator(f".st-key-{key} input, .st-key-{key} textarea").first
        box.fill(field_text(value))
        box.evaluate("element => element.blur()")  # Streamlit takes a field's value when it loses focus
        self.fields += 1

    def decide(self, position: int, decision: Decision) -> None:
        for name, value in decision.changes.items():
            self._type(f"item{position}-{name}", value)
        self._press("a" if decision.verdict == "accepted" else "x")
        self.decided += 1
        self.wait_progress()
        if self.decided % 25 == 0:
            print(f"{self.decided} of {self.total} decided", file=sys.stderr, flush=True)

    def add(self, decision: Decision, additions: int) -> None:
        if decision.part != self.part:
            self.page.wait_for_function(IDLE, timeout=STEP_MS, polling=50)
            self.page.locator(".st-key-addition-part input").first.click()  # the part's box: type to pick
            self.page.keyboard.press("Control+A")
            self.page.keyboard.type(PART_NAMES[decision.part])
            self.page.keyboard.press("Enter")
            self.page.locator(f".st-key-add{additions}-{decision.part}-quote").wait_for(timeout=STEP_MS)
            self.part, self.selections = decision.part, self.selections + 1
        for name in fields_of(decision.part):
            if decision.changes.get(name) is not None:
                self._type(f"add{additions}-{decision.part}-{name}", decision.changes[name])
        self._press("Control+Enter")
        self.decided, self.total = self.decided + 1, self.total + 1
        self.wait_progress()


def review_in_browser(draft: Path, decisions: list[Decision], items: int, target: Path) -> dict:
    env = {**os.environ, DRAFT_VARIABLE: str(draft), TARGET_VARIABLE: str(target)}
    with streamlit_server(env=env, script=ROOT / "dashboard" / "curate" / "app.py", launcher=("streamlit", "run")) as url, \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        started, load = time.monotonic(), os.getloadavg()[0]
        page.goto(url)
        curator = Curator(page, items)
        curator.wait_progress()
        additions = 0
        for decision in decisions:
            if decision.verdict == "added":
                curator.add(decision, additions)
                additions += 1
            else:
                curator.decide(decision.index, decision)
        curator._press("Shift+W")
        page.get_by_text("Geschreven / Written").wait_for(timeout=STEP_MS)
        seconds = time.monotonic() - started
        browser.close()
    return {"seconds": seconds, "keys": curator.keys, "fields": curator.fields, "selections": curator.selections,
            "load": (load, os.getloadavg()[0])}


def section(region: str, timing: dict, counts: dict, draft_seconds: float, equal: bool, items: int) -> str:
    total = {k: sum(c[k] for c in counts.values()) for k in ("accepted", "changed", "rejected", "added")}
    rows = [f"| {PART_NAMES[p].split(' / ')[1]} | " + " | ".join(str(c[k]) for k in ("accepted", "changed", "rejected", "added"))
            + " |" for p, c in counts.items() if any(c.values())]
    minutes = timing["seconds"] / 60
    return "\n".join([
        f"## A full review in the curator's app, timed ({dt.date.today().isoformat()})", "",
        f"`python benchmarks/curate_review.py --region {region}`: {region} drafted from the codebook and the other four "
        f"regions only ({items} suggestions, drafted in {draft_seconds:.0f} s), then reviewed in "
        "`python -m dashboard.curate` in Chromium, with the region's curated file as the answer key "
        "(`dashboard/curate/replay.py`). **A scripted review, not a person's**: Playwright knows every answer, reads "
        "nothing and types at machine speed, so this times the app and counts the decisions; a person's time stays "
        "unmeasured until a person does it.", "",
        f"- Wall time from opening the draft to the written region file: **{timing['seconds']:.0f} s "
        f"({minutes:.1f} min)**, on 2 shared cores (load average {timing['load'][0]:.1f} at the start, "
        f"{timing['load'][1]:.1f} at the end).",
        f"- Decisions: {sum(total.values())} ({total['accepted']} accepted as drafted, {total['changed']} accepted "
        f"with changed fields, {total['rejected']} rejected, {total['added']} added); {timing['keys']} shortcut keys, "
        f"{timing['fields']} fields typed or pasted (the changed fields, and every field of an addition), "
        f"{timing['selections']} selections of the part to add to.",
        f"- The written file {'equals' if equal else 'DIFFERS from'} the one the same decisions give through the "
        "review's functions, which tests/test_curate_roundtrip.py builds into a dataset whose every table equals the "
        "committed one for this region.", "",
        "| part | accepted as drafted | changed | rejected | added |", "| --- | --- | --- | --- | --- |", *rows])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--region", default="midden-west-vlaanderen")
    parser.add_argument("--no-publish", action="store_true", help="print the figures, leave RESULTS.md alone")
    args = parser.parse_args()
    curated = yaml.safe_load((ROOT / "data" / "curated" / "regions" / f"{args.region}.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        draft, draft_seconds = make_draft(args.region, Path(tmp))
        review = load_review(draft)
        decisions = answer_key(review, curated)
        items = len(review.items)
        play(review, decisions)
        target = Path(tmp) / "written" / f"{args.region}.yaml"
        timing = review_in_browser(draft, decisions, items, target)
        written = yaml.safe_load(target.read_text(encoding="utf-8"))
        expected = yaml.safe_load(yaml.safe_dump(region_file(review), allow_unicode=True, sort_keys=False))
    text = section(args.region, timing, tally(review), draft_seconds, written == expected, items - 1)
    print(text)
    if not args.no_publish:
        write_section(ROOT / "benchmarks" / "RESULTS.md", SECTION, text)
    return 0 if written == expected else 1


if __name__ == "__main__":
    sys.exit(main())
