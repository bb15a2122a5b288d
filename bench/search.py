"""Time the search page on the current database and print the figures.

    DATABASE_URL=postgresql://… .venv/bin/python bench/search.py [--repeat 20]

Runs representative searches through the whole view stack (Django test client, no network) and
prints the median and 95th percentile time and the number of SQL queries for each. Load data first
(`manage.py load_demo`, or the national-scale generator). Timing is printed, never asserted: tests
assert query counts instead.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rokportal.settings")
os.environ.setdefault("DEBUG", "1")  # development tooling: the test client on local hosts

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from organisations.models import Intervention  # noqa: E402

SEARCHES = [
    ("everything", ""),
    ("one word", "q=zwangerschap"),
    ("stem prefix", "q=zwangere"),
    ("typo", "q=kraamzrog"),
    ("two words", "q=hechting+groep"),
    ("facets", "gemeente=deventer&levensfase=0-1-jaar&vorm=groep"),
    ("text and facets", "q=ouders&gemeente=rotterdam&geen_wachtlijst=on&verwijzen=on"),
    ("no results", "q=xyzzyplugh"),
    ("last page", "pagina=9999"),
    ("within 10 km", "postcode=7411&afstand=10"),
    ("nearest first", "q=ouders&postcode=3011&volgorde=afstand"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"database: {connection.vendor}, interventions: {Intervention.objects.count()}")
    print(f"{'search':<18}{'median ms':>10}{'p95 ms':>10}{'queries':>9}{'status':>8}")
    for name, query in SEARCHES:
        timings = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(f"/zoeken/?{query}")
                timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[max(0, round(len(timings) * 0.95) - 1)]
        print(
            f"{name:<18}{statistics.median(timings):>10.1f}{p95:>10.1f}"
            f"{len(queries.captured_queries):>9}{response.status_code:>8}"
        )


if __name__ == "__main__":
    main()
