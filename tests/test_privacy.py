"""No personal data of contact persons anywhere: no e-mail address, phone number or name, neither
in the tree and the dataset nor in any blob of the git history (but the known ones listed below).

The names of the contact persons in the addenda are not written here (that would be the very leak
this guards against); the test holds salted SHA-256 fingerprints of them and compares every run
of one to three words of the project's texts and tables against those. To add a name, put
``fingerprint("first last")`` (and of a rare surname alone) into CONTACT_FINGERPRINTS.
"""

import hashlib
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.resources import RESOURCES
from dashboard.core.paths import ROOT

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# A Belgian number as the addenda write it: 0 (or +32) and groups of digits; phones_in() counts them.
PHONE = re.compile(r"(?<![\w.,+])(?:\+32 ?|0)\d{1,3}(?:[ ./-]?\d{2,3}){2,3}(?!\w)")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SALT = "regionale-noden:"
# The contact persons of the five addenda: full names and the rarer surnames alone.
CONTACT_FINGERPRINTS = {
    "5a067025fee50dce", "774700072defd86e", "edf1c9124fef07f7", "36ee200a5afffb81", "e17c1e0f87883a76",
    "93a2ad452050fa92", "f21bf136b4273740", "2f498fb267d6b28e", "d0623cc34006a4cd", "94ec9e4b45c93aba",
}
BINARY = {".shp", ".shx", ".dbf", ".pyc", ".parquet", ".png", ".xlsx", ".zip"}
# Made-up contacts in tests: addresses at the reserved example domains (example.be/.org/.com and the
# .example top-level domain), and the invented phone numbers of the tests (as digits; names are
# checked there too).
MADE_UP_EMAIL = re.compile(r"@(?:example\.(?:be|org|com)|[\w-]+\.example)\b")
MADE_UP_PHONES = {"0470123456", "050998877", "0497001122"}
# Blobs of the project's history that hold a contact number of an addendum. They stay reachable
# until the history is rewritten before publication (SECURITY.md); then remove them here.
KNOWN_HISTORICAL_BLOBS = {
    "53be37b9e390dce78c44edae2cb90989e479973b": "dashboard/build/redact.py as first committed (f7c8c88): a comment "
                                                "quoted three contact numbers of the addenda; gone since f1597bc",
    "b6541baa11ef44523a53b8cef55e92715236adeb": "tests/test_build_redact.py as committed in d509a40: a fixture phone "
                                                "whose digits are an addendum's contact number; invented since issue 16",
}


# Third-party files once vendored byte for byte from their npm release, and still in the history: plotly.js's basic
# and cartesian bundles 4.1.1 (dashboard/ui/vendor/, until the charts were drawn on the server). Their licence banners
# credit library authors, who are no contact persons of the addenda, and their minified code holds runs of digits that
# read as phone numbers.
VENDORED = {"dashboard/ui/vendor/plotly-basic.min.js": "99784e3abfb07b142a15e521a439e6d9addceadb3f79553fd24c72774f0649ba",
            "dashboard/ui/vendor/plotly-cartesian.min.js": "79542150855a52c567260e3137095dbe2b744e6d702a5cabe67da246942fba7a"}
VENDORED_SHA256 = set(VENDORED.values())


def is_vendored(content: bytes) -> bool:
    return hashlib.sha256(content).hexdigest() in VENDORED_SHA256


def fingerprint(words: str) -> str:
    """Salted SHA-256 of lowercased words, shortened: enough to recognise a name, not to read it."""
    return hashlib.sha256((SALT + " ".join(words.lower().split())).encode("utf-8")).hexdigest()[:16]


