"""One kind per name across a document, from the votes its mentions collected.

`evidence.collect` gives every mention the model's label as a prior and the
words around it as votes; here the votes of all mentions of one name are
summed, so that a name is a person or an organization across the whole text.
"""

from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher

from generator.extract.family_names import name_tokens
from generator.extract.gazetteer import fold, gazetteer
from generator.extract.lexicon import Lexicon, Place, normalize
from generator.extract.mentions import GROUP, ORG, PERSON, PLACE, WORK, Mention
from generator.extract.org_short_forms import company_short_forms
from generator.extract.place_name_holds import names_a_way
from generator.extract.place_parts import in_stated_country, placed_by_what_follows
from generator.extract.place_unattested import unattested_places
from generator.extract.typing_part_kinds import part_kinds

#: A city this large is the place, not someone's surname, when nothing in the text says
#: otherwise ("Kiev and Lvov were shelled"); smaller towns are surnames as often.
BIG_CITY = 500_000
#: How many mentions' worth of the model's labels a name's kind weighs at most.
PRIOR_MENTIONS = 2


def _fallback_place(mention: Mention) -> Place:
    """A place no table knows: a region when the model read a location ("the Tarn Valley"),
    save a street or a square ("Kelby Street"), which is a site of a town; else of no kind."""
    region = mention.span.label_ == "LOC" and not names_a_way(mention.text)
    kind = "region" if region else "other"
    return placed_by_what_follows(mention.text, mention.span, kind)  # "Tarland, Ont."


#: The last tie-break between kinds, so that the answer never depends on the order of a
#: set: a full name goes to an organization (a firm published as a person is the worse
#: error); a one-word name to a person, which `decide` then drops for want of evidence.
_TIE_ORDERS = {
    True: {kind: rank for rank, kind in enumerate((ORG, PLACE, PERSON, GROUP, WORK))},
    False: {kind: rank for rank, kind in enumerate((PERSON, ORG, PLACE, GROUP, WORK))},
}


def best_kind(votes: dict[str, float], evidence: dict[str, float], *, full_name: bool) -> str:
    """The kind with the most votes; on a tie the text's evidence beats the model's label."""
    order = _TIE_ORDERS[full_name]
    return max(votes, key=lambda k: (votes[k], evidence.get(k, 0.0), -order.get(k, len(order))))


def _without_person(written: str, votes: dict[str, float], place: Place | None) -> str:
    """The kind of a one-word "person" nothing in the text supports.

    Another kind the text gives evidence for ("near Grozny"); a city the
    gazetteer knows by that very name ("Kiev and Lvov were shelled"), also
    over a weak body's vote ("the Glasgow group's album"); an acronym is an
    organization ("KDP"); anything else is not published.
    """
    others = {kind: weight for kind, weight in votes.items() if kind not in (PERSON, WORK)}
    city = place is not None and place.kind == "city" and _spelt_alike(written, place.name)
    if city and gazetteer().population(written) >= BIG_CITY and max(others.values(), default=0) < 1:
        return PLACE
    if any(weight > 0 for weight in others.values()):
        return max(others, key=lambda kind: others[kind])
    return ORG if written.isupper() and len(written) > 1 else WORK


def _spelt_alike(written: str, name: str) -> bool:
    """Whether a city's other name is a spelling of its name ("Kiev" of Kyiv), not a name
    it once bore after a person (a leader's surname is an old name of a city of a million)."""
    written_key, name_key = fold(written), fold(name)
    return (
        written_key[:1] == name_key[:1]
        and SequenceMatcher(None, written_key, name_key).ratio() >= 0.5
    )


def _acronym(written: str) -> bool:
    """Whether a one-word name is written as an acronym: "GOP", "WSJ", not "Li" nor "Ames"."""
    letters = written.replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _first_word_kinds(
    kinds: dict[str, str], evidence: dict[str, dict[str, float]], written: dict[str, str]
) -> None:
    """A "person" whose first word alone names an organization or a work is one too.

    News calls a person by the surname, seldom by the first name: "Xbox"
    beside "Xbox Live", "Morgan" beside "Morgan Stanley" name the thing, so a
    full name nothing in the text calls a person takes their kind. A first
    word in capitals is a title or a prefix ("MEP Jo Ames"), not a name.
    """
    for key, kind in list(kinds.items()):
        parts = name_tokens(key)
        if kind != PERSON or len(parts) < 2 or evidence[key].get(PERSON, 0.0) > 0.5:
            continue
        first = kinds.get(parts[0])
        if first in (ORG, WORK) and not written[key].split()[0].isupper():
            kinds[key] = first


