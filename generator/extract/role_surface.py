"""Roles read from word order where the parse loses them.

Web copy sets photo marks off after a name ("Jane Roe (pictured), the
charity's founder, said"; "Roe, pictured, the charity's founder, said"), and
dashes set off descriptions ("Jo Roe - a retired ferry pilot - waved"). The
parser then often hangs the description from "pictured" or from the verb
instead of the name. These readers skip such marks and take a phrase set off
by commas or dashes as the name's appositive when it is a plain noun phrase
(no verb, pronoun or clause word) about a person ("founder", "lord"). They
also read what follows a name by its words: an organisation someone is "of"
or "from", and the post an appointing verb gives ("named Jane Roe as coach").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.name_spans import entity_span
from generator.extract.role_context import SUBJECTS
from generator.extract.role_nouns import is_role_word, names_someone, person_noun, singular
from generator.extract.role_phrases import role_phrase, trim, write_role

#: Words of a photo mark after a name: "(pictured)", ", left,", "(centre)".
PHOTO_MARKS = frozenset(
    {"pictured", "left", "right", "centre", "center", "above", "below", "inset", "top", "bottom"}
)
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: A set-off phrase longer than this is a clause or a list, not a role.
MAX_PHRASE_TOKENS = 10
#: Parts of speech that make a set-off phrase something other than a noun phrase.
_NOT_IN_PHRASE = frozenset({"VERB", "AUX", "SCONJ", "INTJ", "SYM", "X"})
#: Verbs that give someone a post: "named Jane Roe (as) chief executive".
APPOINTING = frozenset(
    {
        *("named", "names", "appointed", "appoints", "hired", "hires", "elected", "elects"),
        *("nominated", "nominates", "chose", "chosen", "picked", "tapped", "installed"),
        *("promoted", "made", "makes"),
    }
)
_AFFILIATED_ENTS = frozenset({"ORG", "FAC"})
#: Labels the model gives a body's name after "of" by mistake ("of the Fair Play Act").
_MISLABELLED_BODIES = frozenset({"LAW", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: Words that may open the noun phrase of a post: "as their new coach".
_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON"})


def after_marks(doc: Doc, at: int) -> int:
    """The index after any photo marks that start at ``at`` ("(pictured)", ", left")."""
    while at + 2 < len(doc):
        if doc[at].text == "(" and doc[at + 1].lower_ in PHOTO_MARKS and doc[at + 2].text == ")":
            at += 3
        elif (
            doc[at].text == ","
            and doc[at + 1].lower_ in PHOTO_MARKS
            and doc[at + 2].text in (",", ".")
        ):
            at += 2
        else:
            break
    return at


def _set_off(
    doc: Doc, start: int, closers: frozenset[str], line: bool = False
) -> list[Token] | None:
    """The tokens from ``start`` up to a closing mark in ``closers`` (or, for a ``line``,
    its end), if they are a plain noun phrase: no verb, no pronoun but a possessive one,
    no clause word."""
    tokens: list[Token] = []
    for token in doc[start : min(len(doc), start + MAX_PHRASE_TOKENS + 1)]:
        if token.text in closers or token.text == "." or (line and token.is_space):
            return tokens or None
        if token.is_space:
            return None
        if "\n" in token.whitespace_ or token.i == len(doc) - 1:
            return [*tokens, token] if line and _plain(token) else None
        if not _plain(token):
            return None
        tokens.append(token)
    return None


def _plain(token: Token) -> bool:
    """Whether ``token`` may stand in a plain noun phrase set off after a name."""
    return not (
        token.pos_ in _NOT_IN_PHRASE
        or (token.pos_ == "PRON" and token.tag_ != "PRP$")
        or token.tag_ in ("WDT", "WP", "WP$")
        or token.ent_type_ == "PERSON"
        or (token.is_punct and token.tag_ not in ("HYPH", "POS"))
    )


def _about_a_person(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a person noun heads the phrase: one before any preposition
    ("senior harbour judge", "chief executive of Acme"; not "in the rain")."""
    for token in tokens:
        if token.pos_ == "ADP" and token.tag_ != "POS":
            return False
        lower = singular(token.lower_) if token.tag_ == "NNS" else token.lower_
        if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha:
            continue
        if is_role_word(token, lex) or person_noun(lower):
            return not token.like_num
    return False


