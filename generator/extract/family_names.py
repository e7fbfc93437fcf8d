"""Names that several people of one story share: a family, a namesake, a relative.

`people.resolve_people` joins a partial name ("Whitlow") to a full one; these are the
clues it reads when more than one full name fits: who was introduced as someone's kin,
a courtesy title before the partial, and a surname the story wrote alone, again and
again, before any full name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache

from generator.extract.lexicon import lexicon
from generator.extract.mentions import NAME_PARTICLES, PERSON, Mention
from generator.extract.name_spans import COURTESY, GENERATIONS
from generator.extract.nlp import text_of
from generator.extract.referent_given_names import given_name_sex


def name_tokens(name: str) -> list[str]:
    """Comparable parts of a name: "al-Shaibani" and "Shaibani" share "shaibani"; a curly
    apostrophe is a straight one ("O\u2019Neill" and "O'Neill" share "o'neill"); a quoted
    nickname is its word ("Thomas \u2018Tommy\u2019 Brisk" and "Tommy" share "tommy")."""
    return list(_name_tokens(name))


#: Quote marks around a nickname inside a name: "Thomas \u2018Tommy\u2019 Brisk".
_NICKNAME_MARKS = "'\"\u2018\u201c\u201d"


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    # Merging compares every pair of person mentions: worth caching.
    plain = name.replace(".", "").replace("\u2019", "'")
    parts = [NAME_PARTICLES.sub("", part.strip(_NICKNAME_MARKS)).lower() for part in plain.split()]
    return tuple(p for p in parts if p)


def one_spelling(mentions: list[Mention]) -> None:
    """A person's name written in two ways that `name_tokens` reads as the same parts is one
    name, as first written: a curly and a straight apostrophe ("Dan O\u2019Dwyer" and "Dan
    O'Dwyer"), a full stop or none after a short form ("Tam Vell Jr." and "Tam Vell Jr").
    One key, before partial names are joined to full ones, which only ever join a shorter
    name to a longer one (in place)."""
    key_as_first_written: dict[tuple[str, ...], str] = {}  # the name's parts -> the key kept
    for mention in mentions:
        if mention.kind == PERSON and (parts := _name_tokens(mention.key)):
            mention.key = key_as_first_written.setdefault(parts, mention.key)


#: Nouns of kinship that introduce a relative of someone in the story: "her son Owen Whitlow".
KIN_NOUNS = frozenset(
    "son daughter wife husband brother sister mother father mum dad mom stepson stepdaughter "  # noqa: SIM905
    "grandson granddaughter grandmother grandfather niece nephew cousin uncle aunt widow "
    "widower fiancee fiancée fiance fiancé sibling twin".split()
)


def introduced_as_kin(people: list[Mention]) -> set[str]:
    """Full names whose first mention follows a kinship noun ("his wife, Tess Whitlow", "her
    son-in-law Tam Whitlow"), and those whose given name alone does before the full name
    ("Dana Whitlow's son Owen ... Owen Whitlow") when no other full name opens on it."""
    first: dict[str, Mention] = {}
    given: dict[str, set[str]] = defaultdict(set)  # a given name -> the full names it opens
    for mention in people:
        if len(parts := mention.key.split()) > 1:
            first.setdefault(mention.key, mention)
            given[parts[0]].add(mention.key)
    kin = {key for key, mention in first.items() if _after_kin_noun(mention)}
    for mention in people:
        opened = given.get(mention.key, set()) if " " not in mention.key else set()
        if len(opened) != 1 or not _after_kin_noun(mention):
            continue
        (key,) = opened
        if mention.span.start_char < first[key].span.start_char:
            kin.add(key)  # "her son, Owen" after "Owen Whitlow" says how they are related, no more
    return kin


def _after_kin_noun(mention: Mention) -> bool:
    """Whether a kinship noun stands right before the mention, a comma or "-in-law" between."""
    position = mention.span.start - 1
    doc = mention.span.doc
    if position >= 0 and doc[position].text == ",":
        position -= 1
    if position >= 4 and [t.lower_ for t in doc[position - 3 : position + 1]] == _IN_LAW:
        position -= 4  # "his daughter-in-law, Tess Whitlow": kin by marriage
    return position >= 0 and doc[position].lower_ in KIN_NOUNS


#: The words after a noun of kinship that make it kin by marriage: "son-in-law".
_IN_LAW = ["-", "in", "-", "law"]


def after_courtesy_title(mention: Mention) -> bool:
    """Whether a courtesy title ("Mr", "Mrs", "Ms", "Miss") stands right before the mention:
    it tells one bearer of a shared surname from another by sex."""
    position = mention.span.start - 1
    return position >= 0 and mention.span.doc[position].lower_ in COURTESY


#: The sex a courtesy title says its bearer has.
_TITLE_SEXES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}


def fitting_title(mention: Mention, full_names: list[Mention]) -> list[Mention]:
    """The full names a partial after a courtesy title may shorten: "Mr Vell" is not
    "Ann Vell", whose given name is a woman's. Names whose given name says nothing fit only
    when none says the title's sex: "Ms Vell" beside Ann Vell and Tarrin Vell is Ann."""
    position = mention.span.start - 1
    title = mention.span.doc[position].lower_ if position >= 0 else ""
    sex = _TITLE_SEXES.get(title)
    if sex is None:
        return full_names
    sexes = [given_name_sex(c.key) for c in full_names]
    stated = [c for c, said in zip(full_names, sexes, strict=True) if said == sex]
    return stated or [c for c, said in zip(full_names, sexes, strict=True) if said is None]


#: A surname written this often before any full name that ends in it is a person of its own.
ALONE_BEFORE = 3


def written_at(people: list[Mention]) -> dict[str, list[int]]:
    """Each name as the text writes it -> where it is written, in order."""
    out: dict[str, list[int]] = defaultdict(list)
    for mention in people:
        out[mention.key].append(mention.span.start_char)
    return out


def full_names_at(people: list[Mention]) -> dict[str, int]:
    """Each full name -> where the text first writes it, read as a person there or not
    ("Selby Radio's Dana Whitlow" may be one organization to the model)."""
    out: dict[str, int] = {}
    for mention in people:
        if len(mention.key.split()) > 1 and mention.key not in out:
            text = text_of(mention.span.doc)
            found = re.search(rf"(?<!\w){re.escape(mention.key)}(?!\w)", text)
            out[mention.key] = min(found.start() if found else len(text), mention.span.start_char)
    return out


def stands_alone(
    surname: str, bearers: list[Mention], written: dict[str, list[int]], full: dict[str, int]
) -> bool:
    """Whether the story names someone by ``surname`` alone, again and again, before it
    writes any full name that ends in it ("Whitlow ... Governor Whitlow ... Whitlow" and
    only then "Tess Whitlow"): the full name is someone else, such as a relative.
    ``written``: `written_at`; ``full``: `full_names_at`."""
    first_full = min(full.get(b.key, b.span.start_char) for b in bearers)
    return bisect_left(written.get(surname, []), first_full) >= ALONE_BEFORE


def titles_before(people: list[Mention]) -> dict[str, set[str]]:
    """Each name as the text writes it -> the titles of office written right before it
    ("Governor" of "Governor Tam Vell" and of "Governor Vell"), courtesy titles not among them."""
    roles = lexicon().role_words
    out: dict[str, set[str]] = defaultdict(set)
    for mention in people:
        position = mention.span.start - 1
        word = mention.span.doc[position] if position >= 0 else None
        if word is not None and word.is_title and word.lower_ in roles:
            out[mention.key].add(word.lower_)
    return out


def same_office(surname: str, bearers: list[Mention], titles: dict[str, set[str]]) -> str | None:
    """The one full name of ``bearers`` written after a title of office that the story also
    writes before ``surname`` alone, or None: "Governor Vell ... Vell ... Governor Tam Vell
    ... his wife, Ann Vell" means Tam by "Vell", however often "Vell" came first.
    ``titles``: `titles_before`."""
    held = titles.get(surname, set())
    keys = {b.key for b in bearers if held & titles.get(b.key, set())}
    return next(iter(keys)) if len(keys) == 1 else None


#: Words after a name that tell a family's namesakes apart: "Tom Vell Jr.", "Tom Vell III".
_GENERATION_WORDS = GENERATIONS | {"ii", "iii", "iv"}


def other_generation(name: str, longer: str, full: dict[str, int]) -> bool:
    """Whether a full name written before the same name with a generation word after it is
    another person: "Tom Vell flew home ... his son, Tom Vell Jr." names two; a story that
    first writes "Tom Vell Jr." means him by "Tom Vell" later."""
    words = name_tokens(name)
    longer_words = name_tokens(longer)
    extra = longer_words[len(words) :]
    if len(words) < 2 or longer_words[: len(words)] != words or not extra:
        return False
    if not all(word in _GENERATION_WORDS for word in extra):
        return False
    return name in full and longer in full and full[name] < full[longer]


#: How many times a story writes a surname alone for its first bearer before it is the
#: bearer's own, whoever of the family the story names after.
HELD_USES = 3


def surname_held(
    surname: str, bearers: list[Mention], written: dict[str, list[int]], full: dict[str, int]
) -> bool:
    """Whether the text wrote ``surname`` alone `HELD_USES` times between the first of
    ``bearers`` and the latest: "Tom Vell ... Vell ... Vell ... Vell ... his son Sam Vell
    ... Vell said" is still Tom; "Tom Vell left. Sam Vell came. Vell said" is Sam."""
    if len(bearers) < 2:
        return False
    starts = sorted(full.get(b.key, b.span.start_char) for b in bearers)
    uses = written.get(surname, [])
    return sum(starts[0] < at < starts[-1] for at in uses) >= HELD_USES


def surname_writings(surname: str | None, bearers: list[Mention], until: int) -> list[Mention]:
    """The mentions of ``bearers`` before ``until`` that write ``surname``, or all of them
    when none does or the partial is no surname (None): "Mrs Vell" after "Ann Vell ... her
    daughter Kit ... Kit said" is nearest to Ann by the surname, though "Kit" is later."""
    before = [b for b in bearers if b.span.start_char < until]
    if surname is None:
        return before
    named = [b for b in before if surname in name_tokens(b.span.text)]
    return named or before
