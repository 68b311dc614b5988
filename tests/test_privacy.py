"""No personal data of contact persons anywhere: no e-mail address, phone number or name.

The names of the contact persons in the addenda are not written here (that would be the very leak
this guards against); the test holds salted SHA-256 fingerprints of them and compares every run
of one to three words of the project's texts and tables against those. To add a name, put
``fingerprint("first last")`` (and of a rare surname alone) into CONTACT_FINGERPRINTS.
"""

import hashlib
import re
import subprocess

from dashboard.data import read_dataset
from dashboard.dictionary import TABLES
from dashboard.paths import ROOT

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"(?<!\d)0\d{2,3}[ /.]?\d{2,3}[ .]?\d{2}[ .]?\d{2}(?!\d)")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SALT = "regionale-noden:"
# The contact persons of the five addenda: full names and the rarer surnames alone.
CONTACT_FINGERPRINTS = {
    "5a067025fee50dce", "774700072defd86e", "edf1c9124fef07f7", "36ee200a5afffb81", "e17c1e0f87883a76",
    "93a2ad452050fa92", "f21bf136b4273740", "2f498fb267d6b28e", "d0623cc34006a4cd", "94ec9e4b45c93aba",
}
BINARY = {".shp", ".shx", ".dbf", ".pyc", ".parquet", ".png", ".xlsx", ".zip"}
# Made-up contacts in tests: addresses at the reserved example domains, and the phone numbers of
# the redaction tests (names are checked there too).
MADE_UP_EMAIL = re.compile(r"@example\.(?:be|org|com)\b")
MADE_UP_PHONES = {"tests/test_build_redact.py"}


def fingerprint(words: str) -> str:
    """Salted SHA-256 of lowercased words, shortened: enough to recognise a name, not to read it."""
    return hashlib.sha256((SALT + " ".join(words.lower().split())).encode("utf-8")).hexdigest()[:16]


def names_in(text: str, fingerprints: set[str] = CONTACT_FINGERPRINTS) -> list[str]:
    """The runs of one to three words in ``text`` whose fingerprint is among ``fingerprints``."""
    words = WORD.findall(text)
    runs = (" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
    return [run for run in runs if fingerprint(run) in fingerprints]


def _project_texts():
    """Every tracked text file (sources included) and every table of the dataset as text."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split("\n")
    for name in filter(None, tracked):
        file = ROOT / name
        if file.is_file() and file.suffix not in BINARY:
            yield name, file.read_text(encoding="utf-8", errors="ignore")
    tables = read_dataset(ROOT).tables
    for name in TABLES:
        yield f"data/{name}.parquet", tables[name].astype(str).to_csv()


PROJECT_TEXTS = list(_project_texts())


def test__names_in__finds_a_fingerprinted_name_in_running_text():
    made_up = {fingerprint("Jan Peeters")}
    assert names_in("Neem contact op met Jan  PEETERS, coördinator.", made_up) == ["Jan PEETERS"]
    assert names_in("Neem contact op met Jan, coördinator Peeters.", made_up) == []


def test__privacy__no_contact_person_named_anywhere():
    found = [(name, run) for name, text in PROJECT_TEXTS for run in names_in(text)]
    assert found == []


def test__privacy__no_email_address_anywhere():
    found = [(name, match) for name, text in PROJECT_TEXTS for match in EMAIL.findall(text) if not MADE_UP_EMAIL.search(match)]
    assert found == []


def test__privacy__no_phone_number_anywhere():
    found = [(name, match) for name, text in PROJECT_TEXTS if name not in MADE_UP_PHONES for match in PHONE.findall(text)]
    assert found == []
