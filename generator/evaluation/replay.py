"""The register's replay: a desk ingesting CoNLL-2003 dev one article at a time.

Articles come in document order (all of Aug 1996, so document order is date order).
Each is extracted once; the desk then ingests it twice over: as stock ingest wrote it
before the register (no linking) and linked to the register of the records corrected
so far. Then the editor's fix: the record's entities are replaced by the gold ones
(PER people, ORG organizations, LOC places, MISC groups; a one-word person name that is
the last word of one fuller gold name in the article is that person's alias, as an editor
writes it) and the record joins the desk. Entity F1 is scored by the CoNLL rules of
entities_conll on each article before its fix, grouped by how many corrected records the
desk held when it came (the learning curve), beside its ceiling (every error on a form an
earlier fix gave put right), per half of the fixed split: the desk sees every article, but
figures are only ever added up per half. At the end, the person hubs the ingested records
would make on a site that also holds the other articles' fixes (with the register, named as
the site names hubs, by sitemodel.canon; without it, as written): the share that is a bare
surname, the bare surnames whose one fitting full name the register knows (the target: none),
and the share the gold calls no person.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.entities_file import EntitiesFile
from generator.evaluation.entities_conll import (
    TYPES,
    ConllDoc,
    gold_type,
    is_sport,
    parse_conll,
    record_forms,
    score,
)
from generator.evaluation.matching import Tally, share, surface_form
from generator.evaluation.report import Row
from generator.evaluation.sources import seeds_from
from generator.evaluation.split import HALVES, split
from generator.extract import extract
from generator.linking import build_index, link_fields
from generator.record import Record
from generator.register import DATE_MARGIN_YEARS, fold
from generator.sitemodel.canon import hub_names

#: Curve points: articles are grouped by the corrected records the desk held when they came.
BUCKETS = ((0, 25), (25, 50), (50, 100), (100, 10**9))
DESK_DATE = "1996-08-01"
GOLD_FIELDS = {"PER": "people", "ORG": "organizations", "LOC": "places", "MISC": "groups"}
Named = tuple[dict[str, Any], ConllDoc, str]  # a person entry as ingested, its article and date


@dataclass
class Stream:
    """Scores per bucket and half, for ingest without and with the register."""

    plain: dict[tuple[int, str], Tally] = field(default_factory=dict)
    linked: dict[tuple[int, str], Tally] = field(default_factory=dict)
    #: The ceiling of learning: the linked scores with every error on a form that an earlier
    #: fix gave (any type) put right. Errors on forms no fix ever gave no register can know.
    ceiling: dict[tuple[int, str], Tally] = field(default_factory=dict)
    #: Person names of the records as ingested, with their article, per variant and half.
    people: dict[tuple[str, str], list[Named]] = field(default_factory=dict)
    #: The desk at the end: every record as the editor fixed it.
    desk: list[Record] = field(default_factory=list)


def gold_record(doc: ConllDoc, date: str) -> Record:
    """The record after the editor's fix: the gold entities, a surname folded into its name."""
    forms: dict[str, list[str]] = {kind: [] for kind in GOLD_FIELDS}
    for form, kinds in sorted(doc.gold.items()):
        for kind in kinds & GOLD_FIELDS.keys():
            forms[kind].append(_as_written(form, doc.text))
    full = [f for f in forms["PER"] if " " in f]
    people: dict[str, list[str]] = {f: [] for f in full}
    for form in forms["PER"]:
        if " " in form:
            continue
        owners = [f for f in full if f.split()[-1].casefold() == form.casefold()]
        if len(owners) == 1:
            people[owners[0]].append(form)
        else:
            people[form] = []
    record: Record = {
        "id": record_id(doc.index),
        "date": date,
        "status": "published",  # reviewed by the editor: the register may trust its names
        "people": [{"name": n, "role": None, "aliases": a} for n, a in people.items()],
        "organizations": [{"name": n, "aliases": []} for n in forms["ORG"]],
        "places": [
            {"name": n, "kind": "other", "country_code": None, "aliases": []} for n in forms["LOC"]
        ],
        "groups": [{"name": n, "aliases": []} for n in forms["MISC"]],
    }
    return record


def record_id(index: int) -> str:
    """The id of the record of the CoNLL document at ``index``."""
    return f"conll-{index:03d}"


def _as_written(form: str, text: str) -> str:
    """A gold form (casefolded by the scoring rules) in the case the article writes it."""
    match = re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, re.IGNORECASE)
    return match.group(0) if match else form


