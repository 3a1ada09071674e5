"""How the map behaves in a real browser on a large landscape: page load timings from
the Navigation Timing API, the time a zoom click takes to repaint, and a screenshot.
Usage: python3 scripts/load/browser_timing.py http://127.0.0.1:8089 [out.png]
(start a server on the load-test database first, as scripts/load/run does)."""
import json
import sys

from playwright.sync_api import sync_playwright

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8089"
out = sys.argv[2] if len(sys.argv) > 2 else "screenshots/kaart-10000.png"
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    results = []
    for path in ["/kaart", "/kaart?theme=kandidaatperspectief&municipality=GM0307"]:
        page.goto(base + path, wait_until="load")
        nav = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")
        nav = json.loads(nav)
        zoom_ms = page.evaluate("""() => new Promise(done => {
            const t0 = performance.now();
            document.querySelector('[data-zoom=in]').click();
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
        })""")
        results.append({"path": path, "ttfb_ms": round(nav["responseStart"] - nav["requestStart"], 1),
                        "dom_content_loaded_ms": round(nav["domContentLoadedEventEnd"], 1), "load_ms": round(nav["loadEventEnd"], 1),
                        "transfer_kb": round(nav["transferSize"] / 1024, 1), "zoom_repaint_ms": round(zoom_ms, 1)})
    page.goto(base + "/kaart?theme=kandidaatperspectief")
    page.screenshot(path=out)
    browser.close()
for r in results:
    print(json.dumps(r))
