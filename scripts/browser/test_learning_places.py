"""Learning places as an L&D advisor adds them: the form, the organisation's page and the
map layer. Organisations here are fictional and made by the test; the places lie in
municipalities the other tests do not count (Wijk bij Duurstede, Lopik)."""
import datetime
import re

from axe_playwright_python.sync_playwright import Axe
from conftest import api, fictional_organisation, login, screenshot
from playwright.sync_api import expect
from test_accessibility import WCAG


def in_months(months):
    """A day `months` months from today (the 1st, so every month has it)."""
    today = datetime.date.today()
    total = today.year * 12 + today.month - 1 + months
    return datetime.date(total // 12, total % 12 + 1, 1).isoformat()


def test_advisor_adds_a_learning_place_and_finds_it_on_the_organisation_and_the_map(page, server):
    organisation = fictional_organisation(server, "Fictieve Zorgboerderij Het Leerhof", "GM0352")
    login(page)
    page.goto(f"/organisaties/{organisation}")
    section = page.get_by_role("region", name="Leerplekken")
    expect(section).to_contain_text("Deze organisatie biedt nog geen leerplekken aan.")
    section.get_by_role("link", name="Leerplek toevoegen").click()

    # The organisation and its municipality come along from its page.
    expect(page.locator("h1")).to_have_text("Leerplek toevoegen")
    expect(page.get_by_label("Organisatie")).to_have_value(organisation.upper())
    expect(page.get_by_label("Gemeente")).to_have_value("GM0352")
    page.get_by_label("Soort").select_option(label="BBL-plek")
    page.get_by_label("Aantal plekken").fill("0")
    page.get_by_label("Begeleidingscapaciteit").fill("2")
    page.get_by_label("Startdatum").fill(in_months(1))
    page.get_by_label("Einddatum").fill(in_months(-1))
    page.get_by_role("button", name="Opslaan").click()
    # Mistakes come back in Dutch, beside the fields and in a summary that takes focus.
    summary = page.locator("#foutmeldingen")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Er zijn 2 dingen om te verbeteren")
    expect(page.locator("#fout-count")).to_contain_text("Aantal plekken moet een heel getal zijn van 1 tot en met 999")
    expect(page.locator("#fout-endDate")).to_contain_text("ligt vóór de startdatum")
    screenshot(page, "leerplek-formulier-fout")

    page.get_by_label("Aantal plekken").fill("3")
    page.get_by_label("Einddatum").fill(in_months(13))
    page.get_by_label("Bereidt voor op (beroep)").select_option(label="Helpende Zorg en Welzijn")
    page.get_by_label("Beschrijving").fill("Leren en werken in de dagbesteding van een fictieve zorgboerderij.")
    screenshot(page, "leerplek-formulier")
    page.get_by_role("button", name="Opslaan").click()

    expect(page.locator("h1")).to_have_text("3 BBL-plekken bij Fictieve Zorgboerderij Het Leerhof in Wijk bij Duurstede")
    expect(page.locator(".flash")).to_contain_text("De leerplek is toegevoegd.")
    # Fewer supervisors than places is allowed, and said.
    expect(page.get_by_text("Er kunnen 2 leerlingen tegelijk begeleid worden bij 3 plekken")).to_be_visible()
    expect(page.get_by_role("link", name="Helpende Zorg en Welzijn")).to_be_visible()
    screenshot(page, "leerplek")

    page.get_by_role("link", name="Fictieve Zorgboerderij Het Leerhof").click()
    section = page.get_by_role("region", name="Leerplekken")
    expect(section.locator("h2")).to_have_text("Leerplekken (3)")
    expect(section.get_by_role("link", name="3 BBL-plekken in Wijk bij Duurstede")).to_be_visible()
    section.scroll_into_view_if_needed()
    screenshot(page, "leerplekken-organisatie")

    # On the map: the learning places layer, by mouse and then by keyboard.
    page.goto("/kaart")
    page.get_by_role("navigation", name="Kaartlaag").get_by_role("link", name="Leerplekken").click()
    expect(page).to_have_url(re.compile(r"laag=leerplekken"))
    area = page.locator('.map-svg a[data-code="GM0352"]')
    assert area.get_attribute("aria-label") == "Wijk bij Duurstede: 3 open leerplekken"
    area.focus()
    expect(area).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"municipality=GM0352"))
    expect(page.locator("#resultaten")).to_have_text("Leerplekken in Wijk bij Duurstede (3)")
    expect(page.locator("#gemeente").get_by_role("cell", name="Fictieve Zorgboerderij Het Leerhof", exact=True)).to_be_visible()
    expect(page.locator('.map-svg a[data-code="GM0352"]')).to_have_class("selected")
    screenshot(page, "kaart-leerplekken")
    assert Axe().run(page, options=WCAG).response["violations"] == []

    # The filters of the layer: another kind leaves the municipality empty.
    page.get_by_label("Soort").select_option(label="Snuffelstage")  # the small script submits on change
    expect(page).to_have_url(re.compile(r"kind=snuffelstage"))
    expect(page.locator("#gemeente")).to_contain_text("Geen open leerplekken in Wijk bij Duurstede met deze filters.")
    assert page.locator('.map-svg a[data-code="GM0352"]').get_attribute("aria-label") == "Wijk bij Duurstede: 0 open leerplekken"


def test_list_filters_and_export(page, server):
    organisation = fictional_organisation(server, "Fictief Wijkteam Lopikerwaard", "GM0331")
    api(server, "POST", "/api/v1/learning-places", {"organisationId": organisation, "municipalityCode": "GM0331", "kind": "snuffelstage",
                                                    "count": 12, "supervisionCapacity": 1, "startDate": in_months(-1), "endDate": in_months(5)})
    page.goto("/leerplekken")
    expect(page.locator("h1")).to_have_text("Leerplekken")
    page.get_by_label("Gemeente").select_option(label="Lopik")
    expect(page).to_have_url(re.compile(r"municipality=GM0331"))
    expect(page.locator("#resultaten")).to_contain_text("12 leerplekken")
    expect(page.get_by_role("cell", name="Fictief Wijkteam Lopikerwaard", exact=True)).to_be_visible()
    screenshot(page, "leerplekken")
    assert Axe().run(page, options=WCAG).response["violations"] == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Exporteer CSV").click()
    text = open(download.value.path(), encoding="utf-8").read()
    assert "Fictief Wijkteam Lopikerwaard" in text and "snuffelstage" in text
