"""Our own curated sentences in the reader's language: which column, and Dutch where no English exists."""

import pandas as pd

from dashboard.text.curated_text import column_in_language, in_language, text_column


def test__text_column__dutch_names_differ_per_sentence_english_ends_in_en():
    assert [text_column(b, "nl") for b in ("statement", "title", "flag_note", "caveat")] == [
        "statement_nl", "title", "flag_note", "caveat_nl"]
    assert [text_column(b, "en") for b in ("statement", "title", "flag_note")] == ["statement_en", "title_en", "flag_note_en"]


def test__column_in_language__english_with_dutch_where_english_is_missing():
    frame = pd.DataFrame({"caveat_nl": ["Geen nieuwe projecten.", "Ook +30."], "caveat_en": ["No new projects.", None]})
    assert column_in_language(frame, "caveat", "nl").tolist() == ["Geen nieuwe projecten.", "Ook +30."]
    assert column_in_language(frame, "caveat", "en").tolist() == ["No new projects.", "Ook +30."]


def test__in_language__one_row():
    row = {"title": "Jongvolwassenen", "title_en": "Young adults"}
    assert (in_language(row, "title", "en"), in_language(row, "title", "nl")) == ("Young adults", "Jongvolwassenen")
    assert in_language({"title": "Jongvolwassenen", "title_en": None}, "title", "en") == "Jongvolwassenen"
