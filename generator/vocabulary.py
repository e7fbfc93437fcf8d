"""The controlled topic vocabulary: IPTC Media Topics, top level.

Names and codes are those of https://cv.iptc.org/newscodes/mediatopic/ so that
records can be exchanged with other newsroom tools.
"""

from __future__ import annotations

#: Topic name -> IPTC Media Topic code, in IPTC order.
TOPICS: dict[str, str] = {
    "arts, culture, entertainment and media": "medtop:01000000",
    "conflict, war and peace": "medtop:16000000",
    "crime, law and justice": "medtop:02000000",
    "disaster, accident and emergency incident": "medtop:03000000",
    "economy, business and finance": "medtop:04000000",
    "education": "medtop:05000000",
    "environment": "medtop:06000000",
    "health": "medtop:07000000",
    "human interest": "medtop:08000000",
    "labour": "medtop:09000000",
    "lifestyle and leisure": "medtop:10000000",
    "politics": "medtop:11000000",
    "religion": "medtop:12000000",
    "science and technology": "medtop:13000000",
    "society": "medtop:14000000",
    "sport": "medtop:15000000",
    "weather": "medtop:17000000",
}
