"""Check step: the rules that hold across tables, run on the frames before anything is written."""

import pandas as pd

from dashboard.builder.problems import Problem
from dashboard.core.resources import CHALLENGE, COLUMNS, RESOURCES, ForeignKey, Resource
from dashboard.domain.quotes import collapse_whitespace

DENSITY_PER_KM2 = (10, 10_000)  # Flemish municipalities lie between about 80 and 3,000 people per km²
MIN_QUOTE_CHARS = 20  # shorter quotes must occur once in their source, or be marked is_quote_short
# tables whose quote stands elsewhere in the region file than a record's own `quote` -> that place
QUOTE_PLACES = {"regions": "method.quote"}


def check_tables(tables: dict[str, pd.DataFrame], source_texts: dict[str, str]) -> list[Problem]:
    """Every cross-table problem: duplicates, dangling references, unknown challenges, quotes, unfounded links."""
    problems = row_problems(tables, source_texts) + reference_problems(tables)
    if not problems:  # with unknown ids or challenges, unfounded links would only be follow-on errors
        problems += _unfounded_links(tables["obstacle_service_links"], tables["region_obstacles"])
    return problems


def row_problems(tables: dict[str, pd.DataFrame], source_texts: dict[str, str]) -> list[Problem]:
    """What the rows show by themselves: duplicate keys, a coding repeated (two rows of one fact id), a value outside
    its vocabulary, a quote not in its source.

    Safe to run when a file could not be read: none of these depends on a row that is missing.
    """
    problems: list[Problem] = []
    for table, resource in _present(tables):
        if resource.primary_key:
            problems += _duplicates(tables[table], table, list(resource.primary_key))
        if resource.is_fact and not (resource.primary_key and set(resource.primary_key) <= set(resource.fact_identity)):
            problems += _repeated_codings(tables[table], table, [*resource.fact_identity, resource.quote])
        problems += _outside_vocabularies(tables[table], resource)
    return problems + _quotes(tables, source_texts)


