"""What a verb says someone is: "is the chief executive", "works as a nurse", "was
appointed head of the trust", "is representing the family".

The finders of `roles` and `role_context` read a role from a copula, a verb of
working or appointing, or a job done for someone; these readers find the noun or
write the job.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.hyphens import is_hyphen
from generator.extract.lexicon import cues, lexicon
from generator.extract.quote_lemmas import lemma
from generator.extract.role_nouns import is_role_word
from generator.extract.role_phrases import trim, write_role
from generator.extract.role_word_pieces import word_head

#: Verbs of "works as a nurse".
WORKS_AS = frozenset({"works", "worked", "serves", "served", "acts", "acted"})
#: Verbs whose object says what someone's job is ("who is representing the family",
#: "who runs a bakery"), present forms only: "who led the charge" is no job.
JOB_VERBS = frozenset(
    {
        *("representing", "represents", "leading", "leads", "heading", "heads"),
        *("running", "runs", "chairing", "chairs", "managing", "manages"),
        *("coaching", "coaches", "owning", "owns"),
    }
)
#: Verbs of a job whose doer has a noun of its own: "who heads the union" is head of the
#: union, "who founded Acme" its founder (a founding stays so).
AGENT_NOUNS = {
    **dict.fromkeys(("owns", "owning"), "owner"),
    **dict.fromkeys(("heads", "heading"), "head"),
    **dict.fromkeys(("leads", "leading"), "leader"),
    **dict.fromkeys(("chairs", "chairing"), "chair"),
    **dict.fromkeys(("manages", "managing"), "manager"),
    **dict.fromkeys(("coaches", "coaching"), "coach"),
    **dict.fromkeys(("founded", "set up"), "founder"),
    "co-founded": "co-founder",
}
#: Verbs whose place or side says what someone's job is, with those prepositions:
#: "who works for the council", "who plays for Norport", "who is standing for mayor".
PREP_JOBS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("works", "working"), ("for", "at")),
    **dict.fromkeys(("plays", "playing"), ("for",)),
    **dict.fromkeys(("teaches", "teaching", "studies", "studying"), ("at",)),
    **dict.fromkeys(("running", "standing", "stands"), ("for",)),
}
#: Verbs of "who was appointed head of the trust", "named chief executive".
APPOINTED = frozenset(
    {"appointed", "named", "elected", "promoted", "nominated", "installed", "crowned"}
)


def attribute_of(verb: Token) -> Token | None:
    """The noun a copula says someone is ("is the chief executive", "became"); "is no
    expert on" says what someone is not."""
    if verb.lemma_ != "be" and verb.lower_ not in ("become", "becomes", "became"):
        return None
    nouns = (c for c in verb.children if c.dep_ == "attr" and _common_or_title(c))
    noun = next((c for c in nouns if not is_hyphen(c)), None)  # "-" tagged as a noun
    noun = noun or next((c for c in verb.children if hyphenated_title(c)), None)
    noun = noun and word_head(noun)  # "owner" of "is co-owner", its pieces read apart
    if noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    return noun


def _common_or_title(noun: Token) -> bool:
    """Whether a copula's complement is a common noun, or a capitalised title the tagger
    read as a proper noun ("President" of "is the Vice President of Sales") that no
    entity claims: "is Jo Roe" says who, not what."""
    if noun.pos_ == "NOUN":
        return True
    return noun.pos_ == "PROPN" and not noun.ent_type_ and is_role_word(noun, lexicon())


def hyphenated_title(token: Token) -> bool:
    """Whether ``token`` is a complement written with hyphens whose last word is a title
    ("director-general", "editor-in-chief"), which the parser may read as an adjective
    ("is now attorney-general"); not "child-free"."""
    if token.dep_ != "acomp":
        return False
    doc = token.doc
    start = end = token.i
    while start > 0 and not doc[start - 1].whitespace_ and _in_word(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and _in_word(doc[end + 1]):
        end += 1
    parts = doc[start : end + 1].text.lower().split("-")
    return len(parts) > 1 and all(parts) and parts[-1] in lexicon().role_words


def _in_word(token: Token) -> bool:
    """Whether ``token`` can be part of a word written with hyphens."""
    return token.is_alpha or token.tag_ == "HYPH"


#: Verbs whose clause says something is not so or may not be ("denied that ..."), by lemma.
DOUBTING = frozenset({"deny", "doubt", "dispute", "reject"})
#: Verbs whose clause is someone's opinion or charge, not the writer's fact ("believed
#: that Roe was a tyrant", "claimed Roe was a spy"), by lemma. Verbs of saying and
#: knowing are left out: "police said the man was a teacher" reports who he is.
OPINING = frozenset(
    {
        *("believe", "think", "feel", "suspect", "imagine", "assume", "fear"),
        *("claim", "allege", "insist", "suggest", "argue", "pretend"),
    }
)


def asserted(verb: Token) -> bool:
    """Whether the clause of ``verb`` states its copula as so: not one that is a
    noun's content ("the claim that Roe is a spy"), conditional ("if Roe is a thief",
    "whether"), or put under a negated, doubting or opining verb ("denied that Roe is",
    "believed Roe was")."""
    clause = verb
    while True:
        if any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in clause.children
        ):
            return False
        if clause.dep_ == "relcl" and _content_clause(clause):
            return False  # "no accusation that Roe is a racist", parsed as a relative
        if clause.dep_ not in ("ccomp", "acl", "advcl", "conj") or clause.head.i == clause.i:
            return True
        head = clause.head
        # a complement follows its noun or verb; one hung on a later clause is a slip
        after = head.i < clause.i
        if after and clause.dep_ in ("ccomp", "acl") and head.pos_ in ("NOUN", "PROPN"):
            return False
        if (
            after
            and clause.dep_ == "ccomp"
            and (lemma(head) in DOUBTING | OPINING or any(c.dep_ == "neg" for c in head.children))
        ):
            return False
        clause = head


