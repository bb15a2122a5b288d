"""The benchmark: the portal production-like under concurrent load, against references.

    DATABASE_URL=postgresql://… .venv/bin/python bench/run.py [--quick] [--users 8]

It migrates the database if needed (a new, empty one included), fills it with the
national-scale data if it holds none (`generate_scale`; `--quick` uses `--scale small`), starts
gunicorn with production settings (DEBUG off, plain HTTP on this machine only), and drives load
with locust from a separate process, one endpoint per phase:

- trivial: /health/, one database query: the framework's ceiling on this machine;
- search: 128 professional searches (bench/queries.py), a quarter with facets;
- search_common: words found in nearly every row ("zorg", "ouder", "kind");
- intervention, organisation: detail pages;
- inbox: the signed-in inbox of the busiest organisation; referral: a referral's page.

It also times the search query's own SQL (EXPLAIN ANALYZE), counts the SQL queries of each page,
and reads the peak resident memory of the gunicorn workers. It prints a table and, as its last
line, one JSON object with every figure; the same object goes to bench/results/<date>.json.
Figures are printed, never asserted: the targets are in the README.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rokportal.settings")
os.environ.setdefault("PORTAL_REQUIRE_MFA", "0")  # the in-process query counts sign in directly
# This process is development tooling (it generates data and counts queries through the test
# client); the portal under load runs in gunicorn with production settings.
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.db.migrations.executor import MigrationExecutor  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from accounts.models import User  # noqa: E402
from bench import scale_data  # noqa: E402
from bench.queries import COMMON_WORDS, professional_queries  # noqa: E402
from organisations.models import (  # noqa: E402
    Intervention,
    LifePhase,
    Municipality,
    Organisation,
)
from organisations.search.query import search_index_scans, search_words  # noqa: E402
from referrals.models import Referral  # noqa: E402

PHASES = ["trivial", "search", "search_common", "intervention", "organisation", "inbox", "referral"]
SIGNED_IN_PHASES = {"inbox", "referral"}
SIGN_IN_SECONDS = 15
SAMPLE = 200  # detail pages to spread the load over


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, 5 s per endpoint (CI)")
    parser.add_argument("--users", type=int, default=8, help="concurrent users (default 8)")
    parser.add_argument("--seconds", type=int, help="per endpoint (default 20, quick 5)")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default 2 × cores + 1)")
    options = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("The benchmark needs PostgreSQL: set DATABASE_URL=postgresql://…")
    seconds = options.seconds or (5 if options.quick else 20)
    workers = options.workers or 2 * (os.cpu_count() or 1) + 1

    ensure_data(quick=options.quick)
    account, password = inbox_account()
    targets = {"account": {"email": account.email, "password": password}, "urls": urls(account)}
    queries = queries_per_page(account, targets["urls"])
    sql = search_sql_timings()

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        env = production_environment(scratch)
        collect_static(env)
        port = free_port()
        server = start_gunicorn(env, port, workers)
        try:
            wait_until_serving(port)
            targets_file = scratch / "targets.json"
            targets_file.write_text(json.dumps(targets))
            endpoints = {}
            for phase in PHASES:
                endpoints[phase] = load(phase, port, targets_file, options.users, seconds, scratch)
                wait_until_serving(port)  # requests still queued must not count in the next phase
            memory = worker_peak_memory_mb(server.pid)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:  # workers stuck in a slow request
                server.kill()
                server.wait()

    report = build_report(options, seconds, workers, endpoints, sql, queries, memory)
    print_table(report)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / f"{datetime.date.today().isoformat()}.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report))


def ensure_data(*, quick: bool) -> None:
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        # A new, empty database (or one behind the code) gets its tables and reference data.
        print("Migrating the database first…")
        call_command("migrate", interactive=False, verbosity=0)
    if scale_data.generated_data_exists():
        return
    print("No scale data yet: generating it (this takes a while at the default scale)…")
    call_command("generate_scale", scale="small" if quick else "default", seed=1, force=True)


def inbox_account() -> tuple[User, str]:
    """The busiest organisation's account, with a fresh password for this run."""
    account = User.objects.get(email=scale_data.INBOX_ACCOUNT)
    password = secrets.token_urlsafe(16)
    account.set_password(password)
    account.save(update_fields=["password"])
    return account, password


