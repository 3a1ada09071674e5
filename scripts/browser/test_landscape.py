"""The landscape register as a person uses it, in a real headless Chromium."""
import base64
import json
import re
import urllib.request

from conftest import PASSWORD, fictional_organisation, login, screenshot
from playwright.sync_api import expect


def test_overview_search_and_filter(page, server):
    # Other browser tests add fictional organisations to the shared server, so the
    # expected count is the register's own total (39 from the seed, plus those).
    with urllib.request.urlopen(server + "/api/v1/organisations?perPage=1") as res:
        organisations = json.load(res)["total"]
    assert organisations >= 39
    page.goto("/")
    expect(page.locator("h1")).to_have_text("Leer- en ontwikkellandschap")
    expect(page.locator(".lead")).to_contain_text("34 initiatieven")
    expect(page.locator(".lead")).to_contain_text(f"{organisations} organisaties")
    expect(page.locator("#resultaten")).to_have_text("34 initiatieven")
    screenshot(page, "overzicht")

    # Search as a user types it: a word in the box and Enter.
    page.get_by_label("Zoeken").fill("leerroute")
    page.get_by_label("Zoeken").press("Enter")
    expect(page).to_have_url(re.compile(r"q=leerroute"))
    expect(page.locator(".cards h3")).to_have_text(["Persoonlijke leerroutes op maat"])

    # The theme facet: its count says how many results the filter gives.
    page.goto("/")
    option = page.locator("label", has_text="Kandidaatperspectief").first
    expected = int(option.locator(".count").inner_text().split()[0])
    option.click()  # the small script submits the form on change
    expect(page).to_have_url(re.compile(r"theme=kandidaatperspectief"))
    expect(page.locator("#resultaten")).to_have_text(re.compile(rf"^{expected} initiatieven"))
    assert page.locator(".cards > li").count() == expected
    # Back button returns to the unfiltered list.
    page.go_back()
    expect(page.locator("#resultaten")).to_have_text("34 initiatieven")


def test_detail_login_edit_history(page):
    page.goto("/?q=omscholingscoach")
    page.get_by_role("link", name="Omscholingscoach", exact=True).click()
    expect(page.locator("h1")).to_have_text("Omscholingscoach")
    expect(page.locator(".missing").first).to_have_text("nog aan te vullen")
    screenshot(page, "detail")

    page.get_by_role("link", name="Inloggen").click()
    page.get_by_label("E-mailadres").fill("coordinator@example.org")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.locator(".flash")).to_contain_text("Je bent ingelogd")
    expect(page.locator("h1")).to_have_text("Omscholingscoach")  # back where we were

    page.get_by_role("link", name="Bewerken").click()
    # First a mistake: the message appears next to the field and focus goes to the summary.
    page.get_by_label("Startdatum").fill("2026-09-01")
    page.get_by_label("Einddatum financiering").fill("2026-01-31")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#fout-fundingEndDate")).to_contain_text("ligt vóór de startdatum")
    expect(page.locator("#foutmeldingen")).to_be_focused()
    screenshot(page, "formulier-fout")

    page.get_by_label("Einddatum financiering").fill("2027-08-31")
    page.get_by_label("Doel", exact=True).fill("Medewerkers uit andere sectoren begeleiden naar werk in de zorg.")
    page.get_by_label("Soort").select_option("instrument")
    page.get_by_label("Zij-instromers").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("opgeslagen")
    expect(page.locator(".panel").first).to_contain_text("Medewerkers uit andere sectoren")

    page.get_by_role("link", name="Bekijk de geschiedenis").click()
    entry = page.locator(".history-entry").first
    expect(entry).to_contain_text("Gewijzigd door Carla Coördinator")
    expect(entry.locator("table")).to_contain_text("Doel")
    expect(entry.locator("table")).to_contain_text("Instrument")
    screenshot(page, "geschiedenis")


