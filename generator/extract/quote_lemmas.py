"""The lemma of a word that attribution asks about ("issued" -> "issue"), and the
written forms of a verb that a word list names by its lemma.

The pipeline leaves spaCy's lemmatizer out, as running it on every token of
every document costs about a tenth of the parse; attribution needs the lemma
of a few verbs only. The model's own rule lemmatizer is loaded alone, on the
pipeline's vocabulary, and asked of those words only, so that word lists name
each verb once instead of in every inflection. A list looked up for many words
instead is spelled out once, when it is loaded, by `inflections`.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Token

from generator.extract.nlp import lemma_tables, load_nlp, model_name

#: Letters that end a regular verb taking "-es" ("hisses", "fixes", "watches").
SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")
VOWELS = frozenset("aeiou")


@cache
def _lemmatizer() -> EnglishLemmatizer:
    """The model's rule lemmatizer on its own tables, made once."""
    tables = lemma_tables()
    if tables is None:
        raise RuntimeError(f"{model_name()} has no lemmatizer tables; reinstall the model")
    lemmatizer = EnglishLemmatizer(load_nlp().vocab, None, "lemmatizer", mode="rule")
    lemmatizer.initialize(lookups=tables)
    return lemmatizer


#: Lemmas found, by what the rule lemmatizer reads of a token: its writing, its part of
#: speech and its morphology (as ids of the vocabulary's strings).
_LEMMAS: dict[tuple[int, int, int], str] = {}


def lemma(token: Token) -> str:
    """The token's lemma by its part of speech, lower case ("wrote" as a verb -> "write")."""
    # The key spaCy's own lemmatizer caches by; its stubs leave ``MorphAnalysis.key`` out.
    key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
    found = _LEMMAS.get(key)
    if found is None:
        forms = _lemmatizer().rule_lemmatize(token)
        found = _LEMMAS[key] = (forms[0] if forms else token.text).lower()
    return found


@cache
def _irregular_forms() -> dict[str, frozenset[str]]:
    """Each verb's forms in the model's exception table ("swear" -> swore, sworn), made once.

    The table also holds the regular forms whose consonant doubles ("fretted").
    """
    tables = lemma_tables()
    exceptions = tables.get_table("lemma_exc", {}).get("verb", {}) if tables is not None else {}
    forms: defaultdict[str, set[str]] = defaultdict(set)
    for form, lemmas in exceptions.items():
        for verb in lemmas:
            forms[verb].add(form)
    return {verb: frozenset(found) for verb, found in forms.items()}


def _doubles(verb: str) -> bool:
    """Whether a verb of one syllable doubles its last consonant ("blog" -> "blogged")."""
    last3 = verb[-3:]
    return (
        len(last3) == 3
        and last3[0] not in VOWELS
        and last3[1] in VOWELS
        and last3[2] not in VOWELS | {"w", "x", "y"}
        and sum(1 for char in verb if char in VOWELS) == 1
    )


def inflections(verb: str, present: bool = True) -> frozenset[str]:
    """The written forms of a verb named by its lemma: its exception-table forms, its
    regular "-ing" form, its regular "-ed" form unless the table gives it a strong past
    ("swore"), and, when ``present``, the lemma and its "-s" form.

    ``present=False`` serves verbs whose bare and "-s" forms are mostly nouns. A regular
    spelling the verb does not use ("refered" beside the table's "referred") is harmless:
    no text holds it.
    """
    irregular = _irregular_forms().get(verb, frozenset())
    stem = verb + verb[-1] if _doubles(verb) else verb
    consonant_y = verb.endswith("y") and verb[-2:-1] not in VOWELS
    if verb.endswith("ie"):
        past, participle = verb + "d", verb[:-2] + "ying"
    elif verb.endswith(("ee", "ye", "oe")):
        past, participle = verb + "d", verb + "ing"
    elif verb.endswith("e"):
        past, participle = verb + "d", verb[:-1] + "ing"
    elif consonant_y:
        past, participle = verb[:-1] + "ied", verb + "ing"
    else:
        past, participle = stem + "ed", stem + "ing"
    strong = bool(irregular) and not any(form.endswith("ed") for form in irregular)
    forms = {participle, *irregular} | (set() if strong else {past})
    if present:
        if verb.endswith(SIBILANT_ENDS):
            third = verb + "es"
        elif consonant_y:
            third = verb[:-1] + "ies"
        else:
            third = verb + "s"
        forms |= {verb, third}
    return frozenset(forms)


@cache
def verb_forms(lemmas: tuple[str, ...]) -> frozenset[str]:
    """The written forms of the verbs named by ``lemmas`` (`inflections` of each, present
    forms too): ("buy",) -> buy, buys, buying, bought."""
    return frozenset(form for verb in lemmas for form in inflections(verb))
