"""The lemma of a word that attribution asks about ("issued" -> "issue").

The pipeline leaves spaCy's lemmatizer out, as running it on every token of
every document costs about a tenth of the parse; attribution needs the lemma
of a few verbs only. The model's own rule lemmatizer is loaded alone, on the
pipeline's vocabulary, and asked of those words only, so that word lists name
each verb once instead of in every inflection.
"""

from __future__ import annotations

from functools import cache

from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Token

from generator.extract.nlp import lemma_tables, load_nlp, model_name


@cache
def _lemmatizer() -> EnglishLemmatizer:
    """The model's rule lemmatizer on its own tables, made once."""
    tables = lemma_tables()
    if tables is None:
        raise RuntimeError(f"{model_name()} has no lemmatizer tables; reinstall the model")
    lemmatizer = EnglishLemmatizer(load_nlp().vocab, None, "lemmatizer", mode="rule")
    lemmatizer.initialize(lookups=tables)
    return lemmatizer


def lemma(token: Token) -> str:
    """The token's lemma by its part of speech, lower case ("wrote" as a verb -> "write")."""
    forms = _lemmatizer().rule_lemmatize(token)
    return (forms[0] if forms else token.text).lower()
