"""The load bench/run.py drives, one endpoint per phase, from its own process.

bench/run.py writes the targets (URLs per phase, an account) to the JSON file named by
BENCH_TARGETS and picks the phase with BENCH_PHASE; this file only sends requests.
"""

import json
import os
import random
import re
from pathlib import Path

from locust import HttpUser, constant, task

TARGETS = json.loads(Path(os.environ["BENCH_TARGETS"]).read_text())
PHASE = os.environ["BENCH_PHASE"]
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Professional(HttpUser):
    """One of the concurrent users: hits the phase's endpoint as fast as it answers."""

    wait_time = constant(0)

    def on_start(self) -> None:
        self.random = random.Random(id(self))
        if PHASE in ("inbox", "referral"):  # bench/run.py: SIGNED_IN_PHASES
            page = self.client.get("/accounts/login/", name="sign in").text
            self.client.post(
                "/accounts/login/",
                {
                    "username": TARGETS["account"]["email"],
                    "password": TARGETS["account"]["password"],
                    "csrfmiddlewaretoken": TOKEN.search(page).group(1),
                },
                name="sign in",
                allow_redirects=False,  # the search page it leads to is not this phase's
            )

    @task
    def visit(self) -> None:
        self.client.get(self.random.choice(TARGETS["urls"][PHASE]), name=PHASE)
