"""The call's local timeline: every date the text gives, with the step it most resembles in the other
regions' curated timelines (character n-grams: "Lancering addendum", "Pitches en jury")."""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from dashboard.domain.quotes import collapse_whitespace

MONTHS = {m: i for i, m in enumerate(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                       "september", "oktober", "november", "december"], start=1)}
DATE = re.compile(r"\b(\d{1,2})(?:/(\d{1,2})/(\d{4})|\s+(" + "|".join(MONTHS) + r")(?:\s+(20\d\d))?)\b", re.I)
EARLIER_DAY = re.compile(r"\b(\d{1,2})-?\s+en\s+(?:\w+dag\s+)?$", re.I)  # "11- en vrijdag 13 oktober"
WEEKDAYS = re.compile(r"\b(maan|dins|woens|donder|vrij|zater|zon)dag\b", re.I)
MIN_SIMILARITY = 0.35  # below this a dated line resembles no step of the call


@dataclass(frozen=True)
class Step:
    event: str
    date_start: date
    is_year_inferred: bool
    is_date_upper_bound: bool
    quote: str
    confidence: float
    matched: str


def timeline_steps(text: str, examples: list[tuple[str, str, str, int]]) -> list[Step]:
    """One step per date on a line; examples are (event, region_id, quote, year) from other regions. A date
    without a year takes the text's most named year of the call, or else the other regions' (marked inferred)."""
    if not examples:
        return []
    years = Counter(int(y) for y in re.findall(r"\b(202[2-4])\b", text)) or Counter(e[3] for e in examples)
    default_year = years.most_common(1)[0][0]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    example_matrix = vectorizer.fit_transform([_words(e[2]) for e in examples])
    steps, previous = [], ""
    for line in text.splitlines():
        quote = collapse_whitespace(line.replace("●", ""))
        matches = list(DATE.finditer(quote))
        if not matches:
            previous = quote or previous
            continue
        # a date on a line of its own ("29 juni (13u30 – 17u)") is read with the line that announces it
        words = _words(quote)
        alone, announced = (example_matrix @ vectorizer.transform([words, f"{_words(previous)} {words}"]).T).toarray().T
        similarity = np.maximum(alone, announced)
        best = int(similarity.argmax())
        if similarity[best] < MIN_SIMILARITY:
            continue
        event, region, example, _ = examples[best]
        for match in matches:
            day, month_number, year, month_name, named_year = match.groups()
            month = int(month_number) if month_number else MONTHS[month_name.lower()]
            year = year or named_year
            earlier = EARLIER_DAY.search(quote[:match.start()])
            for day in ([earlier.group(1)] if earlier else []) + [day]:
                try:
                    when = date(int(year or default_year), month, int(day))
                except ValueError:
                    continue
                steps.append(Step(event, when, year is None,
                                  bool(re.search(r"\b(uiterlijk|voor)\b", quote[:match.start()], re.I)),
                                  quote, round(float(similarity[best]), 2), f"voorbeeld ({region}): «{example[:100]}»"))
    return steps


def _words(text: str) -> str:
    """A line without its dates, weekdays and numbers: what names the step, not when it falls."""
    return WEEKDAYS.sub(" ", re.sub(r"\d+", " ", DATE.sub(" ", collapse_whitespace(text)))).lower()
