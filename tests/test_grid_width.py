"""Column widths that fit a table to a laptop's screen (dashboard.views.grid_width), on tiny inline frames."""

import pandas as pd

from dashboard.views.grid_width import KEY_PX, MIN_NARROW_PX, MIN_TEXT_PX, fitted_widths, natural_width, scrolls_on_phone

LONG = "Een lange zin uit een addendum die veel breder is dan een kolom op het scherm " * 2


def test__natural_width__grows_with_the_longest_text_or_heading():
    assert natural_width(pd.Series(["ab"]), "abcdef") == natural_width(pd.Series(["abcdef"]), "ab") > natural_width(
        pd.Series(["ab"]), "ab")


def test__fitted_widths__nothing_to_change_when_the_table_fits():
    assert fitted_widths(pd.DataFrame({"Regio": ["Westhoek"], "Inwoners": [202855]}), fit_px=800) == {}


def test__fitted_widths__a_wide_table_fits_with_its_key_and_numbers_kept_readable():
    frame = pd.DataFrame({"Regio met een lange naam als sleutel van de tabel": ["Midden-West-Vlaanderen"],
                          "Citaat": [LONG], "Toelichting": [LONG], "Aantal uitdagingen waarin de regio het noemt": [3],
                          "Rang van belang": ["12"]})
    widths = fitted_widths(frame, fit_px=800)
    assert set(widths) == set(frame.columns) and sum(widths.values()) <= 800
    assert widths["Regio met een lange naam als sleutel van de tabel"] == KEY_PX
    assert widths["Aantal uitdagingen waarin de regio het noemt"] == widths["Rang van belang"] == MIN_NARROW_PX  # the value, not the heading
    assert widths["Citaat"] == widths["Toelichting"] >= MIN_TEXT_PX


def test__scrolls_on_phone__a_narrow_table_fits_a_wide_one_scrolls():
    assert not scrolls_on_phone(pd.DataFrame({"Regio": ["Westhoek"], "Inwoners": [202855]}))
    assert scrolls_on_phone(pd.DataFrame({"Regio": ["Midden-West-Vlaanderen"], "Citaat": [LONG], "Inwoners": [202855]}))
