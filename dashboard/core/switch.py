"""Switch a set of output files into place as a whole, and finish or undo a switch that was cut off.

A switch writes every new file into a staging folder inside its top folder (`data/.build-new/`,
`geo/.build-new/`: the same file system as its target, so a rename is atomic), flushed to disk.
Then it writes the commit marker `data/.build-new/COMMITTED`, listing every file, by an atomic
rename: before the marker exists the old dataset stands, once it exists the new one does. Only
then are the staged files renamed over their targets, and the staging folders removed, the
marker's last. A process killed at any point leaves either no marker (`recover` removes the
staging folders: entirely old) or a marker (`recover` renames what is left: entirely new).

Only the build switches and recovers: the app never writes into data/ or geo/. It reads a half-finished
switch through `complete_side`, which names the files of the side that stands (the old one before the
marker, the new one after) and says so, and leaves the folders as they are for the next build to finish.

An exclusive lock (flock) on the repository folder keeps a second build from recovering a switch that
is still running, and the app from reading while files are renamed. Standard library only: the build
and the app (dashboard.core.data) use it.
"""

import errno
import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

STAGING = ".build-new"
MARKER = "COMMITTED"


class SwitchUnfinished(OSError):
    """The new dataset was committed but not all of it moved into place; `recover` finishes it."""


@contextmanager
def locked(root: Path):
    """Hold the repository's switch lock: one switch or recovery at a time; released if the process dies."""
    descriptor = os.open(root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        except OSError as error:  # a file system without locks (some network shares): go on unguarded
            if error.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
                raise
        yield
    finally:
        os.close(descriptor)


def write_atomically(outputs: dict[str, bytes], root: Path) -> None:
    """Put ``outputs`` ({path relative to ``root``: bytes}) in place as a whole, or change nothing.

    An OSError before the commit (a full disk, a read-only folder, a folder where a file must go)
    leaves every target as it was and no staging folder behind.
    """
    tops = sorted({relative.split("/")[0] for relative in outputs})
    root.mkdir(parents=True, exist_ok=True)
    with locked(root):
        recover(root)
        try:
            _prepare_targets(outputs, root)
            for relative, content in outputs.items():
                _write_synced(_staged(root, relative), content)
            for top in tops:
                _sync(root / top / STAGING)
            _write_synced(_marker(root, tops[0]), json.dumps(sorted(outputs)).encode("utf-8"), temporary=True)
        except BaseException:
            _discard(root)
            raise
        try:
            _roll_forward(root, _marker(root, tops[0]))
        except OSError as error:
            raise SwitchUnfinished(error.errno, error.strerror) from error


def recover(root: Path) -> str | None:
    """Finish a committed switch or remove an uncommitted one; a sentence saying which, or None if none was found."""
    stagings = _stagings(root)
    if not stagings:
        return None
    markers = [folder / MARKER for folder in stagings if (folder / MARKER).is_file()]
    if markers:
        moved = _roll_forward(root, markers[0])
        return (f"An interrupted build had committed a new dataset; its switch is now finished ({moved} file(s) moved into "
                "place), so data/ and geo/ hold the new dataset.")
    staged = [path for folder in stagings for path in folder.rglob("*") if path.is_file()]
    _discard(root)
    if not staged:
        return "An interrupted build left an empty staging folder; it is removed."
    return ("An interrupted build had not committed its new dataset; its staging folder is removed, "
            "so data/ and geo/ hold the dataset as it was.")


@dataclass(frozen=True)
class Side:
    """The files of the complete dataset under ``root``: the new ones a committed but unfinished switch has
    staged stand in for their targets; ``note`` says what was found (None when no switch was cut off)."""

    root: Path
    staged: dict[str, Path] = field(default_factory=dict)
    note: str | None = None

    def path(self, relative: str) -> Path:
        """Where the file ``relative`` (to the root, e.g. "data/regions.parquet") of this side is read."""
        return self.staged.get(relative, self.root / relative)

    def glob(self, folder: str, pattern: str) -> list[Path]:
        """The files of ``folder`` matching ``pattern`` on this side, sorted by name."""
        names = {path.name for path in (self.root / folder).glob(pattern) if path.is_file()}
        names |= {Path(relative).name for relative in self.staged if Path(relative).parent == Path(folder)
                  and Path(relative).match(pattern)}
        return [self.path(f"{folder}/{name}") for name in sorted(names)]


def complete_side(root: Path) -> Side:
    """The complete side of the dataset, found without changing a file: the new one once a switch is
    committed (its staged files read in place), else the old one (a staging folder without marker ignored)."""
    stagings = _stagings(root)
    if not stagings:
        return Side(root)
    finish = "run python -m dashboard.builder to finish it"
    markers = [folder / MARKER for folder in stagings if (folder / MARKER).is_file()]
    if not markers:
        return Side(root, note=f"An interrupted build had not committed its new dataset: the dataset as it was is served; {finish}.")
    listed = json.loads(markers[0].read_text(encoding="utf-8"))
    staged = {relative: _staged(root, relative) for relative in listed if _staged(root, relative).is_file()}
    return Side(root, staged, f"An interrupted build had committed a new dataset but not put {len(staged)} file(s) in "
                              f"place: the new dataset is served from its staging folder; {finish}.")


def _stagings(root: Path) -> list[Path]:
    return sorted(path for path in root.glob(f"*/{STAGING}") if path.is_dir())


def _staged(root: Path, relative: str) -> Path:
    top, _, rest = relative.partition("/")
    return root / top / STAGING / rest


def _marker(root: Path, top: str) -> Path:
    return root / top / STAGING / MARKER


def _prepare_targets(outputs: dict[str, bytes], root: Path) -> None:
    """Refuse a file where a folder must be and a folder where a file must go, before anything is written."""
    for relative in sorted(outputs):
        target = root / relative
        for folder in reversed(target.parents):
            if folder.is_relative_to(root) and folder.exists() and not folder.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "is a file where the build needs a folder", str(folder))
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder where the build must write a file", str(target))
        target.parent.mkdir(parents=True, exist_ok=True)


def _write_synced(path: Path, content: bytes, temporary: bool = False) -> None:
    """Write and flush to disk; with ``temporary``, through a temporary name and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    written = path.with_name(path.name + ".tmp") if temporary else path
    try:
        with open(written, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
    except OSError as error:  # a full disk reports no file name; name the file for the message
        raise OSError(error.errno, error.strerror, str(written)) from error
    if temporary:
        os.replace(written, path)
        _sync(path.parent)


def _sync(folder: Path) -> None:
    """Flush a folder's entries (new names, renames) to disk."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _roll_forward(root: Path, marker: Path) -> int:
    """Rename every staged file the marker lists over its target, then remove the staging folders, the marker's last."""
    moved, targets = 0, [root / relative for relative in json.loads(marker.read_text(encoding="utf-8"))]
    for target in targets:
        staged = _staged(root, target.relative_to(root).as_posix())
        if staged.is_file():
            os.replace(staged, target)
            moved += 1
    for folder in {target.parent for target in targets}:
        _sync(folder)
    for folder in _stagings(root):
        if folder != marker.parent:
            shutil.rmtree(folder)
    for leftover in marker.parent.iterdir():  # emptied subfolders (vendoring writes data/reference/boundaries/)
        if leftover.is_dir():
            shutil.rmtree(leftover)
        elif leftover != marker:
            leftover.unlink()
    marker.unlink()
    marker.parent.rmdir()
    return moved


def _discard(root: Path) -> None:
    for folder in _stagings(root):
        shutil.rmtree(folder, ignore_errors=True)
