"""Roles read from word order where the parse loses them.

Web copy sets photo marks off after a name ("Jane Roe (pictured), the
charity's founder, said"; "Roe, pictured, the charity's founder, said"), and
dashes set off descriptions ("Jo Roe - a retired ferry pilot - waved"). The
parser then often hangs the description from "pictured" or from the verb
instead of the name. These readers skip such marks and take a phrase set off
by commas or dashes as the name's appositive when it is a plain noun phrase
(no verb, pronoun or clause word) about a person ("founder", "lord"). They
also read the post an appointing verb gives ("named Jane Roe as coach");
`role_affiliations` reads an organisation someone is "of" or "from".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
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
#: Labels of a body's name that says whom someone is with ("of Oxfam", "the BBC's").
AFFILIATED_ENTS = frozenset({"ORG", "FAC"})
#: Words that may open the noun phrase of a post: "as their new coach".
_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON"})


def after_marks(doc: Doc, at: int) -> int:
    """The index after any photo marks that start at ``at`` ("(pictured)", ", left")."""
    tokens = tokens_of(doc)
    while at + 2 < len(doc):
        if (
            tokens[at].text == "("
            and tokens[at + 1].lower_ in PHOTO_MARKS
            and tokens[at + 2].text == ")"
        ):
            at += 3
        elif (
            tokens[at].text == ","
            and tokens[at + 1].lower_ in PHOTO_MARKS
            and tokens[at + 2].text in (",", ".")
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
    no clause word; a person's name only after "of" ("the wife of Ed Poe")."""
    tokens: list[Token] = []
    of_someone = False
    for token in doc[start : min(len(doc), start + MAX_PHRASE_TOKENS + 1)]:
        of_someone = of_someone or token.lower_ == "of"
        if token.text in closers or token.text == "." or (line and token.is_space):
            return tokens or None
        if token.is_space:
            return None
        if "\n" in token.whitespace_ or token.i == len(doc) - 1:
            return [*tokens, token] if line and _plain(token) else None
        if not _plain(token) and not (of_someone and token.ent_type_ == "PERSON"):
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
        or (token.is_punct and token.tag_ not in ("HYPH", "POS") and not _in_word(token))
    )


def _in_word(token: Token) -> bool:
    """Whether a mark is a hyphen written inside a word ("ex-wife"), whatever its tag."""
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
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
    tokens = tokens_of(doc)
    return span.end < len(doc) and tokens[span.end].is_punct and not tokens[span.end].is_quote


#: Entity labels of a capitalised word that is no name.
_NO_NAME = ("DATE", "TIME", "")


def titles_next_name(noun: Token) -> bool:
    """Whether another name follows a role noun with nothing between: "Ed Roe, 52, and
    his young daughter Ada" holds Ada's title, not a role of Ed's."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return False
    name = doc[noun.i + 1]
    # The model may call the name anything ("Ada" an organization): the parse ties it.
    tied = name.head == noun or noun.head == name
    # "Jo Roe, party nominee Ed Poe, and ..." parsed with both as appositives of Jo Roe:
    # a person's name that starts right after the noun is the one it titles.
    starts_person = name.ent_type_ == "PERSON" and name.ent_iob_ == "B"
    return (tied or starts_person) and name.pos_ == "PROPN" and name.ent_type_ not in _NO_NAME


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
    pictured = at > span.end  # a photo mark sets off what follows
    at = at if pictured else _past_age(doc, at)
    line = doc[at].text == ":" and _opens_line(span)
    if doc[at].text == "," and (pictured or _subject_of_after(span, at)):
        closers = frozenset({","})
    elif doc[at].text in _DASHES and not _closes_dash(span, at):
        closers = _DASHES
    elif line:
        closers = frozenset()  # "Jo Roe: retired ferry pilot", a caption or list line
    else:
        return None
    tokens = _set_off(doc, at + 1, closers, line=line)
    if not tokens or not _about_a_person(tokens, lex):
        return None
    return write_role(trim(tokens))


def _closes_dash(span: Span, dash: int) -> bool:
    """Whether the dash at ``dash`` after the name closes a pair the sentence opened before
    it ("two sons - Ed and Sam - and a daughter"): what follows goes on with the sentence,
    no description of the name; so does a phrase that opens with "and" or "but"."""
    doc = span.doc
    start = span.sent.start
    opened = sum(1 for t in doc[start : span.start] if t.text in _DASHES and not _in_word(t))
    after = doc[dash + 1] if dash + 1 < len(doc) else None
    return opened % 2 == 1 or (after is not None and after.pos_ == "CCONJ")


def _past_age(doc: Doc, comma: int) -> int:
    """The comma after an age set off at ``comma`` ("Jo Roe, 29, the ..."), or ``comma``:
    the phrase after the age is the appositive; its own comma and the name's verb after it
    still decide it is one."""
    tokens = tokens_of(doc)
    aged = (
        comma + 3 < len(doc)
        and tokens[comma].text == ","
        and tokens[comma + 1].like_num
        and tokens[comma + 2].text == ","
    )
    return comma + 2 if aged else comma


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


def organization_before(span: Span, bodies: frozenset[str] = frozenset()) -> str | None:
    """ "of Oxfam" for "Oxfam's Jane Roe" or "Oxfam's Dr Jane Roe", "of the BBC" for "the
    BBC's Jane Roe": an organisation that owns the name says whom the person is with. An
    owner the model labelled otherwise ("Tarn Rovers's" as a person, "Ashby's" as a town)
    is one when the story's evidence made it one of ``bodies``, its organisations' names."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = span.start - 1
    while at > 0 and tokens[at].is_title and tokens[at].lower_ in lexicon().honorifics:
        at -= 1  # "Labour's Lady Roke": the owner comes before the courtesy title
    if at < 1 or tokens[at].tag_ != "POS" or not tokens[at - 1].ent_type_:
        return None
    owner_span = entity_span(tokens[at - 1])
    labelled = tokens[at - 1].ent_type_ in AFFILIATED_ENTS
    if not labelled and doc[owner_span.start : at].text not in bodies:
        return None
    if owner_span.end > at + 1:
        return None  # "Dana Orrin's Felix" read as one body: the possessive is inside a name
    start = owner_span.start
    if start > 0 and tokens[start - 1].lower_ == "the":
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
    named = verb.head
    before = doc[verb.i - 1]
    if not names_someone(named, lex) and named.i < before.i and before in named.subtree:
        # "the help of an impersonator called Jo Roe" with "called" hung from "help": the
        # word right before the verb, inside the phrase it was hung from, may be the one named
        named = before
    if named.i >= verb.i or not names_someone(named, lex):
        return None
    return role_phrase(named, range(span.start, span.end), lex)


#: Verbs that give a person's name "as" the name ("named as", "identified as").
_NAMING = frozenset({"named", "names", "name", "identified", "identifies", "identify"})


def _named_by(verb: Token) -> Token | None:
    """The noun a naming verb gives the name to: the one it qualifies ("the victim,
    named as"), its object ("named the victim as") or its passive subject."""
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
