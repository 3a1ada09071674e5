"""The map as a person uses it, and embedded on another website."""
import base64
import json
import re
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import PASSWORD, free_port, screenshot
from playwright.sync_api import expect
from test_accessibility import WCAG


@pytest.fixture(scope="module")
def amersfoort_initiative(server):
    """A fictional initiative in Amersfoort, made through the API (the seed has none there)."""
    body = json.dumps({"name": "Fictief leerlab Amersfoort", "kind": "lab", "strategicThemes": ["kandidaatperspectief"],
                       "municipalityCodes": ["GM0307"], "goal": "Zij-instromers leren in de praktijk."}).encode()
    token = base64.b64encode(f"coordinator@example.org:{PASSWORD}".encode()).decode()
    request = urllib.request.Request(server + "/api/v1/initiatives", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": f"Basic {token}"})
    with urllib.request.urlopen(request) as res:
        assert res.status == 201
        return json.load(res)["id"]


def test_filter_click_open_back(page, amersfoort_initiative):
    page.goto("/kaart")
    expect(page.locator("h1")).to_contain_text("Kaart van de lerende regio")
    page.locator("label", has_text="Kandidaatperspectief").first.click()
    expect(page).to_have_url(re.compile(r"/kaart\?.*theme=kandidaatperspectief"))
    screenshot(page, "kaart")

    page.locator('.map-svg a[data-code="GM0307"]').click()
    expect(page).to_have_url(re.compile(r"municipality=GM0307"))
    expect(page.locator("#resultaten")).to_contain_text("Initiatieven in Amersfoort (1)")
    page.get_by_role("link", name="Fictief leerlab Amersfoort").click()
    expect(page.locator("#paneel h2")).to_have_text("Fictief leerlab Amersfoort")
    screenshot(page, "kaart-paneel")
    url = page.url

    page.go_back()
    expect(page.locator("#paneel")).to_have_count(0)
    expect(page.locator("#resultaten")).to_contain_text("Initiatieven in Amersfoort (1)")
    # The URL alone restores the same view, in a new tab.
    other = page.context.new_page()
    other.goto(url)
    expect(other.locator("#paneel h2")).to_have_text("Fictief leerlab Amersfoort")
    expect(other.locator('.map-svg a[data-code="GM0307"]')).to_have_class("selected")
    other.close()


def test_keyboard_zoom_and_accessibility(page, amersfoort_initiative):
    page.goto("/kaart")
    before = page.locator(".map-svg").get_attribute("viewBox")
    page.get_by_role("button", name="Inzoomen").click()
    assert page.locator(".map-svg").get_attribute("viewBox") != before
    page.get_by_role("button", name="Passend").click()
    assert page.locator(".map-svg").get_attribute("viewBox") == before
    # A municipality is reachable by keyboard and says its count.
    link = page.locator('.map-svg a[data-code="GM0307"]')
    link.focus()
    expect(link).to_be_focused()
    assert link.get_attribute("aria-label") == "Amersfoort: 1 initiatief"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"municipality=GM0307"))
    assert Axe().run(page, options=WCAG).response["violations"] == []


class _Host(BaseHTTPRequestHandler):
    """Another website (another origin) that embeds the map in an iframe."""
    target = ""

    def do_GET(self):
        html = f'<!doctype html><html lang="nl"><head><title>Andere site</title></head><body><h1>Andere site</h1>' \
               f'<iframe id="kaart" src="{self.target}/embed/kaart?theme=kandidaatperspectief" title="Kaart" width="1000" height="800"></iframe></body></html>'
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(html.encode())

    def log_message(self, *args):
        pass


def test_embed_in_iframe_on_another_origin(page, server, amersfoort_initiative):
    _Host.target = server.replace("127.0.0.1", "localhost")  # a different origin than the host page
    port = free_port()
    host = ThreadingHTTPServer(("127.0.0.1", port), _Host)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    try:
        page.goto(f"http://127.0.0.1:{port}/")
        frame = page.frame_locator("#kaart")
        expect(frame.locator(".map-svg")).to_be_visible()
        expect(frame.locator("h1")).to_contain_text("Lerende regio")
        frame.locator('.map-svg a[data-code="GM0307"]').click()
        expect(frame.locator("#resultaten")).to_contain_text("Initiatieven in Amersfoort (1)")
        screenshot(page, "kaart-ingesloten")
    finally:
        host.shutdown()


def test_network_seed_and_focus(page):
    page.goto("/netwerk")
    expect(page.locator("h1")).to_have_text("Netwerk van de lerende regio")
    screenshot(page, "netwerk")
    # No two written labels overlap in the browser's own layout of the seed region.
    boxes = page.eval_on_selector_all(".network-svg text", "els => els.map(e => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; })")
    assert len(boxes) > 0
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap = a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
            assert not overlap, f"labels overlap: {a} {b}"
    page.locator(".network-svg a", has_text="Altrecht").first.click()
    expect(page.locator("#focus h2")).to_have_text("Altrecht")
    assert Axe().run(page, options=WCAG).response["violations"] == []
