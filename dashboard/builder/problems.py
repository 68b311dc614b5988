"""Problems found in the curated input, collected so that one run reports all of them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str  # path as the editor knows it, e.g. data/curated/regions/westhoek.yaml
    record: str  # where in the file: "row 4", "challenges[2].persona_ids", or "" for the whole file
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, {self.record}" if self.record else self.file
        return f"{where}: {self.message}"


class BuildFailed(Exception):
    """Raised with every problem of a run; the build writes nothing when it is raised."""

    def __init__(self, problems: list[Problem], references_pending: bool = False):
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        pending = ("\nThe checks between rows (ids, challenges and links named elsewhere) run once these are fixed, "
                   "as a row left out would make them report follow-on errors.") if references_pending else ""
        super().__init__(f"The build found {len(problems)} problem(s) and wrote nothing:\n{lines}{pending}")