def reference_problems(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Rows that name another row: ids, challenges, a region's source, successors, decision rules."""
    problems: list[Problem] = []
    for table, resource in _present(tables):
        for key in resource.foreign_keys:
            if key.table in tables:
                problems += _dangling(tables[table], key, tables[key.table])
    problems += _region_sources(tables["regions"], tables["sources"])
    problems += _successors(tables)
    problems += _answers(tables)
    problems += _example_categories(tables)
    return problems + _rule_categories(tables)


def implausible_densities(municipalities: pd.DataFrame, population: list) -> list[Problem]:
    """Reference populations that give a density no Flemish municipality has (a figure 1,000 times too large)."""
    rows = {p.value.nis_code: p for p in population}
    low, high = DENSITY_PER_KM2
    problems = []
    for _, row in municipalities.iterrows():
        density = row["population"] / row["area_km2"]
        if not low <= density <= high:
            where = rows[row["nis_code"]]
            problems.append(Problem(where.file, where.record, f"population {row['population']:,} of NIS {row['nis_code']} gives "
                                                              f"{density:,.0f} people per km², outside {low:,}-{high:,}"))
    return problems


def _duplicates(frame: pd.DataFrame, table: str, keys: list[str]) -> list[Problem]:
    if frame.empty:
        return []
    repeated = frame[frame.duplicated(keys, keep="first")]
    first = frame.drop_duplicates(keys).set_index(keys)
    problems = []
    for _, row in repeated.iterrows():
        key = tuple(row[k] for k in keys)
        original = first.loc[key if len(keys) > 1 else key[0]]
        label = ", ".join(f"{k}={v}" for k, v in zip(keys, key))
        problems.append(Problem(row["_file"], row["_record"],
                                f"duplicate {label} in {table} (first at {original['_file']}, {original['_record'] or 'top'})"))
    return problems


def _present(tables: dict[str, pd.DataFrame]):
    """(name, resource) of the tables built so far (the derived ones come after the checks)."""
    return [(name, resource) for name, resource in RESOURCES.items() if name in tables]


def _dangling(frame: pd.DataFrame, key: ForeignKey, target: pd.DataFrame) -> list[Problem]:
    """Rows naming a row ``target`` does not have; a row with an empty key column names none (a region-wide fact)."""
    columns = list(key.columns)
    if frame.empty or not set(columns) <= set(frame):
        return []
    known = set(target[columns].itertuples(index=False, name=None)) if set(columns) <= set(target) else set()
    named = frame[frame[columns].notna().all(axis=1)]
    return [Problem(row["_file"], row["_record"], _dangling_message(key, row))
            for _, row in named.iterrows() if tuple(row[c] for c in columns) not in known]


def _dangling_message(key: ForeignKey, row) -> str:
    if key == CHALLENGE:
        return f"challenge_rank {int(row['challenge_rank'])} does not exist in region {row['region_id']}"
    values = ", ".join(f"{c} {row[c]!r}" for c in key.columns)
    return f"unknown {values}: not in {key.table}"


def _outside_vocabularies(frame: pd.DataFrame, resource: Resource) -> list[Problem]:
    """Values a column's vocabulary does not hold (an empty value is the column's nullability's business)."""
    problems = []
    for column in resource.columns:
        vocabulary = COLUMNS[column].vocabulary
        if vocabulary is None or column not in frame:
            continue
        bad = frame[frame[column].notna() & ~frame[column].isin(vocabulary.values)]
        problems += [Problem(row["_file"], row["_record"], f"{column} {row[column]!r} is none of {', '.join(vocabulary)}")
                     for _, row in bad.iterrows()]
    return problems


def _region_sources(regions: pd.DataFrame, sources: pd.DataFrame) -> list[Problem]:
    """A region's source must be that region's addendum."""
    if regions.empty or sources.empty:
        return []
    owner = dict(zip(sources["source_id"], sources["region_id"]))
    return [
        Problem(row["_file"], "source_id", f"source {row['source_id']!r} belongs to region {owner[row['source_id']]!r}, not {row['region_id']!r}")
        for _, row in regions.iterrows()
        if row["source_id"] in owner and owner[row["source_id"]] != row["region_id"]
    ]


def _repeated_codings(frame: pd.DataFrame, table: str, keys: list[str]) -> list[Problem]:
    """The same sentence coded the same way twice in one place: two rows that would be one fact (one fact id; an
    empty challenge counts as a value)."""
    if frame.empty:
        return []
    keys = [k for k in keys if k in frame]
    repeated = frame[frame[keys].astype(str).duplicated()]
    return [Problem(row["_file"], row["_record"], f"repeats an earlier row of {table}: same " + ", ".join(keys))
            for _, row in repeated.iterrows()]


def _successors(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """The successor is a category of the same taxonomy; an old id that is still a category may only keep its own links
    (a relabelling), never hand them to another."""
    frame = tables["taxonomy_successors"]
    if frame.empty:
        return []
    problems = []
    for _, row in frame.iterrows():
        ids = set(tables[row["taxonomy"]].get(f"{row['taxonomy'][:-1]}_id", []))
        if row["old_id"] in ids and row["old_id"] != row["new_id"]:
            problems.append(Problem(row["_file"], row["_record"], f"old_id {row['old_id']!r} is still a category in {row['taxonomy']}, "
                                                                  f"so it cannot pass its links to {row['new_id']!r}"))
        if row["new_id"] not in ids:
            problems.append(Problem(row["_file"], row["_record"], f"unknown new_id {row['new_id']!r}: not in {row['taxonomy']}"))
    return problems


def _answers(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every obstacle has its entry in the codebook's answers (a new category cannot slip through unanswered), and
    each answer names service types that exist."""
    frame, obstacles = tables["obstacle_answers"], tables["obstacles"]
    service_types = set(tables["service_types"].get("service_type_id", []))
    problems = [Problem(row["_file"], row["_record"], f"unknown service type {sid!r} in the answer to {row['obstacle_id']!r}")
                for _, row in frame.iterrows() for sid in str(row["service_type_ids"]).split("; ") if sid and sid not in service_types]
    answered = set(frame.get("obstacle_id", []))
    problems += [Problem("data/curated/taxonomy/answers.csv", "", f"obstacle {row['obstacle_id']!r} has no entry: name the service "
                                                                  "types that answer it, or none and the reason")
                 for _, row in obstacles.iterrows() if row["obstacle_id"] not in answered]
    return problems


def _example_categories(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """A worked example names categories of its kind's taxonomy."""
    problems = []
    for _, row in tables["emphasis_examples"].iterrows():
        ids = set(tables[f"{row['kind']}s"].get(f"{row['kind']}_id", []))
        problems += [Problem(row["_file"], row["_record"], f"unknown {row['kind']} {cid!r}: not in {row['kind']}s")
                     for cid in row["category_ids"].split("; ") if cid not in ids]
    return problems


def _rule_categories(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """A decision rule names categories of its own taxonomy, and two different ones."""
    frame = tables["taxonomy_rules"]
    problems = []
    for _, row in frame.iterrows():
        ids = set(tables[row["taxonomy"]].get(f"{row['taxonomy'][:-1]}_id", []))
        for column in ("category_id", "other_id"):
            if pd.notna(row[column]) and row[column] not in ids:
                problems.append(Problem(row["_file"], row["_record"], f"unknown {column} {row[column]!r}: not in {row['taxonomy']}"))
        if row["category_id"] == row["other_id"]:
            problems.append(Problem(row["_file"], row["_record"], f"a rule tells {row['category_id']!r} apart from itself"))
    return problems


def _unfounded_links(links: pd.DataFrame, obstacles: pd.DataFrame) -> list[Problem]:
    """A link answers an obstacle the region names in the same challenge (a region-wide link: anywhere in the
    region), and not only in the link's own quote: an obstacle read from an offer cannot be said to be answered
    by that offer (a circular link). A stated link may rest on one sentence that names both, since there the text
    pairs them itself ("Nabijheid van het aanbod omwille van de mobiliteitsproblematieken")."""
    if links.empty:
        return []
    named: dict[tuple, set[str]] = {}
    for region, rank, obstacle, quote in zip(obstacles.get("region_id", []), obstacles.get("challenge_rank", []),
                                             obstacles.get("obstacle_id", []), obstacles.get("quote", [])):
        for key in ((region, None if pd.isna(rank) else rank, obstacle), (region, None, obstacle)):
            named.setdefault(key, set()).add(collapse_whitespace(quote))
    problems = []
    for _, row in links.iterrows():
        rank = None if pd.isna(row["challenge_rank"]) else row["challenge_rank"]
        quotes = named.get((row["region_id"], rank, row["obstacle_id"]), set())
        where = f"challenge {int(rank)}" if rank is not None else "the region"
        if not quotes:
            problems.append(Problem(row["_file"], row["_record"], f"links obstacle {row['obstacle_id']!r}, which the region "
                                                                  f"does not name in {where}"))
        elif quotes == {collapse_whitespace(row["quote"])} and row.get("link_kind") != "stated":
            problems.append(Problem(row["_file"], row["_record"], f"circular link: obstacle {row['obstacle_id']!r} is named in "
                                                                  f"{where} only in the quote of the offer said to answer it"))
    return problems


def _quotes(tables: dict[str, pd.DataFrame], source_texts: dict[str, str]) -> list[Problem]:
    """Every quote is in its source; a short one must also occur there once, or be marked short."""
    collapsed = {sid: collapse_whitespace(text) for sid, text in source_texts.items()}
    problems = []
    for table, resource in _present(tables):
        frame, column, place = tables[table], resource.quote, QUOTE_PLACES.get(table, "")
        if frame.empty or column not in frame or "source_id" not in frame:
            continue
        for _, row in frame.iterrows():
            text = collapsed.get(row["source_id"])
            if text is None:
                continue  # the missing source text is reported when it is read
            problem = _quote_problem(row[column], row["source_id"], text, bool(row.get("_is_quote_short", False)))
            if problem:  # named by its record ("obstacles[3]"), or its place in one ("method.quote")
                problems.append(Problem(row["_file"], ".".join(filter(None, [row["_record"], place])), problem))
    return problems


def _quote_problem(raw: str, source_id: str, text: str, marked_short: bool) -> str | None:
    quote = collapse_whitespace(raw)
    found = text.count(quote)
    if not found:
        return f"quote not found in source {source_id}: {_short(raw)!r}"
    if marked_short and len(quote) >= MIN_QUOTE_CHARS:
        return (f"quote {_short(raw)!r} is marked is_quote_short but has {len(quote)} characters "
                f"(the mark is for fewer than {MIN_QUOTE_CHARS}); remove the mark")
    if not marked_short and len(quote) < MIN_QUOTE_CHARS and found > 1:
        return (f"quote {raw!r} has {len(quote)} characters and occurs {found} times in source {source_id}, so it points at "
                f"no one place; quote at least {MIN_QUOTE_CHARS} characters, or mark it is_quote_short: true where "
                "the source's own words are this short")
    return None


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."
