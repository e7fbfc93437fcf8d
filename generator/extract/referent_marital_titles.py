"""Which of two women who share a surname a "Miss", "Mrs" or "Ms" before it names.

British news writes "Mrs" for a married woman and "Miss" for an unmarried one, and a
mother and the daughter who bears her surname are the common case of two women of one
name: "Deb Vell, 58, and her daughter Kim Vell, 31 ... Miss Vell added". `people` gives a
titled surname to the full name written nearest before it, which is often the other
woman. Here each titled surname of two or more bearers not known as men goes to the one
the title fits best by the kin the stated roles give: "Miss" to a daughter (a woman
stated as a mother, a wife or a widow fits it least), "Mrs" to the woman who is not the
daughter. A title both fit as well ("Ms", or two daughters) goes to the bearer named
most recently outside quotes (not after "Mr"), when she is one of them; anything else
keeps the nearest full name. `titled_bearer` reads the same for a titled surname the
model missed, which no entity owns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Span

from generator.extract.entities import Entity
from generator.extract.referent_given_names import given_name_sex
from generator.extract.referent_nouns import kin_head
from generator.extract.speech import MALE, gender_of

__all__ = ["bearer_sex", "by_marital_title", "titled_bearer"]

#: Kin nouns of a woman of the younger generation, who bears the surname from birth.
YOUNGER = frozenset(["daughter", "granddaughter", "stepdaughter"])

#: Kin nouns of a woman who has married into the name, or had a child who bears it.
ELDER = frozenset(
    ["mother", "mum", "mom", "grandmother", "stepmother", "wife", "widow", "gran", "grandma"]
)

#: How well each title fits a woman of each generation (None: the roles say neither).
_FIT: dict[str, dict[str | None, int]] = {
    "miss": {"younger": 2, None: 1, "elder": 0},
    "mrs": {"elder": 2, None: 1, "younger": 0},
    "ms": {"elder": 1, None: 1, "younger": 1},
}


def by_marital_title(
    owners: dict[int, Entity],
    surname: str,
    people: list[Entity],
    women: list[Entity],
    quoted: Callable[[int], bool],
) -> None:
    """Each "Miss"/"Mrs"/"Ms" + ``surname`` owned by one of ``people`` (its bearers) given
    to the one of ``women`` (two or more bearers not known as men) the title fits best
    (in place), in text order so that a title both fit goes on from the woman the one
    before it gave."""
    if len(women) < 2:
        return
    generations = {id(w): _generation(w) for w in women}
    spans = sorted((m.span for p in people for m in p.mentions), key=lambda s: s.start)
    last: Entity | None = None  # the woman named most recently outside quotes
    for span in spans:
        owner = owners.get(span.start)
        if owner is None or not any(owner is p for p in people):
            continue
        title = _title(span, surname)
        if title is not None:
            fitting = _fitting(_FIT[title], women, generations)
            if len(fitting) == 1:
                owner = fitting[0]
            elif last is not None and any(last is w for w in fitting):
                owner = last
            owners[span.start] = owner
        if any(owner is w for w in women) and not (quoted(span.start_char) or _mans(span)):
            last = owner


def titled_bearer(
    title: str, bearers: Sequence[Entity], named: Iterable[tuple[int, Entity]]
) -> Entity | None:
    """Which of the bearers of a surname a "Miss"/"Mrs"/"Ms" before it names when no entity
    owns it: the woman the title fits best, or of those it fits as well the one ``named``
    (where each person is named before it, outside quotes) gives last; None when fewer
    than two women bear the name."""
    fit = _FIT.get(title.rstrip("."))
    women = [b for b in bearers if bearer_sex(b) != "m"]
    if fit is None or len(women) < 2:
        return None
    fitting = _fitting(fit, women, {id(w): _generation(w) for w in women})
    latest = [(at, p) for at, p in named if any(p is w for w in fitting)]
    if len(fitting) == 1 or not latest:
        return fitting[0]
    return max(latest, key=lambda pair: pair[0])[1]


def bearer_sex(person: Entity) -> str | None:
    """ "m" or "f" as the person's full-name mentions and stated role say, or failing
    them a given name borne by one sex only ("Ann Vell")."""
    full = [m for m in person.mentions if len(m.span) > 1]
    stated = gender_of(Entity(person.kind, person.name, full, role=person.role))
    return stated or given_name_sex(person.name)


def _fitting(
    fit: dict[str | None, int], women: list[Entity], generations: dict[int, str | None]
) -> list[Entity]:
    """The women a title fits best, by the generation their stated roles give."""
    best = max(fit[generations[id(w)]] for w in women)
    return [w for w in women if fit[generations[id(w)]] == best]


def _mans(span: Span) -> bool:
    """Whether a man's title stands before the name ("Mr Vell"): it names no woman."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in MALE


def _title(span: Span, surname: str) -> str | None:
    """ "miss", "mrs" or "ms" when the span is the bare surname after that title."""
    if len(span) != 1 or span[0].lower_ != surname or span.start == 0:
        return None
    title = span.doc[span.start - 1].lower_.rstrip(".")
    return title if title in _FIT else None


def _generation(woman: Entity) -> str | None:
    """ "younger" when a stated role makes her a daughter, "elder" when one makes her a
    mother, wife or widow, None when the roles say neither or both. A phrase joining two
    people ("mother and daughter") says nothing of either."""
    heads = {kin_head(part) for part in (woman.role or "").split(",") if " and " not in part}
    younger, elder = bool(heads & YOUNGER), bool(heads & ELDER)
    if younger == elder:
        return None
    return "younger" if younger else "elder"
