"""The barrier register tried as a coordinator would: register a barrier, solve it within
the rules, write a factsheet; then an anonymous visitor reads the factsheet. All names
are fictional."""
import re

from conftest import api, fictional_organisation, login, screenshot
from playwright.sync_api import expect
from test_accessibility import violations

ORGANISATION = "Fictief Zorghuis De Drempel"


def test_coordinator_solves_a_barrier_and_the_public_reads_the_factsheet(page, server, browser):
    fictional_organisation(server, ORGANISATION, "GM0344")
    api(server, "POST", "/api/v1/funding-schemes", {"name": "Fictieve regeling Leren in de Praktijk", "funder": "Fictief Fonds Voorbeeld",
                                                    "conditions": "Fictieve voorwaarden voor deze test.", "deadlines": ["2099-03-01"]})
    login(page)

    # 1. Register an open barrier, reached from the collaboration overview.
    page.goto("/samenwerking")
    page.get_by_role("link", name="Belemmeringen en regelingen").click()
    expect(page.locator("h1")).to_have_text("Belemmeringen")
    page.get_by_role("link", name="Belemmering vastleggen").first.click()
    page.get_by_label("Titel").fill("Fictieve belemmering: BBL-leerling mag niet alleen op de avonddienst")
    page.get_by_label("Beschrijving").fill("Volgens ons protocol mag een BBL-leerling in het eerste jaar geen avonddienst zonder collega draaien.")
    page.get_by_label("Regelgeving").check()
    page.get_by_label(ORGANISATION, exact=True).check()
    page.get_by_label("Betrokken regels").fill("Fictief protocol avonddiensten, art. 2")
    page.get_by_label("Fictieve regeling Leren in de Praktijk").check()
    page.get_by_label(re.compile("^Openbaar: iedereen kan deze belemmering")).check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De belemmering is vastgelegd.")
    expect(page.get_by_role("region", name="Status")).to_contain_text("Vastgelegd als Open")
    assert violations(page) == []
    screenshot(page, "belemmering-open")

    # 2. Solved within the rules: without a solution the form says what is missing.
    page.get_by_role("link", name="Bewerken").click()
    page.get_by_label("Opgelost binnen de regels").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".error-summary")).to_contain_text("Beschrijf de oplossing")
    assert violations(page) == []
    page.get_by_label("Oplossing").fill("Het protocol staat het toe als een collega op afroep is; de regels zelf verbieden het niet.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("Je wijzigingen zijn opgeslagen.")
    status = page.get_by_role("region", name="Status")
    expect(status).to_contain_text("Van Open naar Opgelost binnen de regels")
    expect(status).to_contain_text("Carla Coördinator")
    screenshot(page, "belemmering-opgelost")

    # 3. The factsheet, from the barrier's page.
    page.get_by_role("link", name="Schrijf een factsheet").click()
    expect(page.get_by_label("Antwoord")).to_have_value(re.compile("collega op afroep"))
    page.get_by_label("Vraag").fill("Mag een BBL-leerling alleen een avonddienst draaien?")
    page.get_by_label("Wat de regels zeggen").fill("Fictief: de regels vragen toezicht, niet dat iemand naast je staat.")
    page.get_by_label("Openbaar: iedereen kan deze factsheet zien").check()
    assert violations(page) == []
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De factsheet is opgeslagen.")
    factsheet = page.url
    for path in ["/belemmeringen", "/factsheets", "/regelingen"]:
        page.goto(path)
        assert violations(page) == [], path
    screenshot(page, "regelingen")

    # 4. An anonymous visitor finds and reads the factsheet; the organisation stays hidden.
    visitor = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900}, locale="nl-NL").new_page()
    visitor.goto("/factsheets")
    visitor.get_by_label("Zoek op woorden").fill("avonddienst")
    visitor.get_by_role("button", name="Zoek").click()
    visitor.get_by_role("link", name="Mag een BBL-leerling alleen een avonddienst draaien?").click()
    assert visitor.url == factsheet
    expect(visitor.locator("h1")).to_have_text("Mag een BBL-leerling alleen een avonddienst draaien?")
    expect(visitor.get_by_role("region", name="Antwoord")).to_contain_text("collega op afroep")
    assert violations(visitor) == []
    screenshot(visitor, "factsheet-publiek")
    visitor.get_by_role("link", name=re.compile("BBL-leerling mag niet alleen")).click()
    expect(visitor.get_by_role("region", name="Status")).to_contain_text("Van Open naar Opgelost binnen de regels")
    expect(visitor.locator("main")).not_to_contain_text(ORGANISATION)
    assert violations(visitor) == []
    screenshot(visitor, "belemmering-publiek")
    visitor.context.close()
