"""The entities of a headline: what it alone names, and the body's people it names briefly.

A headline is parsed apart from the body and has little context: it adds only the
organizations and places the tables know by the very name, that the body does not write,
and a surname of the body's person becomes that person's alias.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from generator.extract.entities import (
    ORG,
    PERSON,
    PLACE,
    Entity,
    group_entities,
    mentions_of,
)
from generator.extract.family_names import name_tokens
from generator.extract.lexicon import cues, initials, lexicon, normalize
from generator.extract.line_ups import pair_of_names
from generator.extract.nlp import common_nouns, text_of


def _sure_in_title(found: Entity) -> bool:
    """A headline has little context: a place must be one the tables or gazetteer know by
    that very name ("Ivanov Dagestan" is no place); a headline's "person" has no evidence at all,
    and the people that matter are named in the body."""
    if found.kind == PLACE:
        place = found.place
        return (
            place is not None
            and place.kind != "other"
            # A region only the model's label makes ("New Gulf" of "NEW GULF TENSION") has
            # no country and no table entry: nothing but a capital says it is a place.
            and (place.country_code is not None or lexicon().place(place.name) is not None)
            and (
                any(m.fixed for m in found.mentions)
                or all(normalize(m.text) == normalize(place.name) for m in found.mentions)
            )
        )
    return found.kind == ORG


def with_title(entities: list[Entity], title: Doc, body: Doc) -> list[Entity]:
    """The body's entities and the organizations and places only the headline names.

    The body decides: a headline name the body also writes keeps whatever
    kind the body gave it (or none), and a form of a body entity of the same
    kind is only an alias. The headline's entities have no mentions in the
    body's parse; their forms are kept as written.
    """
    body_text = text_of(body)
    known = {(e.kind, e.name): e for e in entities}
    out = list(entities)
    _headline_surnames(entities, title)
    initials_read = _headline_initials(entities, title)
    names = {form for e in entities for form in (e.name, *e.aliases)}
    person_words = {w for e in entities if e.kind == PERSON for w in name_tokens(e.name)}
    capitalised = _in_title_case(title)
    for found in group_entities(mentions_of(title)):
        if not _sure_in_title(found) or _stressed_word(found, body):
            continue
        if all(m.text in initials_read for m in found.mentions):
            continue  # "HK" of a headline: a form of the body's "Hong Kong"
        if capitalised and found.kind == ORG and not _named_alone(found.name):
            continue  # "Plans to Close Three Shelters": every word has a capital there
        if found.kind == ORG and pair_of_names(found.name, names, person_words):
            continue  # "Ames and Lark" of a headline: two of the body's names
        forms = list(dict.fromkeys(m.text for m in found.mentions if m.span.label_ != "NORP"))
        if not forms:
            continue  # "Chechens" mentions Chechnya but does not write its name
        if any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", body_text) for form in forms):
            continue
        same = known.get((found.kind, found.name))
        if same is not None:
            same.unparsed_forms.extend(forms)
        elif not any(e.name == found.name for e in entities):
            out.append(Entity(found.kind, found.name, place=found.place, unparsed_forms=forms))
    return out


#: Share of a headline's words of four or more letters with a capital, above which it is
#: written in title case ("City Hall Plans to Close Three Shelters").
_TITLE_CASE_SHARE = 0.8


def _in_title_case(title: Doc) -> bool:
    """Whether the headline capitalises its words, so that a capital is no sign of a name."""
    words = [t for t in title if t.is_alpha and len(t) >= 4]
    capitals = sum(t.text[:1].isupper() for t in words)
    return len(words) >= 3 and capitals >= _TITLE_CASE_SHARE * len(words)


#: Small words a body's name may hold in lower case: "Bank of Kelby", "Kelby and Tarn Water".
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "de", "&"})


def _named_alone(name: str) -> bool:
    """Whether a body's name read in a title-case headline may be one: no small word in it
    but a name's joiners ("Plans to Close Three Shelters as Migrant" runs over a clause), or
    its own evidence, which capitals there cannot give: a word in capitals ("NHS"), a body's
    ending ("Acme Corp") or a name the tables know."""
    words = name.split()
    if not any(w.islower() and w not in _NAME_JOINERS for w in words):
        return True
    return (
        any(w.isupper() and len(w) > 1 for w in words)
        or words[-1].lower().rstrip(".") in cues().org_suffixes
        or normalize(name) in lexicon().organizations
    )


def _stressed_word(found: Entity, body: Doc) -> bool:
    """A headline's word in capitals for stress, or a common noun capitalised to open it, that
    the body writes in lower case: "a VERY late bus", "Bank advises on bid" ("Turkey" stays)."""
    name, lower = found.name, found.name.lower()
    opens = any(m.span.start == 0 for m in found.mentions) and lower in common_nouns()
    opens = opens and found.kind == ORG
    return (name.isupper() or opens) and name.isalpha() and any(t.text == lower for t in body)


def _headline_surnames(entities: list[Entity], title: Doc) -> None:
    """ "Ames names his team" over a story about Jo Ames: a proper noun of the headline that
    is the surname of a person of the body, and in no other entity, is that person's alias
    (the headline alone is too little evidence to add a person, not to name one the body
    has; its model often reads a lone surname as a place). A surname that several people of
    the body bear ("Jo Ames" and her son "Tam Ames") is left to the body's own use of it."""
    bearers: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        if entity.kind == PERSON and len(entity.name.split()) > 1:
            bearers[entity.name.split()[-1]].append(entity)
    surnames = {surname: found[0] for surname, found in bearers.items() if len(found) == 1}
    if not surnames:
        return
    for token in title:
        person = surnames.get(token.text)
        if (
            person is not None
            and token.pos_ == "PROPN"
            and token.ent_type_ in ("", "PERSON")
            and token.text not in person.aliases
            and (token.i == 0 or title[token.i - 1].text not in person.name.split())
        ):  # "Dana Whitlow" of a headline writes the full name, not the surname alone
            person.unparsed_forms.append(token.text)