def set_off_after(span: Span) -> bool:
    """Whether punctuation follows the name, as before an appositive ("Ed Roe, the
    mayor"); a quotation mark opens words someone else gave him ("toasted Ed Roe ‘the
    last captain’"), an epithet, not the text's own statement of his role."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_punct and not doc[span.end].is_quote


def titles_next_name(noun: Token) -> bool:
    """Whether another name follows a role noun with nothing between: "Ed Roe, 52, and
    his young daughter Ada" holds Ada's title, not a role of Ed's."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return False
    name = doc[noun.i + 1]
    # The model may call the name anything ("Ada" an organization): the parse ties it.
    tied = name.head == noun or noun.head == name
    return tied and name.pos_ == "PROPN" and name.ent_type_ not in ("DATE", "TIME", "")


def marked_appositive(span: Span, lex: Lexicon) -> str | None:
    """ "the charity's founder" in "Jane Roe (pictured), the charity's founder, said" and
    "retired ferry pilot" in "Jo Roe - a retired ferry pilot - waved" or in a line "Jo
    Roe: retired ferry pilot": an appositive after a photo mark, between dashes, after
    a colon, or between commas before the name's verb ("Jo Roe, GP and harbour medic,
    said"), which the parse does not tie to the name."""
    doc = span.doc
    at = after_marks(doc, span.end)
    if at >= len(doc) - 1:
        return None
    line = doc[at].text == ":" and _opens_line(span)
    if doc[at].text == "," and (at > span.end or _subject_of_after(span, at)):
        closers = frozenset({","})
    elif doc[at].text in _DASHES:
        closers = _DASHES
    elif line:
        closers = frozenset()  # "Jo Roe: retired ferry pilot", a caption or list line
    else:
        return None
    tokens = _set_off(doc, at + 1, closers, line=line)
    if not tokens or not _about_a_person(tokens, lex):
        return None
    return write_role(trim(tokens))


def _subject_of_after(span: Span, comma: int) -> bool:
    """Whether the name is the subject of the verb right after the phrase that the comma
    at ``comma`` opens ("Jo Roe, harbour chair of Tarn, says"): the phrase between is
    set off as an appositive, however the parse hung it."""
    doc = span.doc
    ahead = doc[comma + 1 : comma + MAX_PHRASE_TOKENS + 2]
    close = next((t.i for t in ahead if t.text == ","), None)
    if close is None or close + 1 >= len(doc):
        return False
    verb = doc[close + 1]
    root = span.root
    return verb.pos_ in ("VERB", "AUX") and root.head == verb and root.dep_ in SUBJECTS


def _opens_line(span: Span) -> bool:
    """Whether the name opens a line of the text."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return before is None or before.is_space or "\n" in before.whitespace_


def appointed_to(span: Span, lex: Lexicon) -> str | None:
    """ "new coach of the Tigers" in "The Tigers named Jane Roe as their new coach" and
    "chief executive" in "The board appointed Jane Roe chief executive": the post an
    appointing verb gives the name after it."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in APPOINTING or span.end >= len(doc):
        return None
    at = span.end + (doc[span.end].lower_ == "as")
    head = None
    for token in doc[at : min(len(doc), at + MAX_PHRASE_TOKENS)]:
        if token.pos_ not in _OPENERS or token.ent_type_ in ("DATE", "TIME", "PERSON"):
            break
        if token.pos_ == "PRON" and token.tag_ != "PRP$":
            break
        if token.pos_ == "NOUN":
            head = token
    if head is None or (head.i == at and head.pos_ != "NOUN"):
        return None
    lower = singular(head.lower_) if head.tag_ == "NNS" else head.lower_
    if not (is_role_word(head, lex) or person_noun(lower)):
        return None
    return role_phrase(head, range(span.start, span.end), lex)


