"""Where a search page's time and memory go: CPU time per request, in-process, without load.

    DATABASE_URL=postgresql://… .venv/bin/python bench/profile_search.py [--rounds 3]
        [--profile 25] [--memory] [--signed-in]

`bench/run.py` measures wall-clock time under load, which on a shared machine is noisy. This
script measures what the search page costs in Python, which is what changes when the code does:
it runs the benchmark's searches (bench/queries.py: the 128 professional queries, a quarter
with facets, as `run.py` builds them, and the common words) through the whole view stack
(Django's test Client, production settings but for the static files storage) and reports per
request

- CPU ms (`time.process_time()`: this process only, so the database's own time is left out;
  the SQL is measured by `run.py`'s EXPLAIN ANALYZE), p50 and p95;
- the SQL queries, most and typical (django's CaptureQueriesContext);

each for a *first visit* (the process has its search index, but has not yet seen this text:
no remembered search, result card, word stems or distances; under load most requests of a
worker are such, as 128 texts spread over five workers) and a *repeat visit* (everything kept).
Then, with `--profile N`, cProfile's top N functions by own time over one round of first
visits, and with `--memory`, where the memory that a worker keeps goes (tracemalloc, by file,
over the index build and the searches) and the process's resident memory (VmRSS, peak VmHWM)
after the index is built and after the searches: what `run.py` reports as a worker's peak
memory, less the sign-in's password hash.

Run it on two checkouts (copy it into the other one, or set PYTHONPATH) against the same
database to compare code: the figures are CPU time, so other work on the machine changes them
far less than wall-clock time. Load data first (`manage.py generate_scale --seed 1`). Figures
are printed, never asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import random
import secrets
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Production settings (DEBUG off), as bench/run.py runs gunicorn; plain HTTP on this machine.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rokportal.settings")
os.environ["DEBUG"] = "0"
os.environ["HTTPS"] = "0"
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ["ALLOWED_HOSTS"] = "127.0.0.1"
os.environ["PORTAL_REQUIRE_MFA"] = "0"
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from bench.queries import COMMON_WORDS, professional_queries  # noqa: E402
from organisations.models import Intervention, LifePhase, Municipality  # noqa: E402
from organisations.search import index as search_index  # noqa: E402
from organisations.search import query as search_query  # noqa: E402

# The static files as the development server serves them: the manifest (collectstatic) is the
# only production setting this leaves out; looking a name up in it costs next to nothing.
STATIC = override_settings(
    STORAGES={
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
)


def search_urls() -> list[str]:
    """The professional queries as bench/run.py asks them (a quarter with facets)."""
    rng = random.Random(1)
    municipalities = list(Municipality.objects.values_list("slug", flat=True))
    phases = list(LifePhase.objects.values_list("slug", flat=True))
    urls = []
    for index, text in enumerate(professional_queries()):
        params = {"q": text}
        if index % 4 == 0:
            params |= {"gemeente": rng.choice(municipalities), "levensfase": rng.choice(phases)}
        urls.append("/zoeken/?" + urlencode(params))
    return urls


def forget_visits() -> None:
    """Everything a process keeps per text or per result, so the next visit is a first one;
    the search index itself (built once per directory version) stays."""
    index = search_index._index
    if index is not None:
        for name in ("searches", "nearness", "unknown_words"):
            kept = getattr(index, name, None)
            if kept is not None:
                kept.clear()
        if hasattr(index, "remembered_bytes"):
            index.remembered_bytes = 0
    caches["fragments"].clear()
    # The stems of search words; those of the taxonomy terms (texts of several words) stay, as
    # a worker keeps them from its first search on.
    stems = getattr(search_query, "_lexemes", None)
    if isinstance(stems, dict):
        for text in [text for text in stems if len(text.split()) == 1]:
            del stems[text]


def visit(client: Client, urls: list[str], *, first: bool) -> tuple[list[float], list[int]]:
    """CPU ms and SQL queries of each URL; `first`: as a first visit of each text."""
    cpu, queries = [], []
    for url in urls:
        if first:
            forget_visits()
        with CaptureQueriesContext(connection) as captured:
            start = time.process_time()
            response = client.get(url)
            cpu.append((time.process_time() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries.append(len(captured.captured_queries))
    return cpu, queries


def percentile(values: list[float], p: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(name: str, cpu: list[float], queries: list[int]) -> dict:
    figures = {
        "cpu_p50_ms": round(statistics.median(cpu), 1),
        "cpu_p95_ms": round(percentile(cpu, 95), 1),
        "cpu_mean_ms": round(statistics.mean(cpu), 1),
        "queries_max": max(queries),
        "queries_p50": statistics.median(queries),
    }
    print(
        f"{name:<32}{figures['cpu_p50_ms']:>9}{figures['cpu_p95_ms']:>9}"
        f"{figures['cpu_mean_ms']:>9}{figures['queries_max']:>8}{figures['queries_p50']:>8}"
    )
    return figures


def memory_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak (VmRSS, VmHWM), in MB."""
    status = Path("/proc/self/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return tuple(int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM"))


