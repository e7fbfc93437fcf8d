"""CoNLL entity scoring on a tiny hand-written document (not eval-data text)."""

from __future__ import annotations

from generator.evaluation.entities_conll import (
    gold_type,
    is_sport,
    join_tokens,
    not_people,
    parse_conll,
    record_forms,
    score,
)

#: Two hand-written documents in the CoNLL-2003 layout.
SAMPLE = """-DOCSTART- -X- -X- O

Widgets NNS B-NP O
up IN B-PP O
in IN B-PP O
Ruritania NNP B-NP B-LOC
. . O O

Maria NNP B-NP B-PER
Olsen NNP I-NP I-PER
of IN B-PP O
Acme NNP B-NP B-ORG
Corp NNP I-NP I-ORG
's POS B-NP O
sales NNS I-NP O
( ( O O
Ruritania NNP B-NP B-LOC
) ) O O
said VBD B-VP O
Olsen NNP B-NP B-PER
, , O O
a DT B-NP O
Fooian JJ I-NP B-MISC
. . O O

-DOCSTART- -X- -X- O

SOCCER NN B-NP O
- : O O
RESULTS NNS B-NP O
. . O O
"""


def test_documents_are_rebuilt_as_written_with_their_gold_forms() -> None:
    """Tokens rejoin without spaces before 's , ) and after (; gold forms per type."""
    first, second = parse_conll(SAMPLE.splitlines())
    assert first.headline == "Widgets up in Ruritania."
    assert first.body == "Maria Olsen of Acme Corp's sales (Ruritania) said Olsen, a Fooian."
    assert first.forms("PER") == {"maria olsen", "olsen"}
    assert first.forms("ORG") == {"acme corp"}
    assert first.forms("LOC") == {"ruritania"}
    assert first.gold["fooian"] == frozenset({"MISC"})
    assert (first.index, second.index) == (0, 1)


def test_join_tokens_keeps_currency_and_percent_tight() -> None:
    """No space after "$" and none before "%" or "n't"."""
    assert join_tokens(["up", "$", "5", "or", "3", "%", "but", "did", "n't"]) == (
        "up $5 or 3% but didn't"
    )


def test_sport_sections_are_recognised() -> None:
    """A sport tag before " - " marks a results document; other tags do not."""
    assert is_sport("SOCCER - RESULTS .")
    assert is_sport("RUGBY UNION - TEAMS NAMED .")
    assert not is_sport("PRESS DIGEST - PAPERS .")
    assert not is_sport("Widgets up in Ruritania .")


def test_record_forms_keep_only_forms_the_text_writes() -> None:
    """A canonical name the text never writes is neither right nor wrong."""
    record = {
        "people": [{"name": "Maria Olsen", "aliases": ["Olsen"]}],
        "organizations": [{"name": "Acme Corporation", "aliases": ["Acme Corp"]}],
        "places": [{"name": "Kingdom of Ruritania", "aliases": ["Ruritania"]}],
    }
    (doc,) = parse_conll(SAMPLE.splitlines()[:24])
    forms = record_forms(record, doc.text)
    assert forms == {"PER": {"maria olsen", "olsen"}, "ORG": {"acme corp"}, "LOC": {"ruritania"}}
    assert score(forms, doc) == (4, 0, 0)


def test_score_counts_wrong_types_as_both_false_and_missed() -> None:
    """An organization filed as a person is a false positive and a miss."""
    (doc,) = parse_conll(SAMPLE.splitlines()[:24])
    predicted = {"PER": {"maria olsen", "olsen", "acme corp"}, "ORG": set(), "LOC": {"ruritania"}}
    assert score(predicted, doc) == (3, 1, 1)


def test_people_that_are_not_people() -> None:
    """A surname of a gold person is a person; an organization or a non-name is not."""
    (doc,) = parse_conll(SAMPLE.splitlines()[:24])
    assert gold_type("maria", doc.gold) == "PER"
    assert gold_type("acme", doc.gold) == "ORG"
    assert gold_type("fooian", doc.gold) == "MISC"
    assert gold_type("sales", doc.gold) is None
    assert not_people({"maria olsen", "acme corp", "sales", "olsen"}, doc.gold) == (2, 4)
