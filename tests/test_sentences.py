"""Cutting an addendum into sentences with their paragraphs: wrapped lines joined, bullets and headings apart,
page headers left out."""

from dashboard.domain.sentences import sentences

WIDE = ("Slot" + " x" * 48, " x" * 50, " x" * 49 + ".")  # a closing paragraph of full-width lines sets what is short


def _text(*lines: str) -> str:
    return "\n\n".join(lines + WIDE) + "\n"


def test__sentences__wrapped_lines_join_and_sentences_split_at_a_full_stop_before_a_capital():
    text = _text("Deze jongeren hebben weinig structuur in hun leven en vaak ook geen dagritme dat hen helpt om op tijd te",
                 "komen. Ze zijn vaak moe, bv. door gamen. Tot slot een kort einde.")
    found = [s.text for s in sentences(text)]
    assert found[:3] == ["Deze jongeren hebben weinig structuur in hun leven en vaak ook geen dagritme dat hen helpt om op tijd te komen.",
                         "Ze zijn vaak moe, bv. door gamen.", "Tot slot een kort einde."]


def test__sentences__each_bullet_is_a_sentence_and_the_list_with_its_lead_in_one_paragraph():
    text = _text("De obstakels zijn:", "- Laaggeschoold", "- Beperkte kennis van Nederlandse taal;", "● Regio-uitdaging 2")
    found = sentences(text)
    assert [s.text for s in found[:4]] == ["De obstakels zijn:", "Laaggeschoold", "Beperkte kennis van Nederlandse taal;",
                                          "Regio-uitdaging 2"]
    assert found[1].paragraph == "De obstakels zijn: - Laaggeschoold - Beperkte kennis van Nederlandse taal;"
    assert found[3].paragraph == "● Regio-uitdaging 2"  # a heading stands alone


def test__sentences__offsets_point_at_the_sentence_in_the_text():
    text = _text("- Werkloos", "Een zin. Nog een zin.")
    for sentence in sentences(text):
        assert " ".join(text[sentence.start:sentence.end].split()) == sentence.text


def test__sentences__a_page_header_repeated_on_every_page_is_left_out_but_a_repeated_bullet_is_kept():
    header = ("I", "Capacity Building Lokale Partnerschappen")  # as every page of the PDF ends
    text = _text(*header, "- Laaggeschoold", *header, "- Laaggeschoold", *header)
    assert [s.text for s in sentences(text)][:2] == ["Laaggeschoold", "Laaggeschoold"]


def test__sentences__a_line_that_opens_with_a_small_letter_goes_on_with_the_short_line_before_it():
    text = _text("Bereikbaarheid van de doelgroep (absenteïsme op", "afspraken), zelfinzicht (onderschatting /", "overschatting).",
                 "Er is nood aan een brugfiguur.")
    assert [s.text for s in sentences(text)][:2] == ["Bereikbaarheid van de doelgroep (absenteïsme op afspraken), zelfinzicht "
                                                     "(onderschatting / overschatting).", "Er is nood aan een brugfiguur."]


def test__sentences__a_running_bullet_marked_like_a_heading_goes_on_over_its_lines():
    text = _text("● Een groot aantal personen vindt de weg niet. Voelen zich", "vaak te weinig verbonden.", "● Volgende")
    assert [s.text for s in sentences(text)][:3] == ["Een groot aantal personen vindt de weg niet.",
                                                     "Voelen zich vaak te weinig verbonden.", "Volgende"]