def test_delete_and_undo(page):
    login(page)
    page.goto("/?q=MBOHup")
    page.get_by_role("link", name="MBOHup", exact=True).click()
    page.get_by_role("button", name="Verwijderen").click()
    expect(page.locator(".flash")).to_contain_text("is verwijderd")
    expect(page.locator("#resultaten")).to_have_text("33 initiatieven")
    page.get_by_role("button", name="Ongedaan maken").click()
    expect(page.locator("h1")).to_have_text("MBOHup")
    page.goto("/")
    expect(page.locator("#resultaten")).to_have_text("34 initiatieven")


def test_keyboard_and_mobile(page):
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#inhoud$"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/organisaties")
    expect(page.locator("h1")).to_have_text("Organisaties")
    # Nothing wider than the screen on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "organisaties-mobiel")


def test_similar_and_overlap_pages(page):
    page.goto("/?q=digitale+vaardigheden")
    page.get_by_role("link", name="Digitale vaardigheden", exact=True).click()
    similar = page.locator("section[aria-label='Vergelijkbare initiatieven']")
    expect(similar).to_contain_text("Digitale leerplatforms")
    similar.scroll_into_view_if_needed()
    screenshot(page, "vergelijkbaar")
    page.goto("/overlap")
    expect(page.locator("h1")).to_have_text("Overlap in het landschap")
    screenshot(page, "overlap-leeg")
    page.goto("/hiaten")
    screenshot(page, "hiaten")


def test_coordinator_judges_a_likely_duplicate(page):
    """Two records of one (fictional) intervention appear as a group with a reason; the
    coordinator marks them connected, and the verdict shows with author; withdrawing undoes it.
    (Places away from Amersfoort: the map tests count the initiatives there.)"""
    auth = {"Authorization": "Basic " + base64.b64encode(f"coordinator@example.org:{PASSWORD}".encode()).decode()}
    for body in [
        {"name": "Fictieve vrijwilligersacademie Eemland", "goal": "Vrijwilligers in zorg en welzijn krijgen korte trainingen.",
         "description": "De academie biedt vrijwilligers cursussen over omgaan met dementie, grenzen stellen en signaleren. Gratis en dicht bij huis.",
         "strategicThemes": ["leer-en-werkcultuur"], "targetGroups": ["vrijwilligers"], "municipalityCodes": ["GM0310", "GM0342"]},
        {"name": "Fictieve trainingen voor vrijwilligers in De Bilt en Soest", "goal": "Vrijwilligers toerusten met kennis over dementie en signalering.",
         "description": "Korte, gratis trainingen voor vrijwilligers: omgaan met mensen met dementie, eigen grenzen bewaken en zorgen signaleren.",
         "strategicThemes": ["leer-en-werkcultuur"], "targetGroups": ["vrijwilligers"], "municipalityCodes": ["GM0310", "GM0342"]},
    ]:
        response = page.request.post("/api/v1/initiatives", data=json.dumps(body), headers={**auth, "Content-Type": "application/json"})
        assert response.status == 201, response.text()
    login(page)
    page.goto("/overlap")
    group = page.locator("li.card", has_text="Fictieve vrijwilligersacademie Eemland").first
    expect(group).to_contain_text("Zelfde doelgroep vrijwilligers, beide in De Bilt en Soest")
    screenshot(page, "overlap")
    group.get_by_role("button", name="Verbonden").first.click()
    judged = page.locator("section[aria-label='Beoordeelde paren']")
    expect(judged).to_contain_text("Fictieve vrijwilligersacademie Eemland")
    expect(judged).to_contain_text("Carla Coördinator")
    screenshot(page, "overlap-oordeel")
    judged.get_by_role("button", name="Oordeel intrekken").first.click()
    expect(page.locator("section[aria-label='Beoordeelde paren']")).to_have_count(0)