def _short_forms_of_bodies(
    kinds: dict[str, str], evidence: dict[str, dict[str, float]], places: dict[str, Place]
) -> None:
    """ "Pellham" after "Pellham Research": a one-word "place" that no table or gazetteer
    knows and nothing in the text calls a place is the short form of the body whose name
    it opens, so it is a body too (one kind per name across the document). Not when it
    also opens a person's or a place's name ("Pellham County", "Pellham Ames")."""
    firsts: dict[str, set[str]] = defaultdict(set)
    for key, kind in kinds.items():
        if " " in key:
            firsts[name_tokens(key)[0]].add(kind)
    for key, kind in kinds.items():
        place = places.get(key)
        unknown = place is None or place.kind == "other"
        if kind == PLACE and unknown and firsts.get(key) == {ORG} and not evidence[key].get(PLACE):
            kinds[key] = ORG


#: Person evidence a surname alone needs before its full name is that person too: a title
#: ("Mr Ames") or a pronoun taking it up, not one weak cue.
SURNAME_PERSON = 2.0


def _surname_kinds(
    kinds: dict[str, str],
    evidence: dict[str, dict[str, float]],
    written: dict[str, str],
    sited: frozenset[str] = frozenset(),
) -> None:
    """A full name is a person when the text calls its surname alone one, more strongly than
    it calls the full name anything else: "Dana Whitlow's chief adviser" is read as a firm's
    officer, but "Ms Whitlow" later says who Dana Whitlow is. Only a plain name ("Jo Ames",
    not "Ames, Lee" nor "Ames and Lee") whose surname no other person's name shares: "Lee"
    after "Lee Ward" may be that man's first name, not this name's surname; a surname
    another person bears too ("Ivo Ames" beside "Ms Ames") is still a family's name. Not a
    name the text writes as a site or a thing (``sited``: "the Royal Norport Vellgate", "at Norport
    Vellgate"), which only ends in a word that is someone's surname ("Lord Vellgate")."""
    taken = _parts_of_full_names(kinds, first_only=True)
    for key, kind in list(kinds.items()):
        parts = name_tokens(key)
        if kind == PERSON or len(parts) < 2 or parts[-1] in taken or not _plain(written[key]):
            continue
        if key in sited:
            continue
        surname = evidence.get(parts[-1], {}).get(PERSON, 0.0)
        said_more = surname > evidence[key].get(kind, 0.0)
        if kinds.get(parts[-1]) == PERSON and surname >= SURNAME_PERSON and said_more:
            kinds[key] = PERSON


#: Person evidence the bearer of a surname needs before a namesake the model calls a body
#: is taken for kin: a title, an age or a word of kinship, not a verb of saying alone.
KIN_PERSON = 2.0


