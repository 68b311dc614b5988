"""The write phase switches data/ and geo/ as a whole: failures change nothing and say so in one
sentence, and a build killed (SIGKILL) at any point of its write phase leaves, after recovery by the
next build, the dataset entirely old or entirely new; the app reads the complete side and changes nothing."""

import errno
import json
import logging
import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard.builder import __main__ as cli
from dashboard.core.switch import MARKER, STAGING, complete_side, recover, write_atomically
from dashboard.core.data import DatasetUnavailable, read_dataset
from dashboard.core.paths import ROOT
from tests.test_build_pipeline import REGION_FILE
from tests.test_build_rejects import _edit, _outputs, _rejected, built, repo  # noqa: F401  (fixtures)

# A child process that runs the real write phase and kills itself with SIGKILL just before its
# n-th file-system operation (n > 0), or slows each operation so the parent can kill it at a
# random moment (n = 0). It prints the number of operations when it is not killed. Given "-" for
# the outputs, it runs the whole command `python -m dashboard.builder` and counts from the write
# phase's first operation (the first one inside a staging folder).
CHILD = """
import os, pickle, signal, sys, time
from pathlib import Path
from dashboard.core.switch import STAGING, write_atomically

pickled, root, kill_at = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
EVENTS = {"open", "os.rename", "os.remove", "os.rmdir", "os.mkdir", "shutil.rmtree"}
count, armed = 0, pickled != "-"

def hook(event, args):
    global count, armed
    if event not in EVENTS or (event == "open" and not str(args[0]).startswith(str(root))):
        return
    armed = armed or STAGING in str(args[0])
    if not armed:
        return
    count += 1
    if count == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    if kill_at == 0:
        time.sleep(0.005)

print("writing", flush=True)
sys.addaudithook(hook)
if pickled == "-":
    from dashboard.builder import __main__ as cli  # only here: the write phase alone needs no pandas
    assert cli.main(["--root", str(root)]) == 0
else:
    write_atomically(pickle.load(open(pickled, "rb")), root)
print(count, flush=True)
"""


# write_atomically on plain files