def _content_clause(clause: Token) -> bool:
    """Whether a clause hung on a noun as a relative one opens with the conjunction
    "that" and has a subject of its own: the noun's content ("the claim that Roe is a
    spy"), not a relative clause, whose "that" is its subject or object."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who")
        for c in clause.children
    )


#: Verbs of leaving a post named after "as" ("resigned as chairman"): the post is a former one.
LEFT_AS = frozenset({"resigned", "resigns", "quit", "quits", "retired", "retires"})
#: Verbs that leave a post only with their particle ("stepped down as", "stood aside as");
#: "stood as a candidate" is standing for one.
_LEFT_WITH = frozenset({"stepped", "steps", "stood", "stands"})
_LEAVING_PARTICLES = frozenset({"down", "aside"})
#: Verbs by which someone is made to leave a post named after "as", in the passive ("was
#: sacked as coach"); "sacked as a result" has no "was".
_REMOVED_AS = frozenset(
    {"sacked", "fired", "axed", "ousted", "dismissed", "removed", "deposed"}
    | {"dropped", "replaced", "unseated"}
)
#: Verbs that take up a post named after "as" with "over" ("took over as manager").
_TOOK_WITH = frozenset({"take", "takes", "took", "taking", "taken"})
#: Verbs of starting in a post named after "as" ("joined Acme as finance director").
_JOINED_AS = frozenset({"joined", "joins", "rejoined", "rejoins"})


#: Where the reason for leaving a post starts after it: "over the war", "amid a row"; or
#: who made them leave it ("sacked as coach by the club").
_LEAVING_REASON = re.compile(r" (?:over|amid|after|following|because|in protest|by)\b")


def left_post(verb: Token) -> bool:
    """Whether ``verb`` says someone left the post named after its "as": "resigned as",
    "stepped down as", "quit as"."""
    if verb.lower_ in LEFT_AS:
        return True
    if verb.lower_ in _REMOVED_AS and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.lower_ in _LEFT_WITH and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in _LEAVING_PARTICLES for c in verb.children
    )


def took_up_post(verb: Token) -> bool:
    """Whether ``verb`` says someone took up the post named after its "as": "took over
    as manager", "joined the bank as chief economist"; "took a job as" names no post."""
    if verb.lower_ in _JOINED_AS:
        return True
    return verb.lower_ in _TOOK_WITH and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "over" for c in verb.children
    )


def works_as(verb: Token) -> Token | None:
    """The noun of "works as a nurse", "served as chief of staff", "stepped down as chief
    executive"."""
    if verb.lower_ not in WORKS_AS and not left_post(verb) and not took_up_post(verb):
        return None
    # "joined Leeds as a teenager" tells when: one joins as a title only ("as director")
    titled = verb.lower_ in _JOINED_AS
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            nouns = (c for c in prep.children if c.dep_ == "pobj" and _post(c))
            return next((c for c in nouns if not titled or is_role_word(c, lexicon())), None)
    return None


def _post(noun: Token) -> bool:
    """Whether the object of "as" names a post: a common noun, or an office written with
    capitals that the tagger reads as a name ("served as Battalion Chief of Kelby"), not
    a name itself ("acted as Santa")."""
    if noun.pos_ == "NOUN":
        return True
    return noun.pos_ == "PROPN" and noun.is_title and noun.lower_ in lexicon().role_words


def served_before(verb: Token) -> bool:
    """Whether "served as" is past ("who served as harbour master until 2019", "had
    served as"), which makes the post a former one; "has served as" and "serves as"
    state a post still held. "worked as" and "acted as" stay as they are: a story told
    in the past tense uses them of a job still held ("who worked as a guard there")."""
    if verb.lower_ != "served":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & {"has", "have", "'s", "'ve"}:
        return False
    return verb.tag_ == "VBD" or "had" in auxes


