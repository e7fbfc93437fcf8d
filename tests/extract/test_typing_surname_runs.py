"""Entity typing: the surname of a person of the story, written alone again and again, stays
that person when one of its mentions has an odd vote for another kind."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.kinds import decide
from generator.extract.lexicon import lexicon
from generator.extract.mentions import PERSON, PLACE, WORK, Mention


def _mentions(nlp: Language, text: str, odd: int) -> list[Mention]:
    """The mentions of "Tom Ruddick" and each bare "Ruddick" (a place by the model's label);
    the ``odd``-th bare one votes 3 for a work."""
    doc = nlp(text)
    found = [Mention(doc[0:2], PERSON, "Tom Ruddick", "Tom Ruddick", prior={PERSON: 1.0})]
    found[0].vote(PERSON, 2.0)
    for token in doc[2:]:
        if token.text == "Ruddick":
            span = doc[token.i : token.i + 1]
            found.append(Mention(span, PLACE, "Ruddick", "Ruddick", prior={PLACE: 1.0}))
    found[1 + odd].vote(WORK, 3.0)
    return found


def test_a_surname_written_often_outweighs_one_odd_vote(nlp: Language) -> None:
    """Eight bare "Ruddick"s, one with a work's vote, are still Tom Ruddick."""
    text = "Tom Ruddick quit. " + " ".join(f"Ruddick said {w}." for w in "abcdefgh")
    kinds = {m.text: m.kind for m in decide(_mentions(nlp, text, 2), lexicon())}
    assert kinds.get("Ruddick") == PERSON


def test_a_surname_written_once_with_a_strong_vote_is_not_the_person(nlp: Language) -> None:
    """One bare "Ruddick" with a work's vote of 3 and nothing for a person is no person."""
    text = "Tom Ruddick quit. Ruddick was printed."
    kinds = {m.text: m.kind for m in decide(_mentions(nlp, text, 0), lexicon())}
    assert kinds.get("Ruddick") != PERSON