def top_allocations(snapshot: tracemalloc.Snapshot, limit: int = 15) -> None:
    stats = snapshot.filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen*")]
    ).statistics("lineno")
    total = sum(stat.size for stat in stats)
    print(f"  kept by Python allocations: {total / 2**20:.1f} MB; the largest sites:")
    for stat in stats[:limit]:
        frame = stat.traceback[0]
        where = os.path.relpath(frame.filename, ROOT) if frame.filename.startswith("/") else ""
        print(f"  {stat.size / 2**20:8.2f} MB {stat.count:>9} blocks  {where}:{frame.lineno}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each kind of visit")
    parser.add_argument("--profile", type=int, default=0, help="cProfile's top N functions")
    parser.add_argument(
        "--profile-visit", choices=["first", "repeat"], default="first", help="which to profile"
    )
    parser.add_argument("--memory", action="store_true", help="tracemalloc and resident memory")
    parser.add_argument("--signed-in", action="store_true", help="as the busiest organisation")
    parser.add_argument(
        "--queries-over", type=int, help="list the statements of first visits needing more"
    )
    args = parser.parse_args()
    STATIC.enable()
    client = Client(HTTP_HOST="127.0.0.1")
    if args.signed_in:
        from django.contrib.auth import get_user_model

        from bench.scale_data import INBOX_ACCOUNT

        client.force_login(get_user_model().objects.get(email=INBOX_ACCOUNT))
    urls, common = search_urls(), ["/zoeken/?" + urlencode({"q": w}) for w in COMMON_WORDS]
    print(f"database: {connection.vendor}, interventions: {Intervention.objects.count()}")

    if args.memory:
        gc.collect()
        print("resident memory before the index: {:.0f} MB (peak {:.0f} MB)".format(*memory_mb()))
        tracemalloc.start()
    start = time.process_time()
    client.get("/zoeken/")  # builds the search index (and loads taxonomies, places)
    print(f"first search page (builds the index): {(time.process_time() - start) * 1000:.0f} ms")
    if args.memory:
        gc.collect()
        built = tracemalloc.take_snapshot()
        tracemalloc.stop()
        print("resident memory with the index: {:.0f} MB (peak {:.0f} MB)".format(*memory_mb()))
        top_allocations(built)

    visit(client, urls + common, first=False)  # warm-up: templates, stems, the stemmer's cache
    header = f"{'p50 ms':>9}{'p95 ms':>9}{'mean ms':>9}{'SQL max':>8}{'p50':>8}"
    print(f"{'CPU per request':<32}{header}")
    results = {}
    for name, group in (("search", urls), ("common words", common)):
        for first in (True, False):
            cpu, queries = [], []
            if not first:
                visit(client, group, first=False)  # each text seen once
            for _round in range(args.rounds):
                more_cpu, more_queries = visit(client, group, first=first)
                cpu += more_cpu
                queries += more_queries
            label = f"{name}, {'first' if first else 'repeat'} visit"
            results[label] = report(label, cpu, queries)

    if args.queries_over is not None:
        for url in urls + common:
            forget_visits()
            with CaptureQueriesContext(connection) as captured:
                client.get(url)
            if len(captured.captured_queries) > args.queries_over:
                print(f"{len(captured.captured_queries)} queries: {url}")
                for query in captured.captured_queries:
                    print(f"    {query['sql'][:150]}")

    if args.profile:
        profiler = cProfile.Profile(time.process_time)  # CPU, not waiting for the database
        first = args.profile_visit == "first"
        if not first:
            visit(client, urls, first=False)
        profiler.enable()
        visit(client, urls, first=first)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        print(out.getvalue().replace(str(ROOT) + "/", ""))

    if args.memory:
        gc.collect()
        tracemalloc.start()
        visit(client, urls + common, first=False)  # repeat visits: what the process keeps
        gc.collect()
        kept = tracemalloc.take_snapshot()
        tracemalloc.stop()
        print("after the searches:")
        top_allocations(kept, limit=8)
        print("resident memory after the searches: {:.0f} MB (peak {:.0f} MB)".format(*memory_mb()))
    print(results)


if __name__ == "__main__":
    main()
