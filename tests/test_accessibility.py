"""Accessibility: a region palette that survives greyscale and colour blindness, and axe-core on
every page in Dutch, in English and in presentation mode, in real Chromium; presentation mode by
keyboard."""

import itertools

import numpy as np
import pytest

from dashboard.figures.style import REGION_COLOURS
from dashboard.core.navigation import PAGES
from tests.browser import CHROMIUM, wait_for_maps

MIN_LIGHTNESS_GAP = 12  # CIELAB L*: apart in greyscale
MIN_SIMULATED_GAP = 20  # CIELAB ΔE76 between any two regions under each simulated colour blindness
# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB
COLOUR_BLINDNESS = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
WHITE = np.array([0.9505, 1.0, 1.089])


def linear_rgb(colour: str) -> np.ndarray:
    channels = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)


def cielab(linear: np.ndarray) -> np.ndarray:
    xyz = SRGB_TO_XYZ @ linear / WHITE
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def lightness_gap(colours: list[str]) -> float:
    """The smallest difference in CIELAB lightness between two colours: what greyscale keeps."""
    return min(abs(cielab(linear_rgb(a))[0] - cielab(linear_rgb(b))[0]) for a, b in itertools.combinations(colours, 2))


def simulated_gap(colours: list[str], matrix: list[list[float]]) -> float:
    """The smallest ΔE76 between two colours as a colour-blind eye sees them."""
    seen = [cielab(np.clip(np.array(matrix) @ linear_rgb(c), 0, 1)) for c in colours]
    return min(float(np.linalg.norm(a - b)) for a, b in itertools.combinations(seen, 2))


def test__lightness_gap__fails_for_two_hues_of_equal_lightness():
    assert lightness_gap(["#E69F00", "#56B4E9"]) < 5  # orange and sky blue: one grey
    assert lightness_gap(["#000000", "#ffffff"]) == pytest.approx(100, abs=0.1)


def test__simulated_gap__fails_for_red_and_green_under_deuteranopia():
    assert simulated_gap(["#d62728", "#2ca02c"], COLOUR_BLINDNESS["deuteranopia"]) < MIN_SIMULATED_GAP


def test__region_palette__stays_apart_in_greyscale():
    assert lightness_gap(REGION_COLOURS) >= MIN_LIGHTNESS_GAP


@pytest.mark.parametrize("kind", list(COLOUR_BLINDNESS))
def test__region_palette__stays_apart_for_colour_blind_eyes(kind):
    assert simulated_gap(REGION_COLOURS, COLOUR_BLINDNESS[kind]) >= MIN_SIMULATED_GAP


# axe-core in Chromium

PATHS = [path for _, _, path in PAGES]
VIEWS = ([(path, "") for path in PATHS] + [(path, "taal=EN") for path in PATHS]
         + [(path, f"presentatie=true&stap={i % 5 + 1}") for i, path in enumerate(PATHS)])  # every step kind


def wait_until_drawn(page) -> None:
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", state="attached", timeout=60_000)
    wait_for_maps(page)  # the drawings are placed after the script ends


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("path, query", VIEWS, ids=[f"/{p}?{q}" for p, q in VIEWS])
def test__axe__no_serious_or_critical_violation(server, page, path, query):
    """Streamlit's own markup included: the one exception, st.table's scroll area, went with st.table."""
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{server}/{path}?{query}")
    wait_until_drawn(page)
    violations = Axe().run(page).response["violations"]
    found = {v["id"]: [str(node["target"]) for node in v["nodes"]] for v in violations if v["impact"] in ("serious", "critical")}
    assert found == {}
    assert page.outside_requests == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test__presentation__runs_by_keyboard_in_large_type_without_chrome(server, page):
    page.goto(f"{server}/kaart?presentatie=true")
    wait_until_drawn(page)
    # the chrome goes once the page's style has arrived; a timeout here means it stayed
    page.locator("[data-testid='stSidebar']").wait_for(state="hidden", timeout=30_000)
    page.locator("[data-testid='stHeader']").wait_for(state="hidden", timeout=30_000)
    size = page.locator("h1").first.evaluate("h => parseFloat(getComputedStyle(h).fontSize)")
    assert size >= 40
    first = page.locator("h1").first.inner_text()
    page.keyboard.press("ArrowRight")
    page.wait_for_url("**stap=2**", timeout=30_000)
    page.wait_for_function("before => document.querySelector('h1').innerText !== before", arg=first, timeout=30_000)
    page.keyboard.press("ArrowLeft")
    page.wait_for_url("**stap=1**", timeout=30_000)
    page.keyboard.press("Escape")
    page.locator("[data-testid='stSidebar']").wait_for(state="visible", timeout=30_000)
    assert "presentatie" not in page.url
    assert page.outside_requests == []