def as_served(role: str | None, verb: Token) -> str | None:
    """``role`` as a former post when ``verb`` says it was served in the past or left."""
    left = left_post(verb)
    if role is None or not (served_before(verb) or left):
        return role
    if left:
        # "resigned as secretary over the war": why the post was left is no part of it
        role = _LEAVING_REASON.split(role, maxsplit=1)[0]
    if role.lower().startswith(("former ", "ex-", "onetime ", "one-time ")):
        return role
    words = role.split()
    # "Jo Ames's deputy" becomes "Jo Ames's former deputy": after a named owner that
    # opens the role, not inside a later phrase ("head of the port's board")
    owner = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))), -1)
    if not all(w[:1].isupper() for w in words[: owner + 1]):
        owner = -1
    return " ".join([*words[: owner + 1], "former", *words[owner + 1 :]])


def appointed_as(verb: Token) -> Token | None:
    """The noun of "was appointed head of the trust", "was named (as) chief executive"."""
    if verb.lower_ not in APPOINTED or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("oprd", "attr") and child.pos_ == "NOUN":
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None


def _ends_job(token: Token) -> bool:
    """Whether ``token`` ends the words of a job: a mark other than a hyphen inside a word
    ("anti-war", however tagged), or a clause of the object ("a shop named after ...")."""
    doc = token.doc
    inside = token.text == "-" and not token.whitespace_ and not doc[token.i - 1].whitespace_
    mark = token.is_punct and token.tag_ != "HYPH" and not inside
    return mark or token.dep_ in ("relcl", "acl")


def _phrasal(verb: Token) -> str | None:
    """A verb and its particle as written, when they are one of `AGENT_NOUNS` ("set up")."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    said = f"{verb.lower_} {particle.lower_}" if particle is not None else None
    return said if said in AGENT_NOUNS else None


#: Perfect participles of job verbs with the present form a job still held takes ("who has
#: led Acme for ten years" leads it).
_HELD = {
    **{"led": "leads", "headed": "heads", "chaired": "chairs", "run": "runs"},
    **{"managed": "manages", "coached": "coaches", "owned": "owns"},
}


def _still_held(verb: Token) -> str:
    """The present form of a job verb in a perfect that runs on to now ("has led Acme for
    ten years", "has chaired it since 2019"), a job still held; else the verb as written
    ("who led the charge" is no job)."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    lasting = any(
        c.dep_ == "prep"
        and (
            c.lower_ == "since"
            or (c.lower_ == "for" and any(t.ent_type_ == "DATE" for t in c.subtree))
        )
        for c in verb.children
    )
    return _HELD[verb.lower_] if verb.lower_ in _HELD and perfect and lasting else verb.lower_


def job_of(verb: Token) -> str | None:
    """ "representing the family" in "Roe, who is representing the family,": a job
    stated by what someone is doing (leading, running, representing) and for whom; one
    whose doer has a noun is written with it ("heads the union": "head of the union")."""
    if any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return None
    done = None
    said = _phrasal(verb)  # "who set up Acme": its founder
    form = _still_held(verb)
    if said or form in JOB_VERBS or form in AGENT_NOUNS:
        done = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if done is None and verb.lower_ in PREP_JOBS:
        # "who works for the council", "who plays for Norport", "standing for mayor"
        prep = next((c for c in verb.children if c.lower_ in PREP_JOBS[verb.lower_]), None)
        done = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if done is not None and done.ent_type_ in ("DATE", "TIME"):
            done = None  # "working on the rules for a year": how long, not for whom
    if done is None:
        return None
    tokens = [verb]
    for token in verb.doc[verb.i + 1 : done.right_edge.i + 1]:
        if _ends_job(token):
            break  # the object's own clause or comment is not the job ("a shop named ...")
        if token.dep_ != "prt" or token.head != verb:
            tokens.append(token)
    noun = AGENT_NOUNS.get(said or form)
    if noun is None:
        role = write_role(trim(tokens))
        # "has run the Swan for years": "runs the Swan"
        return f"{form}{role[len(verb.text) :]}" if role and form != verb.lower_ else role
    # "leads efforts to ...", "owns a stake in Acme": no body someone is the head of
    if (done.tag_ == "NNS" and not done.ent_type_) or done.lower_ in cues().org_object_of:
        return None
    led = write_role(trim(tokens)[1:])
    return f"{noun} of {led}" if led else None


def in_charge(verb: Token) -> str | None:
    """ "in charge of the night shift" in "Roe, who was in charge of the night shift,": a
    post told by what someone is in charge of."""
    if verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    charge = prep and next((c for c in prep.children if c.lower_ == "charge"), None)
    if prep is None or charge is None or not any(c.lower_ == "of" for c in charge.children):
        return None
    tokens = []
    for token in verb.doc[prep.i : charge.right_edge.i + 1]:
        if _ends_job(token):
            break  # a comment or clause of the thing in charge is no part of the post
        tokens.append(token)
    return write_role(trim(tokens))