def test__write_atomically__writes_all_files_and_leaves_no_staging(tmp_path: Path):
    write_atomically({"data/a.parquet": b"A", "geo/b.parquet": b"B", "data/README.md": b"R"}, tmp_path)
    assert {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == {
        "data/a.parquet": b"A", "geo/b.parquet": b"B", "data/README.md": b"R"}
    assert list(tmp_path.rglob(STAGING)) == []


@pytest.mark.parametrize("obstacle, error", [
    ("geo", NotADirectoryError),  # a file where the geo folder belongs
    ("data/b.parquet/", IsADirectoryError),  # a folder where a file must go
])
def test__write_atomically__a_wrong_kind_of_target_changes_nothing(tmp_path: Path, obstacle, error):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.parquet").write_bytes(b"old A")
    target = tmp_path / obstacle
    target.mkdir() if obstacle.endswith("/") else target.write_bytes(b"a file")
    with pytest.raises(error):
        write_atomically({"data/a.parquet": b"new A", "data/b.parquet": b"new B", "geo/c.parquet": b"new C"}, tmp_path)
    assert (tmp_path / "data" / "a.parquet").read_bytes() == b"old A"
    assert list(tmp_path.rglob(STAGING)) == []


def test__write_atomically__a_full_disk_while_staging_changes_nothing(tmp_path: Path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.parquet").write_bytes(b"old A")
    real_fsync, calls = os.fsync, []

    def full_on_second_file(descriptor):
        calls.append(descriptor)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", full_on_second_file)
    with pytest.raises(OSError, match="No space left"):
        write_atomically({"data/a.parquet": b"new A", "data/b.parquet": b"new B"}, tmp_path)
    monkeypatch.undo()
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == ["data", "data/a.parquet"]
    assert (tmp_path / "data" / "a.parquet").read_bytes() == b"old A"


def test__recover__without_a_staging_folder_does_nothing(tmp_path: Path):
    (tmp_path / "data").mkdir()
    assert recover(tmp_path) is None


# SIGKILL at every point of the write phase

KILL_POINTS = 60  # of the write phase's operations (about 120): a bound on the test's time
OLD_ONLY = "data/left-alone.parquet"  # not among the outputs: a switch must not touch it


def _state(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def switch_case(built: Path, tmp_path: Path):
    """(root holding an old dataset, pickled new outputs, the old state, the new state)."""
    new = _outputs(built)
    root = tmp_path / "root"
    old = {rel: b"old " + rel.encode() for rel in new if rel != "geo/regions.parquet"} | {OLD_ONLY: b"keep me"}
    for rel, content in old.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(content)
    pickled = tmp_path / "outputs.pickle"
    pickled.write_bytes(pickle.dumps(new))
    return root, pickled, old, old | new


def _child(pickled: Path | str, root: Path, kill_at: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(pickled), str(root), str(kill_at)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)


def _reset(root: Path, old: dict[str, bytes]) -> None:
    shutil.rmtree(root)
    for rel, content in old.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(content)


def test__write_atomically__killed_before_any_operation_is_old_or_new_after_recovery(switch_case):
    root, pickled, old, new = switch_case
    child = _child(pickled, root, 10**6)  # a dry run that is not killed counts the operations
    out, _ = child.communicate(timeout=60)
    operations = int(out.split()[-1])
    assert child.returncode == 0 and _state(root) == new and 30 < operations < 200, out
    points, seed = range(1, operations + 1), time.time_ns()  # every point, or a different sample of them each run
    if operations > KILL_POINTS:
        points = sorted({1, operations} | set(random.Random(seed).sample(points, KILL_POINTS - 2)))
    outcomes = {}
    for kill_at in points:
        _reset(root, old)
        child = _child(pickled, root, kill_at)
        child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, kill_at
        note = recover(root) or ""
        state = _state(root)
        assert state in (old, new), f"mixed dataset after a kill before operation {kill_at} of {operations} (seed {seed})"
        outcomes[kill_at] = "new" if state == new else "old"
        assert ("as it was" in note) <= (outcomes[kill_at] == "old") and ("now finished" in note) <= (outcomes[kill_at] == "new")
        assert list(root.rglob(STAGING)) == []
    assert set(outcomes.values()) == {"old", "new"}  # the commit point lies inside the phase
    assert outcomes[1] == "old" and outcomes[operations] == "new"
    committed = min(k for k, v in outcomes.items() if v == "new")  # the first point tried after the commit
    assert all(v == ("new" if k >= committed else "old") for k, v in outcomes.items())  # one commit point


def test__main__the_whole_build_killed_in_its_write_phase_is_old_or_new_after_recovery(repo: Path, tmp_path: Path):
    _edit(repo / "data" / "curated" / REGION_FILE, "name: Brugs Ommeland", "name: Brugs Ommeland (nieuw)")
    old = _state(repo)
    saved = tmp_path / "saved"
    shutil.copytree(repo, saved, symlinks=True)
    child = _child("-", repo, 10**6)
    out, _ = child.communicate(timeout=300)
    operations, new = int(out.split()[-1]), _state(repo)
    assert child.returncode == 0 and new != old, out
    seed = time.time_ns()
    for kill_at in random.Random(seed).sample(range(1, operations + 1), 3):
        shutil.rmtree(repo)
        shutil.copytree(saved, repo, symlinks=True)
        child = _child("-", repo, kill_at)
        child.communicate(timeout=300)
        assert child.returncode == -signal.SIGKILL
        recover(repo)
        assert _state(repo) in (old, new), f"mixed dataset after a kill before write operation {kill_at} (seed {seed})"


def test__write_atomically__killed_at_random_moments_is_old_or_new_after_recovery(switch_case):
    root, pickled, old, new = switch_case
    seed = time.time_ns()
    chance = random.Random(seed)
    for attempt in range(8):
        _reset(root, old)
        child = _child(pickled, root, 0)
        assert child.stdout.readline().strip() == "writing"
        time.sleep(chance.uniform(0, 0.5))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        recover(root)
        assert _state(root) in (old, new), f"mixed dataset (seed {seed}, attempt {attempt})"


# recovery by the next build; the app reads the complete side and changes nothing

@pytest.mark.parametrize("committed", [False, True])
def test__main__a_half_finished_switch_is_cleaned_and_reported_at_start(repo: Path, capsys, committed):
    new = _outputs(repo)
    shutil.copytree(repo / "data", repo / "data" / STAGING, ignore=shutil.ignore_patterns("curated", "sources", "reference"))
    switched = sorted(rel for rel in new if rel.startswith("data/"))
    for rel in switched:
        (repo / rel).write_bytes(b"old")
    if committed:
        (repo / "data" / STAGING / MARKER).write_text(json.dumps(switched))
    capsys.readouterr()
    assert cli.main(["--root", str(repo), "--check"]) == (0 if committed else 1)
    out = capsys.readouterr().out
    assert ("its switch is now finished" if committed else "its staging folder is removed") in out
    assert list(repo.rglob(STAGING)) == []


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """A copy of the committed dataset (data/ and geo/ only): one the app's own load checks accept."""
    root = tmp_path / "dataset"
    for folder in ("data", "geo"):
        (root / folder).mkdir(parents=True)
        for path in (ROOT / folder).glob("*.parquet"):
            shutil.copy(path, root / folder / path.name)
    return root


def _renamed_region(dataset: Path, folder: Path) -> None:
    """A complete regions table under ``folder`` whose first region has another name (the schema kept)."""
    table = pq.read_table(dataset / "data" / "regions.parquet")
    names = table.column("name").to_pylist()
    column = pa.array(["Nieuwe naam", *names[1:]], type=table.schema.field("name").type)
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(table.set_column(table.schema.get_field_index("name"), "name", column), folder / "regions.parquet")


def test__read_dataset__a_committed_switch_is_served_from_its_new_side_and_left_to_the_build(dataset: Path, caplog):
    _renamed_region(dataset, dataset / "data" / STAGING)
    (dataset / "data" / STAGING / MARKER).write_text('["data/regions.parquet"]')
    written = _state(dataset)
    with caplog.at_level(logging.WARNING, logger="dashboard.core.data"):
        loaded = read_dataset(dataset)
    assert "committed a new dataset but not put 1 file(s) in place" in caplog.text
    assert "python -m dashboard.builder" in caplog.text
    assert loaded.tables["regions"]["name"].iloc[0] == "Nieuwe naam"
    assert _state(dataset) == written  # nothing renamed, nothing removed


def test__read_dataset__an_uncommitted_switch_is_served_from_the_old_side_and_left_to_the_build(dataset: Path, caplog):
    _renamed_region(dataset, dataset / "data" / STAGING)
    (dataset / "geo" / STAGING).mkdir()
    (dataset / "geo" / STAGING / "regions.parquet").write_bytes(b"half a file")
    written = _state(dataset)
    with caplog.at_level(logging.WARNING, logger="dashboard.core.data"):
        loaded = read_dataset(dataset)
    assert "had not committed its new dataset: the dataset as it was is served" in caplog.text
    assert loaded.tables["regions"]["name"].iloc[0] == pd.read_parquet(ROOT / "data" / "regions.parquet")["name"].iloc[0]
    assert _state(dataset) == written


def test__read_dataset__a_damaged_commit_marker_is_a_helpful_error(dataset: Path):
    (dataset / "data" / STAGING).mkdir()
    (dataset / "data" / STAGING / MARKER).write_text('["data/regions.parq')
    with pytest.raises(DatasetUnavailable, match="cannot be read"):
        read_dataset(dataset)


def test__complete_side__without_a_staging_folder_reads_every_file_in_place(tmp_path: Path):
    side = complete_side(tmp_path)
    assert side.note is None and side.path("data/a.parquet") == tmp_path / "data" / "a.parquet"


def test__complete_side__a_committed_switch_adds_its_new_files_to_the_listing(tmp_path: Path):
    for relative in ("data/a.parquet", "data/b.parquet", f"data/{STAGING}/b.parquet", f"data/{STAGING}/c.parquet",
                     f"data/{STAGING}/notes.md"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"x")
    (tmp_path / "data" / STAGING / MARKER).write_text('["data/b.parquet", "data/c.parquet", "data/notes.md"]')
    staged = tmp_path / "data" / STAGING
    assert complete_side(tmp_path).glob("data", "*.parquet") == [tmp_path / "data" / "a.parquet", staged / "b.parquet",
                                                                 staged / "c.parquet"]


def test__complete_side__an_uncommitted_switch_lists_only_the_old_files(tmp_path: Path):
    for relative in ("data/a.parquet", f"data/{STAGING}/a.parquet", f"data/{STAGING}/c.parquet"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"x")
    assert complete_side(tmp_path).glob("data", "*.parquet") == [tmp_path / "data" / "a.parquet"]


def test__main__output_folder_that_is_a_file_is_one_sentence(repo: Path, capsys):
    shutil.rmtree(repo / "geo")
    (repo / "geo").write_bytes(b"a file where the geo folder belongs")
    err = _rejected(repo, capsys)
    assert err.strip() == ("The build could not write the dataset (is a file where the build needs a folder: geo), "
                           "so data/ and geo/ are unchanged.")
    assert (repo / "geo").read_bytes() == b"a file where the geo folder belongs"


def test__main__output_file_that_is_a_folder_is_one_sentence(repo: Path, capsys):
    (repo / "data" / "regions.parquet").unlink()
    (repo / "data" / "regions.parquet").mkdir()
    err = _rejected(repo, capsys)
    assert err.strip() == ("The build could not write the dataset (is a folder where the build must write a file: "
                           "data/regions.parquet), so data/ and geo/ are unchanged.")


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test__main__a_write_refused_by_the_system_is_one_sentence(repo: Path, capsys, monkeypatch, code):
    real_open = open

    def refusing_geo(file, mode="r", *args, **kwargs):  # the build's write into geo/ fails as the system would
        if "w" in mode and f"/geo/{STAGING}/" in str(file):
            raise OSError(code, os.strerror(code), str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_geo)
    err = _rejected(repo, capsys)
    assert err.strip().startswith(f"The build could not write the dataset ({os.strerror(code)}: geo/{STAGING}/")
    assert err.strip().endswith("so data/ and geo/ are unchanged.") and err.count("\n") == 1


# the same on real small and read-only file systems (needs the right to mount; skipped without it)

@pytest.fixture
def mounted(tmp_path: Path):
    points = []

    def mount(folder: Path, options: str) -> None:
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, text=True)
        if result.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        points.append(folder)

    yield mount
    for folder in reversed(points):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test__main__a_full_disk_is_one_sentence(repo: Path, tmp_path: Path, capsys, mounted):
    saved = tmp_path / "geo-saved"
    shutil.copytree(repo / "geo", saved)
    shutil.rmtree(repo / "geo")
    (repo / "geo").mkdir()
    pages = sum(-(-p.stat().st_size // 4096) for p in saved.iterdir())
    mounted(repo / "geo", f"size={pages * 4096}")  # room for the old files, not for a second copy
    for path in saved.iterdir():
        shutil.copy(path, repo / "geo" / path.name)
    err = _rejected(repo, capsys)
    assert err.strip().startswith("The build could not write the dataset (No space left on device: geo/")
    assert list(repo.rglob(STAGING)) == []


@pytest.mark.parametrize("folder", ["data", "geo"])
def test__main__a_read_only_output_folder_is_one_sentence(repo: Path, tmp_path: Path, capsys, mounted, folder):
    saved = tmp_path / "saved"
    shutil.copytree(repo / folder, saved)
    mounted(repo / folder, "size=16m")
    shutil.copytree(saved, repo / folder, dirs_exist_ok=True)
    subprocess.run(["mount", "-o", "remount,ro", str(repo / folder)], check=True)
    err = _rejected(repo, capsys)
    assert err.strip().startswith(f"The build could not write the dataset (Read-only file system: {folder}/")
    assert err.strip().endswith("so data/ and geo/ are unchanged.")