def affiliation(span: Span) -> str | None:
    """ "of the Acme Institute" in "Jane Roe, of the Acme Institute, said", and "from
    the University of Leeds"."""
    doc = span.doc
    at = after_marks(doc, span.end)
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at >= len(doc) or doc[at].lower_ not in ("of", "from", "for", "at"):
        return None
    if _verbs_object(span, doc[at]):
        return None
    start = at + 1
    if start < len(doc) and doc[start].lower_ == "the" and doc[start].ent_iob_ != "B":
        start += 1
    if start >= len(doc):
        return None
    if doc[at].lower_ == "at":
        return _works_at(span, at, start)
    kind = _kind_before_name(doc, start)
    if kind is not None:  # "of the campaign group Fair Roads"
        return write_role(trim(list(doc[at : entity_span(doc[kind]).end])))
    # The model may run the name on ("Jane Roe of Free" as one person): words it
    # took into the name are as unlabelled as any.
    named_to = span.end
    while named_to < len(doc) and doc[named_to].ent_iob_ == "I" and span[-1].ent_iob_ != "O":
        named_to += 1
    if doc[start].ent_iob_ == "B" and doc[start].ent_type_ in _AFFILIATED_ENTS:
        end = _with_kind(doc, entity_span(doc[start]).end)
    elif doc[start].ent_iob_ == "O" or start < named_to:
        end = _unlabelled_name_end(doc, start, named_to)
    else:
        body_end = _body_after_place(doc, start)
        if body_end is None:
            return None  # a place, a date or a person: not whom someone is with
        end = body_end
    return write_role(trim(list(doc[at:end]))) if end > start else None


def _verbs_object(span: Span, prep: Token) -> bool:
    """Whether the name is a verb's object and the preposition after it the verb's too:
    "pulled Ellie Roe from the river", "told Jo Ames of the risk" say where or what, not
    whom the person is with."""
    verb = prep.head
    return (
        verb.pos_ == "VERB"
        and not span.start <= verb.i < span.end
        and span.root.dep_ == "dobj"
        and span.root.head == verb
    )


def _body_after_place(doc: Doc, start: int) -> int | None:
    """The end of a body's name that opens with a place the model labelled apart ("UK
    Harbours", "Tarn UAF"), with any kind of body in lower case after it, or of one
    it labelled a law or a work that such a kind follows ("the Fair Play For Kids
    charity"); None for a place alone ("of Tarn"), a date or a person."""
    label = doc[start].ent_type_
    if label in _MISLABELLED_BODIES:
        named = entity_span(doc[start]).end
        kind = _with_kind(doc, named)
        # "of Tarn, said" may be a home so labelled; a kind of body says it is none
        kinded = kind > named or (doc[named - 1].is_lower and doc[named - 1].pos_ == "NOUN")
        return kind if kinded else None
    if label not in ("GPE", "LOC"):
        return None
    end = entity_span(doc[start]).end
    if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "ORG":
        return _with_kind(doc, entity_span(doc[end]).end)
    named = end
    while named < len(doc) and doc[named].ent_iob_ == "O" and doc[named].pos_ == "PROPN":
        if not (doc[named].is_title or doc[named].is_upper):
            break
        named += 1
    return _with_kind(doc, named) if named > end else None


def _with_kind(doc: Doc, end: int) -> int:
    """``end`` moved past a kind of body in lower case that follows a body's name ("the
    Acme charity"), when a comma or a verb comes after it."""
    kind = end
    while kind < len(doc) and kind - end < MAX_KIND_WORDS and doc[kind].is_lower:
        if doc[kind].pos_ != "NOUN" or doc[kind].ent_iob_ != "O":
            break
        kind += 1
    closed = kind < len(doc) and (doc[kind].text == "," or doc[kind].pos_ in ("VERB", "AUX"))
    return kind if kind > end and closed else end


def _works_at(span: Span, at: int, start: int) -> str | None:
    """ "at Norport General Hospital" in "Jo Roe at Norport General Hospital said": an
    organisation's whole name after "at", which the parse hangs from the name of one
    who acts or speaks (not "met Jo Roe at Acme" or a caption "Jo Roe at the Gala",
    where she was; not "at Acme's offices", a place)."""
    doc = span.doc
    if doc[at].head.i not in range(span.start, span.end) or span.root.dep_ != "nsubj":
        return None
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "ORG":
        return None
    end = entity_span(doc[start]).end
    if doc[end - 1].tag_ == "POS" or (end < len(doc) and doc[end].tag_ == "POS"):
        return None
    return write_role(trim(list(doc[at:end])))


