"""Browser tests: Debian's Chromium driven by Playwright's sync API against a live test server.

Chromium is the system package (`apt-get install chromium`, /usr/bin/chromium; E2E_CHROMIUM
points elsewhere), not Playwright's download, so no `playwright install` is needed. Without
Chromium or Playwright the tests are skipped with the reason; with the environment variable CI set
(`.ci/run` sets it) they fail instead, because CI must run them. `-m "not e2e"` leaves them out.
Screenshots go to build/e2e-screenshots/ (outside git; E2E_SCREENSHOT_DIR moves it).

The demo data (`load_demo`, `load_demo_referrals`) takes 10 s on SQLite and 30 s on PostgreSQL,
too long to repeat for every journey. So the journeys share one copy, loaded once for this
package, served by one live server, and flushed afterwards, which is what pytest-django's own
`live_server` + `transactional_db` do after every test. Each journey therefore works on its own
demo users, families and entries, and does not depend on the others or on their order.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import override_settings

from organisations.reference_data import load_reference_data

from .portal import CHROMIUM, DEMO_PASSWORD, Portal

BASE_DIR = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = Path(os.environ.get("E2E_SCREENSHOT_DIR", BASE_DIR / "build" / "e2e-screenshots"))

LAUNCH_ARGS = [
    "--no-sandbox",  # root in a container; the only pages are our own
    "--disable-background-networking",  # no update checks, safe browsing or other calls home
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--disable-dev-shm-usage",  # small /dev/shm in containers
    "--no-first-run",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
]


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="package")
def browser() -> Iterator:
    """One headless Chromium for the browser tests; each user in a test gets its own context."""
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing}: CI must run the browser tests", pytrace=False)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio event loop running in this thread, so Django would
    # refuse ORM calls here (loading the demo data, pytest-django's transaction around each test,
    # the flush) as "async unsafe". They are safe: nothing else runs on that loop. Set only while
    # the browser lives.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
            )
            yield chromium
            chromium.close()


@pytest.fixture(scope="package")
def demo_server(browser, django_db_setup, django_db_blocker, request) -> Iterator[str]:
    """A live server over the demo directory, accounts (password DEMO_PASSWORD) and referrals.

    pytest-django's `live_server` would flush the database after every test (it needs
    `transactional_db`); its LiveServer class is used here directly instead. The tests are
    marked `django_db` so that pytest-django creates the test database; database access stays
    open while the journeys run, because the server thread needs it. (On SQLite the server
    shares the test's in-memory connection, so what a journey changes is rolled back after it;
    on PostgreSQL it stays until the flush. The journeys rely on neither.)
    """
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        database = str(connection.settings_dict["NAME"])
        # Never load into (or flush) a real database: only into the one pytest-django made.
        assert database.startswith("test_") or "memory" in database, database
        try:
            # The tests' fast hasher (tests/conftest.py) is a per-test setting; sign-in checks
            # the demo passwords with it, so they are hashed with it too.
            with override_settings(
                PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]
            ):
                call_command("load_demo", password=DEMO_PASSWORD, stdout=io.StringIO())
                call_command("load_demo_referrals", stdout=io.StringIO())
            address = request.config.getvalue("liveserver") or "localhost"
            server = LiveServer(address)
            server._live_server_modified_settings.enable()
            try:
                yield server.url
            finally:
                server._live_server_modified_settings.disable()
                server.stop()
        finally:
            call_command("flush", interactive=False, verbosity=0)
            # The flush took the reference data that migrate gave the database, which the tests
            # after these journeys find there (tests/organisations/test_reference_data.py).
            load_reference_data(apps)
            # While Playwright's loop runs, Django keeps this thread's connections apart (asgiref
            # treats the thread as async); close them now, or PostgreSQL refuses to drop the test
            # database at the end because this session is still open.
            connections.close_all()


@pytest.fixture
def portal(browser, demo_server, request) -> Iterator[Portal]:
    """The portal as its users see it: a browser context per user, checks and screenshots."""
    name = re.sub(r"[^\w.-]+", "-", request.node.name).strip("-")
    screenshots = SCREENSHOT_DIR / name
    shutil.rmtree(screenshots, ignore_errors=True)
    portal = Portal(browser, demo_server, screenshots)
    yield portal
    portal.close()
