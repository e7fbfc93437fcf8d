"""Roles an editor would keep: a relative clause whole or not at all, a qualified generic
noun when its clause is too long, a role stated by the person of themselves, and no role
read across another person's name (`role_phrases`, `role_relatives`, `role_self_named`,
`role_appositives`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.role_appositives import appositive
from generator.extract.role_relatives import whole_clauses
from generator.extract.roles import own_name_only
from tests.extract.test_roles import roles_in


def test_a_relative_clause_cut_short_is_dropped_whole(nlp: Language) -> None:
    """ "sailor who had swum" cut before the rest of its clause: the noun phrase stays."""
    doc = nlp("The bearded sailor who had swum out past the harbour lights was found at dawn.")
    head = next(t for t in doc if t.text == "sailor")
    verb = next(t for t in doc if t.text == "swum")
    assert verb.dep_ == "relcl" and verb.head == head
    cut = list(doc[1 : verb.i + 1])
    whole = list(doc[1 : verb.right_edge.i + 1])
    assert [t.text for t in whole_clauses(cut, head)] == ["bearded", "sailor"]
    assert whole_clauses(whole, head) == whole


def test_a_qualified_generic_noun_stays_when_its_clause_is_too_long(nlp: Language) -> None:
    """ "the Dornwick woman who scolded him about ...": "Dornwick woman"."""
    text = (
        "She will not forget her quarrel with Marla Tenby, the Dornwick woman who scolded him "
        "about the closure of her village library during the 2009 council campaign."
    )
    assert roles_in(nlp, text)["Marla Tenby"] == "Dornwick woman"


def test_a_role_the_person_states_of_themselves(nlp: Language) -> None:
    """ "who introduced herself as the landlord's daughter" gives that role."""
    text = (
        "Marla Tenby, who introduced herself as the landlord's daughter, blamed Dornwick "
        "Council for the flood."
    )
    assert roles_in(nlp, text)["Marla Tenby"] == "landlord's daughter"


#: "He was a driver for Orrin Galt, the chief, and his uncle, the founder, Bertram Galt.",
#: parsed as the parser may: "Bertram Galt" an appositive of "Orrin Galt".
_HUNG = [  # word, head, dependency, part of speech, tag
    ("He", 1, "nsubj", "PRON", "PRP"),
    ("was", 1, "ROOT", "AUX", "VBD"),
    ("a", 3, "det", "DET", "DT"),
    ("driver", 1, "attr", "NOUN", "NN"),
    ("for", 3, "prep", "ADP", "IN"),
    ("Orrin", 6, "compound", "PROPN", "NNP"),
    ("Galt", 4, "pobj", "PROPN", "NNP"),
    (",", 6, "punct", "PUNCT", ","),
    ("the", 9, "det", "DET", "DT"),
    ("chief", 6, "appos", "NOUN", "NN"),
    (",", 6, "punct", "PUNCT", ","),
    ("and", 6, "cc", "CCONJ", "CC"),
    ("his", 13, "poss", "PRON", "PRP$"),
    ("uncle", 6, "conj", "NOUN", "NN"),
    (",", 13, "punct", "PUNCT", ","),
    ("the", 16, "det", "DET", "DT"),
    ("founder", 13, "appos", "NOUN", "NN"),
    (",", 6, "punct", "PUNCT", ","),
    ("Bertram", 19, "compound", "PROPN", "NNP"),
    ("Galt", 6, "appos", "PROPN", "NNP"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_name_hung_from_another_name_takes_no_role_above_it(nlp: Language) -> None:
    """ "a driver for Orrin Galt, ..., Bertram Galt": the driver is not Bertram."""
    people = {5, 6, 18, 19}
    doc = Doc(
        nlp.vocab,
        words=[w for w, *_ in _HUNG],
        heads=[h for _, h, *_ in _HUNG],
        deps=[d for _, _, d, *_ in _HUNG],
        pos=[p for *_, p, _ in _HUNG],
        tags=[t for *_, t in _HUNG],
        ents=[
            ("B-PERSON" if i - 1 not in people else "I-PERSON") if i in people else "O"
            for i in range(len(_HUNG))
        ],
    )
    assert appositive(doc[18:20], lexicon()) == "founder"


def test_a_role_of_the_persons_own_name_words_is_no_role() -> None:
    """ "Marla" before "Quill" when the parse split "Marla Quill" is her name, no role."""
    own = frozenset({"marla", "quill"})
    assert own_name_only("Marla", own, lexicon())
    assert not own_name_only("Prince", frozenset({"prince", "quill"}), lexicon())


def test_a_description_whose_phrase_holds_the_name_is_someone_else(nlp: Language) -> None:
    """ "An ally of Mr Galt ... The ally added": the ally is not Galt."""
    text = (
        "Orrin Galt was fined for speeding on Monday. An ally of Mr Galt told reporters the "
        "fine was unfair. The ally added that he would appeal."
    )
    assert roles_in(nlp, text)["Orrin Galt"] is None
