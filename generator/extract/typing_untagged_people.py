"""People the model never tags whose surname is a common noun: "Ann Baker said", "said Tom
Carpenter". A one-sex given name (data/given_names.yaml) and a capitalised word after it,
outside every entity and no part of a longer name, name a person when the pair is the
subject of a verb of saying or of a part played ("Ann Baker plays the queen"), is set off
with an age ("Ann Baker, 52,") or taken up by "who" ("Ann Baker, who") or later by a
courtesy title ("Mrs Baker"), or follows a noun for someone's trade ("Actress Ann Baker"): a
body, a place or a work does none of these under a given name. A pair after a trade or rank
whose surname the model tagged alone as a person elsewhere ("Singer-songwriter Harlow Vance
... Vance thanked") is that person, given name listed or not, and so is a pair after a rank
that speaks or is given an age ("Detective Constable Ravi Sehgal said"): a table of given
names never holds them all."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon, cues, lexicon
from generator.extract.mentions import place_named
from generator.extract.nlp import common_nouns, text_of
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun
from generator.extract.typing_performers import plays_a_part

__all__ = ["listed_people", "untagged_people"]

#: Two capitalised words, the second maybe double-barrelled: "Ann Baker", "Tom Carr-Mason";
#: every such pair, overlapping ("Nina Fallon" of "Actress Nina Fallon").
_PAIR = re.compile(r"(?=((?<![\w'’-])[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])))")
#: An age set off after a name: ", 52," or ", 52." (digits only; words may be a list); or
#: "who" taking the name up: ", who".
_AGE = re.compile(r", (?:\d{1,3}[,.]|who\b)")


def untagged_people(doc: Doc, lex: Lexicon) -> list[Span]:
    """Given names and surnames outside the model's entities that say something or are given
    an age (see the module's doc), as person spans."""
    out: list[Span] = []
    text = text_of(doc)
    surnames = _tagged_surnames(doc)
    last_titled = _last_titled(text)
    for found in _PAIR.finditer(text):
        given = given_name_sex(found.group(1)) is not None
        titled = _titled_later(found.group(1), last_titled, found.end(1))
        surnamed = found.group(1).split()[-1] in surnames
        ranked = _rank_word_before(text, found.start(1))
        if not given and not titled and not surnamed and not ranked:
            continue
        span = doc.char_span(found.start(1), found.end(1))
        if span is None or not _alone(span) or _land_named(span[-1].text, lex):
            continue  # "Ruth Wales said": a land's name is left to the place votes
        if ranked and not given and _ranked_speaker(span, lex):
            # "Detective Constable Ravi Sehgal, of Kelby Police, said": a rank before a pair
            # that then speaks or is given an age says a person, whatever the given name.
            span.label_ = "PERSON"
            out.append(span)
            continue
        if _trade_named(span, surnamed):
            # "Singer-songwriter Harlow Vance ... Vance thanked": a trade before the pair and
            # the surname alone tagged as a person elsewhere make the pair their full name.
            span.label_ = "PERSON"
            out.append(span)
            continue
        if not given and (span[0].pos_ != "PROPN" or span[0].lower_ in common_nouns()):
            continue  # a title takes up a surname; the word before it must be a name too
        aged = _AGE.match(text, found.end(1)) is not None
        acts = _says(span[-1], lex) or plays_a_part(span[-1])  # "Ann Baker plays the queen"
        if titled or (given and (aged or acts or _trade_before(span))):
            span.label_ = "PERSON"
            out.append(span)
    return out


#: Kinds of the gazetteer's places that are lands: a town's name is a common surname too
#: ("Nina Preston", "Tom Lincoln"), a country's or a region's seldom ("Ruth Wales").
_LANDS = frozenset({"country", "region"})


def _land_named(word: str, lex: Lexicon) -> bool:
    """Whether a word is the name of a country or a region (not of a town)."""
    place = place_named(word, lex)
    return place is not None and place.kind in _LANDS


def _trade_named(span: Span, surnamed: bool) -> bool:
    """Whether a pair whose surname the model tagged alone elsewhere follows a trade or a
    rank and opens with a proper noun that is no word for someone ("Singer Vance")."""
    first = span[0]
    return (
        surnamed
        and first.pos_ == "PROPN"
        and not _person_word(first.lower_)
        and first.lower_ not in lexicon().role_words
        and (_trade_before(span) or _rank_before(span))
    )


def _tagged_surnames(doc: Doc) -> frozenset[str]:
    """One-word names the model tagged as a person somewhere in the text."""
    return frozenset(e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1)


def _alone(span: Span) -> bool:
    """Whether a span of two words lies outside every entity and runs into no other
    capitalised word, after no article: not "Ann Baker Hall", "the Rose Garden", nor
    "Greater Ann Baker" inside a sentence."""
    doc = span.doc
    if _pair_words(span) is None or any(t.ent_iob_ != "O" for t in span):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.text[:1].isupper() and after.is_alpha:
        return False
    if before is not None and (before.pos_ == "DET" or before.tag_ == "PRP$"):
        return False  # "the Rose Garden said": an article is no one's
    return (
        before is None
        or span[0].is_sent_start
        or not before.text[:1].isupper()
        or (before.is_sent_start and before.pos_ in _OPENING_LINKS)  # "When Ann Baker moved"
        or _trade_before(span)
        or _rank_before(span)
    )


#: Parts of speech of a sentence's opening word that joins a clause, not a name: "When",
#: "After", "But", "So".
_OPENING_LINKS = frozenset({"SCONJ", "ADP", "ADV", "CCONJ"})


#: Courtesy titles, which take up a person's surname.
_COURTESY = ("Mrs", "Mr", "Ms", "Miss", "Dr")


#: A courtesy title and the word after it, with the word's hyphened part if one follows
#: ("Mrs Carr-Mason"): a pair's surname is one word or two joined by a hyphen.
_TITLED = re.compile(rf"\b(?:{'|'.join(_COURTESY)})\.? (?=(\w+)(?:-(\w+))?)")


def _last_titled(text: str) -> dict[str, int]:
    """Where the last courtesy title before each word opens ("Mrs Baker" -> "Baker"), read
    once per text. A surname follows a title when it is the whole run of word characters
    after it (a word boundary ends it), or that run, a hyphen and the next run."""
    last: dict[str, int] = {}
    for found in _TITLED.finditer(text):
        last[found[1]] = found.start()
        if found[2] is not None:
            last[f"{found[1]}-{found[2]}"] = found.start()
    return last


def _titled_later(name: str, last_titled: dict[str, int], after: int) -> bool:
    """Whether the story takes the name's surname up with a courtesy title further on ("Ann
    Baker moved there in 1962. ... said Mrs Baker"): a title is only ever a person's.
    ``last_titled`` is `_last_titled` of the text; ``after`` ends the name, and no word
    character follows it, so a title opening at or after it is one further on."""
    first, surname = name.split()[0], name.split()[-1]
    return first not in _COURTESY and last_titled.get(surname, -1) >= after


def _trade_before(span: Span) -> bool:
    """Whether a noun for someone's trade stands right before the name, in lower case or
    capitalised to open the sentence: "actress Ann Baker", "Actress Ann Baker said"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    opening = before.i == 0 or before.is_sent_start or before.nbor(-1).is_space
    word = before.lower_
    return (before.is_lower or opening) and _person_word(word)


def _rank_before(span: Span) -> bool:
    """Whether a capitalised rank, office or honour stands right before the name, no part
    of a name the model found: "Detective Constable Ann Baker", "Dame Ann Baker"."""
    before = span.doc[span.start - 1]
    word = before.lower_
    return before.is_title and not before.ent_type_ and _rank_word(word)


def _rank_word(word: str) -> bool:
    """Whether a lower-case word is a rank, office or honour, or a noun for someone."""
    lex = lexicon()
    return word in lex.role_words or word in lex.honorifics or _person_word(word)


def _rank_word_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` in the text is a capitalised rank, office or
    honour ("Constable", "Dame"), by its letters alone: the cheap test before a parse's."""
    if start < 2 or text[start - 1] != " ":
        return False
    end = start - 1  # the last word before the space, read backwards: no copy of the text
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:end]
    return word.istitle() and word.isalpha() and _rank_word(word.lower())


