"""Remove contact persons' personal data from a source text before it is vendored.

The addenda end with a "Lokale contactpersoon" block holding names, e-mail addresses and
phone numbers. Of that block only the lines about handing in a candidacy survive (they hold
the deadline, a timeline fact) unless they hold a phone number; a placeholder marks the cut.
E-mail addresses and phone numbers anywhere are masked too.
"""

import re

CONTACT_HEADING = "Lokale contactpersoon"
CONTACT_PLACEHOLDER = "[Lokale contactpersoon: persoonsgegevens verwijderd]"
# Headings that follow the contact block in some addenda; the block ends there.
NEXT_HEADINGS = ("Persona", "Persona’s", "Regio-uitdagingen")

EMAIL = re.compile(r"(mailto:)?[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Belgian numbers as the addenda write them: a leading 0, then groups of two or three digits.
PHONE = re.compile(r"(?<![\d+])(?:0\d{2,3}|\+32 ?\d{1,3})(?: ?\d{2,3}){2,3}(?!\d)")


def redact(text: str) -> str:
    """Return ``text`` with the contact block dropped and stray e-mails and phones masked."""
    lines = text.splitlines()
    kept: list[str] = []
    in_contact = False
    for line in lines:
        stripped = line.strip()
        if stripped == CONTACT_HEADING:
            in_contact = True
            kept.append(CONTACT_PLACEHOLDER)
            continue
        if in_contact and stripped in NEXT_HEADINGS:
            in_contact = False
        if not in_contact or _is_candidacy_line(line):
            kept.append(line)
    redacted = "\n".join(kept) + "\n"
    redacted = EMAIL.sub("[e-mail verwijderd]", redacted)
    return PHONE.sub("[telefoon verwijderd]", redacted)


def _is_candidacy_line(line: str) -> bool:
    """A contact-block line about handing in a candidacy, with no phone (and so no name)."""
    return "kandidatuur" in line and PHONE.search(line) is None
