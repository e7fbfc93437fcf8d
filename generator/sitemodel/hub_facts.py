"""What a hub says beyond its list of briefings: a person's roles over time, and the
people and organizations most often named with an entity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from generator.layout import hub_path
from generator.register import fold

#: Roles a person's hub lists: the most stated ones (a record may word a role oddly once).
ROLE_LIMIT = 5
#: People and organizations a hub lists as named with it.
COMPANION_LIMIT = 8


@dataclass(frozen=True)
class HubLink:
    """A link to another hub, with how many briefings the two share."""

    kind: str
    slug: str
    name: str
    count: int

    @property
    def path(self) -> str:
        return hub_path(self.kind, self.slug)


def role_history(dated_roles: Iterable[tuple[str, str]], newest_year: str) -> str:
    """'Foreign Minister, 2019-2023; Prime Minister, 2024-': the roles the records give a
    person with the years of those records, earliest first.

    Roles worded alike (case, punctuation) are one, under their most used wording; a
    role stated once is left out when others are stated more often (one odd phrase of
    one record is no office). The role most stated in the desk's newest year
    (``newest_year``) is open-ended ("2024-"): as far as the desk knows, it is still held.
    """
    seen: dict[str, list[tuple[str, str]]] = {}
    for date, role in sorted(dated_roles):
        seen.setdefault(fold(role), []).append((date, role))
    ranked = sorted(seen.items(), key=lambda item: (-len(item[1]), item[1][0]))
    kept = [item for item in ranked if len(item[1]) > 1][:ROLE_LIMIT] or ranked[:1]
    latest = Counter(k for k, uses in kept for date, _ in uses if date[:4] == newest_year)
    current = latest.most_common(1)[0][0] if latest else None
    parts = []
    for key, uses in sorted(kept, key=lambda item: item[1][0]):
        wording = Counter(role for _, role in uses).most_common(1)[0][0]
        first, last = uses[0][0][:4], uses[-1][0][:4]
        closed = first if first == last else f"{first}-{last}"
        parts.append(f"{wording}, {f'{first}-' if key == current else closed}")
    return "; ".join(parts)


Key = tuple[str, str]  # (hub kind, slug)


def companions(
    own: Key, keyed_briefings: Iterable[Iterable[Key]], names: dict[Key, str]
) -> list[HubLink]:
    """The people and organizations most often named in the same briefings as ``own``."""
    counts: Counter[Key] = Counter()
    for keys in keyed_briefings:
        counts.update(k for k in keys if k != own and k[0] in ("people", "organizations"))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], names[item[0]], item[0]))
    return [HubLink(kind, slug, names[(kind, slug)], n) for (kind, slug), n in ranked][
        :COMPANION_LIMIT
    ]