def _ranked_speaker(span: Span, lex: Lexicon) -> bool:
    """Whether a pair after a rank (`_rank_before`) reads as a person: its words proper
    nouns that name no one's trade or rank, and the pair speaks or is given an age. A
    common noun ("Chief Fire Officer") is no name, except as a part of a double-barrelled
    surname ("Dr Ilse Marrow-Penn"), whose hyphen between capitals only a surname has."""
    if not _rank_before(span):
        return False
    pair = _pair_words(span) or list(span)
    plain = pair[:1] if len(pair) == 3 else pair  # a hyphened surname's parts may be nouns
    if any(t.pos_ != "PROPN" for t in pair) or any(
        t.lower_ in lex.role_words or _person_word(t.lower_) for t in pair
    ):
        return False
    if any(t.lower_ in common_nouns() for t in plain):
        return False
    return _says(span[-1], lex) or _AGE.match(text_of(span.doc), span.end_char) is not None


def _pair_words(span: Span) -> list[Token] | None:
    """The words of a pair, a double-barrelled surname's hyphen left out ("Ann Baker",
    "Ann Carr-Mason"), or None when the span is no pair."""
    if len(span) == 4 and span[2].text == "-" and not span[1].whitespace_:
        return [span[0], span[1], span[3]]
    return list(span) if len(span) == 2 else None


