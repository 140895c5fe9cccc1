"""Demo meetings for screenshots and manual checks, built through the real recording service (no spaCy).

DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python manage.py migrate
DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python -m benchmarks.demo_data
"""

from __future__ import annotations

from datetime import date

LAVROV = ("Sergey Lavrov", "RU", "Foreign Minister")
KERRY = ("John Kerry", "US", "Secretary of State")
ZARIF = ("Mohammad Javad Zarif", "IR", "Foreign Minister")
CAVUSOGLU = ("Mevlut Cavusoglu", "TR", "Foreign Minister")
WANG = ("Wang Yi", "CN", "Foreign Minister")
STEINMEIER = ("Frank-Walter Steinmeier", "DE", "Foreign Minister")
PUTIN = ("Vladimir Putin", "RU", "President")
OBAMA = ("Barack Obama", "US", "President")
ABE = ("Shinzo Abe", "JP", "Prime Minister")
XI = ("Xi Jinping", "CN", "President")
MISTURA = ("Staffan de Mistura", "", "UN Special Envoy for Syria")

# (published, outlet, title, [(people, status, start, end, precision, place, occasion, evidence, cues)])
ARTICLES = [
    (
        date(2016, 9, 10),
        "Reuters",
        "Kerry and Lavrov agree Syria truce plan in Geneva",
        [
            (
                (KERRY, LAVROV),
                "held",
                date(2016, 9, 9),
                None,
                "day",
                ("Geneva", "CH", "city"),
                "",
                "Kerry and Russian Foreign Minister Sergei Lavrov walk into their meeting room in Geneva on September 9, 2016.",
                {"status": "walk into their meeting room", "date": "September 9, 2016", "place": "Geneva"},
            ),
        ],
    ),
    (
        date(2016, 10, 16),
        "TASS",
        "Lausanne talks on Syria end without a deal",
        [
            (
                (
                    LAVROV,
                    KERRY,
                    MISTURA,
                    ("", "QA", "Foreign Minister"),
                    ("", "IR", "Foreign Minister"),
                    ("", "TR", "Foreign Minister"),
                ),
                "held",
                date(2016, 10, 15),
                None,
                "day",
                ("Lausanne", "CH", "city"),
                "Syria talks",
                "The last meeting between Lavrov and Kerry was held on October 15 in Lausanne together with de Mistura and foreign ministers of Qatar, Iran and Turkey.",
                {"status": "was held", "date": "October 15", "place": "Lausanne"},
            ),
        ],
    ),
    (
        date(2016, 11, 15),
        "Sputnik",
        "Lavrov, Kerry Could Meet on the Sidelines of APEC Summit",
        [
            (
                (LAVROV, KERRY),
                "possible",
                date(2016, 11, 19),
                date(2016, 11, 20),
                "day",
                ("Peru", "PE", "country"),
                "APEC summit",
                "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry could meet on the sidelines of the November 19-20 APEC summit in Peru.",
                {"status": "could meet", "date": "November 19-20", "place": "Peru", "occasion": "APEC summit"},
            ),
            (
                (PUTIN, OBAMA),
                "planned",
                date(2016, 11, 20),
                None,
                "day",
                ("Lima", "PE", "city"),
                "APEC summit",
                "Putin and Obama will meet briefly in Lima on November 20, the Kremlin said.",
                {"status": "will meet", "date": "November 20", "place": "Lima"},
            ),
        ],
    ),
    (
        date(2016, 11, 21),
        "AP",
        "Obama and Putin speak for four minutes in Lima",
        [
            (
                (PUTIN, OBAMA),
                "held",
                date(2016, 11, 20),
                None,
                "day",
                ("Lima", "PE", "city"),
                "APEC summit",
                "Obama and Putin met for about four minutes on the sidelines of the summit in Lima on Sunday.",
                {"status": "met", "date": "Sunday", "place": "Lima"},
            ),
            (
                (LAVROV, KERRY),
                "held",
                date(2016, 11, 20),
                None,
                "day",
                ("Lima", "PE", "city"),
                "APEC summit",
                "Lavrov and Kerry held talks in Lima on Sunday on the sidelines of the APEC summit.",
                {"status": "held talks", "date": "Sunday", "place": "Lima"},
            ),
        ],
    ),
    (
        date(2016, 8, 8),
        "Anadolu",
        "Cavusoglu to visit Moscow",
        [
            (
                (CAVUSOGLU, LAVROV),
                "planned",
                date(2016, 8, 24),
                None,
                "day",
                ("Moscow", "RU", "city"),
                "",
                "Turkish Foreign Minister Mevlut Cavusoglu is due to meet Lavrov in Moscow on August 24.",
                {"status": "is due to meet", "date": "August 24", "place": "Moscow"},
            ),
        ],
    ),
    (
        date(2016, 8, 22),
        "Anadolu",
        "Cavusoglu visit to Moscow called off",
        [
            (
                (CAVUSOGLU, LAVROV),
                "cancelled",
                date(2016, 8, 24),
                None,
                "day",
                ("Moscow", "RU", "city"),
                "",
                "The planned meeting of Cavusoglu and Lavrov in Moscow on August 24 has been called off.",
                {"status": "called off", "date": "August 24", "place": "Moscow"},
            ),
        ],
    ),
    (
        date(2016, 7, 26),
        "Xinhua",
        "Wang Yi meets Kerry in Vientiane",
        [
            (
                (WANG, KERRY),
                "held",
                date(2016, 7, 25),
                None,
                "day",
                ("Vientiane", "LA", "city"),
                "ASEAN Regional Forum",
                "Chinese Foreign Minister Wang Yi met with U.S. Secretary of State John Kerry in Vientiane on Monday.",
                {"status": "met with", "date": "Monday", "place": "Vientiane"},
            ),
            (
                (WANG, LAVROV),
                "held",
                date(2016, 7, 25),
                None,
                "day",
                ("Vientiane", "LA", "city"),
                "ASEAN Regional Forum",
                "Wang Yi also met Russian Foreign Minister Sergei Lavrov on the sidelines of the ASEAN meetings.",
                {"status": "met", "place": "ASEAN"},
            ),
        ],
    ),
    (
        date(2016, 9, 20),
        "IRNA",
        "Zarif and Kerry meet in New York",
        [
            (
                (ZARIF, KERRY),
                "held",
                date(2016, 9, 19),
                None,
                "day",
                ("New York", "US", "city"),
                "UN General Assembly",
                "Zarif and Kerry met in New York on the margins of the UN General Assembly on Monday.",
                {"status": "met", "date": "Monday", "place": "New York"},
            ),
        ],
    ),
    (
        date(2016, 10, 1),
        "Kyodo",
        "Abe and Putin to meet in December",
        [
            (
                (ABE, PUTIN),
                "planned",
                date(2016, 12, 15),
                date(2016, 12, 16),
                "day",
                ("Nagato", "JP", "city"),
                "",
                "Abe and Putin will meet in Nagato, Yamaguchi Prefecture, on December 15-16.",
                {"status": "will meet", "date": "December 15-16", "place": "Nagato"},
            ),
        ],
    ),
    (
        date(2016, 11, 2),
        "Deutsche Welle",
        "Steinmeier rules out meeting",
        [
            (
                (STEINMEIER, LAVROV),
                "ruled_out",
                date(2016, 11, 1),
                date(2016, 11, 30),
                "month",
                None,
                "",
                "Steinmeier said there were no plans to meet Lavrov in November.",
                {"status": "no plans to meet", "date": "in November"},
            ),
        ],
    ),
    (
        date(2016, 6, 20),
        "Xinhua",
        "Xi and Putin hold talks in Beijing",
        [
            (
                (XI, PUTIN),
                "held",
                date(2016, 6, 25),
                None,
                "day",
                ("Beijing", "CN", "city"),
                "state visit",
                "Xi Jinping held talks with Vladimir Putin in Beijing on Saturday.",
                {"status": "held talks", "date": "Saturday", "place": "Beijing"},
            ),
        ],
    ),
    (
        date(2016, 12, 1),
        "TASS",
        "Lavrov and Kerry may meet in Hamburg",
        [
            (
                (LAVROV, KERRY),
                "possible",
                date(2016, 12, 8),
                date(2016, 12, 9),
                "day",
                ("Hamburg", "DE", "city"),
                "OSCE ministerial",
                "Lavrov and Kerry may meet in Hamburg during the OSCE ministerial on December 8-9.",
                {"status": "may meet", "date": "December 8-9", "place": "Hamburg"},
            ),
        ],
    ),
]


def build_demo() -> int:
    from meetings.tests.factories import make_article, record, report

    n = 0
    for published, outlet, title, reports in ARTICLES:
        article = make_article(published=published, title=title, outlet=outlet, text=" ".join(r[7] for r in reports))
        built = []
        for people, status, start, end, precision, place, occasion, evidence, cues in reports:
            data = report(
                *[(p[0] or None, p[1], p[2]) for p in people],
                status=status,
                start=start,
                end=end,
                precision=precision,
                place=place,
                occasion=occasion,
                evidence=evidence,
            )
            data.cues = cues
            data.date_text = cues.get("date", "")
            built.append(data)
        n += len(record(article, *built))
    return n


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    print(f"{build_demo()} reports recorded")
