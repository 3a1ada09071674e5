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
                                  "/aanbod", "/aanbod?kosten=gratis&sort=uren"])
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
    page.goto("/prullenbak")
    assert violations(page) == []
