"""Synthetic news articles for benchmarks and drills: varied sentences about diplomats meeting, plus filler.

No evaluation article is used: texts are built from templates written here, seeded, so a run is repeatable.
`python benchmarks/corpus.py N OUT.jsonl [--seed S]` writes N articles in FORMAT.md's JSON Lines shape.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta

PEOPLE = [
    ("Sergey Lavrov", "Russian Foreign Minister"),
    ("Sergei Lavrov", "Russia's top diplomat"),
    ("John Kerry", "U.S. Secretary of State"),
    ("Antony Blinken", "U.S. Secretary of State"),
    ("Wang Yi", "Chinese Foreign Minister"),
    ("Mevlut Cavusoglu", "Turkish Foreign Minister"),
    ("Mohammad Javad Zarif", "Iranian Foreign Minister"),
    ("Dmytro Kuleba", "Ukrainian Foreign Minister"),
    ("Annalena Baerbock", "German Foreign Minister"),
    ("Jean-Yves Le Drian", "French Foreign Minister"),
    ("Boris Johnson", "British Foreign Secretary"),
    ("Staffan de Mistura", "UN Special Envoy for Syria"),
    ("Adel al-Jubeir", "Saudi Foreign Minister"),
    ("Sameh Shoukry", "Egyptian Foreign Minister"),
    ("Subrahmanyam Jaishankar", "Indian External Affairs Minister"),
    ("Yoshimasa Hayashi", "Japanese Foreign Minister"),
    ("Ayman Safadi", "Jordanian Foreign Minister"),
    ("Penny Wong", "Australian Foreign Minister"),
    ("Melanie Joly", "Canadian Foreign Minister"),
    ("Radoslaw Sikorski", "Polish Foreign Minister"),
]
PLACES = [
    "Geneva",
    "Vienna",
    "Lausanne",
    "Paris",
    "Moscow",
    "Beijing",
    "Ankara",
    "Riyadh",
    "New Delhi",
    "Tokyo",
    "Lima",
    "Bali",
    "Astana",
    "Doha",
    "Cairo",
    "Helsinki",
    "Berlin",
    "Rome",
    "Jakarta",
    "Brasilia",
]
OCCASIONS = [
    "APEC summit",
    "G20 summit",
    "UN General Assembly",
    "NATO summit",
    "ASEAN Regional Forum",
    "OSCE ministerial meeting",
    "Munich Security Conference",
    "BRICS summit",
]
TOPICS = [
    "the Syrian settlement",
    "the Iran nuclear deal",
    "grain exports",
    "arms control",
    "the situation in Ukraine",
    "trade barriers",
    "climate finance",
    "the Korean peninsula",
    "energy security",
    "prisoner exchanges",
]
MEETING = [
    "{a}, {ra}, met {b}, {rb}, in {place} on {when} to discuss {topic}.",
    "{a} and {b} held talks in {place} on {when}, focusing on {topic}.",
    "{a} could meet {b} on the sidelines of the {occasion} in {place}, a source in the ministry said.",
    "{ra} {a} will meet {rb} {b} in {place} on {when}, the ministry announced on {weekday}.",
    "A meeting between {a} and {b} is not excluded during the {occasion}, {outlet} reported.",
    "{a} has no plans to meet {b} in {place}, his spokesperson told reporters.",
    "The talks between {a} and {b} planned for {when} in {place} were called off.",
    "{a} and {b} agreed to meet again after the {occasion}.",
    "The last meeting between {a} and {b} was held on {when} in {place}.",
    "{a} spoke by phone with {b} on {weekday} about {topic}.",
]
FILLER = [
    "Officials said the discussions were frank and constructive.",
    "Neither side released a joint statement after the session.",
    "Markets reacted calmly to the news on {weekday}.",
    "Analysts expect little progress on {topic} before the end of the year.",
    "The ministry did not respond to a request for comment.",
    "Protesters gathered outside the venue in {place}.",
    "The delegation arrived in {place} late on {weekday} evening.",
    "Earlier this month, parliament debated a new sanctions package.",
    "Talks on {topic} have stalled since the spring.",
    "Diplomats familiar with the matter said a deal was still far off.",
    "The visit is the first by a senior official in more than two years.",
    "Both governments have traded accusations over {topic}.",
]
OUTLETS = ["RIA Novosti", "Reuters", "TASS", "AFP", "Kyodo", "Anadolu", "Xinhua", "AP"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random, n: int) -> dict:
    published = date(2012, 1, 1) + timedelta(days=rng.randrange(4700))
    sentences = []
    for _ in range(rng.randint(6, 22)):
        (a, ra), (b, rb) = rng.sample(PEOPLE, 2)
        when = published + timedelta(days=rng.randint(-30, 30))
        fields = {
            "a": a,
            "ra": ra,
            "b": b,
            "rb": rb,
            "place": rng.choice(PLACES),
            "occasion": rng.choice(OCCASIONS),
            "topic": rng.choice(TOPICS),
            "outlet": rng.choice(OUTLETS),
            "weekday": rng.choice(WEEKDAYS),
            "when": f"{when.strftime('%B')} {when.day}",
        }
        template = rng.choice(MEETING) if rng.random() < 0.35 else rng.choice(FILLER)
        sentences.append(template.format(**fields))
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    first = sentences[0].split(",")[0][:80]
    return {
        "id": f"synthetic-{n}",
        "url": f"https://news.example/synthetic/{n}",
        "title": f"{first} ({n})",
        "outlet": rng.choice(OUTLETS),
        "published": published.isoformat(),
        "text": "\n\n".join(paragraphs) + f"\n\n(ref {n})",
    }


def articles(count: int, seed: int = 8, start: int = 0) -> list[dict]:
    rng = random.Random(seed)
    return [article(rng, start + n) for n in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as fh:
        for item in articles(args.count, args.seed):
            fh.write(json.dumps(item) + "\n")


if __name__ == "__main__":
    main()
