"""One body written in full and short: "Pellham Police Department" then "Pellham PD".

A story names a body in full once and then in a shorter form; the model reads
both as organizations and each became its own entity, so a quote given to the
short form did not name the body. A short form is taken as the full one only
on evidence in the two forms themselves: the same words with some run of them
written as its initials ("Pellham PD", "NW Water Board"), the same letters with
the spaces taken out ("Ice Stone" and "IceStone"), or one word that cuts the
full name's first word short ("Fenn" for "Fennimore Rail Trust", four letters
at most: a longer opening is a word of its own), or the full name's first word when
the words after it only say what kind of body it is ("Quillmark" for "Quillmark
Research", "Tarn Copper Corp": `cues().org_suffixes`; "Corbel Vane" for "Corbel Vane Group"),
or a force's name without its last word ("Pellham Police" for "Pellham Police Department"),
or the full name without the place it opens with when what is left ends on a body's head
noun ("Harbour Police Department" for "Tarnport Harbour Police Department", "Senate" for
"U.S. Senate"). A form two bodies could share ("NW" of two boards; "Fenn" beside a "Fenn
Office") stays its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.extract.body_and_names import FIRM_ENDS, JOINT_HEADS
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import SKIPPED_IN_INITIALS, cues, initials, lexicon, normalize
from generator.extract.mentions import ORG, Mention

#: Words for a body that is a part or an arm of the one a name's first word names: the
#: "Tarnport Board" is not the port of Tarnport, nor a "Kelby Trust" the Kelby firm.
_PART_OF_BODY = frozenset(
    {"board", "trust", "council", "committee", "commission", "department", "departments"}
    | {"office", "service", "ministry", "agency", "authority", "court", "assembly", "desk"}
    | {"parliament", "government", "administration", "command", "district", "newsroom"}
    | {"newsdesk", "police", "league", "club", "federation", "association", "union", "fund"}
    | {"foundation", "campaign", "alliance", "coalition", "forum", "society", "corps"}
    | {"army", "navy", "brigade", "intelligence", "exchange", "network", "networks"}
)
#: Letters a cut-short word must leave off: "Fed" of "Federal", not "Labour" of "Labours".
_MIN_CUT = 3
#: A clipped name is short ("Fed", "Met"); a longer opening is a word of its own
#: ("Parliament" of "Parliamentary Select Board"), another body.
_MAX_CLIP = 4


def _word(word: str) -> str:
    return word.replace("\u2019", "'").replace(".", "").lower()


def _letters(word: str) -> str | None:
    """ "PD", "L.A.": a word written as capitals, dots dropped; None for any other."""
    bare = word.replace(".", "")
    return bare if len(bare) >= 2 and bare.isalpha() and bare.isupper() else None


def _aligned(short: list[str], full: list[str]) -> bool:
    """Whether every word of `short` is the word of `full` at its place or the initials
    of a run of two or more of them, with at least one word of each kind."""
    # states: (i, j, used initials, used a word)
    stack = [(0, 0, False, False)]
    seen: set[tuple[int, int, bool, bool]] = set()
    while stack:
        state = stack.pop()
        if state in seen:
            continue
        seen.add(state)
        i, j, spelled, kept = state
        if i == len(short) and j == len(full):
            if spelled and kept:
                return True
            continue
        if i == len(short) or j == len(full):
            continue
        if _word(short[i]) == _word(full[j]):
            stack.append((i + 1, j + 1, spelled, kept or _word(full[j]) != "the"))
        letters = _letters(short[i])
        if letters is None:
            continue
        for end in range(j + 2, len(full) + 1):
            run = full[j:end]
            if run[-1].lower() in SKIPPED_IN_INITIALS:
                continue  # the initials skip it: the run ends on the word before
            if initials(run).upper() == letters and initials(run)[0].isupper():
                stack.append((i + 1, end, True, kept))
    return False


def _joined(short: str, full: str) -> bool:
    """ "IceStone" for "Ice Stone": the same letters, fewer spaces."""
    return (
        short.count(" ") < full.count(" ")
        and short.replace(" ", "").lower() == full.replace(" ", "").lower()
    )


def _cut(short: str, full: str, others: Iterable[str]) -> bool:
    """ "Fenn" for "Fennimore Rail Trust": one word that opens the full name's first word
    and leaves at least three letters off, when no other body's name holds that word."""
    words = full.split()
    if " " in short or len(words) < 2 or len(short) > _MAX_CLIP:
        return False
    if not short.isalpha() or not short.istitle():
        return False
    first = words[0]
    if not first.startswith(short) or len(first) - len(short) < _MIN_CUT:
        return False
    return not any(short in other.split() for other in others)


