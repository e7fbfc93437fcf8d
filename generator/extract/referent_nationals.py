"""Who "the Dutchman", "the Frenchwoman" or "the Scot" refers to: the one person named
before whose nationality the text stated.

Sport and world news call someone just named by the people they belong to ("'...,' the
Dutchman said"), often after a sentence about someone else, so the narrative subject
before the quote is no guide. The text states a nationality next to a name: a people's
word or a country's name before it ("Dutch striker Jan Vos", "France's Ann Roux"), a
country after "of" or "from" ("Ann Roux of France"), or in an appositive. The stated
role is not read: the role step may have given the member noun itself to whoever was
the subject before it ("Chairman Tom Vell said ... '...,' the Italian said"). The one
person named before the noun with such a statement for the noun's people is whom it
refers to; when two people or nobody are, the rule gives None and other readings decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon, normalize

__all__ = ["member_words", "national_holder"]

#: Nouns for one member of a people that differ from the people's adjective, and the
#: words (adjectives and country names, lower case) that state that people by a name.
MEMBER_WORDS: dict[str, tuple[str, ...]] = {
    "dutchman": ("dutch", "netherlands", "holland"),
    "dutchwoman": ("dutch", "netherlands", "holland"),
    "frenchman": ("french", "france"),
    "frenchwoman": ("french", "france"),
    "englishman": ("english", "england"),
    "englishwoman": ("english", "england"),
    "scot": ("scottish", "scotland", "scots"),
    "scotsman": ("scottish", "scotland", "scots"),
    "scotswoman": ("scottish", "scotland", "scots"),
    "welshman": ("welsh", "wales"),
    "welshwoman": ("welsh", "wales"),
    "irishman": ("irish", "ireland"),
    "irishwoman": ("irish", "ireland"),
    "kiwi": ("new zealand",),
    "new zealander": ("new zealand",),
    "spaniard": ("spanish", "spain"),
    "swiss": ("swiss", "switzerland"),
    "dane": ("danish", "denmark"),
    "swede": ("swedish", "sweden"),
    "finn": ("finnish", "finland"),
    "pole": ("polish", "poland"),
    "turk": ("turkish", "turkey"),
    "briton": ("british", "britain", "uk", "great britain"),
    "brit": ("british", "britain", "uk", "great britain"),
    "portuguese": ("portuguese", "portugal"),
    "czech": ("czech", "czech republic", "czechia"),
    "croat": ("croatian", "croatia"),
    "serb": ("serbian", "serbia"),
    "slovak": ("slovak", "slovakia"),
    "slovenian": ("slovenian", "slovenia"),
    "hungarian": ("hungarian", "hungary"),
    "romanian": ("romanian", "romania"),
    "bulgarian": ("bulgarian", "bulgaria"),
    "icelander": ("icelandic", "iceland"),
    "jamaican": ("jamaican", "jamaica"),
    "kenyan": ("kenyan", "kenya"),
    "ghanaian": ("ghanaian", "ghana"),
    "senegalese": ("senegalese", "senegal"),
    "south african": ("south african", "south africa"),
    "colombian": ("colombian", "colombia"),
    "chilean": ("chilean", "chile"),
    "peruvian": ("peruvian", "peru"),
    "uruguayan": ("uruguayan", "uruguay"),
    "ecuadorian": ("ecuadorian", "ecuador"),
    "argentine": ("argentine", "argentinian", "argentina"),
    "argentinian": ("argentine", "argentinian", "argentina"),
    "georgian": ("georgian", "georgia"),
    "latvian": ("latvian", "latvia"),
    "lithuanian": ("lithuanian", "lithuania"),
    "estonian": ("estonian", "estonia"),
    "belarusian": ("belarusian", "belarus"),
    "venezuelan": ("venezuelan", "venezuela"),
    "cameroonian": ("cameroonian", "cameroon"),
    "ivorian": ("ivorian", "ivory coast"),
    "algerian": ("algerian", "algeria"),
    "tunisian": ("tunisian", "tunisia"),
}

#: Nouns of a member that end in "man" or "woman" and so are of one sex.
_MALE_END, _FEMALE_END = "man", "woman"

#: Prepositions after a name that state where a person is from ("Ann Roux of France").
_ORIGIN_PREPOSITIONS = frozenset(["of", "from"])

#: Members' words derived from the demonym table, per table: built once.
_DERIVED: dict[int, dict[str, tuple[str, ...]]] = {}


def member_words(noun: str, lex: Lexicon) -> tuple[str, ...]:
    """The words that state the people a member noun names ("dutch", "netherlands" for
    "Dutchman"), or () when the noun names no member of a people. A singular demonym
    whose plural the table knows ("Australian", "Australians") states its country by any
    of that country's demonyms and names."""
    key = normalize(noun)
    if key in MEMBER_WORDS:
        return MEMBER_WORDS[key]
    return _derived(lex).get(key, ())


def _derived(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Singular member nouns of the demonym table and the words of their country."""
    found = _DERIVED.get(id(lex))
    if found is not None:
        return found
    by_code: dict[str, set[str]] = {}
    for form, code in lex.demonyms.items():
        by_code.setdefault(code, set()).add(form)
    for name, place in lex.countries.items():
        if place.country_code in by_code and place.kind == "country":
            by_code[place.country_code].add(name)
    derived = {
        form: tuple(sorted(by_code[code]))
        for form, code in lex.demonyms.items()
        if lex.demonyms.get(form + "s") == code
    }
    _DERIVED[id(lex)] = derived
    return derived


def national_holder(
    noun: Token,
    people: Sequence[Entity],
    lex: Lexicon,
    fits: Callable[[Entity, str], bool],
) -> Entity | None:
    """The one person named before a member noun ("the Dutchman") whose nationality the
    text stated as that noun's people, when the noun's sex ("-man", "-woman") fits them
    (``fits`` reads a person against "he" or "she"); else None."""
    stated = member_words(_member_text(noun), lex)
    if not stated:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in stated) + r")\b")
    holders = [
        person
        for person in people
        if person.kind == PERSON and pattern.search(_nationality_text(person, noun.i))
    ]
    if len(holders) != 1:
        return None
    word = noun.lower_
    if word.endswith(_FEMALE_END) and not fits(holders[0], "she"):
        return None
    if word.endswith(_MALE_END) and not word.endswith(_FEMALE_END):
        return holders[0] if fits(holders[0], "he") else None
    return holders[0]


def _member_text(noun: Token) -> str:
    """The member noun as written, with "New" before "Zealander" and "South" before
    "African" (two words to the tokenizer)."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.lower_ in ("new", "south") and before.head.i == noun.i:
        return f"{before.lower_} {noun.lower_}"
    return noun.lower_


def _nationality_text(person: Entity, before: int) -> str:
    """The lower-case words that state things about a person next to their mentions
    before a token: the words that modify the name ("Dutch striker"), an appositive,
    and "of"/"from" phrases after it."""
    parts: list[str] = []
    for mention in person.mentions:
        span: Span = mention.span
        if span.start >= before:
            continue
        root = span.root
        parts.append(span.doc[root.left_edge.i : span.start].text.lower())
        for child in root.children:
            if child.i < span.end:
                continue
            if child.dep_ == "appos" or (
                child.dep_ == "prep" and child.lower_ in _ORIGIN_PREPOSITIONS
            ):
                parts.append(span.doc[child.i : child.right_edge.i + 1].text.lower())
    return " | ".join(parts)
