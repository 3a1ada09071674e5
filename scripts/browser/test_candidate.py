"""A candidate on a phone: the intake, impossible answers kept and explained, the results
with explanations, saving with consent, the JSON download and erasing everything.
The employer, modules and routes are fictional and made by the test (in Utrecht)."""
import json

from axe_playwright_python.sync_playwright import Axe
from conftest import api, fictional_organisation, screenshot
from playwright.sync_api import expect
from test_accessibility import WCAG
from test_learning_places import in_months

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True, "locale": "nl-NL"}


def fictional_offer(server):
    employer = fictional_organisation(server, "Fictieve Thuiszorg De Kompasroos", "GM0344")
    module = lambda title, skill, level, hours: api(server, "POST", "/api/v1/modules", {
        "title": title, "providerId": employer, "skills": [{"skill": skill, "level": level}], "hours": hours,
        "form": "klassikaal", "municipalityCodes": ["GM0344"]})["id"]
    lifting = module("Fictieve module Veilig tillen", "tillen-en-transfers", 2, 16)
    hygiene = module("Fictieve module Handhygiëne op de werkvloer", "handhygiene", 3, 8)
    for title, hours in [("Fictieve route Helpende in de wijk", 16), ("Fictieve route Helpende voltijd", 32)]:
        api(server, "POST", "/api/v1/learning-routes", {
            "title": title, "roleKey": "helpende-zorg-en-welzijn", "hoursPerWeek": hours, "employerIds": [employer],
            "targetGroups": ["zij-instromers"], "steps": [{"moduleId": lifting}, {"moduleId": hygiene}]})
    api(server, "POST", "/api/v1/learning-places", {
        "organisationId": employer, "municipalityCode": "GM0344", "kind": "bbl-plek", "count": 3, "supervisionCapacity": 2,
        "startDate": in_months(-1), "endDate": in_months(10), "roleKey": "helpende-zorg-en-welzijn"})


def no_violations(page):
    result = Axe().run(page, options=WCAG)
    assert result.violations_count == 0, result.generate_report()


def test_candidate_on_a_phone_finds_a_route_saves_downloads_and_erases(browser, server):
    fictional_offer(server)
    context = browser.new_context(base_url=server, **PHONE)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto("/kandidaat")
    expect(page.locator("h1")).to_have_text("Wat past bij mij?")
    screenshot(page, "kandidaat-intake", full_page=False)
    no_violations(page)

    # Impossible answers: negative hours and a postcode that cannot exist.
    page.get_by_label("Ik werk nu in een ander vak en wil de zorg in (zij-instromer)").check()
    page.locator("summary", has_text="Cliëntzorg").click()
    page.get_by_label("Persoonlijke verzorging").select_option("3")
    page.get_by_label("Hoeveel uur per week kun je werken en leren?").fill("-4")
    page.get_by_label("In welke gemeente woon je?").select_option(label="Utrecht")
    page.get_by_label("Je postcode (mag leeg)").fill("0000")
    page.get_by_label("Ik wil geld verdienen terwijl ik leer").check()
    page.get_by_role("button", name="Laat zien wat bij mij past").click()
    summary = page.locator("#foutmeldingen")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Uren per week moet een heel getal zijn van 0 tot en met 60.")
    expect(summary).to_contain_text("‘0000’ is geen bestaande postcode")
    # Everything typed is still there.
    expect(page.get_by_label("Ik werk nu in een ander vak en wil de zorg in (zij-instromer)")).to_be_checked()
    expect(page.get_by_label("Persoonlijke verzorging")).to_have_value("3")
    expect(page.get_by_label("Hoeveel uur per week kun je werken en leren?")).to_have_value("-4")
    expect(page.get_by_label("Je postcode (mag leeg)")).to_have_value("0000")
    expect(page.get_by_label("Ik wil geld verdienen terwijl ik leer")).to_be_checked()
    screenshot(page, "kandidaat-fouten", full_page=False)
    no_violations(page)

    page.get_by_label("Hoeveel uur per week kun je werken en leren?").fill("16")
    page.get_by_label("Je postcode (mag leeg)").fill("3511")
    page.get_by_role("button", name="Laat zien wat bij mij past").click()
    expect(page.locator("h1")).to_have_text("Wat past bij jou")
    routes = page.get_by_role("region", name="Leerroutes voor jou")
    expect(routes.get_by_role("link", name="Fictieve route Helpende in de wijk")).to_be_visible()
    expect(routes).to_contain_text("Je leert bij een werkgever, dus je kunt verdienen tijdens het leren.")
    roles = page.get_by_role("region", name="Werk dat bij je past")
    expect(roles).to_contain_text("Je hebt 1 van de 10 vaardigheden")
    expect(roles).to_contain_text("Fictieve Thuiszorg De Kompasroos in Utrecht (0 km)")
    page.locator("summary", has_text="Routes die nu niet passen").click()
    expect(page.get_by_text("Deze route vraagt 32 uur per week; jij hebt 16 uur.").first).to_be_visible()
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "kandidaat-resultaat", full_page=False)
    routes.scroll_into_view_if_needed()
    screenshot(page, "kandidaat-routes", full_page=False)
    no_violations(page)

    # Saving asks for consent first.
    page.get_by_role("button", name="Bewaar mijn profiel").click()
    expect(page.locator("#fout-consent")).to_contain_text("Zet een vinkje")
    page.get_by_label("Ik geef toestemming om mijn profiel te bewaren, zoals hierboven staat.").check()
    page.get_by_role("button", name="Bewaar mijn profiel").click()
    expect(page.locator("h1")).to_have_text("Je profiel is bewaard")
    code = page.locator(".code-box code").inner_text()
    assert len(code) == 32
    screenshot(page, "kandidaat-bewaard", full_page=False)

    page.get_by_role("link", name="Naar mijn profiel").click()
    expect(page.locator("h1")).to_have_text("Mijn profiel")
    expect(page.get_by_role("region", name="Wat we van je bewaren")).to_contain_text("Persoonlijke verzorging (niveau 3)")
    no_violations(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download alles (JSON)").click()
    exported = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert exported["profile"]["hoursPerWeek"] == 16 and exported["profile"]["postcodeArea"] == "3511"

    page.get_by_role("link", name="Verwijder mijn profiel").click()
    page.get_by_role("button", name="Ja, verwijder alles").click()
    expect(page.locator("h1")).to_have_text("Je profiel is verwijderd")
    page.goto("/kandidaat/mijn-profiel")
    expect(page.locator("h1")).to_have_text("Terug naar mijn profiel")
    page.get_by_label("Je code").fill(code)
    page.get_by_role("button", name="Naar mijn profiel").click()
    expect(page.locator("#fout-code")).to_contain_text("Deze code kennen we niet")
    context.close()
    assert errors == []