def urls(account: User) -> dict[str, list[str]]:
    """The URLs each phase spreads its requests over."""
    rng = random.Random(1)
    municipalities = list(Municipality.objects.values_list("slug", flat=True))
    phases = list(LifePhase.objects.values_list("slug", flat=True))
    searches = []
    for index, query in enumerate(professional_queries()):
        params = {"q": query}
        if index % 4 == 0:  # a quarter narrowed down with facets, as on the search page
            params |= {"gemeente": rng.choice(municipalities), "levensfase": rng.choice(phases)}
        searches.append("/zoeken/?" + urlencode(params))
    interventions = Intervention.objects.listed().order_by("?")[:SAMPLE]
    organisations = Organisation.objects.active().order_by("?")[:SAMPLE]
    referrals = Referral.objects.received_by(account.memberships.values("organisation")).order_by(
        "?"
    )[:SAMPLE]
    return {
        "trivial": ["/health/"],
        "search": searches,
        "search_common": ["/zoeken/?" + urlencode({"q": word}) for word in COMMON_WORDS],
        "intervention": [intervention.get_absolute_url() for intervention in interventions],
        "organisation": [organisation.get_absolute_url() for organisation in organisations],
        "inbox": ["/verwijzingen/", "/verwijzingen/?status=sent", "/verwijzingen/?pagina=2"],
        "referral": [referral.get_absolute_url() for referral in referrals],
    }


def queries_per_page(account: User, targets: dict[str, list[str]]) -> dict[str, int]:
    """The most SQL queries any sampled URL of each phase needs (signed in where it must be),
    once the process has loaded what it keeps in memory (taxonomies, the search index)."""
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(account)
    client.get("/zoeken/")
    counts = {}
    for phase, phase_urls in targets.items():
        most = 0
        for url in phase_urls[:10]:
            reset_queries()
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            most = max(most, len(captured.captured_queries))
        counts[phase] = most
    return counts


def search_sql_timings() -> dict[str, float]:
    """Database time of the search query itself (EXPLAIN ANALYZE): the query a search page runs
    for a text it has not remembered, the ids of every matching intervention through the search
    vector's index (organisations/search/index.py: FacetIndex.matching; their relevance is
    counted in memory).
    Median and p95 over the professional queries, over the selective ones among them (matching
    at most 1% of the interventions), and the common words."""

    def timed(text: str) -> tuple[float, int]:
        queryset = Intervention.objects.matching(search_words(text)).values_list("pk")
        with search_index_scans():
            plan = queryset.explain(analyze=True)
        line = next(line for line in plan.splitlines() if line.startswith("Execution Time"))
        rows = int(plan.split(" rows=", 2)[2].split()[0])  # the top node's actual rows
        return float(line.split(":")[1].split()[0]), rows

    selective_at_most = Intervention.objects.count() // 100
    professional = [timed(query) for query in professional_queries()]
    selective = [ms for ms, rows in professional if rows <= selective_at_most] or [0.0]
    common = [ms for ms, _rows in (timed(word) for word in COMMON_WORDS)]
    everything = [ms for ms, _rows in professional]
    return {
        "search_p50_ms": round(statistics.median(everything), 2),
        "search_p95_ms": round(percentile(everything, 95), 2),
        "selective_queries": len([1 for _ms, rows in professional if rows <= selective_at_most]),
        "selective_p50_ms": round(statistics.median(selective), 2),
        "selective_p95_ms": round(percentile(selective, 95), 2),
        "search_common_p50_ms": round(statistics.median(common), 2),
        "search_common_max_ms": round(max(common), 2),
    }


def percentile(values: list[float], p: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def production_environment(scratch: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DEBUG": "0",
        "HTTPS": "0",  # plain HTTP, on this machine only
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(scratch / "static"),
        "PORTAL_REQUIRE_MFA": "0",
        "AXES_FAILURE_LIMIT": "1000",
        "LOG_LEVEL": "WARNING",
    }


def collect_static(env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "rokportal.wsgi", "--workers", str(workers)]
        + ["--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null"],
        cwd=ROOT,
        env=env,
    )


def wait_until_serving(port: int) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not start")