def _person_word(word: str) -> bool:
    """Whether a lower-case word is an English common noun for someone ("actress")."""
    return word in common_nouns() and person_noun(word)


def _says(surname: Token, lex: Lexicon) -> bool:
    """Whether the surname is the subject of a verb of saying: "Ann Baker said", "said Ann
    Baker", "Ann Baker told reporters"."""
    return surname.dep_ == "nsubj" and surname.head.lower_ in lex.reporting_verbs


def listed_people(doc: Doc, lex: Lexicon) -> list[Span]:
    """Full names outside the model's entities joined by "and" to a person's name it did tag:
    "set up by Niklas Zell and Janus Friis", "Janus Friis and Niklas Zell", as person spans.
    Two or three capitalised proper nouns that end in no body's word ("and Kelby Council"),
    nor in a common noun unless a given name opens them ("and Harbour Street"), and name no
    place the tables or the gazetteer know ("and New Mexico")."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        root = ent.root
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
        for head in partners:
            span = _untagged_full_name(head)
            if span is not None and lex.place(span.text) is None and not _mapped(span.text):
                span.label_ = "PERSON"
                out.append(span)
    return out


def _untagged_full_name(head: Token) -> Span | None:
    """The untagged name of two or three capitalised proper nouns that ``head`` ends, or
    None: its compounds before it, running into no capitalised word after it."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == head:
        start -= 1
    span = doc[start : head.i + 1]
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if not 2 <= len(span) <= 3 or (after is not None and after.is_title):
        return None
    if any(t.ent_iob_ != "O" or t.pos_ != "PROPN" or not t.is_title for t in span):
        return None
    if head.lower_ in cues().org_suffixes:
        return None
    if head.lower_ in common_nouns() and given_name_sex(span.text) is None:
        return None  # "Jo Ames and Harbour Street": a common noun ends a place's name too
    return span


def _mapped(name: str) -> bool:
    return gazetteer().lookup(name) is not None
