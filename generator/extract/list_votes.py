"""Names listed together are of one kind: "Pittsburgh and Lyon", "IDLC, Atlas Kenya".

These votes read the whole document's mentions at once, after each mention's own
context has voted (`evidence.collect`).
"""

from __future__ import annotations

from collections import defaultdict

from generator.extract.doc_words import full_name_surnames, lower_at
from generator.extract.document_votes import modifies_noun
from generator.extract.given_name_votes import personal_name_shape
from generator.extract.mentions import MODEL_KINDS, ORG, PERSON, PLACE, Mention
from generator.extract.referent_given_names import given_name_sex
from generator.extract.shapes import ends_like_place


def _is_place(mention: Mention) -> bool:
    return mention.kind == PLACE and (mention.fixed or mention.place is not None)


def _a_persons_surname(mention: Mention, surnames: frozenset[str]) -> bool:
    """Whether a one-word name is the surname of a person of the document: "Preston" in
    "signed by Preston, Ann Vell and Kim Roke" beside "Tom Preston" is no town of that name,
    so it lends the names listed with it no place (one word the tables know as a town is
    often a surname, `kinds` decides which)."""
    return len(mention.span) == 1 and not mention.fixed and mention.span.text in surnames


def _placed_by_shape(mention: Mention) -> bool:
    """ "in Kelby County, Tarn Pueblo, Ashby and Morwen": a name the model calls a place and
    that ends in a word of places ("County", "Airport") is one for the list it opens, though
    no table knows it. Counted in lists of three or more only, so that "Jo Ames and Norport
    Airport" leaves Jo Ames alone."""
    return (
        not mention.fixed
        and mention.span.label_ in ("GPE", "LOC", "FAC")
        and ends_like_place(mention.span)
    )


def coordination_votes(mentions: list[Mention]) -> None:
    """Names listed together are of one kind: "Pittsburgh and Lyon", "IDLC, Atlas Kenya".

    Each name of a list gets a vote for the kind the others' evidence favours;
    a known place counts as evidence of a place.
    """
    by_token = {m.span.root.i: m for m in mentions}
    surnames = full_name_surnames(mentions[0].span.doc) if mentions else frozenset()
    lists: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        root = mention.span.root
        while root.dep_ == "conj" and root.head.i in by_token and root.head.i != root.i:
            root = root.head
        lists[root.i].append(mention)
    for listed in lists.values():
        # "Jo Ames and Hollywood actor Kim Lee": "Hollywood" describes, it is no name of the list.
        members = [m for m in listed if not modifies_noun(m)]
        if len(members) < 2:
            continue
        seen = []
        for member in members:
            votes = dict(member.votes)
            placed = _is_place(member) or (len(members) > 2 and _placed_by_shape(member))
            if placed and not _a_persons_surname(member, surnames):
                votes[PLACE] = votes.get(PLACE, 0.0) + 1.0
            elif member.fixed and member.kind == ORG and len(members) > 2:
                # A body the tables know, in a list of three or more ("Zelco, the SNP and
                # Tarn Fellow"); of two, "Jo Ames and the SNP" may be a person and a party.
                votes[ORG] = votes.get(ORG, 0.0) + 1.0
            seen.append(votes)
        for index, member in enumerate(members):
            if member.fixed:
                continue
            if _full_person_list(members, seen, index):
                member.vote(PERSON, 1.0)
                continue
            among = _lone_person_among(members, seen, index)
            if among is not None:
                member.vote(among, 1.0)
                continue
            others: dict[str, float] = defaultdict(float)
            for other_index, votes in enumerate(seen):
                if other_index != index:
                    for kind, weight in votes.items():
                        others[kind] += weight
            if others:
                kind = max(others, key=lambda kind: others[kind])
                if kind == PERSON and _the_plural(member):
                    continue  # "Kenny Vell and the Night Owls": a band, no one person
                # A person's no stronger than it is: "Skyra and Tarvik said" gives Tarvik only
                # the little that "said" says of Skyra (bodies speak as often as people).
                member.vote(kind, min(1.0, others[kind]) if kind == PERSON else 1.0)
    for pair in _pairs_the_parse_split(mentions, lists):
        seen = [dict(member.votes) for member in pair]
        for index, member in enumerate(pair):
            if not member.fixed and _full_person_list(pair, seen, index):
                member.vote(PERSON, 1.0)


