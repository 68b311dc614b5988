"""Suggesting categories for statements: a small classifier over Dutch lemmas, trained on the codebook's
labels and includes and on the other regions' coded statements, with the reason each suggestion rests on.

Lemmas come from simplemma (its Dutch data ships in the package); character n-grams catch the compounds
("verslavingsproblematiek") a lemma does not split. Nothing is downloaded.
"""

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import simplemma
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier

from dashboard.builder.draft.codebook import Codebook, CodedRegion
from dashboard.builder.draft.segments import Unit

THRESHOLD_GRID = [round(float(t), 2) for t in np.arange(0.1, 0.95, 0.05)]


@lru_cache(maxsize=50_000)
def _lemma(token: str) -> str:
    return simplemma.lemmatize(token, lang="nl")


def lemmas(text: str) -> list[str]:
    return [_lemma(t.lower()) for t in simplemma.simple_tokenizer(text) if any(c.isalpha() for c in t)]


def _features_text(unit: Unit) -> str:
    """The statement's lemmas, with the lead-in of its list and its section as context words."""
    context = " ".join(f"ctx_{w}" for w in lemmas(unit.lead)[-4:])
    return f"{' '.join(lemmas(unit.text))} {context} sec_{unit.section.replace('-', '_')}"


@dataclass(frozen=True)
class Suggestion:
    unit_id: int
    category_id: str
    confidence: float
    matched: str  # the codebook include or the coded example the suggestion rests on
    rule: str | None  # the decision rule that applies when a neighbouring category is suggested too


class Suggester:
    """One taxonomy's classifier. `fit` learns from the codebook and the given regions only."""

    def __init__(self, taxonomy: str, codebook: Codebook):
        self.taxonomy = taxonomy
        self.codebook = codebook
        self.categories = [c.category_id for c in codebook.categories[taxonomy]]

    def fit(self, regions: list[CodedRegion]) -> "Suggester":
        docs, targets, self.examples = [], [], []
        for category in self.codebook.categories[self.taxonomy]:
            for phrase in (category.label_nl, *category.includes):
                docs.append(" ".join(lemmas(phrase)))
                targets.append({category.category_id})
        for region in regions:
            labels = region.labels[self.taxonomy]
            for unit in region.units:
                docs.append(_features_text(unit))
                targets.append(labels.get(unit.unit_id, set()))
                for category in labels.get(unit.unit_id, ()):
                    self.examples.append((category, region.region_id, unit.text))
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+")
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True, min_df=2)
        matrix = self._matrix(docs, fit=True)
        self.models = {}
        for category in self.categories:
            y = np.array([category in t for t in targets])
            # logistic loss by stochastic gradient: the same model as a logistic regression, fit in a fixed number of
            # passes (a shared 2-core machine made the exact solvers take minutes); the seed keeps drafts repeatable
            model = SGDClassifier(loss="log_loss", alpha=1e-4, class_weight="balanced", max_iter=30, tol=None,
                                  random_state=0)
            self.models[category] = model.fit(matrix, y)
        example_texts = [" ".join(lemmas(text)) for _, _, text in self.examples]
        self.example_matrix = self.chars.transform(example_texts) if example_texts else None
        return self

    def _matrix(self, docs: list[str], fit: bool = False):
        if fit:
            return hstack([self.words.fit_transform(docs), self.chars.fit_transform(docs)]).tocsr()
        return hstack([self.words.transform(docs), self.chars.transform(docs)]).tocsr()

    def scores(self, units: list[Unit]) -> np.ndarray:
        """units x categories probabilities."""
        matrix = self._matrix([_features_text(u) for u in units])
        return np.column_stack([self.models[c].predict_proba(matrix)[:, 1] for c in self.categories])

    def suggest(self, units: list[Unit], threshold: float, scores: np.ndarray | None = None) -> list[Suggestion]:
        scores = self.scores(units) if scores is None else scores
        picked: dict[int, list[tuple[str, float]]] = {}
        for row, col in zip(*np.nonzero(scores >= threshold)):
            picked.setdefault(int(row), []).append((self.categories[col], float(scores[row, col])))
        out = []
        for row, categories in sorted(picked.items()):
            unit = units[row]
            named = {c for c, _ in categories}
            for category, confidence in sorted(categories, key=lambda c: -c[1]):
                out.append(Suggestion(unit.unit_id, category, round(confidence, 2), self._reason(unit, category),
                                      self._rule(category, named)))
        return out

    def _reason(self, unit: Unit, category_id: str) -> str:
        """The codebook include the statement holds, or else the most alike coded example of the category."""
        text = f" {' '.join(lemmas(unit.text))} "
        category = next(c for c in self.codebook.categories[self.taxonomy] if c.category_id == category_id)
        for phrase in (category.label_nl, *category.includes):
            if f" {' '.join(lemmas(phrase))} " in text:
                return f"codeboek: «{phrase}»"
        indices = [i for i, (c, _, _) in enumerate(self.examples) if c == category_id]
        if not indices:
            return "codeboek: definitie"
        similarity = (self.example_matrix[indices] @ self.chars.transform([text.strip()]).T).toarray().ravel()
        best = indices[int(similarity.argmax())]
        _, region, example = self.examples[best]
        return f"voorbeeld ({region}): «{example[:160]}»"

    def _rule(self, category_id: str, named: set[str]) -> str | None:
        for rule in self.codebook.rules[self.taxonomy]:
            if category_id in (rule.category_id, rule.other_id) and {rule.category_id, rule.other_id} <= named:
                return rule.text
        return None
