"""Where in the addenda something stands: per region, stacked bars by part of the text (a Vega-Lite chart,
dashboard.figures.vega_chart)."""

import pandas as pd

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.vega_chart import HOVER, TOP_LEGEND, hover, layered, ticks
from dashboard.text.i18n import localise_columns
from dashboard.text.numbers import number

# Tol's muted scheme: seven parts told apart, also in greyscale
PART_COLOURS = ["#332288", "#88CCEE", "#44AA99", "#117733", "#DDCC77", "#CC6677", "#AA4499"]
BAR_PX = 40  # a region's bar, with room between bars


def section_bars(counts: pd.DataFrame, regions: list[str], parts: list[str], value_label: str, title: str, *,
                 columns: dict[str, str], lang: str) -> Chart:
    """``counts`` (region, part, n) as one bar per region, first region on top, one colour per part in ``parts``
    order (a part nobody counts is left out, of the bars and of the legend, which stands above them); the table shows
    ``columns`` (column -> i18n key of its label)."""
    colours = dict(zip(parts, PART_COLOURS))
    counted = [part for part in parts if counts.loc[counts["part"] == part, "n"].sum()]
    drawn = counts[counts["part"].isin(counted) & (counts["n"] > 0)]
    rows = pd.DataFrame({"region": drawn["region"], "part": drawn["part"], "n": drawn["n"].astype(int),
                         "order": drawn["part"].map(counted.index),
                         HOVER: [hover(f"{region} · {part}: {number(n, lang)}")
                                 for region, part, n in zip(drawn["region"], drawn["part"], drawn["n"])]})
    spec = layered(title, rows, [{
        "mark": {"type": "bar"},
        "encoding": {
            "y": {"field": "region", "type": "nominal", "sort": regions, "title": None, "scale": {"domain": regions}},
            "x": {"aggregate": "sum", "field": "n", "type": "quantitative", "title": value_label,
                  "axis": ticks(max(drawn.groupby("region")["n"].sum(), default=0))},
            "color": {"field": "part", "type": "nominal", "title": None,
                      "scale": {"domain": counted, "range": [colours[part] for part in counted]},
                      "legend": TOP_LEGEND},
            "order": {"field": "order"},
            "description": {"field": HOVER},
        },
    }], height=BAR_PX * len(regions), lang=lang)
    series = {part: (regions, counts[counts["part"] == part].set_index("region")["n"].reindex(regions, fill_value=0).to_numpy())
              for part in counted}
    return Chart(spec, title, localise_columns(counts, columns, lang), ", ".join(counted),
                 describe.sentence(title, describe.bars(series, lang), lang))
