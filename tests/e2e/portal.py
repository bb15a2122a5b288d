"""What the journeys do in the browser: open pages as a user, switch language, sign in, and check
every page the same way (axe, no horizontal scrolling at 360 px, screenshots, no console errors).

Playwright is imported only for type checking: without it the tests skip (or fail in CI) in
conftest.py instead of failing to import.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

# Debian's package (apt-get install chromium); E2E_CHROMIUM points elsewhere if need be.
CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
AXE_SOURCE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
# axe is served at this same-origin path by a Playwright route (never by the portal), so the
# page's strict Content-Security-Policy (script-src 'self') stays on while the tests run.
AXE_PATH = "/__e2e__/axe.min.js"
DEMO_PASSWORD = "e2e-demo-wachtwoord"

DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 360, "height": 780}

# WCAG 2.1 A and AA, plus axe's best practices (landmarks, heading order, skip link).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}
# Best-practice rules the issue names explicitly (skip link, landmarks, headings in order): they
# fail whatever impact axe gives them.
ALWAYS_FAILING = {
    "bypass",
    "heading-order",
    "landmark-one-main",
    "landmark-no-duplicate-main",
    "landmark-unique",
    "page-has-heading-one",
    "region",
    "skip-link",
}
RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary || ""})),
  }));
}"""


@dataclass
class Violation:
    id: str
    impact: str | None
    help: str
    help_url: str
    nodes: list[dict[str, str]]

    def __str__(self) -> str:
        lines = [f"- {self.id} [{self.impact}]: {self.help} ({self.help_url})"]
        for node in self.nodes[:8]:
            summary = " ".join(node["summary"].split())
            lines.append(f"    {node['target']}\n      {summary[:300]}")
        if len(self.nodes) > 8:
            lines.append(f"    … and {len(self.nodes) - 8} more elements")
        return "\n".join(lines)