def names_in(text: str, fingerprints: set[str] = CONTACT_FINGERPRINTS) -> list[str]:
    """The runs of one to three words in ``text`` whose fingerprint is among ``fingerprints``."""
    words = WORD.findall(text)
    runs = (" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
    return [run for run in runs if fingerprint(run) in fingerprints]


def phones_in(text: str, made_up: set[str] = MADE_UP_PHONES) -> list[str]:
    """Belgian phone numbers in ``text`` (9 or 10 digits from the leading 0, in any grouping) that
    are none of the ``made_up`` ones."""
    found = []
    for match in PHONE.findall(text):
        digits = re.sub(r"\D", "", match.replace("+32", "0"))
        if len(digits) in (9, 10) and digits not in made_up:
            found.append(match)
    return found


def contact_data(text: str, made_up_phones: set[str] = MADE_UP_PHONES) -> list[str]:
    """Every e-mail address (but the example domains), phone number and contact name in ``text``."""
    return [m for m in EMAIL.findall(text) if not MADE_UP_EMAIL.search(m)] + phones_in(text, made_up_phones) + names_in(text)


def _project_texts():
    """Every tracked text file (sources included) and every table of the dataset as text."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split("\n")
    for name in filter(None, tracked):
        file = ROOT / name
        if file.is_file() and file.suffix not in BINARY and not is_vendored(file.read_bytes()):
            yield name, file.read_text(encoding="utf-8", errors="ignore")
    tables = read_dataset(ROOT).tables
    for name in RESOURCES:
        yield f"data/{name}.parquet", tables[name].astype(str).to_csv()


def history_texts(repo: Path) -> Iterator[tuple[str, str, str]]:
    """(blob id, path, text) of every text blob reachable from the commit checked out in ``repo``:
    whatever any commit of its history added, also what a later commit took away again."""
    listing = _git(repo, "rev-list", "--objects", "HEAD").decode().splitlines()
    paths = dict(line.split(" ", 1) for line in listing if " " in line)  # commits and the root trees have no path
    contents = _git(repo, "cat-file", "--batch", stdin="\n".join(paths).encode())
    at = 0
    while at < len(contents):
        header_end = contents.index(b"\n", at)
        blob, kind, size = contents[at:header_end].decode().split(" ")
        body = contents[header_end + 1:header_end + 1 + int(size)]
        at = header_end + 1 + int(size) + 1
        if kind == "blob" and Path(paths[blob]).suffix not in BINARY and b"\0" not in body and not is_vendored(body):
            yield blob, paths[blob], body.decode("utf-8", errors="ignore")


def history_problems(repo: Path, made_up_phones: set[str] = MADE_UP_PHONES) -> dict[str, tuple[str, list[str]]]:
    """blob id -> (path, contact data found) for each blob of the history of ``repo`` that holds any."""
    return {blob: (path, found) for blob, path, text in history_texts(repo) if (found := contact_data(text, made_up_phones))}


def _git(repo: Path, *args: str, stdin: bytes | None = None) -> bytes:
    return subprocess.run(["git", *args], cwd=repo, input=stdin, capture_output=True, check=True).stdout


PROJECT_TEXTS = list(_project_texts())


def test__names_in__finds_a_fingerprinted_name_in_running_text():
    made_up = {fingerprint("Jan Peeters")}
    assert names_in("Neem contact op met Jan  PEETERS, coördinator.", made_up) == ["Jan PEETERS"]
    assert names_in("Neem contact op met Jan, coördinator Peeters.", made_up) == []


@pytest.mark.parametrize("written", ["0497 00 11 22", "0497/00.11.22", "050 998 877", "050 99 88 77", "+32 50 99 88 77",
                                     "0497001122"])
def test__phones_in__finds_a_number_however_grouped(written):
    assert phones_in(f"Bel {written}.", made_up=set()) == [written]


@pytest.mark.parametrize("text", ["Lancering: 05 05 2023.", "227 813 inwoners", "sha256: 0497001122a1b2", "0.0497001122",
                                  "NIS 31005", "Bel 050 99 88 77."])
def test__phones_in__leaves_dates_figures_hashes_and_the_made_up_numbers(text):
    assert phones_in(text) == []


def test__is_vendored__only_the_exact_bytes_of_a_vendored_release():
    bundle = _git(ROOT, "show", f"7aed184:{next(iter(VENDORED))}")  # as it was committed
    assert is_vendored(bundle)
    assert not is_vendored(bundle + b"\n// contact: 0497 00 11 22")


def test__privacy__no_contact_person_named_anywhere():
    found = [(name, run) for name, text in PROJECT_TEXTS for run in names_in(text)]
    assert found == []


def test__privacy__no_email_address_anywhere():
    found = [(name, match) for name, text in PROJECT_TEXTS for match in EMAIL.findall(text) if not MADE_UP_EMAIL.search(match)]
    assert found == []


def test__privacy__no_phone_number_anywhere():
    found = [(name, match) for name, text in PROJECT_TEXTS for match in phones_in(text)]
    assert found == []


def test__history_scan__fails_on_a_contact_number_a_later_commit_removed(tmp_path):
    """A throw-away repository: a comment quoting a contact number, committed, then removed again."""
    _git(tmp_path, "init", "-q")
    code = tmp_path / "redact.py"
    for comment in ("# Numbers as written in the addenda: 0497 00 11 22.\n", "# Numbers as the addenda write them.\n"):
        code.write_text(comment + "PHONE = None\n", encoding="utf-8")
        _git(tmp_path, "add", "redact.py")
        _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "redact")
    assert contact_data(code.read_text(encoding="utf-8"), made_up_phones=set()) == [], "the checked-out tree is clean"
    assert list(history_problems(tmp_path, made_up_phones=set()).values()) == [("redact.py", ["0497 00 11 22"])]


def test__privacy__no_contact_data_in_any_blob_of_the_history():
    """Every blob any commit added, but the known historical ones (listed with the reason)."""
    problems = history_problems(ROOT)
    assert {blob: found for blob, found in problems.items() if blob not in KNOWN_HISTORICAL_BLOBS} == {}


@pytest.mark.skipif(_git(ROOT, "rev-parse", "--is-shallow-repository").strip() == b"true",
                    reason="a shallow clone holds only part of the history")
def test__history_scan__passes_only_because_of_the_known_blobs():
    """Each listed blob is in the history and holds contact data: the list hides nothing else."""
    assert set(history_problems(ROOT)) == set(KNOWN_HISTORICAL_BLOBS)
