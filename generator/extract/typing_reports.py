"""Whether a verb of saying is used for an act, not for words: "the band have added three
dates", "Acme announced a loss", where the verb's object is a thing and no clause of
reported words follows. Bands, firms and works add, announce and reveal things as often as
people do, so such a verb is no evidence that its subject is a person."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import Lexicon, person_noun, singulars

#: Verbs of saying whose direct object may be a thing done or made, not the person told:
#: "added dates", "announced a loss", "revealed a phone", "continued its growth". Verbs
#: whose object is the one addressed ("told", "urged", "warned") are left out.
_ACTS_TOO = frozenset(
    {"add", "adds", "added", "announce", "announces", "announced", "reveal", "reveals"}
    | {"revealed", "continue", "continues", "continued", "predict", "predicts", "predicted"}
    | {"promise", "promises", "promised"}
)
#: Dependencies of a clause of reported words under the verb: "said (that) it would".
_REPORTED_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})


def acts_on_a_thing(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` has a common noun for its direct object that names no person
    ("added three dates", "revealed a phone"; not "added reporters", "said this") and no
    clause of reported words. Only verbs whose object may be a thing (``_ACTS_TOO``) count."""
    if verb.lower_ not in _ACTS_TOO or any(
        child.dep_ in _REPORTED_CLAUSES for child in verb.children
    ):
        return False
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    return any(_names_a_thing(obj, lex) for obj in objects)


def _names_a_thing(noun: Token, lex: Lexicon) -> bool:
    """Whether an object is a common noun that no table calls a person or a job."""
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    return not person_noun(noun) and not any(f in lex.role_words for f in singulars(noun.lower_))
