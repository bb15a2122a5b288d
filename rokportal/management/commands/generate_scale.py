"""`manage.py generate_scale`: a national directory and years of referrals, for benchmarks.

    manage.py generate_scale --organisations 20000 --interventions 60000 --contacts 40000 \\
        --referrals 200000 --seed 1
    manage.py generate_scale --scale small      # a quick variant for CI

The generator lives in `bench/scale_data.py`. The same seed gives the same data. Generated rows
are marked (slugs `schaal-…`, addresses `@schaal.example`): a second run refuses unless
`--replace`, which removes them first. It refuses when DEBUG is off unless `--force`, so that a
production database is never filled by accident. Everything happens in one transaction: a run
that fails leaves the database as it was.
"""

from __future__ import annotations

import datetime
import secrets
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.urls import reverse

from bench import scale_data


class Command(BaseCommand):
    help = (
        "Generate national-scale data (all Dutch municipalities, organisations, interventions, "
        "contact persons, accounts, clients, consent and referrals in every status) for "
        "benchmarks. Deterministic for a --seed. Not for production: refuses when DEBUG is off "
        "unless --force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scale",
            choices=sorted(scale_data.SCALES),
            default="default",
            help="Preset sizes: default (20,000 organisations, 60,000 interventions, 40,000 "
            "contact persons, 200,000 referrals) or small (500/1,500/1,000/3,000, for CI). "
            "The options below override single sizes.",
        )
        for name in ("organisations", "interventions", "contacts", "referrals"):
            parser.add_argument(f"--{name}", type=positive, help=f"Number of {name}.")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--anchor",
            type=datetime.date.fromisoformat,
            default=scale_data.ANCHOR,
            help="The day all generated dates count back from (default "
            f"{scale_data.ANCHOR.isoformat()}).",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Remove previously generated data (and what refers to it) first.",
        )
        parser.add_argument("--force", action="store_true", help="Run even though DEBUG is off.")
        parser.add_argument(
            "--password",
            help=f"Password of the sign-in account {scale_data.INBOX_ACCOUNT} (default: a new "
            "random one, printed at the end).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this looks like a production database. Generated data is for "
                "benchmarks only; add --force if this database really is a scratch database."
            )
        preset = scale_data.SCALES[options["scale"]]
        sizes = scale_data.Sizes(
            **{
                name: options[name] or getattr(preset, name)
                for name in ("organisations", "interventions", "contacts", "referrals")
            }
        )
        password = options["password"] or secrets.token_urlsafe(12)
        started = time.perf_counter()
        try:
            with transaction.atomic():
                if scale_data.generated_data_exists():
                    if not options["replace"]:
                        raise CommandError(
                            "Generated data is already present. Use --replace to remove it and "
                            "generate anew."
                        )
                    removed = scale_data.delete_generated()
                    self.stdout.write(
                        f"  removed {removed:,} previously generated rows: "
                        f"{time.perf_counter() - started:.1f} s"
                    )
                summary = scale_data.generate(
                    sizes,
                    seed=options["seed"],
                    anchor=options["anchor"],
                    password=password,
                    progress=lambda line: self.stdout.write(f"  {line}"),
                )
        except scale_data.GenerationRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        self.stdout.write(f"  committed: {time.perf_counter() - started:.1f} s after the start")
        if seconds := scale_data.vacuum_analyse():
            self.stdout.write(f"  VACUUM (ANALYZE): {seconds:.1f} s")
        self.report(summary, options["seed"], time.perf_counter() - started)

    def report(self, summary: scale_data.Summary, seed: int, seconds: float) -> None:
        self.stdout.write(self.style.MIGRATE_HEADING("\nGenerated"))
        for label, count in sorted(summary.counts.items()):
            self.stdout.write(f"  {label:<32} {count:>9,}")
        self.stdout.write(
            f"  {'municipalities with organisations':<32} {summary.municipalities:>9,}"
        )
        self.stdout.write(self.style.MIGRATE_HEADING("\nBusy organisation (inbox benchmark)"))
        page = reverse("organisations:organisation_detail", args=[summary.busy_slug])
        self.stdout.write(f"  {summary.busy_name}: {page}")
        self.stdout.write(f"  slug                {summary.busy_slug}")
        self.stdout.write(f"  referrals received  {summary.busy_received:,} (drafts excluded)")
        self.stdout.write(f"  sign in as          {summary.account}")
        self.stdout.write(f"  password            {summary.password}")
        self.stdout.write(f"  TOTP secret         {summary.totp_secret} (second factor)")
        self.stdout.write(f"  fingerprint         {summary.fingerprint[:16]} (seed {seed})")
        self.stdout.write(self.style.SUCCESS(f"Done in {seconds:.0f} s."))


def positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number