def test_roles_and_skills(page):
    page.goto("/")
    page.get_by_role("link", name="Leeraanbod").click()
    page.get_by_role("link", name="Bekijk de beroepen").click()
    page.get_by_role("link", name="Helpende Zorg en Welzijn").click()
    expect(page.locator("h1")).to_have_text("Helpende Zorg en Welzijn")
    expect(page.get_by_role("heading", name="Gevraagde vaardigheden (10)")).to_be_visible()
    screenshot(page, "beroep")
    page.get_by_role("link", name="Handhygiëne").click()
    expect(page.locator("h1")).to_have_text("Vaardigheden")
    expect(page.get_by_text("Past handhygiëne toe")).to_be_visible()
    page.goto("/vaardigheden")
    page.get_by_label("Categorie").select_option(label="Communicatie")
    page.get_by_role("button", name="Zoek").click()
    expect(page).to_have_url(re.compile(r"category=communicatie"))
    screenshot(page, "vaardigheden")


PROVIDER = "Fictief Opleidingshuis De Leerbrug"


def add_module(page, title, skills, hours="24", cost=""):
    page.goto("/modules/nieuw")
    page.get_by_label("Titel").fill(title)
    page.get_by_label("Aanbieder").select_option(label=PROVIDER)
    for n, (skill, level) in enumerate(skills):
        page.get_by_label(f"Vaardigheid {n + 1}", exact=True).select_option(label=skill)
        page.get_by_label(f"Niveau van vaardigheid {n + 1}").select_option(label=f"Niveau {level}")
    page.get_by_label("Studiebelasting (uren)").fill(hours)
    page.get_by_label("Vorm").select_option(label="Hybride")
    page.get_by_label("Kosten per deelnemer (euro)").fill(cost)


def test_provider_builds_a_route_to_helpende(page, server):
    """The acceptance of the learning offer, as a new user: three modules in the form,
    then a route to Helpende Zorg en Welzijn that covers 80 % and names what is missing.
    The provider is a fictional organisation: no real one is said to offer these modules."""
    fictional_organisation(server, PROVIDER, "GM0356")
    login(page)
    page.goto("/beroepen")
    page.get_by_role("link", name="Module toevoegen").click()
    add_module(page, "Fictieve module basiszorg", [("Persoonlijke verzorging", 2), ("Hulp bij eten en drinken", 2), ("Tillen en transfers", 2)], cost="350,00")
    screenshot(page, "module-formulier")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("h1")).to_have_text("Fictieve module basiszorg")
    expect(page.get_by_text("€ 350,00")).to_be_visible()
    screenshot(page, "module")
    add_module(page, "Fictieve module veilig werken", [("Handhygiëne", 3), ("Observeren en signaleren", 2), ("Rapporteren in het ECD", 2)])
    page.get_by_role("button", name="Opslaan").click()
    add_module(page, "Fictieve module samenwerken", [("Cliëntgericht communiceren", 2), ("Samenwerken in een team", 2)], hours="16")
    page.get_by_role("button", name="Opslaan").click()

    page.goto("/beroepen")
    page.get_by_role("link", name="Leerroute samenstellen").click()
    page.get_by_label("Titel").fill("Fictieve route naar Helpende")
    page.get_by_label("Leidt naar beroep").select_option(label="Helpende Zorg en Welzijn")
    page.get_by_label("Module van stap 1", exact=True).select_option(label="Fictieve module basiszorg (24 uur)")
    page.get_by_label("Module van stap 2", exact=True).select_option(label="Fictieve module veilig werken (24 uur)")
    page.get_by_label("Module van stap 3", exact=True).select_option(label="Fictieve module samenwerken (16 uur)")
    page.get_by_label("Of werkplekdeel van stap 4", exact=True).fill("Meewerken op de afdeling")
    page.get_by_label("Uren werkplekdeel van stap 4", exact=True).fill("120")
    # The coverage follows the form while it is filled in (the script); the button gives the same without it.
    expect(page.locator("#dekking-live")).to_contain_text("8 van de 10")
    page.get_by_role("button", name="Bereken dekking").click()
    coverage = page.locator("#dekking")
    expect(coverage).to_contain_text("80%")
    expect(coverage).to_contain_text("Huishoudelijke taken")
    screenshot(page, "leerroute-bouwen")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("h1")).to_have_text("Fictieve route naar Helpende")
    expect(page.locator("#dekking")).to_contain_text("8 van de 10")
    screenshot(page, "leerroute")