def _kin_of_people(
    kinds: dict[str, str],
    evidence: dict[str, dict[str, float]],
    written: dict[str, str],
    articled: set[str],
) -> None:
    """A plain full name the model alone calls a body is a person when a person of the
    story surely bears its surname: "Tessa Whitlow stated" beside "Mr Dan Whitlow" is his
    kin, not a firm. Not when the text gives any evidence of a body or a place ("Whitlow
    Freight"), nor when an article comes before it (``articled``: "the Ledger Whitlow")."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for key, kind in kinds.items():
        parts = name_tokens(key)
        if kind == PERSON and len(parts) > 1 and evidence[key].get(PERSON, 0.0) >= KIN_PERSON:
            surnames[parts[-1]].add(key)
    for key, kind in list(kinds.items()):
        parts = name_tokens(key)
        kin = surnames.get(parts[-1], set()) - {key}
        if kind != ORG or len(parts) != 2 or not kin or key in articled:
            continue
        if not _plain(written[key]):
            continue
        seen = evidence[key]
        if not seen.get(ORG) and not seen.get(PLACE) and not seen.get(WORK):
            kinds[key] = PERSON


def _parts_of_full_names(kinds: dict[str, str], *, first_only: bool = False) -> set[str]:
    """Every word of the names of two words or more that are people ("ella", "jordan"), or
    only the words before their surnames ("ella")."""
    return {
        part
        for key, kind in kinds.items()
        if kind == PERSON and len(name_tokens(key)) > 1
        for part in (name_tokens(key)[:-1] if first_only else name_tokens(key))
    }


def _plain(written: str) -> bool:
    """Whether a name is capitalised words only: no list, no acronym first ("MEP Jo Ames")."""
    words = written.split()
    return words[0][1:].islower() and all(w[:1].isupper() and w[-1].isalpha() for w in words)


#: Person evidence a short company name may have and still be the company: a pronoun
#: and a verb of saying ("Segal said he"), not a title ("Mr Segal"); more by as much as
#: the text speaks of it as a body ("its report"), for bodies say things too.
_SHORT_NAME_PERSON = 2.0


def _short_company_names(
    kinds: dict[str, str], evidence: dict[str, dict[str, float]], fixed: dict[str, Mention]
) -> None:
    """ "Segal" beside "Segal Corp", "Tarn Copper" beside "Tarn Copper Ltd" is the company, one
    name one kind in the document.

    Only a company form ("Corp", "Motors", "Group") after the word counts:
    "Goldman" beside "Goldman Sachs" may be a person named Goldman.
    """
    organizations = [k for k, kind in kinds.items() if kind == ORG]
    organizations += [k for k, mention in fixed.items() if mention.kind == ORG]
    companies = company_short_forms(organizations)
    for key, kind in kinds.items():
        person = evidence[key].get(PERSON, 0.0)
        body = evidence[key].get(ORG, 0.0)
        if kind == PERSON and key in companies and person <= _SHORT_NAME_PERSON + body:
            kinds[key] = ORG


def _common_word(mention: Mention) -> bool:
    """Whether a one-word name is tagged as a common word, not a proper noun: a capital at
    a sentence start or in a heading that the model took for a name ("Suffice", "Groups").
    A word in capitals is left alone: the tagger calls initialisms ("LAPD") common nouns;
    so is an adjective before a noun, which may be a party's ("the Liberal spokesman")."""
    span = mention.span
    if len(span) != 1 or span.text.isupper() or span[0].tag_ in ("NNP", "NNPS"):
        return False
    return not (span[0].tag_ == "JJ" and span[0].dep_ in ("amod", "compound"))


#: Words before a name that write it as a site: "at Norport Vellgate", "in Ames Park".
_SITE_WORDS = frozenset({"at", "in"})


def _after_site_word(mention: Mention) -> bool:
    """Whether a name follows "at" or "in" and is not a possessor: "at Norport Vellgate", not "at
    Jo Ames's home" nor "in Jo Ames' words"."""
    span = mention.span
    if span.start == 0 or span.doc[span.start - 1].lower_ not in _SITE_WORDS:
        return False
    return span.end >= len(span.doc) or span.doc[span.end].tag_ != "POS"


def _body_said_more(evidence: dict[str, float]) -> bool:
    """Whether the text says more for a body or a place than for a person, of a one-word
    name the model calls a person ("Skyra said ... its fares"): the label is no evidence."""
    person = evidence.get(PERSON, 0.0)
    return any(weight > person for kind, weight in evidence.items() if kind in (ORG, PLACE))


