"""The admin in a real browser: a curator logs in, finds an agency by one of its
aliases, opens it with its evidence, and accepts it from the list.

Drives Debian's headless Chromium through playwright against pytest-django's
live server; screenshots go to the test's tmp_path.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from cooperation.models import Agency, AgencyKind, ReviewState

# playwright's sync API runs an event loop in this thread; Django's ORM calls made
# by the test itself are still synchronous and safe.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Chromium is not installed at /usr/bin/chromium (Debian: apt-get "
        "install --no-install-recommends chromium)",
    ),
]


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()


@pytest.fixture
def anssi(
    transactional_db,
    country,
    other_country,
    agency_factory,
    agreement_factory,
    article_factory,
    evidence_factory,
):
    anssi = agency_factory(
        "National Cybersecurity Agency of France",
        acronym="ANSSI",
        aliases=["Agence nationale de la sécurité des systèmes d'information"],
        country=country,
    )
    vncert = agency_factory(
        "Vietnam Computer Emergency Response Team",
        acronym="VNCERT",
        kind=AgencyKind.CERT,
        country=other_country,
    )
    article = article_factory(
        "On 19 December 2019 ANSSI and VNCERT signed a memorandum of understanding "
        "on cybersecurity cooperation in Hanoi. The two agencies will exchange "
        "information on threats.",
        title="France and Vietnam sign cybersecurity MoU",
    )
    sentence = article.text.split(" The two")[0]
    agreement_factory(
        title="ANSSI–VNCERT memorandum of understanding",
        parties=[anssi, vncert],
        countries=[country, other_country],
    )
    evidence_factory(anssi, article, sentence=sentence)
    evidence_factory(vncert, article, sentence=sentence)
    return anssi


def test_curator_finds_an_agency_by_alias_and_accepts_it(
    live_server, page, anssi, django_user_model, tmp_path
):
    django_user_model.objects.create_superuser(
        username="curator", email="c@example.org", password="curator-password"
    )
    page.goto(f"{live_server.url}/admin/")
    assert "/admin/login/" in page.url
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-password")
    page.click("input[type=submit]")
    assert page.locator("#site-name").inner_text() == "Cyber Cooperation Tracker"

    page.goto(f"{live_server.url}/admin/cooperation/agency/")
    page.fill("#searchbar", "sécurité des systèmes")
    page.press("#searchbar", "Enter")
    page.wait_for_url(re.compile(r"\?q="))
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1
    assert "ANSSI" in rows.first.inner_text()

    rows.first.locator("th a").click()
    page.wait_for_url(re.compile(rf"/agency/{anssi.pk}/change/"))
    assert page.input_value("#id_acronym") == "ANSSI"
    assert "Agence nationale" in page.input_value("#id_aliases")
    assert "VNCERT signed a memorandum" in page.content()
    page.screenshot(path=tmp_path / "agency_change.png", full_page=True)

    page.go_back()
    page.check(f"input[name=_selected_action][value='{anssi.pk}']")
    page.select_option("select[name=action]", "accept_selected")
    page.click("button[name=index]")
    message = page.locator("ul.messagelist li.success")
    assert message.inner_text() == "Accepted 1 agency."
    page.screenshot(path=tmp_path / "agency_accepted.png", full_page=True)
    assert (tmp_path / "agency_accepted.png").stat().st_size > 10_000

    anssi.refresh_from_db()
    assert anssi.review_state == ReviewState.ACCEPTED
    assert anssi.reviewed_by.username == "curator"


def test_article_page_shows_text_with_evidence_marked(
    live_server, page, anssi, django_user_model, tmp_path
):
    django_user_model.objects.create_superuser(
        username="curator", email="c@example.org", password="curator-password"
    )
    article = anssi.evidence.get().article
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-password")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/cooperation/article/{article.pk}/change/")
    marked = page.locator(".article-text mark")
    assert marked.count() == 1
    assert marked.first.inner_text().startswith("On 19 December 2019 ANSSI")
    extracted = page.locator(".field-extracted_records")
    assert "National Cybersecurity Agency of France" in extracted.inner_text()
    assert Agency.objects.count() == 2
    page.screenshot(path=tmp_path / "article_change.png", full_page=True)


def test_curator_merges_duplicate_agencies_on_the_confirmation_page(
    live_server, page, anssi, agency_factory, django_user_model, tmp_path
):
    django_user_model.objects.create_superuser(
        username="curator", email="c@example.org", password="curator-password"
    )
    duplicate = agency_factory(
        "Agence nationale de la sécurité des systèmes d'information",
        acronym="ANSSI",
        website="https://cyber.gouv.fr",
    )
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-password")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/cooperation/agency/?duplicates=acronym")
    assert page.locator("#result_list tbody tr").count() == 2
    page.check("#action-toggle")
    page.select_option("select[name=action]", "merge_selected")
    page.click("button[name=index]")

    assert page.locator("h1").inner_text() == "Merge agencies"
    page.check(f"#survivor-{anssi.pk}")
    page.screenshot(path=tmp_path / "merge_confirmation.png", full_page=True)
    page.click("input[type=submit][value='Merge into the chosen agency']")
    message = page.locator("ul.messagelist li.success").inner_text()
    assert message.startswith("Merged Agence nationale")
    page.screenshot(path=tmp_path / "merged.png", full_page=True)

    assert not Agency.objects.filter(pk=duplicate.pk).exists()
    anssi.refresh_from_db()
    assert anssi.website == "https://cyber.gouv.fr"
    assert anssi.history.latest().history_change_reason.startswith("Merged ")
