"""The body of a study's author, named where the story introduces the study's researchers.

Reports of research name the body once ("Researchers at the University of Kelby looked at
3,000 patients") and later quote its author by a role that leaves it out ("Lead author
Professor Jo Ames said"). A role that says only that someone wrote or did the research
takes the body of the researchers named before the person, when the story names one body
so: with two, whose author the person is cannot be told.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["with_study_body"]

#: Head words of a role that says someone did or wrote the research.
_STUDY_HEADS = frozenset({"author", "co-author", "coauthor", "researcher"})
#: Words such a role may hold besides its head: none names a body.
_STUDY_WORDS = _STUDY_HEADS | frozenset(
    {"lead", "senior", "first", "principal", "chief", "study", "research", "professor"}
)
#: Nouns for the people who did a study, as the story introduces them.
_RESEARCHERS = frozenset({"researchers", "scientists", "academics", "experts", "team"})
#: Prepositions that tie researchers to their body: "at", "from" or "of" the university.
_TIES = frozenset({"at", "from", "of"})
_BODIES = ("ORG",)


def _study_role(role: str) -> bool:
    """Whether a role says only that someone did or wrote the research ("Lead author",
    "Professor, lead researcher"): no body, no other post."""
    words = [w.removesuffix("'s") for w in role.lower().replace(",", " ").split()]
    return bool(words) and words[-1] in _STUDY_HEADS and all(w in _STUDY_WORDS for w in words)


def _researchers_bodies(doc: Doc, end: int) -> list[Span]:
    """Each body the researchers of the text before token ``end`` are tied to ("the
    University of Kelby" of "Researchers at the University of Kelby"), with its article."""
    bodies: list[Span] = []
    for token in doc[:end]:
        if token.lower_ not in _RESEARCHERS or token.pos_ != "NOUN":
            continue
        for tie in token.children:
            if tie.dep_ != "prep" or tie.lower_ not in _TIES:
                continue
            for body in tie.children:
                if body.dep_ != "pobj" or body.ent_type_ not in _BODIES:
                    continue
                # the body's name as the entity runs on ("University" "of Kelby"), with
                # the article before it, not a list it opens ("... and scientists")
                last = body.i + 1
                while last < end and doc[last].ent_iob_ == "I":
                    last += 1
                bodies.append(doc[min(body.left_edge.i, body.i) : last])
    return bodies


def with_study_body(role: str | None, span: Span) -> str | None:
    """ "Lead author at the University of Kelby" for the role "Lead author" of a person
    first named at ``span``, when the researchers named before it are of one body; the
    role unchanged otherwise."""
    if not role or not _study_role(role):
        return role
    bodies = _researchers_bodies(span.doc, span.start)
    if len({body.text.lower().removeprefix("the ") for body in bodies}) != 1:
        return role
    return f"{role} at {bodies[0].text}"
