"""Realistic synthetic briefing records for the benchmarks.

Every record is made from its own ``random.Random`` seeded with (seed, index),
so record ``i`` is the same whatever N is: the 1,000-record set is a prefix of
the 5,000-record set, and two runs on any machine write the same bytes.

What makes the sets realistic rather than copies:

- people, organizations, places, groups, topics and sources are drawn from
  pools with Zipf-like frequencies (a few hubs named by hundreds of briefings,
  a long tail named once), so hub pages and hub counts grow as on a real desk;
- dates spread over ten years, newest years a little denser;
- bodies of ~700 words (paragraphs of sentences) drawn from a vocabulary with
  a Zipf distribution (common English function words plus ~20,000 generated
  word forms), with the record's entities mentioned in the text, so a search
  index sees a realistic vocabulary growth;
- 1-3 sentence summaries, 3-5 key points, quotes by the record's people,
  aliases, roles, ~10% drafts.

Every record passes ``generator.record.validate``; ``make_project`` writes a
project folder (records, mkdocs.yml, templates, overrides) that
``briefings build --root`` can build.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from collections.abc import Sequence
from pathlib import Path

from bench.synth_pools import NOUNS, VERBS, Org, Person, Place, Pools, pools
from generator.record import Record
from generator.yamlio import dump_yaml

#: Bump when the generated records change, so cached project folders are remade.
SYNTH_VERSION = 1
REPO = Path(__file__).resolve().parent.parent
BODY_WORDS = 700
START_YEAR = 2016
YEARS = 10

# --- records -----------------------------------------------------------------------------


def _sentence(rng: random.Random, p: Pools, names: Sequence[str]) -> str:
    words = [p.words.draw(rng) for _ in range(rng.randint(10, 24))]
    if names and rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(names))
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + "."


def _body(rng: random.Random, p: Pools, names: Sequence[str]) -> list[list[str]]:
    paragraphs: list[list[str]] = []
    count = 0
    target = rng.randint(BODY_WORDS - 150, BODY_WORDS + 150)
    while count < target:
        paragraph = [_sentence(rng, p, names) for _ in range(rng.randint(2, 5))]
        count += sum(len(s.split()) for s in paragraph)
        paragraphs.append(paragraph)
    return paragraphs


def _date(rng: random.Random) -> str:
    # Later years a little denser: a desk grows.
    year = START_YEAR + min(YEARS - 1, int(YEARS * rng.random() ** 0.8))
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _slug(text: str) -> str:
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(part for part in out.split("-") if part)


def make_record(index: int, seed: int = 1) -> Record:
    """Record number ``index`` of the set made with ``seed`` (independent of N)."""
    p = pools()
    rng = random.Random(f"{seed}:{index}")
    people: list[Person] = p.people.distinct(rng, rng.choice((1, 2, 2, 3, 3, 4, 5, 6)))
    orgs: list[Org] = p.orgs.distinct(rng, rng.choice((0, 1, 1, 2, 2, 3, 4)))
    places: list[Place] = p.places.distinct(rng, rng.choice((1, 2, 2, 3, 4, 5)))
    groups: list[str] = p.groups.distinct(rng, rng.choice((0, 0, 1, 1, 2)))
    topics: list[str] = p.topics.distinct(rng, rng.choice((1, 2, 2, 3)))
    lead = people[0]
    target = orgs[0].name if orgs and rng.random() < 0.5 else places[0].name
    title = f"{lead.name} {rng.choice(VERBS)} {target} {rng.choice(NOUNS)}"
    names = [x.name for x in people] + [x.name for x in orgs] + [x.name for x in places]
    names += [a for x in people for a in x.aliases] + groups
    paragraphs = _body(rng, p, names)
    sentences = [s for para in paragraphs for s in para]
    summary = " ".join(sentences[: rng.randint(1, 2)])
    summary_words = summary.split()
    if len(summary_words) > 70:
        summary = " ".join(summary_words[:60]) + "."
    key_points = rng.sample(sentences, min(len(sentences), rng.randint(3, 5)))
    said: list[tuple[str, str | None]] = []
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        text = _sentence(rng, p, ())
        said.append((text, rng.choice(people).name if rng.random() < 0.9 else None))
    quotes = [{"text": text, "speaker": speaker} for text, speaker in said]
    for text, speaker in said:  # the quotes appear in the text too
        line = f"“{text[:-1]},” {speaker or 'an official'} said."
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), [line])
    source_name, source_url = p.sources.draw(rng)
    record_id = f"{_slug(title)[:60].strip('-')}-{index}"
    seed_path = f"seeds/{index:06d}.txt"
    return {
        "id": record_id,
        "title": title,
        "date": _date(rng),
        "status": "draft" if rng.random() < 0.1 else "published",
        "source": {"name": source_name, "url": source_url},
        "summary": summary,
        "key_points": key_points,
        "people": [{"name": x.name, "role": x.role, "aliases": list(x.aliases)} for x in people],
        "organizations": [{"name": x.name, "aliases": list(x.aliases)} for x in orgs],
        "places": [
            {
                "name": x.name,
                "kind": x.kind,
                "country_code": x.code,
                "aliases": [x.code] if x.kind == "country" and rng.random() < 0.1 else [],
            }
            for x in places
        ],
        "groups": [{"name": g, "aliases": []} for g in groups],
        "quotes": quotes,
        "topics": topics,
        "body": "\n\n".join(" ".join(para) for para in paragraphs),
        "seed": {
            "path": seed_path,
            "sha256": hashlib.sha256(f"{seed}:{index}".encode()).hexdigest(),
        },
    }


def make_records(count: int, seed: int = 1) -> list[Record]:
    return [make_record(index, seed) for index in range(count)]


# --- projects ------------------------------------------------------------------------------

STAMP = ".bench-synth.json"


def copy_support_files(root: Path) -> None:
    """The project's config, templates and theme overrides, as they are in the repo now."""
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("templates", "overrides"):
        if (root / folder).exists():
            shutil.rmtree(root / folder)
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder)


def make_project(root: Path, count: int, seed: int = 1) -> Path:
    """A project folder with ``count`` records; records are reused when already there.

    Build output (build/, site/) and the files a build writes into briefings/
    (.published.txt) are removed, so every call starts from the same state.
    """
    root.mkdir(parents=True, exist_ok=True)
    stamp = {"version": SYNTH_VERSION, "count": count, "seed": seed}
    folder = root / "briefings"
    stamp_path = root / STAMP
    current = None
    if stamp_path.is_file():
        current = json.loads(stamp_path.read_text("utf-8"))
    if current != stamp:
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for index in range(count):
            record = make_record(index, seed)
            (folder / f"{record['id']}.yaml").write_text(dump_yaml(record), "utf-8")
        stamp_path.write_text(json.dumps(stamp) + "\n", "utf-8")
    for name in ("build", "site"):
        shutil.rmtree(root / name, ignore_errors=True)
    for extra in folder.iterdir():
        if extra.name.startswith("."):
            extra.unlink()
    copy_support_files(root)
    return root
