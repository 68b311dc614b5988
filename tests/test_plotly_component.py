"""The app's own plotly charts: the vendored bundles are the recorded ones, and each figure gets the lightest
bundle that draws it (dashboard/ui/plotly_component.py). Drawing and clicks are tested in the browser tests."""

import hashlib
import re

import plotly
import plotly.graph_objects as go
import pytest

from dashboard.ui import plotly_component
from dashboard.ui.plotly_component import BASIC, BUNDLES, CARTESIAN, VENDOR, bundle_for
from dashboard.ui.static_geo import static_name

PROVENANCE = (VENDOR / "PROVENANCE.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda b: b.package)
def test__vendored_bundle__hashes_to_the_recorded_sha256(bundle):
    assert hashlib.sha256((VENDOR / bundle.file).read_bytes()).hexdigest() == bundle.sha256


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda b: b.package)
def test__vendored_bundle__is_the_version_and_package_its_provenance_names(bundle):
    header = (VENDOR / bundle.file).read_bytes()[:200].decode("ascii")
    assert f"v{bundle.version}" in header  # the bundle's own banner, e.g. "plotly.js (basic - minified) v4.1.1"
    row = f"| {bundle.file} | {bundle.package} | {bundle.version} | MIT (LICENSE-plotly.js) | {bundle.sha256} |"
    assert row in PROVENANCE
    assert "MIT License" in (VENDOR / "LICENSE-plotly.js").read_text(encoding="utf-8")


def test__vendored_bundle__is_the_plotly_js_version_plotly_python_writes_for():
    full = (VENDOR.parents[2] / "requirements.txt").read_text()  # the pinned plotly, whose own plotly.js names its version
    assert f"plotly=={plotly.__version__}" in full
    shipped = plotly.offline.get_plotlyjs_version()
    assert {b.version for b in BUNDLES} == {shipped}


def test__bundle_for__bars_and_scatters_take_the_basic_bundle():
    fig = go.Figure([go.Bar(x=[1], y=["a"]), go.Scatter(x=[1], y=[2], mode="markers")])
    assert bundle_for(fig) == BASIC


def test__bundle_for__a_heatmap_takes_the_cartesian_bundle():
    fig = go.Figure([go.Heatmap(z=[[1, 2], [3, 4]]), go.Scatter(x=[1], y=[2])])
    assert bundle_for(fig) == CARTESIAN


def test__published__writes_the_vendored_bytes_under_a_name_of_their_hash(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIONAL_NEEDS_CACHE", str(tmp_path))
    plotly_component.published.cache_clear()
    try:
        served = plotly_component.published(BASIC)
    finally:
        plotly_component.published.cache_clear()
    vendored = (VENDOR / BASIC.file).read_bytes()
    assert served == f"app/static/{static_name('plotly-basic', '.min.js', vendored)}"
    assert re.fullmatch(r"app/static/plotly-basic-[0-9a-f]{12}\.min\.js", served)
    assert (tmp_path / "static" / served.rsplit("/", 1)[-1]).read_bytes() == vendored
