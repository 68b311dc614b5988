"""read_text / read_yaml / read_csv: every way a file can be unreadable becomes a Problem naming it."""

from pathlib import Path

from dashboard.builder.read import display_path, read_csv, read_text, read_yaml
from dashboard.core.paths import ROOT


def _only(problems):
    assert len(problems) == 1, problems
    return problems[0]


# read_text

def test__read_text__returns_the_text_of_a_utf8_file(tmp_path: Path):
    path = tmp_path / "ok.txt"
    path.write_text("Eén aanspreekpunt\n", encoding="utf-8")
    problems = []
    assert read_text(path, problems) == "Eén aanspreekpunt\n"
    assert problems == []


def test__read_text__missing_file_is_a_problem(tmp_path: Path):
    problems = []
    assert read_text(tmp_path / "absent.txt", problems) is None
    problem = _only(problems)
    assert problem.file.endswith("absent.txt")
    assert problem.record == ""
    assert "missing" in problem.message


def test__read_text__latin1_bytes_are_a_problem_naming_the_line(tmp_path: Path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("regel een\nregel twee\ncaf\u00e9\n".encode("latin-1"))
    problems = []
    assert read_text(path, problems) is None
    problem = _only(problems)
    assert problem.file.endswith("latin1.txt")
    assert problem.record == "line 3"
    assert "UTF-8" in problem.message


def test__read_text__empty_file_is_a_problem(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    problems = []
    assert read_text(path, problems) is None
    problem = _only(problems)
    assert problem.file.endswith("empty.txt")
    assert problem.record == ""
    assert "empty" in problem.message


def test__read_text__whitespace_only_file_is_empty(tmp_path: Path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    problems = []
    assert read_text(path, problems) is None
    assert "empty" in _only(problems).message


def test__read_text__a_directory_is_not_a_file(tmp_path: Path):
    problems = []
    assert read_text(tmp_path, problems) is None
    assert "missing" in _only(problems).message


# display_path

def test__display_path__is_relative_inside_the_repository():
    assert display_path(ROOT / "data" / "curated" / "sources.yaml") == "data/curated/sources.yaml"


def test__display_path__is_absolute_outside_the_repository(tmp_path: Path):
    assert display_path(tmp_path / "x.yaml") == str(tmp_path / "x.yaml")


# read_yaml

def test__read_yaml__parses_a_document(tmp_path: Path):
    path = tmp_path / "ok.yaml"
    path.write_text('region_id: brugge\nnis: "31005"\n', encoding="utf-8")
    problems = []
    assert read_yaml(path, problems) == {"region_id": "brugge", "nis": "31005"}
    assert problems == []


def test__read_yaml__syntax_error_names_the_line(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text("region_id: brugge\nname: Brugge\n  provinces: [West-Vlaanderen]\n", encoding="utf-8")
    problems = []
    assert read_yaml(path, problems) is None
    problem = _only(problems)
    assert problem.file.endswith("broken.yaml")
    assert problem.record == "line 3"
    assert "YAML syntax error" in problem.message


def test__read_yaml__unclosed_quote_names_a_line(tmp_path: Path):
    path = tmp_path / "quote.yaml"
    path.write_text('a: 1\nquote: "Beperkte kennis\n', encoding="utf-8")
    problems = []
    assert read_yaml(path, problems) is None
    problem = _only(problems)
    assert problem.file.endswith("quote.yaml")
    assert problem.record.startswith("line ")
    assert int(problem.record.split()[1]) >= 2


def test__read_yaml__missing_file_is_reported_once(tmp_path: Path):
    problems = []
    assert read_yaml(tmp_path / "absent.yaml", problems) is None
    assert _only(problems).file.endswith("absent.yaml")


def test__read_yaml__non_utf8_file_is_a_problem(tmp_path: Path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: Rod\u00e9\n".encode("latin-1"))
    problems = []
    assert read_yaml(path, problems) is None
    problem = _only(problems)
    assert (problem.file.endswith("latin1.yaml"), problem.record) == (True, "line 1")


# read_csv

def test__read_csv__labels_rows_counting_the_header_as_row_1(tmp_path: Path):
    path = tmp_path / "personas.csv"
    path.write_text("persona_id,name\nsaled,Saled\nnora,Nora\n", encoding="utf-8")
    problems = []
    rows = read_csv(path, ["persona_id", "name"], problems)
    assert problems == []
    assert rows == [("row 2", {"persona_id": "saled", "name": "Saled"}), ("row 3", {"persona_id": "nora", "name": "Nora"})]


def test__read_csv__missing_column_is_a_problem_on_row_1(tmp_path: Path):
    path = tmp_path / "personas.csv"
    path.write_text("persona_id\nsaled\n", encoding="utf-8")
    problems = []
    assert read_csv(path, ["persona_id", "name"], problems) is None
    problem = _only(problems)
    assert problem.file.endswith("personas.csv")
    assert problem.record == "row 1"
    assert "missing column" in problem.message and "name" in problem.message


def test__read_csv__row_with_too_many_fields_is_a_problem_naming_the_row(tmp_path: Path):
    path = tmp_path / "personas.csv"
    path.write_text("persona_id,name\nsaled,Saled\nnora,Nora,extra\n", encoding="utf-8")
    problems = []
    assert read_csv(path, ["persona_id", "name"], problems) is None
    problem = _only(problems)
    assert problem.file.endswith("personas.csv")
    assert problem.record == "row 3"
    assert "expected 2 fields" in problem.message


def test__read_csv__row_with_too_few_fields_is_a_problem_naming_the_row(tmp_path: Path):
    path = tmp_path / "personas.csv"
    path.write_text("persona_id,name\nsaled\n", encoding="utf-8")
    problems = []
    assert read_csv(path, ["persona_id", "name"], problems) is None
    assert _only(problems).record == "row 2"


def test__read_csv__every_bad_row_is_reported(tmp_path: Path):
    path = tmp_path / "personas.csv"
    path.write_text("persona_id,name\na,A,x\nb,B\nc,C,y\n", encoding="utf-8")
    problems = []
    assert read_csv(path, ["persona_id", "name"], problems) is None
    assert [p.record for p in problems] == ["row 2", "row 4"]


def test__read_csv__quoted_comma_is_one_field(tmp_path: Path):
    path = tmp_path / "service_types.csv"
    path.write_text('service_type_id,description_nl\noutreach,"aanklampend, outreachend"\n', encoding="utf-8")
    problems = []
    rows = read_csv(path, ["service_type_id", "description_nl"], problems)
    assert problems == []
    assert rows[0][1]["description_nl"] == "aanklampend, outreachend"


def test__read_csv__empty_file_is_a_problem(tmp_path: Path):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    problems = []
    assert read_csv(path, ["persona_id"], problems) is None
    assert "empty" in _only(problems).message


# read_yaml: what PyYAML's safe loader lets through

def test__read_yaml__duplicate_keys_are_problems_naming_both_lines(tmp_path: Path):
    path = tmp_path / "dup.yaml"
    path.write_text("a: 1\nb:\n  - {c: 1, c: 2}\na: 3\n", encoding="utf-8")
    problems = []
    assert read_yaml(path, problems) is None
    assert sorted((p.record, p.message.split(";")[0]) for p in problems) == [
        ("line 3", "duplicate key 'c' (first at line 3)"), ("line 4", "duplicate key 'a' (first at line 1)")]


def test__read_yaml__an_alias_is_refused(tmp_path: Path):
    path = tmp_path / "alias.yaml"
    path.write_text("a: &x [1, 2]\nb: *x\n", encoding="utf-8")
    problems = []
    assert read_yaml(path, problems) is None
    assert (_only(problems).record, "aliases (*x) are not allowed" in _only(problems).message) == ("line 2", True)


def test__read_yaml__nesting_up_to_the_limit_is_read_and_deeper_is_refused(tmp_path: Path):
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 20 + "]" * 20, encoding="utf-8")
    problems = []
    assert read_yaml(path, problems) is not None and problems == []
    path.write_text("[" * 21 + "]" * 21, encoding="utf-8")
    assert read_yaml(path, problems) is None
    assert "nested more than 20 levels deep" in _only(problems).message


def test__read_yaml__dates_stay_text_for_the_models_to_check(tmp_path: Path):
    path = tmp_path / "dates.yaml"
    path.write_text("ok: 2023-04-28\nimpossible: 2023-02-30\n", encoding="utf-8")
    problems = []
    assert read_yaml(path, problems) == {"ok": "2023-04-28", "impossible": "2023-02-30"}
    assert problems == []


def test__read_yaml__a_byte_order_mark_is_dropped(tmp_path: Path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\r\n")
    problems = []
    assert read_yaml(path, problems) == {"a": 1}
    assert problems == []


def test__read_text__a_file_over_the_size_cap_is_not_read(tmp_path: Path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("x" * 101, encoding="utf-8")
    monkeypatch.setattr("dashboard.builder.read.MAX_BYTES", 100)
    problems = []
    assert read_text(path, problems) is None
    assert _only(problems).message == "file is 101 bytes, over the limit of 100 for an input file"


def test__read_text__a_symlink_inside_the_folder_is_followed_and_one_leaving_it_refused(tmp_path: Path):
    inside, outside_dir = tmp_path / "data", tmp_path / "elsewhere"
    inside.mkdir(), outside_dir.mkdir()
    (inside / "real.txt").write_text("tekst", encoding="utf-8")
    (outside_dir / "far.txt").write_text("tekst", encoding="utf-8")
    (inside / "near.txt").symlink_to(inside / "real.txt")
    (inside / "far.txt").symlink_to(outside_dir / "far.txt")
    problems = []
    assert read_text(inside / "near.txt", problems, within=inside) == "tekst"
    assert read_text(inside / "far.txt", problems, within=inside) is None
    assert _only(problems).file == str(inside / "far.txt") and "symbolic link" in _only(problems).message


def test__read_csv__a_bom_is_not_part_of_the_first_column_name(tmp_path: Path):
    path = tmp_path / "personas.csv"
    path.write_bytes(b"\xef\xbb\xbfpersona_id,name\r\nsaled,Saled\r\n")
    problems = []
    assert read_csv(path, ["persona_id", "name"], problems) == [("row 2", {"persona_id": "saled", "name": "Saled"})]
