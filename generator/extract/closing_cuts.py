"""The summary's last-resort cut: the phrase or clause that closes the main verb.

"The mayor opened the bridge to traffic in late May." -> "The mayor opened the bridge to
traffic." A cut never leaves a verb that needs what follows it bare ("are set", "has
defected"), and inside a phrase that is the verb's complement ("pushed back against a
report that ...") it cuts only what closes that phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_in, tokens_of

#: A closing clause is cut only after a main clause at least this long.
MIN_MAIN_CLAUSE_TOKENS = 8
#: Modifiers of a verb that a last-resort summary cut may drop at the end of the lead.
_CLOSING_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
#: Tags of a closing clause that needs no subject or mark: "..., killing six", "... as agreed".
_PARTICIPLES = frozenset({"VBG", "VBN"})
#: Children that make a closing clause of a verb: its mark, subject or auxiliary ("to").
_CLAUSE_MARKERS = frozenset({"mark", "nsubj", "nsubjpass", "expl", "aux", "auxpass"})


def extent(token: Token) -> tuple[int, int]:
    """First and last token index of a token's subtree."""
    return token.left_edge.i, token.right_edge.i


def closing_modifier(sent: Span, end: int) -> range:
    """ "The mayor opened the bridge to traffic in late May." -> "The mayor opened the bridge
    to traffic.": a phrase set off by a comma that closes the sentence (", a step that
    ...", ", stabbed and ..."), or else a phrase or clause that modifies the main verb (or
    the verb it governs, "will continue to pay ...") and closes the sentence."""
    doc, root = sent.doc, sent.root
    tokens = tokens_of(doc)
    for token in tokens_in(sent):
        first, last = extent(token)
        if last < end or first - sent.start < MIN_MAIN_CLAUSE_TOKENS or token == root:
            continue
        if cut_leaves_a_state(doc, first):
            continue  # "X was left stunned, ...": what follows says by what
        if tokens[first - 1].text == "," and token.dep_ in _CLOSING_DEPS | {"acl", "attr", "appos"}:
            return range(first - 1, end + 1)
    verbs = [root, *(c for c in root.children if c.dep_ == "xcomp")]
    for verb in reversed(verbs):
        for child in reversed(list(verb.children)):
            first, last = extent(child)
            if child.i < verb.i or last < end or first - sent.start < MIN_MAIN_CLAUSE_TOKENS:
                continue
            if (
                child.dep_ in _CLOSING_DEPS
                and not cut_leaves_a_state(doc, first)
                and not _argument_of_verb(child)
                and not _leaves_verb_bare(verb, first)
                and not _misread_verb(child)
            ):
                if child.dep_ == "prep" and _only_particles_between(verb, first):
                    # "X pushed back against a report that ...": the phrase is what the
                    # verb is about; cut inside it if anything closes it.
                    first = _closing_inside(child, end) or first
                return range(first - (tokens[first - 1].text == ","), end + 1)
    return range(0)


def cut_leaves_a_state(doc: Doc, first: int) -> bool:
    """Whether a cut from ``first`` (and the comma before it) would end the sentence on a
    state someone was left in (`ends_in_a_state`)."""
    tokens = tokens_of(doc)
    return ends_in_a_state(tokens[first - 1 - (tokens[first - 1].text == ",")])


def ends_in_a_state(word: Token) -> bool:
    """Whether the last word a cut would keep is the state the main clause leaves someone
    in ("has been left horrified", "were left reeling", "says he was devastated"): an
    adjective or participle completing the main verb, or the verb of what it reports. Such
    a clause tells a reaction; the part a cut would take ("after they found ...", "When
    the club closed, ...") says to what, and a summary without it says nothing."""
    verb = word.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")
    return main and word.dep_ in ("acomp", "oprd", "xcomp") and word.tag_ in ("JJ", "VBN", "VBG")


def _argument_of_verb(phrase: Token) -> bool:
    """Whether a phrase on a verb completes it rather than sets its scene: an "of" phrase
    ("accused the mayor of fraud", "cleared of all charges", "warned of delays") says what
    the verb is about; no verb takes "of" for a time or place."""
    return phrase.dep_ == "prep" and phrase.lower_ == "of"


def _has_object(verb: Token) -> bool:
    """Whether a verb has an object or a complement of its own ("opened the bridge")."""
    return any(c.dep_ in ("dobj", "attr", "acomp", "oprd", "dative") for c in verb.children)


def _words_between(verb: Token, cut_from: int) -> list[Token]:
    """The words after a verb and before a cut from ``cut_from``."""
    return [t for t in tokens_of(verb.doc)[verb.i + 1 : cut_from] if not (t.is_punct or t.is_space)]


def _only_particles_between(verb: Token, cut_from: int) -> bool:
    """Whether a verb without an object has nothing but particles or adverbs of direction
    before ``cut_from`` ("pushed back", "went straight"), so what follows is its
    complement. An adverb in "-ly" ("rose sharply") closes a clause of its own."""
    if _has_object(verb):
        return False
    between = _words_between(verb, cut_from)
    # "has arrived during a storm that ...": with no particle the phrase modifies the verb
    return bool(between) and all(
        t.dep_ == "prt" or (t.dep_ == "advmod" and not t.lower_.endswith("ly")) for t in between
    )


def _closing_inside(phrase: Token, end: int) -> int | None:
    """Where a clause or phrase that closes a prepositional phrase starts, after its noun
    ("against a report [that the nominee paid no tax]"), or None."""
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    for child in reversed(list(noun.children)):
        first, last = extent(child)
        if child.i > noun.i and last >= end and child.dep_ in ("acl", "relcl", "prep"):
            return first
    return None


def _misread_verb(clause: Token) -> bool:
    """Whether a closing clause is no clause of its own: no participle, and no subject,
    auxiliary or linking word, where a real closing clause has a mark ("after ..."), a
    subject, "to", or the form of a participle. It is then a noun the parser read as a verb
    ("her shock split from X", "a vote on later start times"), or the main verb itself
    when the parser took a participle before it for the verb ("A minister lined up for the
    post could miss out on it"): a modal without a subject or mark needs the subject the
    parser gave to that participle."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ not in _PARTICIPLES
        and not any(c.dep_ in _CLAUSE_MARKERS and c.tag_ != "MD" for c in clause.children)
    )


def _leaves_verb_bare(verb: Token, cut_from: int) -> bool:
    """Whether cutting from ``cut_from`` on would leave a passive or copular verb with
    nothing after it: "... are set for a first test" is no "... are set"."""
    if _has_object(verb):
        return False
    after = _words_between(verb, cut_from)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return not after and (passive or verb.pos_ in ("ADJ", "AUX"))