def load(phase: str, port: int, targets: Path, users: int, seconds: int, scratch: Path) -> dict:
    """Run locust headless against one endpoint; its figures from locust's CSV summary."""
    prefix = scratch / phase
    if phase in SIGNED_IN_PHASES:
        # Signing in first: 8 Argon2 hashes at once take seconds; only this phase's requests count.
        seconds += SIGN_IN_SECONDS
    subprocess.run(
        [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py")]
        + ["--headless", "--only-summary", "--users", str(users), "--spawn-rate", str(users)]
        + ["--run-time", f"{seconds}s", "--host", f"http://127.0.0.1:{port}"]
        + ["--csv", str(prefix), "--loglevel", "WARNING"],
        cwd=ROOT,
        env={**os.environ, "BENCH_TARGETS": str(targets), "BENCH_PHASE": phase},
        check=False,  # locust exits 1 when any request failed; the failures are reported
        stdout=subprocess.DEVNULL,
    )
    with open(f"{prefix}_stats.csv") as stats:
        row = next((row for row in csv.DictReader(stats) if row["Name"] == phase), None)
    if row is None:  # not one request answered within the phase
        return {"requests": 0, "failures": 0, "requests_per_s": 0.0}
    return {
        "requests": int(row["Request Count"]),
        "failures": int(row["Failure Count"]),
        "requests_per_s": round(float(row["Requests/s"]), 1),
        "p50_ms": float(row["50%"]),
        "p95_ms": float(row["95%"]),
        "p99_ms": float(row["99%"]),
    }


def worker_peak_memory_mb(master: int) -> float:
    """The highest peak resident memory (VmHWM) of gunicorn's workers."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    peaks = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return round(max(peaks), 1)


def build_report(options, seconds, workers, endpoints, sql, queries, memory) -> dict:
    trivial = endpoints["trivial"].get("p50_ms") or 1.0
    search = endpoints["search"].get("p50_ms")
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "postgresql": connection.cursor().connection.info.server_version,
            "platform": platform.platform(),
        },
        "data": {
            "interventions": Intervention.objects.count(),
            "organisations": Organisation.objects.count(),
            "referrals": Referral.objects.count(),
            "busy_inbox": Referral.objects.received_by(
                Organisation.objects.filter(slug=scale_data.BUSY_SLUG).values("pk")
            ).count(),
        },
        "settings": {"users": options.users, "seconds_per_endpoint": seconds, "workers": workers},
        "endpoints": endpoints,
        "references": {"trivial_p50_ms": trivial, "search_sql": sql},
        "ratios": {
            "search_p50_over_trivial_p50": search and round(search / trivial, 2),
            "search_p50_over_sql_p50": search
            and round(search / max(sql["search_p50_ms"], 0.01), 2),
        },
        "queries_per_page": queries,
        "worker_peak_rss_mb": memory,
    }


def print_table(report: dict) -> None:
    print(
        f"\n{'endpoint':<15}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'queries':>9}{'failed':>8}"
    )
    for phase, figures in report["endpoints"].items():
        print(
            f"{phase:<15}{figures['requests_per_s']:>8}{figures.get('p50_ms', '-'):>9}"
            f"{figures.get('p95_ms', '-'):>9}{figures.get('p99_ms', '-'):>9}"
            f"{report['queries_per_page'].get(phase, 0):>9}{figures['failures']:>8}"
        )
    sql = report["references"]["search_sql"]
    print(
        f"\nsearch SQL (EXPLAIN ANALYZE): p50 {sql['search_p50_ms']} ms, p95 "
        f"{sql['search_p95_ms']} ms; the {sql['selective_queries']} selective queries p50 "
        f"{sql['selective_p50_ms']} ms, p95 {sql['selective_p95_ms']} ms; common words p50 "
        f"{sql['search_common_p50_ms']} ms, max {sql['search_common_max_ms']} ms"
    )
    ratios = report["ratios"]
    print(
        f"search p50 / trivial p50 = {ratios['search_p50_over_trivial_p50']}; "
        f"search p50 / its SQL p50 = {ratios['search_p50_over_sql_p50']}"
    )
    print(f"gunicorn worker peak memory: {report['worker_peak_rss_mb']} MB")
    print(f"data: {report['data']}\n")


if __name__ == "__main__":
    main()