def axe_violations(page: Page) -> list[Violation]:
    """Every violation axe-core finds on the page as it is now (all impacts)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(url=AXE_PATH)
    return [
        Violation(v["id"], v["impact"], v["help"], v["helpUrl"], v["nodes"])
        for v in page.evaluate(RUN_AXE, AXE_TAGS)
    ]


def assert_accessible(page: Page) -> list[Violation]:
    """Fail on serious or critical axe violations (and on the rules in ALWAYS_FAILING).

    Returns the minor and moderate ones that remain, for whoever wants to look at them.
    """
    violations = axe_violations(page)
    failing = [v for v in violations if v.impact in FAILING_IMPACTS or v.id in ALWAYS_FAILING]
    if failing:
        lang = page.locator("html").get_attribute("lang")
        report = "\n".join(str(v) for v in failing)
        raise AssertionError(
            f"axe: {len(failing)} violation(s) on {page.url} (lang={lang}):\n{report}"
        )
    return violations


def horizontal_overflow(page: Page) -> list[str]:
    """The innermost elements that reach beyond the viewport (what makes the page scroll
    sideways), each with its width."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          const over = (el) => el.getBoundingClientRect().right > width + 1;
          return [...document.querySelectorAll("body *")]
            .filter((el) => over(el) && ![...el.children].some(over))
            .slice(0, 10)
            .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
              + (typeof el.className === "string" && el.className.trim()
                 ? "." + el.className.trim().split(/\\s+/).join(".") : "")
              + " (" + Math.round(el.getBoundingClientRect().width) + " px: "
              + JSON.stringify((el.textContent || "").trim().slice(0, 40)) + ")");
        }"""
    )


# Each user's browser asks for the other language first, so both runs use the language switch.
BROWSER_LOCALE = {"nl": "en-GB", "en": "nl-NL"}
LANGUAGE_NAME = {"nl": "Nederlands", "en": "English"}


def say(lang: str, nl: str, en: str) -> str:
    """The Dutch or the English text the page shows."""
    return nl if lang == "nl" else en


@dataclass
class Portal:
    """The portal in one browser, for one test; each user gets a context of their own."""

    browser: Browser
    base_url: str
    screenshot_dir: Path
    contexts: list[BrowserContext] = field(default_factory=list)
    languages: dict[Page, str] = field(default_factory=dict)
    console_errors: dict[Page, list[str]] = field(default_factory=dict)
    shots: int = 0

    # --- Users and pages ---

    def new_page(self, lang: str) -> Page:
        """A fresh browser (its own cookies) for a user who works in `lang`.

        The browser asks for the other language, so the user picks theirs with the switch in
        the page header the first time `visit` opens a page.
        """
        context = self.browser.new_context(
            base_url=self.base_url,
            viewport=DESKTOP,
            locale=BROWSER_LOCALE[lang],
            timezone_id="Europe/Amsterdam",
        )
        context.set_default_timeout(10_000)
        context.route(
            f"{self.base_url}{AXE_PATH}",
            lambda route: route.fulfill(path=AXE_SOURCE, content_type="text/javascript"),
        )
        self.contexts.append(context)
        page = context.new_page()
        self.languages[page] = lang
        errors: list[str] = []
        self.console_errors[page] = errors
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(str(error)))
        return page

    def close(self) -> None:
        for context in self.contexts:
            context.close()

    def visit(self, page: Page, path: str) -> None:
        """Open a page; the first time, choose the user's language with the language switch."""
        page.goto(path)
        lang = self.languages[page]
        if page.locator("html").get_attribute("lang") != lang:
            switch = page.locator(".language-switch")
            switch.get_by_role("button", name=LANGUAGE_NAME[lang]).click()
            page.wait_for_selector(f"html[lang='{lang}']")

    def sign_in(self, page: Page, email: str, *, check: bool = False) -> None:
        """Sign in on /accounts/login/ with the demo password (the second step is off in tests);
        `check` checks the sign-in page too."""
        lang = self.languages[page]
        self.visit(page, "/accounts/login/")
        if check:
            self.check(page, "login", screenshots=True)
        page.get_by_label(say(lang, "E-mailadres", "E-mail address")).fill(email)
        page.get_by_label(say(lang, "Wachtwoord", "Password")).fill(DEMO_PASSWORD)
        page.get_by_role("button", name=say(lang, "Inloggen", "Sign in")).click()
        page.wait_for_load_state()
        assert "/accounts/login/" not in page.url, f"{email} could not sign in"

    # --- Checks ---

    def check(self, page: Page, name: str, *, screenshots: bool = False) -> None:
        """Check the page as it is now, in the user's language: the language is still the one
        chosen, axe finds nothing serious, the console shows no errors (such as a refused
        Content-Security-Policy), and at 360 px nothing scrolls sideways. Key pages also get
        `screenshots` at 1280 and 360 px."""
        lang = self.languages[page]
        assert page.locator("html").get_attribute("lang") == lang, f"{page.url} is not in {lang}"
        assert_accessible(page)
        errors = self.console_errors[page]
        assert not errors, f"browser console errors on {page.url}:\n" + "\n".join(
            f"{errors.count(error)}× {error}" for error in dict.fromkeys(errors)
        )
        stem = ""
        if screenshots:
            self.shots += 1
            stem = f"{self.shots:02d}-{re.sub(r'[^a-z0-9-]+', '-', name)}-{lang}"
            self.screenshot(page, f"{stem}-1280.png")
        page.set_viewport_size(NARROW)
        try:
            scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
            if stem:
                self.screenshot(page, f"{stem}-360.png")
            assert scroll_width <= NARROW["width"], (
                f"{page.url} scrolls sideways at 360 px (scrollWidth {scroll_width}); too wide: "
                + ", ".join(horizontal_overflow(page))
            )
        finally:
            page.set_viewport_size(DESKTOP)

    def screenshot(self, page: Page, filename: str) -> None:
        self.screenshot_dir.mkdir(parents=True, exist_ok=True)
        # caret="initial": hiding the text caret leaves style="" on every input, which htmx then
        # copies while swapping, and the Content-Security-Policy refuses (a test artefact).
        page.screenshot(path=self.screenshot_dir / filename, full_page=True, caret="initial")