def _ceiling(record: dict[str, Any], doc: ConllDoc, fixed: set[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) of the record with its errors on ``fixed`` forms put right."""
    forms = record_forms(record, doc.text)
    tp = fp = fn = 0
    for kind in TYPES:
        ours, gold = forms.get(kind, set()), doc.forms(kind)
        tp += len(ours & gold) + len((gold - ours) & fixed)
        fp += len(ours - gold - fixed)
        fn += len(gold - ours - fixed)
    return tp, fp, fn


def _bucket(corrected: int) -> int:
    return next(i for i, (low, high) in enumerate(BUCKETS) if low <= corrected < high)


def replay(docs: list[ConllDoc], records: list[dict[str, Any]], halves: dict[int, str]) -> Stream:
    """Ingest, score and correct each article in turn (``records``: its extracted fields)."""
    stream = Stream()
    desk = stream.desk
    editors = EntitiesFile()
    fixed: set[str] = set()  # every form an earlier fix gave
    for doc, fields in zip(docs, records, strict=True):
        index = build_index(desk, editors)
        linked, _ = link_fields(fields, index)
        key = (_bucket(len(desk)), halves[doc.index])
        date = str(fields.get("date") or DESK_DATE)
        stream.ceiling.setdefault(key, Tally()).add(*_ceiling(linked, doc, fixed))
        fixed.update(doc.gold)
        for tallies, variant, record in (
            (stream.plain, "plain", fields),
            (stream.linked, "linked", linked),
        ):
            tallies.setdefault(key, Tally()).add(*score(record_forms(record, doc.text), doc))
            named = stream.people.setdefault((variant, key[1]), [])
            named += [(p, doc, date) for p in record["people"]]
        desk.append(gold_record(doc, date))
    return stream


@dataclass(frozen=True)
class Hubs:
    """The person hubs of one variant and half at the end."""

    total: int
    bare: int
    #: Bare surnames whose one fitting full name the register knows (the target: none).
    bare_known: int
    not_people: int


def person_hubs(people: list[Named], desk: list[Record], *, canonical: bool) -> Hubs:
    """The person hubs these entries make. ``canonical``: named as the site names hubs, by
    the canon over every ingested entry and the desk's records but the entry's own article's
    fix (the site the desk would have, had this one article gone out as ingested); else as
    written. The register an entry's bare surname is checked against leaves out that fix
    too. A hub is a person's when the gold calls any form of any of its entries a person."""
    ingested: list[Record] = [{"date": d, "people": [e]} for e, _, d in people]
    by_article: dict[int, list[Named]] = {}
    for named in people:
        by_article.setdefault(named[1].index, []).append(named)
    full = _full_names(desk)
    hubs: dict[str, list[bool]] = {}
    known: set[str] = set()
    for index, entries in by_article.items():
        own = record_id(index)
        names = {}
        if canonical:
            names = hub_names([*(r for r in desk if r["id"] != own), *ingested])
        for entry, doc, date in entries:
            name = str(entry["name"])
            main = names.get(("people", name), name)
            forms = (name, *(entry.get("aliases") or []))
            is_person = any(gold_type(surface_form(f), doc.gold) == "PER" for f in forms)
            hubs.setdefault(surface_form(main), []).append(is_person)
            claims = full.get(fold(main), {})
            fitting = [n for n, seen in claims.items() if any(_fits(y, date, own) for y in seen)]
            if len(main.split()) == 1 and len(fitting) == 1:
                known.add(surface_form(main))
    bare = sum(len(name.split()) == 1 for name in hubs)
    wrong = sum(not any(members) for members in hubs.values())
    return Hubs(len(hubs), bare, len(known), wrong)


def _full_names(desk: list[Record]) -> dict[str, dict[str, list[tuple[str, int]]]]:
    """Folded surname -> each full person name of the desk's records that ends in it -> the
    (record id, year) of the records naming it."""
    out: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for record in desk:
        year = int(str(record["date"])[:4])
        for entry in record["people"]:
            name = str(entry["name"])
            if len(name.split()) > 1:
                claims = out.setdefault(fold(name.split()[-1]), {})
                claims.setdefault(name, []).append((str(record["id"]), year))
    return out


def _fits(seen: tuple[str, int], date: str, own: str) -> bool:
    """Whether a record other than ``own`` names the full name within the years that fit."""
    year = int(date[:4]) if date[:4].isdigit() else 0
    record, named = seen
    return record != own and (not year or abs(named - year) <= DATE_MARGIN_YEARS)


def evaluate(data: Path) -> list[Row]:
    """Rows of the learning curve and of the hubs at the end."""
    path = data / "conll2003-dev" / "valid.txt"
    with path.open(encoding="utf-8") as lines:
        docs = [d for d in parse_conll(lines) if not is_sport(d.headline)]
    halves = {
        d.index: half
        for half, members in split(docs, key=lambda d: d.index).items()
        for d in members
    }
    read = seeds_from({record_id(d.index): d.body for d in docs})
    docs = [d for d in docs if record_id(d.index) in read]
    seeds = [dataclasses.replace(read[record_id(d.index)], title=d.headline) for d in docs]
    return curve_rows(replay(docs, extract(seeds), halves))


def curve_rows(stream: Stream) -> list[Row]:
    """The learning curve (ours: with the register; peer column: without) and the hubs."""
    rows = []
    for number, (low, high) in enumerate(BUCKETS):
        span = f"{low}+" if high > 10**8 else f"{low}-{high - 1}"
        for half in HALVES:
            linked = stream.linked.get((number, half))
            plain = stream.plain.get((number, half))
            if linked is None or plain is None:
                continue
            count = f"{linked.tp + linked.fn} gold forms"
            rows.append(
                Row(
                    f"Replay F1, {span} corrected (register / none)",
                    half,
                    linked.f1,
                    plain.f1,
                    count,
                )
            )
            rows.append(
                Row(
                    f"Replay F1 ceiling, {span} (fixed forms right / none)",
                    half,
                    stream.ceiling[(number, half)].f1,
                    plain.f1,
                    count,
                )
            )
    for variant, label in (("linked", "register"), ("plain", "none")):
        for half in HALVES:
            named = stream.people.get((variant, half), [])
            hubs = person_hubs(named, stream.desk, canonical=variant == "linked")
            for measure, part in (
                ("bare surname", hubs.bare),
                ("bare, one full name known", hubs.bare_known),
                ("not people", hubs.not_people),
            ):
                rows.append(
                    Row(
                        f"Replay person hubs, {measure} ({label})",
                        half,
                        share(part, hubs.total),
                        None,
                        f"{part} of {hubs.total} hubs",
                        "percent",
                    )
                )
    return rows
