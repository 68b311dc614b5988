"""dashboard.figures.style: a distinct colour for every region, however many partnerships the dataset holds, and
the dates Vega writes in the reader's language."""

import re

import vl_convert

from dashboard.figures.style import REGION_COLOURS, region_colours, told_by_hue, vega_config


def test__region_colours__the_first_five_keep_the_tested_palette():
    ids = [f"r{i}" for i in range(12)]
    assert [region_colours(ids)[r] for r in ids[:5]] == REGION_COLOURS


def test__region_colours__43_partnerships_get_43_distinct_colours():
    colours = region_colours([f"r{i}" for i in range(43)])
    assert len(set(colours.values())) == 43
    assert all(len(c) == 7 and c.startswith("#") for c in colours.values())


def test__region_colours__a_region_keeps_its_colour_when_others_are_added():
    ids = [f"r{i}" for i in range(8)]
    assert region_colours(ids[:6]).items() <= region_colours(ids).items()


def test__told_by_hue__five_regions_by_colour_a_sixth_by_label():
    assert told_by_hue(5) and told_by_hue(1)
    assert not told_by_hue(6) and not told_by_hue(43)


def test__vega_config__vega_names_months_and_days_in_the_reader_s_language():
    for lang, written in (("nl", "maandag 15 mei (mei)"), ("en", "Monday 15 May (May)")):
        spec = {"data": {"values": [{"day": "2023-05-15T12:00:00"}]}, "mark": "text", "config": vega_config(lang),
                "encoding": {"text": {"field": "day", "type": "temporal", "format": "%A %-d %B (%b)"}}}
        assert re.findall(r"<text[^>]*>([^<]*)</text>", vl_convert.vegalite_to_svg(spec)) == [written]
