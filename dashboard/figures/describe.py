"""The words of a chart's text alternative (``Chart.description``), for those who cannot see the chart
(screen readers, a poor projector). Each figure builder says what it drew with these, so that every
chart speaks alike; the table below each chart has the rest."""

from collections.abc import Iterable

import pandas as pd

from dashboard.text.i18n import tr
from dashboard.text.numbers import number

TOP = 3  # how many of the largest values a sentence names


def sentence(title: str, text: str, lang: str) -> str:
    """"<title> — <what it holds>"."""
    return tr("a11y.description", lang, text=f"{title} — {text}" if title else text)


def bars(series: dict[str, tuple[list, list]], lang: str) -> str:
    """Bars (series name -> labels, lengths): one series by its number of bars and the largest, several by their names."""
    if len(series) == 1:
        [(labels, values)] = series.values()
        return tr("a11y.bars", lang, n=len(values), top=top(zip(labels, values), lang))
    return named_series(list(series), lang)


def named_series(names: list[str], lang: str) -> str:
    """A chart of several series (lines, stacked bars) by their names; nothing when it has none."""
    return tr("a11y.series", lang, n=len(names), names=", ".join(str(name) for name in names)) if names else ""


def grid(rows: int, columns: int, cells: list[tuple[str, float]], lang: str) -> str:
    """A grid of ``rows`` x ``columns`` by its filled ``cells`` (label, value) and the largest of them."""
    return tr("a11y.grid", lang, rows=rows, cols=columns, filled=len(cells), top=top(cells, lang))


def map_by_category(values: pd.Series, categories: Iterable[str], lang: str) -> str:
    """A map of ``values`` (a municipality each) coloured by category: how many of each, in the legend's order."""
    counts = values.value_counts()
    parts = ", ".join(tr("a11y.map_part", lang, name=name, n=counts[name]) for name in categories if name in counts)
    return tr("a11y.map", lang, n=len(values), parts=parts)


def map_by_value(values: pd.Series, label: str, lang: str) -> str:
    """A map of ``values`` (a municipality each) shaded by the number ``label`` names: from its lowest to its highest."""
    scale = tr("a11y.map_scale", lang, label=label, low=figure(values.min(), lang), high=figure(values.max(), lang))
    return tr("a11y.map", lang, n=len(values), parts=scale)


def top(pairs: Iterable[tuple[str, float]], lang: str) -> str:
    ranked = sorted(pairs, key=lambda pair: -pair[1])[:TOP]
    return ", ".join(f"{label} ({figure(value, lang)})" for label, value in ranked)


def figure(value, lang: str) -> str:
    """Whole numbers and large ones without decimals, shares with two."""
    return number(value, lang, decimals=0 if float(value).is_integer() or abs(value) >= 100 else 2)
