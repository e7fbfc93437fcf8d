"""Evidence that links mentions to each other: pronouns that take a name up, plural verbs.

"Okafor ... He said" is a person; "Acme said it would appeal" and "Acme ... its
console" are organizations (lists of names are `list_votes`'). These votes read
the whole document's mentions at once, after each mention's own context has
voted (`evidence.collect`).
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon, cues, people_nouns
from generator.extract.mentions import ORG, PERSON, Mention
from generator.extract.nlp import common_noun_plural
from generator.extract.pronoun_forms import ALL_FORMS
from generator.extract.referent_given_names import given_name_sex
from generator.extract.reported_it import COMPANY_NOUNS, said_it
from generator.extract.shapes import names_a_body

#: Every form of "he" and "she": one after a name takes it up as a person's.
_PERSON_PRONOUNS = ALL_FORMS
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
#: Marks that open or close a quotation, where the voice of the text changes.
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "``", "''"})


def modifies_noun(mention: Mention) -> bool:
    """Whether a name stands before a common noun it describes: "Hollywood actor", or before
    a word that describes one with it, whatever tag the parse gave that word ("Wales rugby
    star", with "rugby" tagged a verb)."""
    span = mention.span
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if span.root.dep_ == "compound" or after is None or not after.is_lower:
        return span.root.dep_ == "compound"
    return after.pos_ == "NOUN" or (after.dep_ == "compound" and after.head.pos_ == "NOUN")


def _sentence_limits(doc: Doc) -> dict[int, int]:
    """Token index -> the end of the sentence after its own (where a pronoun search stops)."""
    ends = [sent.end for sent in doc.sents]
    out: dict[int, int] = {}
    start = 0
    for index, end in enumerate(ends):
        following = ends[index + 1] if index + 1 < len(ends) else end
        for i in range(start, end):
            out[i] = following
        start = end
    return out


def pronoun_votes(mentions: list[Mention], lex: Lexicon) -> None:
    """ "Okafor ... He said", "Sega ... its console": the first pronoun before any other name.

    A person noun on the way ("the minister", "a spokesman") takes up the
    pronoun instead, so the search stops there.
    """
    if not mentions:
        return
    doc = mentions[0].span.doc
    named = {i for m in mentions for i in range(m.span.start, m.span.end)}
    limits = _sentence_limits(doc)
    for mention in mentions:
        if mention.fixed or mention.kind not in (PERSON, ORG):
            continue
        if mention.span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "told the Kelby Gazette she would not": the pronoun is the speaker's
        if said_it(mention, lex):
            # Weaker than the model's label: "Jo Ames said it was a mistake" is common.
            mention.vote(ORG, 0.75)
            continue
        limit = limits.get(mention.span.end - 1, len(doc))
        past_qualifier = False
        for token in doc[mention.span.end : limit]:
            if token.i in named:
                break
            if token.pos_ == "NOUN" and _names_someone(token, lex):
                if token.dep_ != "compound":
                    break  # "Autopsy showed that the old man's neck ... his": the man's
                # "won the best actor prize for his role": the prize is no one, so "his" is
                # still the name's; a body's "its" is not read past such a word.
                past_qualifier = True
                continue
            if token.text in _QUOTE_MARKS:
                break  # "'Brexit was a promise,' he said": the pronoun is the speaker's
            if token.lower_ in _PERSON_PRONOUNS:
                if not names_a_body(mention.span):
                    mention.vote(PERSON, 1.0)  # "Downing Street said she ..." is someone else
                break
            if token.lower_ in _PLURAL_PRONOUNS:
                break  # "Chelsea are saying ... their players": a team, a firm or a crowd
            if past_qualifier:
                continue
            if token.lower_ == "its" and len(mention.span) == 1:
                mention.vote(ORG, 1.5)  # "Skyra has cut ... its fares": one word, no one's name
                break
            if _the_company(token) and mention.span.root.head in token.head.ancestors:
                break  # "Zolvex said the group had split": a body Zolvex speaks of
            # "The company said" takes up a one-word name, or one the model read as a body.
            taken_up = len(mention.span) == 1 or mention.span.label_ == "ORG"
            if token.lower_ == "its" or (taken_up and _the_company(token)):
                mention.vote(ORG, 1.0)  # "Acme Games has cut ... its", "The company said"
                break


def _names_someone(token: Token, lex: Lexicon) -> bool:
    """A noun for a person or a role, which takes up a pronoun after it: "the minister",
    "the man", "his wife"."""
    return token.lower_ in lex.role_words or token.lower_ in people_nouns()


def _the_company(token: Token) -> bool:
    """ "The company said", "the bank's chief": a body's noun as a subject or an owner, which
    takes up a name of a body ("Jo Ames quit. The firm said" is her firm)."""
    head = token.head
    return (
        token.lower_ == "the"
        and head.dep_ in ("nsubj", "nsubjpass", "poss")
        and head.lower_ in COMPANY_NOUNS
    )


#: Verb forms that agree with a plural subject only: "Velvet Harbour are touring".
_PLURAL_FORMS = frozenset({"are", "were", "have", "do", "'re", "\u2019re", "'ve", "\u2019ve"})


def _listed_after(span: Span) -> bool:
    """Whether a name is the last of a list the parse did not link: "Jo Ames and Kim Lee
    were sent off" read with "Jo Ames" as a modifier; the verb agrees with the pair."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].tag_ == "NNP"


def plural_verb_votes(mention: Mention) -> None:
    """ "Velvet Harbour have split", "Acme Motors are cutting jobs": a band, a team or a firm.

    One person takes a verb in the singular; a plural verb after a lone name
    (not "Jo and Ames have", not a plural word such as "Smiths") is written for
    a group of people, as British English writes of bands, teams and firms.
    """
    span = mention.span
    root = span.root
    if mention.fixed or root.dep_ not in ("nsubj", "nsubjpass") or _plural_word(span):
        return
    if any(c.dep_ in ("conj", "cc") for c in root.children) or _listed_after(span):
        return
    verb = root.head
    if verb.i < span.end:
        return  # "said Jo Ames": the verb comes first, its form is the writer's
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    first = min(forms, key=lambda t: t.i)
    # A relative clause or an apposition may stand between ("Rory Quill, who won
    # last year, are"); a list may not ("Jo Ames, Kim Lee and Al Roe were held").
    subject = {t.i for t in root.subtree}
    between = span.doc[span.end : first.i]
    if any(t.pos_ != "ADV" and t.i not in subject for t in between) or any(
        t.dep_ in ("cc", "conj") for t in between
    ):
        return
    if first.lower_ == "were" and any(c.dep_ == "mark" for c in verb.children):
        return  # "if Jo Ames were in charge": a subjunctive, not a plural
    if first.lower_ in _PLURAL_FORMS and first.tag_ in ("VBP", "VBD"):
        mention.vote(ORG, 4.0)  # outweighs "who": bands are "who" too
    elif (
        first is verb
        and verb.tag_ == "VBP"
        and verb.lower_ not in _NOT_PLURAL
        and verb.lower_ not in _PAST_AS_BASE
        and not any(c.dep_ == "mark" for c in verb.children)
    ):  # "demanded that Jo Ames resign" is a subjunctive, not a plural
        mention.vote(ORG, 3.0)  # "Kilnsey lead the league", "Velvet Harbour play tonight"


def _plural_word(span: Span) -> bool:
    """Whether a name ends in a plural that may take a plural verb for its own sake ("the
    Smiths", "Jo Ames"), not a team's or a band's name built on a common noun's plural,
    which is no person's: "Kestrel Rovers", "Polar Monkeys" (not "Jo Banks")."""
    last = span[-1].lower_
    if not last.endswith("s"):
        return False
    if len(span) < 2 or last.endswith("ss") or given_name_sex(span[0].text) is not None:
        return True
    return not common_noun_plural(last)


#: Present forms the tagger gives VBP that agree with one person too.
_NOT_PLURAL = frozenset({"am", "'m", "’m"})
#: Verbs whose past is written as their base: "when Jo Ames quit" is as likely the past of
#: one person as the present of many, so the form says nothing of a plural.
_PAST_AS_BASE = frozenset(
    {"beat", "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit", "forecast"}
    | {"hit", "hurt", "let", "put", "quit", "read", "rid", "set", "shed", "shut", "split"}
    | {"spread", "thrust", "upset"}
)


def plural_relative_votes(mention: Mention) -> None:
    """ "Kilnsey, who play at home on Saturday", "who have won": a relative clause's verb in the
    plural after a lone name is written for a team, a band or a firm, as `plural_verb_votes`
    reads a main verb.
    """
    span, root = mention.span, mention.span.root
    if mention.fixed or _plural_word(span) or root.dep_ in ("appos", "conj"):
        return  # "another resident, Jo Ames, who question": the clause may be the list's
    if any(c.dep_ in ("conj", "cc") for c in root.children):
        return  # "Jo and Al Ames, who live nearby"
    for clause in root.children:
        if (
            clause.dep_ == "relcl"
            and clause.i > span.end
            and _plural_form(clause)
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        ):
            mention.vote(ORG, 3.0)
            return


def _plural_form(verb: Token) -> bool:
    """Whether a clause's first verb form is a plural's present: "who play", "who have sold",
    "who are touring"; not "who has", "who had" (either number)."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    first = min(forms, key=lambda t: t.i)
    if first is verb:
        return verb.tag_ == "VBP"
    return first.tag_ == "VBP" and first.lower_ in _PLURAL_FORMS


#: Words before a noun that count it as one of many things or people: "an RTO", "enough PPE".
_COUNTING = frozenset({"a", "an", "another", "enough", "every", "each", "more", "less"})
#: Measures and pieces of a stuff: "rounds of KVT", "boxes of KVG", "supplies of ..."
_MEASURES = frozenset(
    {"piece", "pieces", "round", "rounds", "cycle", "cycles", "range", "amount", "amounts"}
    | {"supply", "supplies", "stock", "stocks", "shortage", "shortages", "lack", "dose"}
    | {"doses", "box", "boxes", "bag", "bags", "pack", "packs", "kilos", "grams", "tonnes"}
)
#: Things an initialism names the kind of, after it: "her KX scan", "the QRT test".
_THING_HEADS = frozenset(
    {"scan", "scans", "test", "tests", "testing", "swab", "vaccine", "vaccines", "jab", "jabs"}
    | {"dose", "doses", "footage", "camera", "cameras", "kit", "kits", "drive", "drives"}
    | {"clip", "cycle", "session", "pandemic", "community", "communities", "scores", "index"}
)
#: Parts of a clause that no name plays: "get here ASAP", "the tax is VICIOUS".
_NOT_NOUNS = frozenset({"advmod", "acomp", "amod"})
#: Body evidence that keeps a name in capitals whatever its other uses: "the UCU said".
_BODY_EVIDENCE = 2.0


def spelled_common_nouns(doc: Doc) -> frozenset[str]:
    """Acronyms the text spells out as a common noun phrase right before them: "the harbour
    landing fee (HLF)" or "a folding cargo crate (FCC)" names a thing, not a body.
    Each word of the phrase is lower-case and no stop word, and its initials are the
    acronym's letters; a body's name is written in capitals ("Selby Port Authority (SPA)")."""
    out = set()
    for i, token in enumerate(tokens_of(doc)):
        if token.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not (acronym.isupper() and acronym.isalpha() and 3 <= len(acronym) <= 6):
            continue
        words = doc[max(i - len(acronym), 0) : i]
        common = all(w.is_alpha and w.is_lower and not w.is_stop for w in words)
        if common and "".join(w.text[0] for w in words).upper() == acronym:
            out.add(acronym)
    return frozenset(out)


def _counted(token: Token) -> bool:
    """ "an RTO, left", "ample PPE.", "retired DG Amy": a name in capitals that heads its own
    noun phrase after a counting word or a bare lower-case adjective, as a common noun does
    (a body's name describing a noun after it, "an ACLU official", is not counted)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    if before is None or not before.is_lower:
        return False
    if before.lower_ in _COUNTING:
        return True
    bare = not any(c.dep_ == "det" for c in token.children)
    return bare and before.dep_ == "amod" and before.head.i == token.i


def _measured(token: Token) -> bool:
    """ "six rounds of KVT", "boxes of KVG": a name in capitals as the stuff a measure or a
    number of pieces is of, with no article, is a thing; "members of KRB" are no measure."""
    of, bare = token.head, not any(c.dep_ == "det" for c in token.children)
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _MEASURES and bare


def _other_word_for(token: Token) -> bool:
    """ "zelphine, or ZPX", "ZPX, or zelphine,": a name in capitals given as another word for
    a bare lower-case noun is that thing's short name; not at a list's end ("the PLB, KRA,
    or arbitration")."""
    doc, i = token.doc, token.i
    words = [t.lower_ for t in doc[max(i - 3, 0) : i + 4]]
    if i >= 3 and words[1:3] == [",", "or"]:
        return _bare_noun(doc[i - 3]) and not (i >= 4 and doc[i - 4].text == ",")
    after = i + 3 < len(doc) and words[-3:-1] == [",", "or"]
    return after and _bare_noun(doc[i + 3]) and not (i >= 1 and doc[i - 1].text == ",")


def _joined_to_thing(token: Token) -> bool:
    """ "testing and KVT", "the KVT and scans": a name in capitals joined by "and" or "or" to a
    bare lower-case noun right beside it that names no one and no body ("other firms", "staff"
    and a pair describing a noun, "KVT and care staff", do not count)."""
    joined = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        joined.append(token.head)
    if (token.head if token.dep_ == "conj" else token).dep_ in ("compound", "nmod", "amod"):
        return False
    return any(
        abs(other.i - token.i) == 2
        and _bare_noun(other)
        and other.lower_ not in cues().org_heads
        and not any(c.dep_ in ("amod", "compound", "poss") for c in other.children)
        for other in joined
    )


def _bare_noun(token: Token) -> bool:
    """A lower-case common noun with no article, naming no one: "zelphine", not "the agency"."""
    noun = token.pos_ == "NOUN" and token.is_lower and token.is_alpha
    determined = any(c.dep_ == "det" for c in token.children)
    return noun and not determined and token.lower_ not in people_nouns()


#: Verbs of what a camera or a tape does, before "on": "caught on CCTV", "filmed on VHS".
_RECORDED = frozenset({"caught", "captured", "filmed", "recorded", "snapped", "taped"})


def _recorded_on(token: Token) -> bool:
    """ "caught on CCTV", "filmed on VHS": a name in capitals after a recording verb's "on",
    with no article, is the medium; a channel is "appeared on", "said on"."""
    doc, i = token.doc, token.i
    bare = not any(c.dep_ == "det" for c in token.children)
    return bare and i >= 2 and doc[i - 1].lower_ == "on" and doc[i - 2].lower_ in _RECORDED


def _names_things(token: Token) -> bool:
    """ "the QRT test", "her KX scan", "the KSX 50 share index": a name in capitals before the
    kind of thing it names."""
    head = token.head
    near = token.i < head.i <= token.i + 3
    return token.dep_ in ("compound", "nmod") and near and head.lower_ in _THING_HEADS


def common_noun_capitals(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """Organizations in capitals that the text uses as common nouns, not as a body's name.

    Spelled out in lower case ("the harbour landing fee (HLF)"), written in the plural
    ("two RTOs"), counted or described as one thing of many ("an RTO", "ample PPE"),
    naming a kind of thing at most of its mentions ("her KX scan"), used only as an adverb or
    adjective ("get here ASAP"), a word of the language set in capitals for stress ("a
    VERY late bus", when "very" is written in the text too), or a common noun's initialism
    (evidence.yaml's `thing_initialisms`: "the VAT cut"), or what a recording caught someone
    on ("caught on CCTV").
    A name the text gives a body's evidence ("the UCU said", "UCU members") is kept.
    """
    names: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind == ORG and not mention.fixed and mention.text.isupper():
            names[mention.text].append(mention)
    if not names:
        return frozenset()
    plurals = {t.text[:-1] for t in tokens_of(doc) if t.text.endswith("s") and t.text[:-1] in names}
    lower = {t.text for t in tokens_of(doc) if t.is_lower and t.is_alpha}
    out = set(spelled_common_nouns(doc) & names.keys())
    for name, found in names.items():
        if sum(m.votes.get(ORG, 0.0) for m in found) >= _BODY_EVIDENCE:
            continue
        tokens = [m.span[0] for m in found if len(m.span) == 1]
        things = sum(_names_things(t) or _measured(t) or _joined_to_thing(t) for t in tokens)
        if (
            name in plurals
            or (tokens and all(t.dep_ in _NOT_NOUNS or t.tag_ in ("RB", "JJ") for t in tokens))
            or any(_counted(t) or _other_word_for(t) or _recorded_on(t) for t in tokens)
            or (things and 2 * things >= len(found))
            or (name.isalpha() and len(name) > 2 and name.lower() in lower)
            or name.lower() in cues().thing_initialisms
        ):
            out.add(name)
    return frozenset(out)
