"""The rest of a region file as suggestions: the method, stated figures, persona facts and descriptions,
caveats, target groups and plans (statements the classifier labels with their kind), the municipalities the text
lists, and the provinces they lie in. What only the curator can write (a summary in our words, in two languages)
is left empty for the review to fill."""

import re

from dashboard.builder.draft.codebook import STATEMENT_KINDS, Codebook
from dashboard.builder.draft.segments import Unit
from dashboard.builder.draft.suggest import Suggestion
from dashboard.builder import models
from dashboard.domain.quotes import collapse_whitespace

# the first digit of a Flemish NIS code names its province (Brussels and Wallonia have no partnerships of the call)
PROVINCES = {"1": "Antwerpen", "2": "Vlaams-Brabant", "3": "West-Vlaanderen", "4": "Oost-Vlaanderen", "7": "Limburg"}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
BULLET = re.compile(r"^\s*(?:[●•▪o\-–]\s+)")


def blank(attribute: str, **known) -> dict:
    """A record of a region file's list with every field of its model, unknown ones empty (None), in the model's
    order; an optional field the draft does not know takes the model's default (a flag that is false)."""
    model = models.RegionFile.model_fields[attribute].annotation
    model = getattr(model, "__args__", [model])[0]  # list[Record] -> Record
    record = {}
    for name, info in model.model_fields.items():
        if name == "is_quote_short":
            continue
        record[name] = known.get(name, None if info.is_required() else info.default)
    return record


def statement_records(suggestions: list[Suggestion], units: list[Unit], codebook: Codebook,
                      offers: dict[int, list[str]], personas: dict[int, list[str]]) -> dict[str, list[dict]]:
    """Region-file records for statements the classifier labelled with a kind, keyed by the region file's list.
    ``offers``: unit_id -> service types suggested there (a service-type caveat names one); ``personas``:
    challenge rank -> the persona ids its heading names (a persona fact names one of them)."""
    out: dict[str, list[dict]] = {}
    for s in suggestions:
        unit = units[s.unit_id]
        attribute, fixed = STATEMENT_KINDS[s.category_id]
        named = _personas_named(unit.text, codebook, personas.get(unit.challenge_rank, []))
        known = {**fixed, "quote": unit.text, "challenge_rank": unit.challenge_rank, "section": unit.section,
                 "persona_id": named[0] if named and fixed.get("fact_level") != "group" else None,
                 "service_type_id": (offers.get(s.unit_id) or [None])[0]}
        if attribute == "stated_figures":
            number = NUMBER.search(unit.text)
            known["value"] = float(number.group().replace(".", "").replace(",", ".")) if number else None
        if fixed.get("fact_level") == "group" and unit.challenge_rank is None:
            continue  # a group fact is about a challenge's group; outside one it has no subject
        record = blank(attribute, **known)
        record.update(unit_id=s.unit_id, confidence=s.confidence, matched=s.matched)
        out.setdefault(attribute, []).append(record)
    return out


def _personas_named(text: str, codebook: Codebook, of_challenge: list[str]) -> list[str]:
    """Persona ids whose name the statement holds, the challenge's own first."""
    words = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)}
    named = [p for name, p in codebook.personas.items() if name in words]
    return sorted(named, key=lambda p: p not in of_challenge)


def municipalities(text: str, codebook: Codebook) -> list[dict]:
    """Every Flemish municipality the text names, in the order it first names them, quoted by the line it stands
    on (the lists of the call's template are one line or a few)."""
    found: dict[str, tuple] = {}
    for number, line in enumerate(text.splitlines()):
        quote = collapse_whitespace(BULLET.sub("", line))
        for name, nis_code in codebook.municipalities.items():
            at = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", quote)
            if nis_code not in found and at:
                found[nis_code] = ((number, at.start()), blank("municipalities", nis_code=nis_code, name=name,
                                                               quote=quote))
    return [record for _, record in sorted(found.values(), key=lambda pair: pair[0])]


def provinces(records: list[dict]) -> list[str]:
    """The provinces of the municipalities, in the order of their first one."""
    return list(dict.fromkeys(PROVINCES[r["nis_code"][0]] for r in records if r["nis_code"][0] in PROVINCES))
