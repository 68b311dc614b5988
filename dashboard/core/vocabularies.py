"""The vocabularies of the dataset: the values a column may take, in their order, each with its Dutch and English
label and what it means. The build checks the values against them (dashboard.core.resources), data/README.md and
datapackage.json list them, and the pages show their labels.
"""

from dataclasses import dataclass

LANGUAGES = ("nl", "en")  # the order of a Term's labels, as in dashboard.text.i18n


@dataclass(frozen=True)
class Term:
    nl: str
    en: str
    meaning: str


@dataclass(frozen=True)
class Vocabulary:
    """Value -> Term, in the order the values are shown and ranked."""

    terms: dict[str, Term]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(self.terms)

    def label(self, value: str, lang: str) -> str:
        return getattr(self.terms[value], lang)

    def labels(self, lang: str) -> dict[str, str]:
        return {value: self.label(value, lang) for value in self.terms}

    def meanings(self) -> str:
        """"a (what a means), b (what b means)": the vocabulary in a column's description."""
        return ", ".join(f"{value} ({term.meaning})" for value, term in self.terms.items())

    def only(self, *values: str) -> "Vocabulary":
        """The part of this vocabulary a column may take, in this vocabulary's order."""
        unknown = set(values) - set(self.terms)
        if unknown:
            raise ValueError(f"not in the vocabulary: {sorted(unknown)}")
        return Vocabulary({v: t for v, t in self.terms.items() if v in values})

    def __iter__(self):
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


def _vocabulary(*terms: tuple[str, str, str, str]) -> Vocabulary:
    """(value, Dutch label, English label, meaning), in order."""
    return Vocabulary({value: Term(*rest) for value, *rest in terms})


# The parts of an addendum, in the order of the call's template. Every part with a heading of its own is found in the
# texts (dashboard.domain.sections); a coded fact names the part it stands in (CODED_SECTIONS).
SECTIONS = _vocabulary(
    ("werkingsgebied", "Lokaal werkingsgebied", "Local area", "the local area: the region's municipalities and figures"),
    ("focus", "Focus lokaal partnerschap", "Focus of the local partnership",
           "the 'Focus lokaal partnerschap' part that opens the Zuid-West-Vlaanderen addendum"),
    ("uitdaging", "Regio-uitdagingen", "Regional challenges", "the regio-uitdagingen"),
    ("verrijking", "Resultaten verrijking", "Results of the enrichment sessions", "the results of the enrichment sessions"),
    ("arena-analyse", "Arena-analyse", "Arena analysis", "the arena analysis"),
    ("persona", "Persona's", "Personas", "the persona pages"),
    ("andere-lokale-input", "Andere lokale input", "Other local input", "other local input"),
    ("timing", "Lokale timing", "Local timing", "the local timeline of the call"),
)
CODED_SECTIONS = SECTIONS.only("focus", "uitdaging", "verrijking", "arena-analyse", "andere-lokale-input")
PLAN_ASPECTS = _vocabulary(  # what a region says of the partnership it wants, beside its needs
    ("partners", "Partners", "Partners", "the partners or kinds of actors the region names for its partnership"),
    ("uitkomst", "Beoogde uitkomst", "Intended outcome", "the outcome the region intends for the people it serves"),
    ("werkvorm", "Werkvorm", "Working method", "a working method the region names (group work), which is not a service type"),
)
SCOPE_ASPECTS = _vocabulary(  # what a target-group record delimits
    ("doelgroep", "Doelgroep", "Target group", "a group of people the region names"),
    ("leeftijd", "Leeftijd", "Age", "the ages it covers"),
    ("contacttaal", "Contacttaal", "Contact language", "languages contact may be in"),
)
FACT_LEVELS = _vocabulary(  # what a persona fact is about
    ("persona", "Persona", "Persona", "this persona, as the text describes it"),
    ("group", "Groep", "Group", "the whole group of the challenge the persona belongs to; the same fact is repeated for each "
                             "persona of that challenge"),
)
SAMPLE_SCOPES = _vocabulary(
    ("all", "Alle zinnen", "All sentences", "every sentence of the round's sample"),
    ("unseen", "Zonder wat het codeboek citeert", "Without what the codebook quotes",
            "without the sentences the coder's codebook quoted (is_in_codebook)"),
)
CODERS = _vocabulary(
    ("dataset", "Dataset", "Dataset", "the coded rows whose quote overlaps the sentence"),
    ("second", "Tweede codeur", "Second coder", "the blind second coder"),
)
EVENTS = _vocabulary(  # the local analysis before the call, then the call's own steps, in their order
    ("arena-analyse", "Arena-analyse", "Arena analysis", "the arena analysis before the call"),
    ("verrijking", "Verrijkingsdag", "Enrichment day", "the enrichment sessions before the call"),
    ("lancering", "Lancering", "Launch", "the launch"),
    ("deadline-kandidatuur", "Deadline kandidaturen", "Deadline for candidates", "the deadline for candidates"),
    ("beoordeling", "Beoordeling voorstellen", "Proposals assessed", "written proposals assessed"),
    ("selectie", "Selectie voor de pitches", "Selection for the pitches", "who may pitch is decided or told"),
    ("jury", "Jury en pitches", "Jury and pitches", "pitches and jury"),
    ("bekrachtiging", "Bekrachtiging door het beslissingsorgaan", "Ratified by the deciding body",
                   "the deciding body ratifies the choice"),
    ("beslissing", "Beslissing", "Decision", "the decision"),
    ("partnerschapsmeeting", "Eerste overleg met de gekozen partners", "First meeting with the partners chosen",
                          "the first meeting with the partners chosen"),
    ("weerwoord", "Weerwoord", "Right of reply", "the right of reply"),
)
LINK_KINDS = _vocabulary(  # how a link between an obstacle and a service type is known
    ("stated", "de tekst koppelt ze", "the text pairs them",
            "the text pairs the obstacle and the service type itself, as in the Vlaamse-Ardennen table"),
    ("listed", "naast elkaar opgesomd, koppeling van ons", "listed side by side, our pairing",
            "the text lists obstacles beside a list of offers and the one-to-one pairing is ours"),
    ("coded", "door ons gekoppeld", "paired by us", "we paired them from the codebook"),
)
ROBUSTNESS = _vocabulary(  # whether a statement a ranking makes holds under the other measures (dashboard.core.counting)
    ("holds", "geldt onder elke maat", "holds under every measure", "no other measure (presence by region, raw mentions) contradicts it"),
    ("depends", "hangt af van de maat", "depends on the measure", "another measure contradicts it: read the ranks under each measure"),
)
KINDS = _vocabulary(  # what a coded category is
    ("obstacle", "Obstakel", "Obstacle", "an obstacle (see obstacles)"),
    ("service_type", "Diensttype", "Service type", "a service type (see service_types)"),
)
TAXONOMIES = _vocabulary(
    ("obstacles", "Obstakels", "Obstacles", "the obstacles' codebook"),
    ("service_types", "Diensttypes", "Service types", "the service types' codebook"),
)
