"""Verbs that are not verbs of saying but frame a quoted fragment as their subject's words.

British copy quotes a few words inside a sentence that judges or reports:
"Ames billed the lorry as ‘the finest on the road’", "the board found ‘serious
failings’", "in his letter, Ames spoke of ‘deep regret’". The subject of such a
verb chose the quoted words, as the subject of "described ... as" does, so the
verb attributes the fragment as a verb of saying would. Only the verb's own
complement counts: a quote in a clause that describes something else ("found a
man who was ‘badly hurt’") is not the finder's words, and a verb with no subject
of its own ("was billed as") names nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_lemmas import lemma
from generator.extract.quote_marks import Quote
from generator.extract.speech import in_any, words

#: Verbs whose "of" phrase is what was said or written: "spoke of ‘deep regret’".
SPEAKING_OF = frozenset(["speak", "talk", "write"])
#: Verbs of finding and ruling whose object or clause is the finding, in its finder's words.
FINDING = frozenset(["find", "rule", "deem", "conclude", "judge"])
#: Dependencies between a verb and a fragment of its own complement.
COMPLEMENT_DEPS = frozenset(["dobj", "oprd", "ccomp", "attr", "acomp", "prep", "pobj", "conj"])
#: Words of a clause that describes a noun rather than completing the verb.
DESCRIBING_DEPS = frozenset(["relcl", "acl", "advcl", "appos"])


def frames_quote(verb: Token, quote: Quote) -> bool:
    """Whether a verb with a subject of its own frames the quote as that subject's words:
    "X billed/regarded Y as ‘...’", "X spoke of ‘...’", "X found ‘...’"."""
    if verb.pos_ != "VERB" or in_any(verb, quote):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not in_any(c, quote)]
    if not subjects or not _names_its_source(subjects[0]):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and _holds(child, quote):
            # "billed the truck as ‘...’": the subject characterises its object.
            return any(c.dep_ == "dobj" for c in verb.children)
    verb_lemma = lemma(verb)
    if verb_lemma in SPEAKING_OF:
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and _holds(c, quote) for c in verb.children
        )
    if verb_lemma in FINDING:
        return any(c.dep_ in ("dobj", "ccomp", "oprd") and _holds(c, quote) for c in verb.children)
    return False


def _names_its_source(subject: Token) -> bool:
    """Whether a subject names who framed the words: a name, a relative pronoun standing
    for one, or a body ("the party"). A "he" or a role noun is left to verbs of saying:
    read through a sentence that only judges, it lands on the wrong person too often."""
    return (
        subject.pos_ == "PROPN"
        or subject.tag_ in ("WP", "WDT")
        or subject.lower_ in words().organization_nouns
    )


def _holds(head: Token, quote: Quote) -> bool:
    """Whether the quote's words hang from ``head`` through complements only, not
    through a clause describing a noun on the way."""
    for token in head.subtree:
        if not in_any(token, quote) or token.is_punct:
            continue
        walker = token
        while walker.i != head.i:
            if walker.dep_ in DESCRIBING_DEPS and not in_any(walker.head, quote):
                break
            walker = walker.head
        else:
            return True
    return False
