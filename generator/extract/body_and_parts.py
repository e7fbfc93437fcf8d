"""One body's name the model read as two bodies on each side of its own "and".

"HM Tarn Revenue and Customs", "the Office of Tarn Water and Sewerage": the model reads
"HM Tarn Revenue" and "Customs" as two bodies. Two bodies joined by "and" are as often two
("the Home Office and Border Force", "Kelby Stanley and Goldman Sachs"), so the parts are
one name only when neither could name a body alone: each part ends on a common noun that is
no body's head ("Revenue", "Customs"; not "Office", "Force", "Bank") and no given name, the
part after "and" is one such noun or such nouns before a joint body's head noun ("the Kelby
Tenants and Residents Association"), and neither part is written alone anywhere else in the
story (a second body of the pair would be named on its own again).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.body_and_names import BODY_HEADS, JOINT_HEADS
from generator.extract.lexicon import load_data
from generator.extract.nlp import common_noun_plural, common_nouns
from generator.extract.referent_given_names import given_name_sex

#: Most words of a part after "and" that ends on a joint body's head noun.
_MOST_WORDS_AFTER = 3

#: Words that end a firm's or a body's name of its own before or after "and".
_OWN_ENDS = (
    BODY_HEADS
    | JOINT_HEADS
    | frozenset(
        {"bank", "group", "holdings", "plc", "ltd", "inc", "co", "corp", "company", "union"}
        | {"party", "league", "club", "news", "times", "post", "airways", "airlines"}
    )
)


def _cased_word(token: Token) -> bool:
    """A capitalised word of letters ("Revenue") or a short word in capitals ("HM")."""
    return token.is_alpha and (token.is_title or (token.is_upper and len(token) <= 3))


def _bare_noun(token: Token) -> bool:
    """A capitalised common noun that ends no body's name of its own and is no given name:
    "Revenue", "Customs", "Affairs"; not "Office", "Bank", "Morgan"."""
    word = token.lower_
    return (
        token.is_title
        and token.is_alpha
        and (word in common_nouns() or common_noun_plural(word))
        and word not in _OWN_ENDS
        and given_name_sex(word) is None
        and word not in _organization_heads()
    )


def _organization_heads() -> frozenset[str]:
    """The body's head nouns of the evidence tables: "agency", "trust", "service"."""
    words = load_data("evidence.yaml").get("org_suffixes") or []
    return frozenset(str(w).lower() for w in words)


def _written_alone(words: list[str], joined: list[str], span: Span) -> bool:
    """Whether ``words`` are written in the story outside every writing of ``joined``, the
    whole name ("HM Tarn Revenue" with no "and Customs" after it)."""
    doc = span.doc
    texts = [t.text for t in doc]
    inside: set[int] = set()
    for start in range(len(texts) - len(joined) + 1):
        if texts[start : start + len(joined)] == joined:
            inside.update(range(start, start + len(joined)))
    width = len(words)
    return any(
        texts[start : start + width] == words and start not in inside
        for start in range(len(texts) - width + 1)
    )


def _bare_part_after(second: Span) -> bool:
    """A part after "and" that names no body alone: one bare noun ("Customs"), or bare nouns
    before the head noun of a joint body ("Residents Association" of "the Kelby Tenants and
    Residents Association")."""
    if len(second) == 1:
        return _bare_noun(second[0])
    return (
        len(second) <= _MOST_WORDS_AFTER
        and second[-1].is_title
        and second[-1].lower_ in JOINT_HEADS
        and all(_bare_noun(t) for t in second[:-1])
    )


def one_body_across_and(first: Span, second: Span) -> bool:
    """Whether ``first`` "and" ``second``, two organization spans, are one body's name: see
    the module's note. ``first`` is given without a leading article."""
    doc = first.doc
    if (
        doc[first.end : second.start].text != "and"
        or len(first) < 2
        or not _bare_part_after(second)
        or first.ent_id_
        or second.ent_id_
        or not all(_cased_word(t) for t in first)
        or not _bare_noun(first[-1])
    ):
        return False
    if second.end < len(doc) and (doc[second.end].is_title or doc[second.end].text == "("):
        return False  # a longer name or the text's own initials go on after it
    joined = [t.text for t in doc[first.start : second.end]]
    return not any(_written_alone([t.text for t in part], joined, part) for part in (first, second))
