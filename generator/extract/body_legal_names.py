"""A firm named with its legal form that the model left out of its entities: "Drills by
Brelland Tool Corp were recalled", "said Tessa Quorrel of Pellon Holdings Ltd".

A legal form ("Inc", "Corp", "Ltd", "Plc", "AG") after capitalised words says the words
name a company, whatever the sentence around them: the model reads most such names, but
not all (a short line of a results table, a name of plain words), and the record loses the
firm. Only a run the model left wholly untagged is taken, of two capitalised proper nouns or
more before the form, with no capitalised word right after (the run would go on: "Tarn Co
Water Board") and no person's title or role in it. A name after "of" and an entity of the
model's is taken without them ("Tessa Quorrel of Pellon Holdings Ltd"), unless it opens
with a place the tables know: a firm "of" a place is one name ("Copper Reach of Tarnland
Ltd"), which `body_firm_complements` reads whole or not at all.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import lexicon
from generator.extract.nlp import text_of

#: Legal forms of a company as written after its name, with or without a full stop.
_FORMS = re.compile(r"(?<=[A-Za-z] )(?:Inc|Corp|Ltd|Plc|PLC|LLC|AG|GmbH|NV|Co)\b")
#: Most capitalised words of a name before its legal form.
_MOST_WORDS = 4
#: Fewest capitalised words before the legal form: one word ("Ames Ltd") is too often a
#: surname of a person in a company's name the model read as a person's.
_FEWEST_WORDS = 2
#: Small words a firm's name may hold between its capitalised words: "Bank of Tarn Ltd".
_JOINS = frozenset({"of", "and", "&"})


def legal_form_names(doc: Doc) -> list[Span]:
    """Every untagged firm's name written with its legal form (see the module), as
    organization spans."""
    out: list[Span] = []
    for found in _FORMS.finditer(text_of(doc)):
        form = doc.char_span(found.start(), found.end())
        if form is None or len(form) != 1 or form[0].ent_iob_ != "O":
            continue
        end = form.end + (form.end < len(doc) and doc[form.end].text == ".")
        if end < len(doc) and _capital(doc[end]):
            continue  # "Tarn Co Water": the name goes on past the form
        start = _name_start(doc, form.start)
        if start is None:
            continue
        out.append(Span(doc, start, form.end, label="ORG"))
    return out


def _capital(token: Token) -> bool:
    """A capitalised word of a name: "Brelland", "Tool"."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def _name_start(doc: Doc, form: int) -> int | None:
    """Where the firm's name before the legal form at ``form`` opens, or None when there is
    no untagged name of two capitalised words or more there."""
    lex = lexicon()
    start, words = form, 0
    while start > 0 and words < _MOST_WORDS:
        token = doc[start - 1]
        if token.ent_iob_ != "O":
            if doc[start].is_lower:
                break  # "Tessa Quorrel of Pellon Holdings Ltd": a name before "of" is apart
            return None  # the model read part of it: its own span decides
        if _capital(token) or (token.is_sent_start and token.pos_ == "PROPN"):
            if token.lower_ in lex.role_words or token.lower_ in lex.honorifics:
                return None  # "Chairman Ames Ltd": no name of a firm alone
            start, words = start - 1, words + 1
        elif token.lower_ in _JOINS and token.is_lower and words > 0:
            start -= 1
        else:
            break
    after_of = start < form and doc[start].lower_ == "of"
    while start < form and doc[start].is_lower:
        start += 1  # "of Pellon Holdings Ltd": the small word opens no name
    if words < _FEWEST_WORDS:
        return None
    if after_of and any(lex.place(doc[start:end].text) for end in range(start + 1, form + 1)):
        return None  # "Copper Reach of Tarnland Ltd": a firm "of" a place is one name
    return start
