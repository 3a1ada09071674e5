"""Collaboration as the region's coordinator does it, in a real headless Chromium: a
development session, a coalition made from one of its ideas with three members and a
purpose case, two actions with progress, two Volgspots, the dashboard and its printed
A4 report (print preview screenshot and a PDF). Organisations are fictional and made here."""
import datetime
import re

from conftest import SCREENSHOTS, fictional_organisation, login, screenshot
from playwright.sync_api import expect
from test_accessibility import violations

MEMBERS = ["Fictief Zorghuis De Samenwerking", "Fictieve Thuiszorg Het Netwerk", "Fictief ROC De Leerlijn"]
SCORES = {"gedeelde-ambitie": 4, "eigenaarschap": 3, "samenwerking": 4, "resultaten": 2, "borging": 2, "leren-en-bijsturen": 3}


def days_ago(n):
    return (datetime.date.today() - datetime.timedelta(days=n)).isoformat()


def quarter(date):
    return f"{date.year}-Q{(date.month - 1) // 3 + 1}"


def review(page, date, scores, narrative):
    page.get_by_label("Datum van het gesprek").fill(date)
    for dimension, score in scores.items():
        page.check(f'input[name="scores.{dimension}"][value="{score}"]')
    page.get_by_label("Toelichting").fill(narrative)
    page.get_by_label("Openbaar: iedereen kan deze Volgspot zien").check()
    page.get_by_role("button", name="Opslaan").click()


