"""Which of several people who share a surname a bare surname names, for speaker search.

`people.resolve_people` gives a lone "Vell" to the full name written nearest before it,
so in a story about Marta Vell and "her son Rory Vell" each "Vell said" after a mention
of the son goes to him. The story says who its principal is: the bearer it names first,
with a stated role that is not kinship, when every other bearer is stated to be someone's
kin ("Marta Vell's son", "his wife"). Her bare surname is then hers throughout. A
surname after a courtesy title ("Mrs Vell") is left to the title: it goes to the one
bearer of that sex (or, with none known to be, the one whose sex nothing states) when
the nearest full name is known to be of the other, and, when the one bearer is known to
be of the other sex, to her one relative named by a given name alone who fits ("Mr Vell"
after "Ann Vell came with her husband Tom"). With no principal, a bare surname
after such a titled one ("Mr Vell explained ... Vell said") goes on from the title's
bearer, and one that a "she" goes on from as the next subject ("Vell said. She added")
is the one bearer known as a woman. Any other case keeps the nearest full name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.family_names import KIN_NOUNS
from generator.extract.mentions import GROUP
from generator.extract.name_spans import COURTESY
from generator.extract.referent_given_names import given_name_sex
from generator.extract.referent_marital_titles import bearer_sex, by_marital_title
from generator.extract.speech import MALE, PRONOUNS, SUBJECT_DEPS

__all__ = ["principal_surnames", "titled_as_other_sex"]


def principal_surnames(
    owners: dict[int, Entity], entities: list[Entity], quoted: Callable[[int], bool]
) -> dict[int, Entity]:
    """``owners`` (token index -> entity) with each bare shared surname given to the
    story's principal bearer of it, where the roles say who that is (a new dict);
    ``quoted`` tells whether a character offset is inside a quotation."""
    bearers: dict[str, list[Entity]] = {}
    for entity in entities:
        words = entity.name.split()
        if entity.kind == PERSON and len(words) > 1 and entity.mentions:
            bearers.setdefault(words[-1].lower(), []).append(entity)
    out = dict(owners)
    _surnames_read_as_groups(out, bearers, entities)
    for surname, people in bearers.items():
        if len(people) == 1:
            _title_of_kin(out, surname, people[0], entities)
        _by_title(out, surname, people)
        by_marital_title(out, surname, people, [p for p in people if bearer_sex(p) != "m"], quoted)
        principal = _principal(people)
        if principal is None:
            _after_title(out, surname, people)
            _by_pronoun_after(out, surname, people, quoted)
            continue
        for person in people:
            if person is principal:
                continue
            for mention in person.mentions:
                span = mention.span
                if len(span) != 1 or span[0].lower_ != surname:
                    continue
                if span.start > 0 and span.doc[span.start - 1].lower_ in COURTESY:
                    continue  # "Mrs Vell" may be the relative: the title tells them apart
                if out.get(span.start) is person:
                    out[span.start] = principal
    return out


def _surnames_read_as_groups(
    owners: dict[int, Entity], bearers: dict[str, list[Entity]], entities: list[Entity]
) -> None:
    """ "Bradley Kerns called it reckless. '...,' Kerns said", the model reading the lone
    "Kerns" as a people or a party: the one person of the story named in full before with
    that surname owns it (in place). Only a singular proper noun with no article counts:
    "the Welsh" and "Democrats" are a people or a party whatever names the story holds."""
    for entity in entities:
        if entity.kind != GROUP:
            continue
        for mention in entity.mentions:
            span = mention.span
            token = span[0]
            if len(span) != 1 or token.tag_ != "NNP" or owners.get(token.i) is not entity:
                continue
            if token.i > 0 and token.doc[token.i - 1].lower_ == "the":
                continue
            people = bearers.get(token.lower_, [])
            if len(people) == 1 and any(m.span.start < token.i for m in people[0].mentions):
                owners[token.i] = people[0]


def _by_title(owners: dict[int, Entity], surname: str, people: list[Entity]) -> None:
    """ "Ms Vell said" given to Tomas Vell, known as a man: to the one bearer known as
    a woman instead (in place), or to the one other bearer whose sex nothing states.
    Sexes are read from full names, stated roles and given names only, since a surname
    alone may have gone to the wrong bearer."""
    if len(people) < 2:
        return
    sexes = {id(p): bearer_sex(p) for p in people}
    for person in people:
        for mention in person.mentions:
            span = mention.span
            sex = _title_sex(span, surname)
            if sex is None:
                continue
            if sexes[id(person)] in (None, sex) or owners.get(span.start) is not person:
                continue
            fitting = [p for p in people if sexes[id(p)] == sex]
            if not fitting:
                # "Mr Vell" given to Ann Vell, a woman: the one other bearer whose sex
                # nothing states is who the title can mean.
                fitting = [p for p in people if sexes[id(p)] is None]
            if len(fitting) == 1:
                owners[span.start] = fitting[0]


def _title_of_kin(
    owners: dict[int, Entity], surname: str, bearer: Entity, entities: list[Entity]
) -> None:
    """ "Mr Vell added" given to Ann Vell, the one bearer of the name, whom the text knows as
    a woman: the one relative named by a given name alone in a sentence that names her,
    whose sex fits the title ("Ann Vell came with her husband Tom"). In place."""
    sex = bearer_sex(bearer)
    titled = [
        mention.span.start
        for mention in bearer.mentions
        if sex is not None
        and owners.get(mention.span.start) is bearer
        and _title_sex(mention.span, surname) not in (None, sex)
    ]
    if not titled:
        return
    her_sentences = {m.span.sent.start for m in bearer.mentions}
    kin = [
        e
        for e in entities
        if e.kind == PERSON
        and " " not in e.name
        and _kin(e)
        and bearer_sex(e) not in (None, sex)
        and any(m.span.sent.start in her_sentences for m in e.mentions)
    ]
    if len(kin) == 1:
        for start in titled:
            owners[start] = kin[0]
    elif not kin and _woman(bearer):
        # "Mr Vell said" with Ann Vell the one Vell and no man of hers named: a man the
        # story does not name, whom her entity is not.
        for start in titled:
            del owners[start]


def titled_as_other_sex(subject: Token, person: Entity) -> bool:
    """Whether a bare surname is written after a man's courtesy title ("Mr Vell") and
    the person is a woman (Ann Vell) by what the text states and by any given name of
    one sex: a man of her name the story does not name. "Ms Vell" of a man is left as
    written, a slip of the pen as often as not."""
    title = _title_sex(subject.doc[subject.i : subject.i + 1], subject.lower_)
    return title == "m" and _woman(person)


def _woman(person: Entity) -> bool:
    """Whether the text states the person is a woman and no given name says a man."""
    return bearer_sex(person) == "f" and given_name_sex(person.name) in (None, "f")


def _title_sex(span: Span, surname: str) -> str | None:
    """ "m" or "f" for a bare surname after a courtesy title of one sex ("Mr Vell"), else None."""
    if len(span) != 1 or span[0].lower_ != surname or span.start == 0:
        return None
    title = span.doc[span.start - 1].lower_
    if title not in COURTESY or title == "messrs":
        return None
    return "m" if title in MALE else "f"


def _after_title(owners: dict[int, Entity], surname: str, people: list[Entity]) -> None:
    """ "Mr Vell explained ... 'Quote,' Vell said", Ann Vell's full name the last one
    written: the bare surname goes on from the bearer the nearest earlier surname
    mention names when that is a courtesy title's ("Mr Vell"), which `_by_title` has
    given by its sex; the nearest full name is the one a title came after. In place."""
    if len(people) < 2:
        return
    mentions = sorted(
        (m.span for p in people for m in p.mentions if m.span.start in owners),
        key=lambda span: span.start,
    )
    titled: Entity | None = None  # the bearer of the latest surname mention, if titled
    for span in mentions:
        owner = owners.get(span.start)
        if owner is None or not any(owner is p for p in people):
            continue
        bare = len(span) == 1 and span[0].lower_ == surname
        if _title_sex(span, surname) is not None:
            titled = owner
        elif bare and titled is not None:
            owners[span.start] = titled
        elif not bare:
            titled = None


def _by_pronoun_after(
    owners: dict[int, Entity], surname: str, people: list[Entity], quoted: Callable[[int], bool]
) -> None:
    """ "'...,' Vell said. She added: '...'", the surname given to Tom Vell, known as a
    man: the "she" that is the next subject outside quotes goes on with the surname's
    bearer, so the surname is the one bearer known as a woman (in place). Any other
    subject or person named between says nothing."""
    sexes = {id(p): bearer_sex(p) for p in people}
    for person in people:
        for mention in person.mentions:
            span = mention.span
            if len(span) != 1 or span[0].lower_ != surname or owners.get(span.start) is not person:
                continue
            if span.start > 0 and span.doc[span.start - 1].lower_ in COURTESY:
                continue  # "Mrs Vell": the title says the sex (`_by_title`)
            if span[0].dep_ not in SUBJECT_DEPS or sexes[id(person)] is None:
                continue
            sex = _next_subject_sex(span[0], owners, quoted)
            fitting = [p for p in people if sexes[id(p)] == sex]
            if sex is not None and sex != sexes[id(person)] and len(fitting) == 1:
                owners[span.start] = fitting[0]


def _next_subject_sex(
    subject: Token, owners: dict[int, Entity], quoted: Callable[[int], bool]
) -> str | None:
    """ "m" or "f" when the next subject outside quotes after ``subject``, in its own
    sentence or the next, is "he" or "she" and no name of a person comes before it."""
    own = {t.i for t in subject.subtree}
    sentences = 0
    for token in subject.doc[subject.i + 1 :]:
        if token.is_sent_start:
            sentences += 1
            if sentences > 1:
                return None
        if quoted(token.idx) or token.i in own:
            continue
        owner = owners.get(token.i)
        if owner is not None and owner.kind == PERSON:
            return None
        if token.dep_ in SUBJECT_DEPS:
            if token.lower_ not in PRONOUNS:
                return None
            return "m" if token.lower_ in MALE else "f"
    return None


def _principal(people: list[Entity]) -> Entity | None:
    """The bearer named first, when its role is not kinship and every other bearer's is."""
    if len(people) < 2:
        return None
    first = min(people, key=lambda e: e.first)
    if _kin(first):
        return None
    return first if all(_kin(p) for p in people if p is not first) else None


def _kin(entity: Entity) -> bool:
    """Whether the stated role makes the person someone's relative: its first phrase
    is a noun of kinship with an owner ("Marta Vell's son", "son of"), or with no more
    than one word of its own before it ("wife", "second wife"). "Pellham Cup father"
    describes a man, and names no one whose father he is."""
    words = (entity.role or "").split(",")[0].split()
    for at, word in enumerate(words):
        if word.lower() not in KIN_NOUNS:
            continue
        owned = any(w.endswith(("'s", "’s", "'", "’")) for w in words[:at])
        of = at + 1 < len(words) and words[at + 1].lower() == "of"
        plain = at <= 1 and all(w.islower() for w in words[:at])
        return owned or of or plain
    return False
