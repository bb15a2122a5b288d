"""How well the search finds what a professional means: the share of realistic queries whose
expected offer is in the top 3, and the mean reciprocal rank, per database engine.

    .venv/bin/python bench/relevance.py                       # SQLite; and PostgreSQL too when
                                                              # DATABASE_URL points to it
    .venv/bin/python bench/relevance.py --engine sqlite       # one engine only
    .venv/bin/python bench/relevance.py --verbose             # also each query's top 3

The queries are bench/relevance_queries.yaml: what midwives, youth-health nurses, social-team
workers and GPs type, with the offers they expect on the first screen. Each engine runs in its
own process on a fresh, throw-away database (SQLite: in memory; PostgreSQL: a database named
`relevance_<name of DATABASE_URL's database>`, made and dropped again) with the demo directory
(`manage.py load_demo`); the data already in your database is never read or changed. Every
query goes through the search page (/zoeken/?q=…) as a signed-in professional of the demo (the
midwife Sanne Bosman, second sign-in step included), so all that the page does counts: contact
persons, typo correction, and the places the text names. She searches all of the Netherlands
(`overal=1`, the choice the page offers): a signed-in professional otherwise starts in the
municipalities her organisation serves, which would hide most of the expected offers of other
regions and measure that choice instead of the ranking.

Prints a table (query, rank of the first expected offer, what came first), summary lines, and
as the last line a JSON object: {"sqlite": {"top3_share": …, "mrr": …}, "postgresql": {…}}.
A query counts as found in the top 3 when any of its expected offers is among the first three
results; its reciprocal rank is 1/rank of the best-placed expected offer (0 when none is found).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = Path(__file__).resolve().parent / "relevance_queries.yaml"
DEMO_PROFESSIONAL = "verloskundige.deventer@rokportaal.example"
RESULT_MARKER = "RELEVANCE-RESULT "


@dataclass
class Outcome:
    query: str
    expected: list[str]
    rank: int | None  # of the best-placed expected offer, from 1; None: not found
    first: list[str]  # the slugs of the first three results

    @property
    def in_top3(self) -> bool:
        return self.rank is not None and self.rank <= 3

    @property
    def reciprocal_rank(self) -> float:
        return 1 / self.rank if self.rank else 0.0


def load_queries(path: Path = QUERIES) -> list[dict]:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))


def run_queries(client, queries: list[dict]) -> list[Outcome]:
    """Each query through the search page with this (signed-in) test client."""
    from django.urls import reverse
    from django.utils.http import urlencode

    from organisations.models import Intervention

    slugs = dict(Intervention.objects.values_list("pk", "slug"))
    outcomes = []
    for entry in queries:
        query = urlencode({"q": entry["q"], "overal": 1})
        response = client.get(f"{reverse('organisations:search')}?{query}")
        assert response.status_code == 200, (entry["q"], response.status_code)
        ranked = [slugs[pk] for pk in response.context["filter"].result_ids]
        ranks = [ranked.index(slug) + 1 for slug in entry["expect"] if slug in ranked]
        outcomes.append(Outcome(entry["q"], entry["expect"], min(ranks, default=None), ranked[:3]))
    return outcomes


def scores(outcomes: list[Outcome]) -> dict[str, float]:
    count = len(outcomes) or 1
    return {
        "top3_share": round(sum(o.in_top3 for o in outcomes) / count, 3),
        "mrr": round(sum(o.reciprocal_rank for o in outcomes) / count, 3),
    }


def signed_in_professional():
    """A test client signed in as the demo's midwife, past the second sign-in step."""
    from django.test import Client
    from django.urls import reverse
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from accounts.models import User

    user = User.objects.get(email=DEMO_PROFESSIONAL)
    client = Client()
    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="relevance benchmark", confirmed=True)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    code = str(totp.token()).zfill(device.digits)
    response = client.post(reverse("accounts:second_factor"), {"token": code})
    assert response.status_code == 302, "the second sign-in step was not accepted"
    return client


def run_engine(verbose: bool) -> dict[str, float]:
    """Make a throw-away database with the demo directory, run every query, print the table."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rokportal.settings")
    os.environ.setdefault("DEBUG", "1")  # development tooling: the test client on local hosts
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    database = settings.DATABASES["default"]
    if connection.vendor == "postgresql":
        database.setdefault("TEST", {})["NAME"] = f"relevance_{database['NAME']}"
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        call_command("load_demo", stdout=io.StringIO())
        outcomes = run_queries(signed_in_professional(), load_queries())
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print_table(connection.vendor, outcomes, verbose)
    return scores(outcomes)


def print_table(engine: str, outcomes: list[Outcome], verbose: bool) -> None:
    print(f"\n== {engine}: {len(outcomes)} queries ==")
    print(f"{'query':<42}{'rank':>6}  {'expected':<44}first result")
    for o in outcomes:
        rank = str(o.rank) if o.rank else "-"
        mark = " " if o.in_top3 else "x"
        expected = o.expected[0] + (f" (+{len(o.expected) - 1})" if len(o.expected) > 1 else "")
        print(f"{mark} {o.query[:40]:<40}{rank:>6}  {expected[:42]:<44}{(o.first or ['-'])[0]}")
        if verbose and not o.in_top3:
            print(f"{'':<50}top 3: {', '.join(o.first) or '-'}")
    missed = [o.query for o in outcomes if not o.in_top3]
    result = scores(outcomes)
    print(f"{engine}: top 3 {result['top3_share']:.1%}, MRR {result['mrr']:.3f}")
    print(f"{engine}: not in the top 3 ({len(missed)}): {'; '.join(missed) or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["sqlite", "postgresql"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.in_process:
        print(RESULT_MARKER + json.dumps(run_engine(args.verbose)))
        return
    url = os.environ.get("DATABASE_URL", "")
    engines = [args.engine] if args.engine else ["sqlite"]
    if not args.engine and url.startswith(("postgres://", "postgresql://")):
        engines.append("postgresql")
    if "postgresql" in engines and not url.startswith(("postgres://", "postgresql://")):
        parser.error("--engine postgresql needs DATABASE_URL=postgresql://…")
    results = {}
    for engine in engines:
        env = dict(os.environ)
        if engine == "sqlite":
            env.pop("DATABASE_URL", None)
        command = [sys.executable, __file__, "--in-process"] + (["--verbose"] * args.verbose)
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        sys.stderr.write(done.stderr)
        lines = done.stdout.splitlines()
        print("\n".join(line for line in lines if not line.startswith(RESULT_MARKER)))
        found = [line for line in lines if line.startswith(RESULT_MARKER)]
        if done.returncode or not found:
            sys.exit(f"{engine}: the benchmark failed (exit status {done.returncode})")
        results[engine] = json.loads(found[-1][len(RESULT_MARKER) :])
    print()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