def test_coordinator_from_session_to_coalition_actions_review_and_printed_dashboard(page, server):
    for name, code in zip(MEMBERS, ["GM0344", "GM0307", "GM0356"]):
        fictional_organisation(server, name, code)
    login(page)

    # 1. A development session with its outcomes.
    page.goto("/ontwikkelsessies")
    page.get_by_role("link", name="Sessie vastleggen").first.click()
    page.get_by_label("Datum").fill(days_ago(30))
    page.get_by_label("Aantal deelnemers").fill("14")
    page.get_by_label("Titel").fill("Fictieve sessie: zij-instromers vasthouden")
    page.get_by_label("Vraag").fill("Hoe houden we zij-instromers in het eerste jaar vast?")
    for name in MEMBERS:
        page.get_by_label(name, exact=True).check()
    page.get_by_label("Ideeën").fill("Een gezamenlijke leerwerkplaats voor zij-instromers\nEen buddy voor elke zij-instromer")
    page.get_by_label("Belemmeringen").fill("Verletkosten bij begeleiding")
    page.get_by_label("Openbaar: iedereen kan deze sessie zien").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De sessie is vastgelegd.")
    expect(page.locator("h1")).to_have_text("Fictieve sessie: zij-instromers vasthouden")
    assert violations(page) == []
    screenshot(page, "samenwerking-sessie")

    # 2. The first idea becomes a coalition: the form starts with the idea and the session's organisations.
    page.get_by_role("link", name=re.compile(r"^Maak er een coalitie van\W+idee 1$")).click()
    expect(page.get_by_label("Regionale vraag")).to_have_value("Een gezamenlijke leerwerkplaats voor zij-instromers")
    page.get_by_label("Naam").fill("Fictieve coalitie Leerwerkplaats")
    page.get_by_label("Status").select_option(label="Actief")
    for i, name in enumerate(MEMBERS):
        expect(page.get_by_label(f"Organisatie {i + 1}", exact=True)).to_have_value(re.compile(".+"))
    page.get_by_label("Rol 1", exact=True).select_option(label="Trekker")
    page.get_by_label("Rol 3", exact=True).select_option(label="Financier")
    page.get_by_label("Openbaar: iedereen kan deze coalitie zien").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De coalitie is toegevoegd.")
    members = page.get_by_role("region", name="Leden")
    expect(members).to_contain_text("Leden (3)")
    expect(members).to_contain_text("Trekker")

    # 3. The purpose case: mixed units, Dutch thousands, one amount not yet known.
    page.get_by_role("link", name="Purpose case opstellen").click()
    page.get_by_label("Doel").fill("Samen meer zij-instromers opleiden en vasthouden")
    for i, name in enumerate(["Fictief Zorghuis De Samenwerking", "Fictieve gemeente Voorbeeld"]):
        page.get_by_label(f"Naam {i + 1}", exact=True).fill(name)
    rows = [("Fictief Zorghuis De Samenwerking", "Inbreng", "Begeleiding door werkbegeleiders", "uren", "320"),
            ("Fictief Zorghuis De Samenwerking", "Opbrengst", "Zij-instromers die blijven", "fte", "4"),
            ("Fictieve gemeente Voorbeeld", "Inbreng", "Subsidie leerwerkplaats", "euro", "25.000"),
            ("Fictieve gemeente Voorbeeld", "Opbrengst", "Minder uitkeringen", "euro", "")]
    for i, (who, direction, what, unit, amount) in enumerate(rows, start=1):
        page.get_by_label(f"Belanghebbende, regel {i}", exact=True).fill(who)
        page.get_by_label(f"Inbreng of opbrengst, regel {i}", exact=True).select_option(label=direction)
        page.get_by_label(f"Omschrijving, regel {i}", exact=True).fill(what)
        page.get_by_label(f"Eenheid, regel {i}", exact=True).fill(unit)
        page.get_by_label(f"Bedrag, regel {i}", exact=True).fill(amount)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De purpose case is opgeslagen.")
    case = page.get_by_role("region", name="Purpose case")
    expect(case).to_contain_text("€ 25.000,00")
    expect(case).to_contain_text("320 uur")
    expect(case).to_contain_text("Bij Fictieve gemeente Voorbeeld ontbreekt 1 bedrag (euro)")
    expect(case.locator("svg.purpose-chart")).to_be_visible()
    assert violations(page) == []
    coalition_url = page.url.split("#")[0]
    screenshot(page, "samenwerking-coalitie")

    # 4. Two actions: one from the coalition's page, one on the agenda; the first is already overdue.
    page.get_by_role("link", name="Actie toevoegen").click()
    page.get_by_label("Titel").fill("Fictieve actie: ruimte voor de leerwerkplaats vinden")
    page.get_by_label("Fase (kwartaal)").fill(quarter(datetime.date.today() - datetime.timedelta(days=120)))
    page.get_by_label("Deadline").fill(days_ago(10))
    page.get_by_label("Openbaar: iedereen kan deze actie zien").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De actie is toegevoegd.")
    expect(page.locator(".badges")).to_contain_text("Te laat")
    page.goto("/agenda/nieuw")
    page.get_by_label("Titel").fill("Fictieve actie: eerste groep zij-instromers werven")
    page.get_by_label("Decentraal: organisaties voeren de actie zelf uit").check()
    page.get_by_label(MEMBERS[1], exact=True).check()
    page.get_by_label("Fictieve coalitie Leerwerkplaats", exact=True).check()
    page.get_by_label("Fase (kwartaal)").fill(quarter(datetime.date.today()))
    page.get_by_label("Deadline").fill((datetime.date.today() + datetime.timedelta(days=150)).isoformat())
    page.get_by_label("Openbaar: iedereen kan deze actie zien").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De actie is toegevoegd.")

    # 5. Progress with a change of status.
    page.get_by_label("Status").select_option(label="Lopend")
    page.get_by_label("Wat is er gebeurd?").fill("Drie fictieve kandidaten hebben zich aangemeld; intake gepland.")
    page.get_by_role("button", name="Voortgang melden").click()
    expect(page.locator(".flash")).to_contain_text("De voortgang is gemeld.")
    progress = page.get_by_role("region", name="Voortgang")
    expect(progress).to_contain_text("status naar lopend")
    expect(progress).to_contain_text("Carla Coördinator")
    assert violations(page) == []
    screenshot(page, "samenwerking-actie")
    page.goto("/agenda?weergave=tijdlijn")
    expect(page.locator("svg.timeline-chart")).to_contain_text("te laat")
    assert violations(page) == []
    screenshot(page, "samenwerking-tijdlijn")
    page.goto("/agenda?weergave=te-laat")
    expect(page.locator("#resultaten")).to_have_text(re.compile(r"^2 acties"))
    expect(page.locator("table")).to_contain_text("Fictieve actie: ruimte voor de leerwerkplaats vinden")

    # 6. Two Volgspots of the coalition; the history shows the change.
    page.goto(coalition_url)
    page.get_by_role("link", name="Volgspot vastleggen").click()
    review(page, days_ago(60), {d: max(1, s - 1) for d, s in SCORES.items()}, "Start: partners zoeken elkaar op.")
    expect(page.locator(".flash")).to_contain_text("De Volgspot is vastgelegd.")
    page.goto(coalition_url)
    page.get_by_role("link", name="Volgspot vastleggen").click()
    review(page, days_ago(2), SCORES, "Goed op weg; borging vraagt aandacht.")
    page.goto(coalition_url)
    page.get_by_role("link", name="Bekijk het verloop van alle Volgspots").click()
    expect(page.locator("svg.review-chart")).to_be_visible()
    expect(page.get_by_role("region", name="Vergelijking")).to_contain_text("Vooruit op")
    assert violations(page) == []
    screenshot(page, "samenwerking-volgspot")

    # 7. The dashboard shows it, and prints as a clean A4 report.
    page.goto("/dashboard")
    expect(page.locator("main")).to_contain_text("Fictieve coalitie Leerwerkplaats")
    expect(page.locator("main")).to_contain_text("Drie fictieve kandidaten hebben zich aangemeld")
    assert violations(page) == []
    screenshot(page, "dashboard")
    page.emulate_media(media="print")
    expect(page.locator(".main-nav")).to_be_hidden()
    screenshot(page, "dashboard-afdrukvoorbeeld")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pdf = page.pdf(path=str(SCREENSHOTS / "dashboard.pdf"), format="A4", print_background=True, prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pdf.startswith(b"%PDF") and 1 <= pages <= 8, pages
    page.emulate_media(media="screen")