#: Letters of a headline's short form of a place or body: "HK", "NZ", "BA".
_FEWEST_INITIALS, _MOST_INITIALS = 2, 3


def _headline_initials(entities: list[Entity], title: Doc) -> frozenset[str]:
    """ "HK has ..." over a story about Hong Kong: a headline's word of two or three capitals
    that spells the initials of one place or body of the body's text, named in two words or
    more, is a form of it (headlines shorten names the story writes in full). A word two
    such names could spell ("SA": South Africa, Saudi Arabia) is left alone. The words so
    read are returned."""
    # Most headlines have no word that could be initials: then no entity's are spelled.
    if not any(_could_be_initials(token) for token in title):
        return frozenset()
    spelled: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.kind not in (PLACE, ORG):
            continue
        for form in dict.fromkeys((entity.name, *entity.aliases)):
            words = form.split()
            letters = initials(words)
            if len(words) >= _FEWEST_INITIALS and letters.isupper():
                owners = spelled.setdefault(letters, [])
                if not any(e is entity for e in owners):
                    owners.append(entity)
    read: set[str] = set()
    for token in title:
        if not _could_be_initials(token):
            continue
        text = token.text
        owners = spelled.get(text, [])
        if len(owners) != 1:
            continue
        owner = owners[0]
        if text not in (owner.name, *owner.aliases):
            owner.unparsed_forms.append(text)
        read.add(text)
    return frozenset(read)


def _could_be_initials(token: Token) -> bool:
    """Whether a headline's word could be a name's initials: two or three capitals, and no
    stop word ("IT", "ON" of a headline in capitals are words)."""
    text = token.text
    if not (text.isalpha() and text.isupper()) or token.is_stop:
        return False
    return _FEWEST_INITIALS <= len(text) <= _MOST_INITIALS