def _the_plural(mention: Mention) -> bool:
    """Whether the name is written with "the" and ends in a plural "s": "the Night Owls",
    "the Kestrels", a band's, a team's or a family's name, never one person's."""
    span = mention.span
    the = span[0].lower_ == "the" or lower_at(span.doc, span.start - 1) == "the"
    last = span[-1].text
    plural = last.endswith("s") and not last.endswith("ss")
    return the and plural and len(span) > (span[0].lower_ == "the")


#: Words that join two names of a list: "Jo Ames and Kim Lee".
_JOINS = frozenset({"and", "&"})


def _pairs_the_parse_split(
    mentions: list[Mention], lists: dict[int, list[Mention]]
) -> list[list[Mention]]:
    """ "Jo Ames and Kim Lee's wedding", "Jo Ames and Kim Lee were sent off": two names joined
    by "and" that the parse put in no list (it took the noun the possessive owns for the
    second member, or the first name for a modifier). The two, each alone in its list, are one
    list of two, read only for people (`_full_person_list`); names the parse did list are
    left to it."""
    alone = {listed[0].span.start: listed[0] for listed in lists.values() if len(listed) == 1}
    pairs = []
    for mention in alone.values():
        doc, end = mention.span.doc, mention.span.end
        if end < len(doc) and doc[end].lower_ in _JOINS and end + 1 in alone:
            pairs.append([mention, alone[end + 1]])
    return pairs


def _full_person_list(members: list[Mention], seen: list[dict[str, float]], index: int) -> bool:
    """ "Jo Ames, Kim Lee and Al Roe" with only the last read as a firm: a full name with no
    evidence of its own, listed only with full names the model reads as people and nothing
    says otherwise of. Of two, the other must have evidence of a person, or open with a
    common given name while this one is written as a person's name may be ("Billy Roke and
    Kortin Vell"): "Night Harbour and Paper Kings" are films as often as two names are people.
    """
    member = members[index]
    others = [(m, seen[i]) for i, m in enumerate(members) if i != index]
    return (
        len(member.span) > 1
        and not seen[index]
        and not _the_plural(member)  # "Kenny Vell and the Night Owls": a band's name
        and member.span.label_ != "PERSON"
        and all(
            len(m.span) > 1 and m.span.label_ == "PERSON" and set(votes) <= {PERSON}
            for m, votes in others
        )
        and (
            len(members) > 2
            or others[0][1].get(PERSON, 0.0) > 0.0
            or (_given_named(others[0][0]) and personal_name_shape(member.span))
        )
    )


def _given_named(mention: Mention) -> bool:
    """Whether a name the model reads as a person's opens with a common given name and is
    written as a person's name may be: "Billy Roke", not "Grace Street"."""
    return given_name_sex(mention.span.text) is not None and personal_name_shape(mention.span)


def _lone_person_among(
    members: list[Mention], seen: list[dict[str, float]], index: int
) -> str | None:
    """ "stakes in Zelco, Tarn Fellow, Brovia and KTL": the one name the model reads as a person,
    with no evidence of its own, in a list of three others or more that it reads all as one
    other kind and nothing calls people: that kind (a person is seldom listed among firms)."""
    member = members[index]
    others = [(m, seen[i]) for i, m in enumerate(members) if i != index]
    kinds = {MODEL_KINDS.get(m.span.label_) for m, _ in others} | {m.kind for m, _ in others}
    if (
        len(others) < 3
        or seen[index]
        or member.span.label_ != "PERSON"
        or len(kinds) != 1
        or any(votes.get(PERSON) for _, votes in others)
    ):
        return None
    kind = next(iter(kinds))
    return kind if kind in (ORG, PLACE) else None