#: Lower-case words that may say what kind of body follows ("human rights group").
MAX_KIND_WORDS = 3


def _kind_before_name(doc: Doc, start: int) -> int | None:
    """Where the organisation starts in "campaign group Fair Roads" (a kind of body in
    lower case, then its name) from ``start``, or None."""
    at = start
    while (
        at < len(doc)
        and at - start < MAX_KIND_WORDS
        and doc[at].is_lower
        and doc[at].pos_ in ("NOUN", "ADJ")
        and doc[at].ent_iob_ == "O"
    ):
        at += 1
    if at == start or at >= len(doc) or doc[at - 1].pos_ != "NOUN":
        return None
    if doc[at].ent_iob_ != "B" or doc[at].ent_type_ not in _AFFILIATED_ENTS:
        return None
    return at


def _unlabelled(doc: Doc, at: int, named_to: int) -> bool:
    return doc[at].ent_iob_ == "O" or at < named_to


def _unlabelled_name_end(doc: Doc, start: int, named_to: int) -> int:
    """The end of a name the model did not label, as in "of Save the Quay ROC":
    capitalised words (and "the", "of", "and" between them), at least two, none in
    or next to an entity; ``start`` when there is none."""
    end = start
    capitalised = 0
    while end < len(doc) and end - start < MAX_PHRASE_TOKENS and _unlabelled(doc, end, named_to):
        token = doc[end]
        if token.is_title or (token.is_upper and token.is_alpha):
            capitalised += 1
        elif token.lower_ not in ("the", "of", "and") or end == start:
            break
        end += 1
    if end < len(doc) and not _unlabelled(doc, end, named_to):
        return start  # the name runs into an entity: not read here
    while end > start and not (doc[end - 1].is_title or doc[end - 1].is_upper):
        end -= 1
    return end if capitalised >= 2 else start


def organization_before(span: Span) -> str | None:
    """ "of Oxfam" for "Oxfam's Jane Roe" or "Oxfam's Dr Jane Roe", "of the BBC" for "the
    BBC's Jane Roe": an organisation that owns the name says whom the person is with."""
    doc = span.doc
    at = span.start - 1
    while at > 0 and doc[at].is_title and doc[at].lower_ in lexicon().honorifics:
        at -= 1  # "Labour's Lady Roke": the owner comes before the courtesy title
    if at < 1 or doc[at].tag_ != "POS" or doc[at - 1].ent_type_ not in _AFFILIATED_ENTS:
        return None
    start = entity_span(doc[at - 1]).start
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    owner = write_role(list(doc[start:at]))
    if not owner:
        return None
    return "of " + ("the" + owner[3:] if owner.startswith("The ") else owner)


def called(span: Span, lex: Lexicon) -> str | None:
    """ "young journalist" in "a young journalist called Jane Roe" or "named Jane Roe":
    the noun that the name is given to; "victim" in "the victim, named locally as Jane
    Roe," "police named the victim as Jane Roe" or "the victim was identified as"."""
    doc = span.doc
    verb = doc[span.start - 1] if span.start > 0 else None
    if verb is not None and verb.lower_ == "as" and verb.head.lower_ in _NAMING:
        named = _named_by(verb.head)
        if named is None or not names_someone(named, lex):
            return None
        return role_phrase(named, range(span.start, span.end), lex)
    if verb is None or verb.lower_ not in ("called", "named") or verb.dep_ != "acl":
        return None
    if verb.head.i >= verb.i or not names_someone(verb.head, lex):
        return None
    return role_phrase(verb.head, range(span.start, span.end), lex)


#: Verbs that give a person's name "as" the name ("named as", "identified as").
_NAMING = frozenset({"named", "names", "name", "identified", "identifies", "identify"})


def _named_by(verb: Token) -> Token | None:
    """The noun a naming verb gives the name to: the one it qualifies ("the victim,
    named as"), its object ("named the victim as") or its passive subject."""
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
