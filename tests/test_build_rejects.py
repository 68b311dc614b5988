"""Hostile and malformed input through the command line: one clear problem naming the file (and the
record), exit code 1, and data/ and geo/ exactly as they were. One test per class of bad input."""

import shutil
import signal
from pathlib import Path

import pytest

from dashboard.builder import __main__ as cli
from tests.test_build_pipeline import REGION_FILE, make_small_tree

TIMELINE = '  - {event: lancering, date_start: 2023-05-05, is_year_inferred: false, quote: "vrijdag 5 mei 2023"}'
MUNICIPALITY = '  - {nis_code: "31005", name: Brugge, quote: "Lokaal werkingsgebied: Brugge"}'
OBSTACLE = '  - {obstacle_id: taal, challenge_rank: 1, section: uitdaging, quote: "Beperkte kennis van Nederlandse taal"}'


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The small tree, built once; each test works on its own copy."""
    root = tmp_path_factory.mktemp("template") / "repo"
    make_small_tree(root)
    assert cli.main(["--root", str(root)]) == 0
    return root


@pytest.fixture
def repo(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(built, copy, symlinks=True)
    return copy


def _outputs(root: Path) -> dict[str, bytes]:
    """Everything under data/ and geo/ except the inputs: what a build writes, and any leftovers."""
    inputs = ("data/curated/", "data/sources/", "data/reference/")
    return {str(p.relative_to(root)): p.read_bytes() for folder in ("data", "geo") for p in sorted((root / folder).rglob("*"))
            if p.is_file() and not str(p.relative_to(root)).startswith(inputs)}


def _rejected(repo: Path, capsys) -> str:
    """Run the build on a broken tree; it must exit 1, change nothing, and explain on stderr."""
    before = _outputs(repo)
    capsys.readouterr()
    assert cli.main(["--root", str(repo)]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    assert _outputs(repo) == before
    return out.err


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _region(repo: Path) -> Path:
    return repo / "data" / "curated" / REGION_FILE


# duplicate keys

def test__build__duplicate_top_level_key_is_named_with_its_line(repo: Path, capsys):
    region = _region(repo)
    lines = region.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("obstacles:")) + 1
    with open(region, "a", encoding="utf-8") as file:
        file.write("obstacles:\n" + OBSTACLE + "\n")
    err = _rejected(repo, capsys)
    assert f"{region}, line {len(lines) + 1}: duplicate key 'obstacles' (first at line {first})" in err


# (file under data/curated, text, replacement, "record: message" expected after the file's path)
BAD_VALUES = {
    "duplicate key inside a record": (REGION_FILE, "    title: Vluchtelingen\n", "    title: Vluchtelingen\n    title: Nieuwkomers\n",
                                      "line 14: duplicate key 'title' (first at line 13)"),
    "impossible date": (REGION_FILE, "date_start: 2023-05-05", "date_start: 2023-02-30",
                        "timeline[0].date_start: Input should be a valid date or datetime, day value is outside expected range"),
    "year 1900": (REGION_FILE, "date_start: 2023-05-05", "date_start: 1900-05-05",
                  "timeline[0].date_start: Value error, 1900-05-05 lies outside the call's years (2022-2024)"),
    "year 2999": (REGION_FILE, "date_start: 2023-05-05", "date_start: 2999-05-05",
                  "timeline[0].date_start: Value error, 2999-05-05 lies outside the call's years (2022-2024)"),
    "end before start": (REGION_FILE, "date_start: 2023-05-05,", "date_start: 2023-05-05, date_end: 2023-05-01,",
                         "timeline[0]: Value error, date_end 2023-05-01 is before date_start 2023-05-05"),
    "impossible date in the manifest": ("sources.yaml", "launch_date: 2023-05-05", "launch_date: 2023-02-30",
                                        "record 1.launch_date: Input should be a valid date or datetime"),
    "population beyond any municipality": (
        REGION_FILE, "name: Brugge,", "name: Brugge, population_stated: 119000000,",
        "municipalities[0].population_stated: Input should be less than or equal to 10000000"),
    "rank beyond int64": (REGION_FILE, "  - challenge_rank: 1\n", "  - challenge_rank: 99999999999999999999999\n",
                          "challenges[0].challenge_rank: Input should be less than or equal to 1000"),
    "population three times the reference": (
        REGION_FILE, "name: Brugge,", "name: Brugge, population_stated: 357000,",
        "municipalities[0]: population_stated 357,000 is far from the reference figure 119,000"),
}


@pytest.mark.parametrize("case", list(BAD_VALUES))
def test__build__bad_value_is_named_with_file_and_record(repo: Path, capsys, case):
    file, old, new, message = BAD_VALUES[case]
    path = repo / "data" / "curated" / file
    _edit(path, old, new)
    assert f"{path}, {message}" in _rejected(repo, capsys)


@pytest.mark.parametrize("population, message", [
    ("99999999999999999999999", ".population: Input should be less than or equal to 10000000"),  # beyond int64
    ("5950000", ": population 5,950,000 of NIS 31005 gives 42,"),  # people per km² of Brugge
])
def test__build__implausible_reference_population_is_named(repo: Path, capsys, population, message):
    reference = repo / "data" / "reference" / "population_2023.csv"
    _edit(reference, "31005,Brugge,Brugs Ommeland,119000,", f"31005,Brugge,Brugs Ommeland,{population},")
    rows = reference.read_text(encoding="utf-8").splitlines()
    assert f"{reference}, row {len(rows)}{message}" in _rejected(repo, capsys)


def test__build__merged_total_far_from_its_parts_is_named(repo: Path, capsys):
    merged = repo / "data" / "curated" / "population_2025_merged.csv"
    _edit(merged, "37022,Tielt,31801,", "37022,Tielt,3180100,")
    region = _region(repo)  # Meulebeke and Tielt, merged in 2025, join the small tree
    _edit(region, MUNICIPALITY, MUNICIPALITY + '\n  - {nis_code: "37007", name: Meulebeke, quote: "Lokaal werkingsgebied: Brugge"}'
                                             '\n  - {nis_code: "37015", name: Tielt, quote: "Lokaal werkingsgebied: Brugge"}')
    err = _rejected(repo, capsys)
    assert f"{merged}, row 2: population 3,180,100 of 37022 is far from the sum of its merged municipalities" in err


def test__build__a_municipality_merging_twice_is_named(repo: Path, capsys):
    """The mergers step: a second row for one municipality would silently win over the first."""
    mergers = repo / "data" / "reference" / "mergers_2025.csv"
    rows = mergers.read_text(encoding="utf-8").splitlines()
    first = next(n for n, row in enumerate(rows, start=1) if row.startswith("37007,"))
    mergers.write_text("\n".join(rows + ["37007,Meulebeke,Wingene,37021,a typo"]) + "\n", encoding="utf-8")
    assert f"{mergers}, row {len(rows) + 1}: NIS 37007 merges a second time (first: row {first})" in _rejected(repo, capsys)


# quotes

def test__build__short_quote_found_several_times_is_named(repo: Path, capsys):
    region = _region(repo)
    _edit(region, 'quote: "Beperkte kennis van Nederlandse taal"', 'quote: "Nederlands"')
    err = _rejected(repo, capsys)
    assert f"{region}, obstacles[0]: quote 'Nederlands' has 10 characters and occurs 3 times in source brugs-ommeland" in err
    assert "is_quote_short: true" in err


def test__build__short_quote_marked_short_is_accepted(repo: Path, capsys):
    _edit(_region(repo), 'quote: "Beperkte kennis van Nederlandse taal"}', 'quote: "Nederlands", is_quote_short: true}')
    assert cli.main(["--root", str(repo)]) == 0


def test__build__short_quote_found_once_is_accepted(repo: Path, capsys):
    _edit(_region(repo), 'quote: "Beperkte kennis van Nederlandse taal"', 'quote: "Beperkte kennis"')
    assert cli.main(["--root", str(repo)]) == 0


def test__build__long_quote_marked_short_is_named(repo: Path, capsys):
    region = _region(repo)
    _edit(region, 'quote: "Beperkte kennis van Nederlandse taal"}', 'quote: "Beperkte kennis van Nederlandse taal", is_quote_short: true}')
    err = _rejected(repo, capsys)
    assert f"{region}, obstacles[0]: quote 'Beperkte kennis van Nederlandse taal' is marked is_quote_short but has 36 characters" in err


# YAML that would hang or crash a plain parser

def _bounded(seconds: int):
    def expired(*_):
        raise TimeoutError(f"the build ran past {seconds} s")
    signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)


def test__build__alias_bomb_is_refused_at_once(repo: Path, capsys):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    region = _region(repo)
    region.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _bounded(60)
    try:
        err = _rejected(repo, capsys)
    finally:
        signal.alarm(0)
    assert f"{region}, line 2: YAML syntax error: aliases (*a) are not allowed" in err


def test__build__deep_nesting_is_refused(repo: Path, capsys):
    region = _region(repo)
    region.write_text("challenges: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    err = _rejected(repo, capsys)
    assert f"{region}, line 1: YAML syntax error: nested more than 20 levels deep" in err


@pytest.mark.parametrize("content, message", [
    ("# only a comment\n# and another\n", "file holds no YAML data, only comments or blank lines"),
    ("\ufeff", "file is empty"),
    ("\ufeff\n# a comment after a byte-order mark\n", "file holds no YAML data, only comments or blank lines"),
])
def test__build__comment_only_or_bom_only_yaml_is_named(repo: Path, capsys, content, message):
    region = _region(repo)
    region.write_text(content, encoding="utf-8")
    assert f"{region}: {message}" in _rejected(repo, capsys)


# CSV

def test__build__csv_with_a_utf8_bom_is_accepted(repo: Path):
    personas = repo / "data" / "curated" / "taxonomy" / "personas.csv"
    personas.write_bytes(b"\xef\xbb\xbf" + personas.read_bytes().replace(b"\n", b"\r\n"))  # as Excel saves it
    assert cli.main(["--root", str(repo), "--check"]) == 0  # same dataset as without the BOM


def test__build__nul_byte_in_a_csv_field_is_named(repo: Path, capsys):
    personas = repo / "data" / "curated" / "taxonomy" / "personas.csv"
    personas.write_bytes(personas.read_bytes().replace(b"saled,Saled", b"saled,Sal\x00ed"))
    line = personas.read_bytes().split(b"\x00")[0].count(b"\n") + 1
    assert f"{personas}, line {line}: file holds a NUL byte" in _rejected(repo, capsys)


def test__build__csv_field_over_the_csv_limit_is_named(repo: Path, capsys):
    personas = repo / "data" / "curated" / "taxonomy" / "personas.csv"
    rows = personas.read_text(encoding="utf-8").splitlines()
    personas.write_text("\n".join(rows[:2] + [f'lang,"{"x" * 200_000}"'] + rows[2:]) + "\n", encoding="utf-8")
    assert f"{personas}, row 3: a field is longer than 131,072 characters" in _rejected(repo, capsys)


def test__build__oversized_input_file_is_named(repo: Path, capsys):
    source = repo / "data" / "sources" / "brugs-ommeland.txt"
    source.write_text(source.read_text(encoding="utf-8") + "x" * 2_000_001, encoding="utf-8")
    err = _rejected(repo, capsys)
    assert f"{source}: file is " in err and "over the limit of 2,000,000" in err


# files that are not what they seem

def test__build__source_symlinked_outside_data_is_refused_and_named(repo: Path, tmp_path: Path, capsys):
    source = repo / "data" / "sources" / "brugs-ommeland.txt"
    elsewhere = tmp_path / "elsewhere.txt"
    shutil.move(source, elsewhere)
    source.symlink_to(elsewhere)
    err = _rejected(repo, capsys)
    assert f"{source}: is a symbolic link to {elsewhere}, outside {repo / 'data'}" in err


def test__build__symlink_inside_data_is_followed(repo: Path):
    source = repo / "data" / "sources" / "brugs-ommeland.txt"
    moved = repo / "data" / "sources" / "moved.txt.keep"
    shutil.move(source, moved)
    source.symlink_to(moved)
    assert cli.main(["--root", str(repo), "--check"]) == 0


def test__build__truncated_boundary_shapefile_is_named(repo: Path, capsys):
    shapes = repo / "data" / "reference" / "boundaries" / "gemeente2024.shp"
    shapes.write_bytes(shapes.read_bytes()[: shapes.stat().st_size // 2])
    err = _rejected(repo, capsys)
    assert f"{shapes}: boundary file is damaged or truncated" in err


def test__build__control_bytes_in_yaml_are_one_sentence_with_file_and_byte_offset(repo: Path, capsys):
    region = _region(repo)
    _edit(region, "name: Brugs Ommeland", "name: Brugs \x01\x02\x03\x1b[31mOmmeland")
    offset = region.read_bytes().index(b"\x01")
    err = _rejected(repo, capsys)
    lines = [line for line in err.splitlines() if str(region) in line]
    assert len(lines) == 1 and f"{region}, line 3, byte {offset}: " in lines[0]
    assert "U+0001" in lines[0] and "ReaderError" not in err


def test__build__quote_not_found_names_its_record_wherever_it_sits(repo: Path, capsys):
    region = _region(repo)
    _edit(region, '  quote: "Lokaal werkingsgebied: Brugge"\nmunicipalities', '  quote: "Lokaal werkingsgebied – Brugge"\nmunicipalities')
    _edit(region, 'quote: "vrijdag 5 mei 2023"', 'quote: "vrijdag 5 mei – 2023"')
    err = _rejected(repo, capsys)
    assert f"{region}, method.quote: quote not found in source brugs-ommeland" in err
    assert f"{region}, timeline[0]: quote not found in source brugs-ommeland" in err


def test__build__every_problem_of_every_file_is_listed(repo: Path, capsys):
    """Five problems in three files: two rows refused by their schema, three quotes that the rows which did load carry."""
    region, taxonomy = _region(repo), repo / "data" / "curated" / "taxonomy"
    _edit(region, '  quote: "Lokaal werkingsgebied: Brugge"\nmunicipalities', '  quote: "Lokaal werkingsgebied – Brugge"\nmunicipalities')
    _edit(region, 'quote: "Beperkte kennis van Nederlandse taal"', 'quote: "Beperkte kennis van de Nederlandse taal"')
    _edit(region, 'quote: "vrijdag 5 mei 2023"', 'quote: "vrijdag 5 mei – 2023"')
    _edit(taxonomy / "obstacles.csv", "laaggeschoold,Laag opleidingsniveau,", "laaggeschoold,=Laag opleidingsniveau,")
    first_service = (taxonomy / "service_types.csv").read_text(encoding="utf-8").splitlines()[1].split(",")
    _edit(taxonomy / "service_types.csv", f"{first_service[0]},{first_service[1]},", f"{first_service[0]},@{first_service[1]},")
    err = _rejected(repo, capsys)
    assert "5 problem(s)" in err
    for where in (f"{region}, method.quote: quote not found", f"{region}, obstacles[0]: quote not found",
                  f"{region}, timeline[0]: quote not found", f"{taxonomy / 'obstacles.csv'}, row 2.label_nl: ",
                  f"{taxonomy / 'service_types.csv'}, row 2.label_nl: "):
        assert where in err


def test__build__unknown_file_extension_in_curated_is_named_as_such(repo: Path, capsys):
    region = _region(repo)
    renamed = region.with_suffix(".yml")
    region.rename(renamed)
    err = _rejected(repo, capsys)
    assert f"{renamed}: unknown file extension .yml" in err
    assert "sources.yaml" not in err


def test__build__an_obstacle_without_an_answer_entry_is_named(repo: Path, capsys):
    answers = repo / "data" / "curated" / "taxonomy" / "answers.csv"
    lines = answers.read_text(encoding="utf-8").splitlines(keepends=True)
    answers.write_text("".join(line for line in lines if not line.startswith("psychisch,")), encoding="utf-8")
    assert "obstacle 'psychisch' has no entry" in _rejected(repo, capsys)


def test__build__an_answer_naming_an_unknown_service_type_is_named(repo: Path, capsys):
    answers = repo / "data" / "curated" / "taxonomy" / "answers.csv"
    _edit(answers, "psychisch,psychische-hulp,", "psychisch,psychische-hulp; therapie,")
    assert "unknown service type 'therapie' in the answer to 'psychisch'" in _rejected(repo, capsys)