def decide(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """One kind per name across the document, by the votes of all its mentions.

    A name the tables decided keeps that kind everywhere. The first name or
    surname of a full name that is a person is that person unless the text
    says more for another kind. A one-word name that only the model calls a
    person, with no evidence in the text and no full name it shortens, is
    dropped: a non-person published as a person is worse than a missed surname.
    """
    fixed: dict[str, Mention] = {}
    totals: dict[str, dict[str, float]] = defaultdict(dict)
    priors: dict[str, dict[str, float]] = defaultdict(dict)
    counts: dict[str, int] = defaultdict(int)
    evidence: dict[str, dict[str, float]] = defaultdict(dict)
    written: dict[str, str] = {}
    capitals: dict[str, bool] = {}
    articled: set[str] = set()
    sited: set[str] = set()  # written after "at" or "in", as a place is
    common_words: dict[str, bool] = {}
    places: dict[str, Place] = {}
    for mention in mentions:
        key = normalize(mention.text)
        written.setdefault(key, mention.text)
        if mention.place is not None:
            places.setdefault(key, mention.place)
        capitals[key] = capitals.get(key, True) and _acronym(mention.text)
        common_words[key] = common_words.get(key, True) and _common_word(mention)
        if mention.fixed:
            fixed.setdefault(key, mention)
            continue
        if mention.span.start > 0 and mention.span.doc[mention.span.start - 1].lower_ == "the":
            articled.add(key)
        if _after_site_word(mention):
            sited.add(key)
        for kind, weight in mention.votes.items():
            evidence[key][kind] = evidence[key].get(kind, 0.0) + weight
        counts[key] += 1
        for kind, weight in mention.prior.items():
            priors[key][kind] = priors[key].get(kind, 0.0) + weight
    for key, prior in priors.items():
        # The model's label of each mention is one guess made again and again:
        # the mean of its guesses counts as if made PRIOR_MENTIONS times, so
        # that a repeated mislabel does not outvote what the text says.
        scale = min(counts[key], PRIOR_MENTIONS) / counts[key]
        for kind in prior.keys() | evidence[key].keys():
            totals[key][kind] = prior.get(kind, 0.0) * scale + evidence[key].get(kind, 0.0)
    kinds = {
        key: best_kind(votes, evidence[key], full_name=" " in key) for key, votes in totals.items()
    }
    for key, kind in kinds.items():
        place, votes = places.get(key), totals[key]
        mapped = place is not None and place.kind != "other" and not evidence[key]
        if kind == ORG and mapped and votes.get(PLACE, 0.0) >= votes[ORG]:
            kinds[key] = PLACE  # "Kelby" read as a place once and a body once: the map's name
    _first_word_kinds(kinds, evidence, written)
    _short_forms_of_bodies(kinds, evidence, places)
    _surname_kinds(kinds, evidence, written, frozenset(articled | sited))
    _kin_of_people(kinds, evidence, written, articled)
    person_parts = _parts_of_full_names(kinds)
    for key in totals:
        if " " in key:
            continue
        seen = evidence[key]
        person = seen.get(PERSON, 0.0)
        if name_tokens(key) and name_tokens(key)[0] in person_parts:
            # A surname the story writes again and again outweighs an odd vote of one of its
            # mentions ("records show Ames was paid"): a quarter of a vote per mention.
            if person + 2.0 + counts[key] / 4 >= max(seen.values(), default=0.0):
                kinds[key] = PERSON  # "Jordan" after "Ella Jordan"
        elif kinds[key] == PERSON and (
            person <= 0.5 or (capitals[key] and person < 3.0) or _body_said_more(seen)
        ):
            # An acronym is no one's name unless a title says so ("Mr ABBA" is rare).
            kinds[key] = _without_person(written[key], evidence[key], places.get(key))
    # A part's full name and short forms are one part: "Jack Stone" beside "plays Stone".
    part_kinds(kinds, evidence, priors, mentions)
    _short_company_names(kinds, evidence, fixed)
    for key in {normalize(m.text) for m in mentions if m.named_body and not m.fixed}:
        kinds[key] = ORG  # "bank Tarn Hollis ... Tarn Hollis said": bodies speak too
    for key in {normalize(m.text) for m in mentions if m.named_thing and not m.fixed}:
        kinds[key] = WORK  # "Tilly the sheepdog ... she": pets are "she" and "who" too
    for key in unattested_places(mentions, kinds, evidence):
        kinds[key] = WORK  # "a Tarnwell report", "Quillby won": only the model said place
    for key, kind in kinds.items():
        if kind == ORG and common_words[key] and not evidence[key].get(ORG, 0.0):
            kinds[key] = WORK  # "Brazenly", "Households": only the model called it a body
    out = []
    for mention in mentions:
        if mention.fixed:
            out.append(mention)
            continue
        key = normalize(mention.text)
        sure = fixed.get(key)
        if sure is not None:
            mention.kind, mention.key, mention.place = sure.kind, sure.key, sure.place
            out.append(mention)
            continue
        kind = kinds[key]
        if kind == WORK:
            continue
        mention.kind = kind
        if kind == PLACE:
            stated = in_stated_country(mention.place, mention.span)  # "Paris, Texas"
            mention.place = stated or _fallback_place(mention)
            mention.key = mention.place.name
        else:
            mention.place = None
            mention.key = mention.text
        out.append(mention)
    return out
