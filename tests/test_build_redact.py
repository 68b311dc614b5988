"""redact(): the contact block of an addendum loses names, e-mails and phones, the deadline survives."""

from dashboard.builder.redact import CONTACT_PLACEHOLDER, redact

ADDENDUM = """Lokaal Addendum
Lokaal werkingsgebied: Brugge
Lokale contactpersoon 
Heb je inhoudelijke vragen over het addendum? Neem dan contact op met Jan Peeters,
jan.peeters@example.be, 0470 12 34 56.
U dient uw kandidatuur voor vrijdag 9 juni 2023 om 23u59 in te dienen via volgend emailadres: kandidaturen@example.be
Aanleveren kandidatuur: Jan Peeters, 0470 12 34 56.
mailto:jan.peeters@example.be
 Persona’s 
Regio-uitdaging 1 gebaseerd op persona Saled en Nora
Vragen? Mail info@example.org of bel 050 99 88 77.
"""


def test__redact__drops_the_contact_name():
    assert "Jan Peeters" not in redact(ADDENDUM)
    assert "Peeters" not in redact(ADDENDUM)


def test__redact__drops_the_contact_email_and_phone():
    redacted = redact(ADDENDUM)
    assert "jan.peeters" not in redacted
    assert "@example.be" not in redacted
    assert "0470" not in redacted
    assert "12 34 56" not in redacted


def test__redact__marks_the_cut_with_a_placeholder():
    lines = redact(ADDENDUM).splitlines()
    assert lines[2] == CONTACT_PLACEHOLDER
    assert "Lokale contactpersoon" not in [line.strip() for line in lines]


def test__redact__keeps_the_candidacy_deadline_line_without_its_email():
    redacted = redact(ADDENDUM)
    assert "U dient uw kandidatuur voor vrijdag 9 juni 2023 om 23u59 in te dienen via volgend emailadres: [e-mail verwijderd]" in redacted


def test__redact__drops_a_candidacy_line_that_holds_a_phone():
    assert "Aanleveren kandidatuur" not in redact(ADDENDUM)


def test__redact__keeps_the_text_around_the_block():
    redacted = redact(ADDENDUM)
    assert redacted.startswith("Lokaal Addendum\nLokaal werkingsgebied: Brugge\n")
    assert " Persona’s \nRegio-uitdaging 1 gebaseerd op persona Saled en Nora\n" in redacted


def test__redact__masks_email_and_phone_outside_the_block():
    redacted = redact(ADDENDUM)
    assert "info@example.org" not in redacted
    assert "050 99 88 77" not in redacted
    assert "Vragen? Mail [e-mail verwijderd] of bel [telefoon verwijderd]." in redacted


def test__redact__masks_email_and_phone_in_a_text_without_contact_block():
    assert redact("Bel 0470 12 34 56 of mail a.b@example.be.\n") == "Bel [telefoon verwijderd] of mail [e-mail verwijderd].\n"


def test__redact__leaves_dates_and_figures_alone():
    text = "Lancering: 05 05 2023. Regio van 1198 km² en 227 813 inwoners.\n"
    assert redact(text) == text


def test__redact__is_idempotent():
    once = redact(ADDENDUM)
    assert redact(once) == once