def _first_of_firm(short: str, full: str, others: Iterable[str]) -> bool:
    """ "Quillmark" for "Quillmark Research", "Ames and Pell" for "Ames and Pell Group": the
    full name's first word or words, every word after them a word for a kind of body, not
    for a part of one (`_PART_OF_BODY`), when no other body's name holds the word or opens
    with it ("Fenn" beside "Fenn Office" and "Fennimore Rail Trust" may be either), or, for
    a short form of two names joined by "and", opens with them. A short form of several
    words without "and" ("Corbel Vane" of "Corbel Vane Group") takes only a firm's legal or
    grouping ending (`FIRM_ENDS`)."""
    opening, full_words = short.split(), full.split()
    kind_words = full_words[len(opening) :]
    if full_words[: len(opening)] != opening or not kind_words:
        return False
    if len(opening) > 1 and "and" not in opening:
        # "Tarnby Harbour" may be the harbour, not the "Tarnby Harbour Trust"; only a
        # firm's legal or grouping ending ("Corbel Vane Group") leaves the same firm
        return all(_word(word) in FIRM_ENDS for word in kind_words) and not any(
            other.split()[: len(opening)] == opening for other in others if other != full
        )
    suffixes = cues().org_suffixes - _PART_OF_BODY
    if not all(_word(word) in suffixes for word in kind_words):
        return False
    other_names = [other.split() for other in others if other != full]
    if len(opening) > 1:  # "Harwick and Dunmore" of "Harwick and Dunmore Group"
        return not any(words[: len(opening)] == opening for words in other_names)
    return not any(short in words or words[0].startswith(short) for words in other_names if words)


#: Head nouns of bodies that a region holds of its own beside the nation's: "the Tarnshire
#: Government" is not "the Government", nor the "Tarnshire Labour Party" "the Labour Party".
_REGIONAL_HEADS = frozenset({"government", "parliament", "assembly", "party", "executive"})


def _place_dropped(short: str, full: str) -> bool:
    """ "Harbour Police Department" for "Tarnport Harbour Police Department", "Senate" for
    "U.S. Senate": the full name is a place the tables or the gazetteer know (or a
    people's word, "Tarnish") and then the short name, which ends on a body's head noun
    that no region holds a body of its own by (`_REGIONAL_HEADS`)."""
    short_words, full_words = short.split(), full.split()
    head = _word(short_words[-1])
    if head not in JOINT_HEADS or head in _REGIONAL_HEADS:
        return False
    cut = len(full_words) - len(short_words)
    if cut < 1 or full_words[cut:] != short_words:
        return False
    prefix = " ".join(full_words[:cut])
    lex = lexicon()
    return (
        lex.place(prefix) is not None
        or normalize(prefix) in lex.demonyms
        or gazetteer().lookup(prefix) is not None
    )


#: What follows "Police" in a force's full name: "Tarnport Police" is the "Tarnport Police
#: Department" (or Service, or Force) and no other body.
_FORCE_TAILS = frozenset({"department", "dept", "service", "force"})


def _force_named(short: str, full: str) -> bool:
    """ "Tarnport Police" for "Tarnport Police Department": the full name is the short one
    and one word for a police force's administration."""
    short_words, full_words = short.split(), full.split()
    return (
        len(short_words) >= 2
        and _word(short_words[-1]) == "police"
        and full_words[:-1] == short_words
        and _word(full_words[-1]) in _FORCE_TAILS
    )


def short_of(short: str, full: str, others: Iterable[str] = ()) -> bool:
    """Whether the body name `short` is a shorter way of writing `full`."""
    if short == full:
        return False
    if _joined(short, full):
        return True
    if len(short) >= len(full):
        return False
    if _aligned(short.split(), full.split()) or _place_dropped(short, full):
        return True
    if _force_named(short, full):
        return True
    return _cut(short, full, others) or _first_of_firm(short, full, others)


def merged_short_forms(mentions: list[Mention]) -> list[Mention]:
    """Every mention of a body's short form keyed to its longest full form, where that
    full form is the only one the short form can stand for."""
    keys = list(dict.fromkeys(m.key for m in mentions if m.kind == ORG))
    fixed = {m.key for m in mentions if m.fixed}
    target: dict[str, str] = {}
    for short in keys:
        if short in fixed:
            continue
        others = [k for k in keys if k != short]
        fulls = [full for full in others if short_of(short, full, others)]
        if not fulls:
            continue
        longest = max(fulls, key=len)
        if all(full == longest or short_of(full, longest, others) for full in fulls):
            target[short] = longest
    if not target:
        return mentions
    for mention in mentions:
        if mention.kind != ORG:
            continue
        key = mention.key
        for _ in range(len(target)):
            if key not in target:
                break
            key = target[key]
        mention.key = key
    return mentions
