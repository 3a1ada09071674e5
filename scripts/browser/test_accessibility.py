"""Every page passes axe-core's WCAG 2.1 A/AA rules in a real Chromium."""
import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import login

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, "resultTypes": ["violations"]}


def violations(page):
    result = Axe().run(page, options=WCAG)
    found = result.response["violations"]
    return [f"{v['id']}: {v['help']} → {[n['target'] for n in v['nodes']][:3]}" for v in found]


@pytest.mark.parametrize("path", ["/", "/?theme=kandidaatperspectief&q=leer", "/organisaties", "/inloggen", "/?q=onbestaandwoord",
                                  "/kaart", "/embed/kaart", "/netwerk", "/kaart/nederland", "/overlap", "/hiaten", "/borging",
                                  "/vaardigheden", "/beroepen", "/beroepen/helpende-zorg-en-welzijn",
                                  "/aanbod", "/aanbod?kosten=gratis&sort=uren",
                                  "/leerplekken", "/leerplekken?kind=leerbaan&municipality=GM0589", "/kaart?laag=leerplekken",
                                  "/kandidaat", "/kandidaat/terug",
                                  "/samenwerking", "/ontwikkelsessies", "/coalities", "/agenda", "/agenda?weergave=tijdlijn",
                                  "/agenda?weergave=te-laat", "/volgspot", "/dashboard"])
def test_public_pages(page, path):
    page.goto(path)
    assert violations(page) == []


def test_detail_pages(page):
    page.goto("/?q=stagekans")
    page.get_by_role("link", name="Stagekans Utrecht", exact=True).click()
    assert violations(page) == []
    page.get_by_role("link", name="Bekijk de geschiedenis").click()
    assert violations(page) == []
    page.goto("/organisaties?q=amerpoort")
    page.get_by_role("link", name="Amerpoort", exact=True).click()
    assert violations(page) == []


def test_signed_in_pages(page):
    login(page)
    page.goto("/initiatieven/nieuw")
    assert violations(page) == []
    page.get_by_role("button", name="Opslaan").click()  # with error messages
    assert violations(page) == []
    page.goto("/organisaties/nieuw")
    assert violations(page) == []
    page.goto("/modules/nieuw")
    assert violations(page) == []
    page.goto("/leerroutes/nieuw")
    assert violations(page) == []
    page.get_by_role("button", name="Opslaan").click()  # with error messages
    assert violations(page) == []
    page.goto("/aanbod/importeren")
    assert violations(page) == []
    page.goto("/leerplekken/nieuw")
    assert violations(page) == []
    page.get_by_role("button", name="Opslaan").click()  # with error messages
    assert violations(page) == []
    page.goto("/prullenbak")
    assert violations(page) == []
    page.goto("/kandidaten/cijfers")
    assert violations(page) == []
    page.goto("/kandidaten/gedeeld")
    assert violations(page) == []
    for form in ["/ontwikkelsessies/nieuw", "/coalities/nieuw", "/agenda/nieuw", "/volgspot/nieuw"]:
        page.goto(form)
        assert violations(page) == []
        page.get_by_role("button", name="Opslaan").click()  # with error messages
        assert violations(page) == []


def test_learning_place_pages(page, server):
    """A learning place of a fictional organisation: its page, history, edit form and the
    organisation's section. Both are deleted again, so other tests' counts stay theirs."""
    from conftest import api, fictional_organisation
    from test_learning_places import in_months
    organisation = fictional_organisation(server, "Fictief Leerbedrijf Toegankelijk", "GM0335")
    place = api(server, "POST", "/api/v1/learning-places", {"organisationId": organisation, "municipalityCode": "GM0335", "kind": "stage-bol",
                                                            "count": 2, "supervisionCapacity": 2, "startDate": in_months(1), "endDate": in_months(6)})
    try:
        login(page)
        for path in [f"/leerplekken/{place['id']}", f"/leerplekken/{place['id']}/geschiedenis", f"/leerplekken/{place['id']}/bewerken",
                     f"/organisaties/{organisation}"]:
            page.goto(path)
            assert violations(page) == [], path
    finally:
        api(server, "DELETE", f"/api/v1/learning-places/{place['id']}", None)
        api(server, "DELETE", f"/api/v1/organisations/{organisation}", None)
