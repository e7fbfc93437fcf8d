"""Roles read beyond the name: later descriptions, jobs, coordinated posts, "its" owners."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.test_roles import roles_in


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a definite description opening a later sentence, before anyone else is named
        (
            "Nora Blyth found a lump in March. She was treated at once. ‘It was a shock,’ she "
            "said. The Quality Manager from Leeds, England, said she was grateful.",
            "Nora Blyth",
            "Quality Manager from Leeds, England",
        ),
        # a description that is no office needs no age or origin
        (
            "A scan saved Jo Parfitt’s life. But the Dover mother-of-three, pictured, now worries.",
            "Jo Parfitt",
            "Dover mother-of-three",
        ),
        # after someone else is named, the description may be theirs
        (
            "Nora Blyth found a lump in March. Her friend Ada Pole drove her to hospital. "
            "The retired nurse from Leeds said it was serious.",
            "Nora Blyth",
            None,
        ),
        # a description that says "she" of itself is no man's ("Mr Ames" later)
        (
            "Tom Ames opened the new library on Monday. A pupil from Norbury read a poem at "
            "the opening. The keen young reader said she wanted more books about space. "
            "Mr Ames thanked the staff.",
            "Tom Ames",
            None,
        ),
        # ... but it may be a woman's
        (
            "Ann Vell opened the new library on Monday. A pupil from Norbury read a poem at "
            "the opening. The keen young reader said she wanted more books about space. "
            "Ms Vell thanked the staff.",
            "Ann Vell",
            "keen young reader",
        ),
        # "who is representing ..." states a job
        (
            "Lawyer Dana Fenwick, who is representing the Hale family, said the video was clear.",
            "Dana Fenwick",
            "Lawyer representing the Hale family",
        ),
        # "who is hoping for ..." does not
        (
            "Dana Fenwick, who is hoping for a quick verdict, said the video was clear.",
            "Dana Fenwick",
            None,
        ),
        # a post coordinated with a role stays, even parsed as a bare verb
        (
            "Ida Merrow, consultant surgeon and lead for the National Hip Project, said waiting "
            "lists were growing.",
            "Ida Merrow",
            "consultant surgeon and lead for the National Hip Project",
        ),
        # a tensed verb after "and" is no second post
        (
            "Ida Merrow, the head of the choir and works for the council, said she was tired.",
            "Ida Merrow",
            "head of the choir",
        ),
        # "who is a cousin of ..." states a second role
        (
            "Ada Pole, the poet who is a cousin of the town's mayor, read first.",
            "Ada Pole",
            "poet who is a cousin of the town's mayor",
        ),
        # "its chairman": the chairman of the subject the sentence is about
        (
            "The harbour board met on Monday when its chairman, Ewan Toller, resigned.",
            "Ewan Toller",
            "chairman of the harbour board",
        ),
        # "its" after a person is not theirs
        ("Ada Pole said its chairman, Ewan Toller, had resigned.", "Ewan Toller", "chairman"),
        ("The club hired former Olympian Tara Quell last spring.", "Tara Quell", "former Olympian"),
        # the speaker of a quote after the only person named is described
        (
            "Jo Marsh found the body on Friday. ‘It was awful,’ said the 45-year-old nurse.",
            "Jo Marsh",
            "45-year-old nurse",
        ),
        # ... but a bare office may be someone else
        (
            "Jo Marsh found the body on Friday. ‘It was awful,’ the prime minister said.",
            "Jo Marsh",
            None,
        ),
        # a preposition whose object the parser hung elsewhere is left out
        (
            "Mark Tully - the chief executive of Acme - said profits rose.",
            "Mark Tully",
            "chief executive",
        ),
        # a story that opens on someone not yet named describes the first one named
        (
            "A Harlem plumber hooked a bicycle in the lake on Thursday. The police came at "
            "noon. Luis Marro said he was shocked.",
            "Luis Marro",
            "Harlem plumber",
        ),
        # ... unless someone else is named in between
        (
            "A Harlem plumber hooked a bicycle in the lake on Thursday. Police said Ann Lowe "
            "called them. Luis Marro said he was shocked.",
            "Luis Marro",
            None,
        ),
        # two roles joined by "and" before one name; a hyphenated one is whole
        (
            "Mother-of-two and charity worker Jane Roe said she was delighted.",
            "Jane Roe",
            "Mother-of-two and charity worker",
        ),
        ("The prize went to mother-of-three Jane Roe on Friday.", "Jane Roe", "mother-of-three"),
        # "and" after an office is two people; an age is no part of a title
        (
            "Talks between the prime minister and Chancellor Mark Tully ended.",
            "Mark Tully",
            "Chancellor",
        ),
        (
            "Police said 18-year-old Leeds student Mark Tully was hurt.",
            "Mark Tully",
            "Leeds student",
        ),
        # "and" after a plural is two groups, not two roles
        ("Police and Acme boss Mark Tully met on Friday.", "Mark Tully", "Acme boss"),
        # an organisation someone is "from" is an affiliation, a place is not
        (
            "Professor Mark Tully, from the University of Leeds, said the data were clear.",
            "Mark Tully",
            "Professor from the University of Leeds",
        ),
        # a place someone is from is no affiliation, but their home (`role_homes`)
        ("Mark Tully, from Leeds, said the river was rising.", "Mark Tully", "from Leeds"),
        # an unnamed source ("a spokesman said") is not the one named next
        (
            "The date is a matter for the board, a club spokesman said. Mark Tully declined "
            "to comment.",
            "Mark Tully",
            None,
        ),
        # an office with a nationality may be someone else; a quoted source too
        (
            "Ann Lowe met the press in Leeds. ‘It was a fair hearing,’ the Pakistani "
            "president said.",
            "Ann Lowe",
            None,
        ),
        # a courtesy title names someone else even when the model finds no person
        (
            "Ann Lowe spoke first. Lord Marrow said the bill was bad. The former judge "
            "said it would fail.",
            "Ann Lowe",
            None,
        ),
        # "who was appointed/named/elected ..." states the post
        (
            "Mark Tully, who was appointed head of the trust in May, said the school was shut.",
            "Mark Tully",
            "head of the trust",
        ),
        ("Mark Tully, who was named in the report, said prices rose.", "Mark Tully", None),
        # a present-tense job verb states a job; a past one ("led the charge") does not
        (
            "Mark Tully, who runs a bakery in Leeds, said prices rose.",
            "Mark Tully",
            "runs a bakery in Leeds",
        ),
        ("Mark Tully, who led the charge, said prices rose.", "Mark Tully", None),
        # a post served in the past is a former one; one still served is not
        (
            "Rhea Solt, who served as lighthouse keeper until 2015, said the slipway flooded.",
            "Rhea Solt",
            "former lighthouse keeper",
        ),
        (
            "Rhea Solt, who has served as lighthouse keeper since 2015, said the slipway flooded.",
            "Rhea Solt",
            "lighthouse keeper",
        ),
        (
            "Rhea Solt, who serves as lighthouse keeper, said the slipway flooded.",
            "Rhea Solt",
            "lighthouse keeper",
        ),
    ],
)
def test_roles_beyond_the_name(nlp: Language, text: str, name: str, expected: str | None) -> None:
    """Descriptions in later sentences, jobs, coordinated posts and "its" owners."""
    assert roles_in(nlp, text)[name] == expected
