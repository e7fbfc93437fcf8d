"""The pools synthetic records draw from: names, roles, places, groups, a vocabulary, each
with Zipf-like frequencies (bench/synth.py says why), built once and deterministically."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.vocabulary import TOPICS


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FIRST = _words(
    "Ahmed Mohammed Ali Hassan Omar Fatima Layla Sara Yusuf Ibrahim Khalid Mustafa Nour "
    "Rania Samir Tariq Walid Zainab Amira Bashar Hadi Jamal Karim Leila Mahmoud Nadia Rashid "
    "Salma Yasmin Ziad Anna Maria John Michael David James Robert Elena Olga Sergei Dmitri "
    "Ivan Chen Wei Li Hiroshi Yuki Priya Ravi Arjun Aisha Emmanuel Grace Kwame Amina Pierre "
    "Sophie Hans Klaus Giulia Marco Lucia Carlos Ana Jorge Isabel Recep Mehmet Ayse Emine "
    "Reza Ali-Akbar Hossein Masoud Asaad Fuad Nechirvan Masrour Qubad Haider Nouri Adel"
)
_LAST = _words(
    "al-Sudani al-Shaibani Hussein al-Maliki al-Abadi Barzani Talabani al-Assad Erdogan "
    "Fidan Araghchi Pezeshkian Khamenei Netanyahu Abbas Haniyeh Nasrallah Qassem Aoun Salam "
    "Mikati Sisi Shoukry bin-Salman Faisal al-Thani bin-Zayed Blinken Rubio Biden Trump "
    "Lavrov Putin Macron Scholz Merz Starmer Guterres Grundberg Pedersen Hennis-Plasschaert "
    "al-Kadhimi al-Halbousi al-Mashhadani al-Hakim al-Sadr al-Amiri al-Khazali Zebari "
    "Kareem Rahman Nasser Haddad Khoury Saleh Mansour Darwish Yassin Farouk Othman Qasim "
    "Jaber Hamdan Suleiman Aziz Bakr Najjar Tamimi Jubouri Dulaimi Obeidi Shammari Kubaisi"
)
_ROLES = (
    "Prime Minister",
    "Foreign Minister",
    "President",
    "Defence Minister",
    "spokesman",
    "Interior Minister",
    "Finance Minister",
    "UN envoy",
    "commander",
    "Oil Minister",
    "parliament speaker",
    "governor",
    "ambassador",
    "opposition leader",
    "central bank governor",
)
_NATIONALITY = (
    "Iraqi",
    "Syrian",
    "Iranian",
    "Turkish",
    "Lebanese",
    "Jordanian",
    "Saudi",
    "Kurdish",
    "Egyptian",
    "American",
    "Russian",
    "French",
    "British",
    "German",
    "Qatari",
    "Emirati",
)
COUNTRIES: tuple[tuple[str, str], ...] = (
    ("Iraq", "IQ"),
    ("Syria", "SY"),
    ("Iran", "IR"),
    ("Turkey", "TR"),
    ("Lebanon", "LB"),
    ("Jordan", "JO"),
    ("Saudi Arabia", "SA"),
    ("Israel", "IL"),
    ("Egypt", "EG"),
    ("United States", "US"),
    ("Russia", "RU"),
    ("Qatar", "QA"),
    ("United Arab Emirates", "AE"),
    ("Kuwait", "KW"),
    ("Yemen", "YE"),
    ("France", "FR"),
    ("United Kingdom", "GB"),
    ("Germany", "DE"),
    ("China", "CN"),
    ("Oman", "OM"),
    ("Bahrain", "BH"),
    ("Libya", "LY"),
    ("Tunisia", "TN"),
    ("Algeria", "DZ"),
    ("Morocco", "MA"),
    ("Sudan", "SD"),
    ("Ukraine", "UA"),
    ("India", "IN"),
    ("Pakistan", "PK"),
    ("Afghanistan", "AF"),
    ("Azerbaijan", "AZ"),
    ("Armenia", "AM"),
    ("Greece", "GR"),
    ("Cyprus", "CY"),
    ("Italy", "IT"),
    ("Spain", "ES"),
    ("Japan", "JP"),
    ("Brazil", "BR"),
    ("Ethiopia", "ET"),
    ("Somalia", "SO"),
    ("Sweden", "SE"),
    ("Norway", "NO"),
    ("Canada", "CA"),
    ("Australia", "AU"),
    ("Nigeria", "NG"),
    ("Kenya", "KE"),
)
_CITIES = (
    "Baghdad IQ",
    "Basra IQ",
    "Mosul IQ",
    "Erbil IQ",
    "Kirkuk IQ",
    "Najaf IQ",
    "Karbala IQ",
    "Sulaimaniyah IQ",
    "Fallujah IQ",
    "Ramadi IQ",
    "Damascus SY",
    "Aleppo SY",
    "Idlib SY",
    "Homs SY",
    "Raqqa SY",
    "Deir ez-Zor SY",
    "Latakia SY",
    "Tehran IR",
    "Isfahan IR",
    "Mashhad IR",
    "Ankara TR",
    "Istanbul TR",
    "Gaziantep TR",
    "Beirut LB",
    "Tripoli LB",
    "Amman JO",
    "Riyadh SA",
    "Jeddah SA",
    "Jerusalem IL",
    "Tel Aviv IL",
    "Cairo EG",
    "Washington US",
    "New York US",
    "Moscow RU",
    "Doha QA",
    "Abu Dhabi AE",
    "Dubai AE",
    "Kuwait City KW",
    "Sanaa YE",
    "Aden YE",
    "Paris FR",
    "London GB",
    "Berlin DE",
    "Beijing CN",
    "Muscat OM",
    "Manama BH",
    "Geneva CH",
    "Vienna AT",
    "Brussels BE",
)
_REGIONS = (
    "Kurdistan Region IQ",
    "Nineveh Plains IQ",
    "Anbar IQ",
    "Sinjar IQ",
    "Golan Heights SY",
    "Euphrates valley",
    "Gulf",
    "Levant",
    "Red Sea",
    "Strait of Hormuz",
    "Sahel",
)
_ORG_WORDS = _words(
    "National Front Council Movement Party Brigades Authority Company Bank Union Forces "
    "Agency Committee Alliance Coalition Organisation Commission Fund Institute Ministry "
    "Petroleum Oil Gas Development Reconstruction Democratic Popular Islamic Revolutionary "
    "Security Unity Justice Progress Liberation Federal Regional Trade Energy Water Relief"
)
_KNOWN_ORGS: tuple[tuple[str, list[str]], ...] = (
    ("United Nations", ["UN"]),
    ("Islamic State", ["IS", "Daesh", "ISIS"]),
    ("European Union", ["EU"]),
    ("Popular Mobilization Forces", ["PMF", "Hashd al-Shaabi"]),
    ("Kurdistan Democratic Party", ["KDP"]),
    ("Patriotic Union of Kurdistan", ["PUK"]),
    ("Hezbollah", []),
    ("Hamas", []),
    ("NATO", []),
    ("Arab League", []),
    ("OPEC", []),
    ("International Monetary Fund", ["IMF"]),
    ("World Bank", []),
    ("Syrian Democratic Forces", ["SDF"]),
    ("Hayat Tahrir al-Sham", ["HTS"]),
    ("Red Crescent", []),
    ("Human Rights Watch", ["HRW"]),
    ("Amnesty International", []),
)
_GROUPS = (
    "Kurds",
    "Shia",
    "Sunnis",
    "Alawites",
    "Yazidis",
    "Christians",
    "Druze",
    "Turkmen",
    "Arabs",
    "Assyrians",
    "Palestinians",
    "refugees",
    "Sabians",
    "Bedouin",
    "Armenians",
    "Chaldeans",
    "Shabak",
    "Kakai",
    "Houthis",
    "Copts",
)
_SOURCES: tuple[tuple[str, str | None], ...] = (
    ("Reuters", "https://www.reuters.com"),
    ("The New Arab", "https://www.newarab.com"),
    ("Al Jazeera", "https://www.aljazeera.com"),
    ("BBC News", "https://www.bbc.co.uk/news"),
    ("Rudaw", "https://www.rudaw.net"),
    ("Shafaq News", "https://shafaq.com"),
    ("Associated Press", "https://apnews.com"),
    ("Agence France-Presse", "https://www.afp.com"),
    ("Al-Monitor", "https://www.al-monitor.com"),
    ("Kurdistan24", "https://www.kurdistan24.net"),
    ("The National", "https://www.thenationalnews.com"),
    ("Asharq Al-Awsat", None),
    ("Middle East Eye", "https://www.middleeasteye.net"),
    ("Enab Baladi", None),
)
_COMMON = _words(
    "the of and to in a that is for on was with he it as at by said from his be has have "
    "an are were had not but which they this who their after been its will also would more "
    "than new two first over about one last year years government minister officials told "
    "people country security forces against between during city week since into where when "
    "other some could all state police military talks meeting statement agreement attack "
    "killed including region percent million support while under political oil water "
    "president prime foreign economic border local election parliament council capital "
    "report group groups area areas early later day days month months despite however"
)
VERBS = (
    "meets",
    "warns",
    "visits",
    "rejects",
    "backs",
    "calls for",
    "signs",
    "condemns",
    "announces",
    "discusses",
    "urges",
    "halts",
    "resumes",
    "seeks",
    "denies",
)
NOUNS = (
    "talks on water",
    "oil deal",
    "border security",
    "election law",
    "budget dispute",
    "refugee returns",
    "ceasefire",
    "reconstruction plan",
    "power shortages",
    "drought",
    "trade route",
    "prisoner exchange",
    "gas exports",
    "militia attacks",
    "reform package",
    "airport reopening",
    "sanctions",
    "wheat imports",
    "protests",
    "court ruling",
)


class Zipf:
    """Draws items of a pool with frequency proportional to 1 / rank**s."""

    def __init__(self, items: Sequence[Any], s: float = 1.1) -> None:
        self.items = list(items)
        weights = [1.0 / (rank**s) for rank in range(1, len(self.items) + 1)]
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random) -> Any:
        point = rng.random() * self.cumulative[-1]
        return self.items[bisect.bisect_right(self.cumulative, point)]

    def distinct(self, rng: random.Random, count: int) -> list[Any]:
        """Up to ``count`` different items, most frequent first as drawn."""
        out: list[Any] = []
        for _ in range(count * 4):
            item = self.draw(rng)
            if item not in out:
                out.append(item)
            if len(out) == count:
                break
        return out


def _pseudo_words(count: int) -> list[str]:
    """Deterministic word forms made of syllables: a vocabulary with a long tail."""
    rng = random.Random(20261126)
    onsets = _words("b c d f g h j k l m n p r s t v w z br cr dr fl gr pl pr sh st th tr")
    vowels = _words("a e i o u ai ea ee ou io")
    codas = ["", "", "n", "r", "s", "t", "l", "nd", "st", "ng", "rk", "ment", "tion", "ing"]
    seen: set[str] = set(_COMMON)
    out: list[str] = []
    while len(out) < count:
        word = "".join(
            rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.choice((1, 2, 2, 3)))
        ) + rng.choice(codas)
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Org:
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    code: str | None


class Pools:
    """Every pool the records draw from, built once, deterministically."""

    def __init__(self) -> None:
        rng = random.Random(7)
        people: list[Person] = []
        names: set[str] = set()
        for first, last in itertools.product(_FIRST, _LAST):
            names.add(f"{first} {last}")
        for name in sorted(names):
            role = None
            if rng.random() < 0.6:
                role = f"{rng.choice(_NATIONALITY)} {rng.choice(_ROLES)}"
            last = name.split(" ", 1)[1]
            aliases = (last.removeprefix("al-").replace("-", " ").title(),)
            people.append(Person(name, role, aliases if rng.random() < 0.7 else ()))
        rng.shuffle(people)
        self.people = Zipf(people, 1.05)
        orgs = [Org(name, tuple(aliases)) for name, aliases in _KNOWN_ORGS]
        made: set[str] = {o.name for o in orgs}
        while len(orgs) < 800:
            words = rng.sample(_ORG_WORDS, rng.choice((2, 3, 4)))
            name = " ".join(words)
            if name in made:
                continue
            made.add(name)
            acronym = "".join(w[0] for w in words)
            orgs.append(Org(name, (acronym,) if rng.random() < 0.4 else ()))
        self.orgs = Zipf(orgs, 1.1)
        places: list[Place] = [Place(n, "country", c) for n, c in COUNTRIES]
        for entry in _CITIES:
            name, code = entry.rsplit(" ", 1)
            places.append(Place(name, "city", code))
        for entry in _REGIONS:
            name, _, code = entry.rpartition(" ")
            if len(code) == 2 and code.isupper():
                places.append(Place(name, "region", code))
            else:
                places.append(Place(entry, "other", None))
        # The long tail: towns and villages named once or twice.
        for number, word in enumerate(_pseudo_words(600)):
            code = COUNTRIES[number % 12][1]
            places.append(
                Place(word.title() + rng.choice(("", " al-Jadida", "abad")), "city", code)
            )
        self.places = Zipf(places, 1.0)
        self.groups = Zipf(_GROUPS, 1.2)
        self.topics = Zipf(list(TOPICS), 1.0)
        self.sources = Zipf(_SOURCES, 0.9)
        self.words = Zipf(list(_COMMON) + _pseudo_words(20_000), 1.0)


_POOLS: Pools | None = None


def pools() -> Pools:
    global _POOLS
    if _POOLS is None:
        _POOLS = Pools()
    return _POOLS
