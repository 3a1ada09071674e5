"""The offer catalogue and its import, as a coordinator uses them."""
import csv
import io

from playwright.sync_api import expect
from conftest import login, screenshot

HEADER = ["id", "title", "providerId", "description", "skills", "hours", "form", "municipalityCodes", "cost",
          "funded", "credential", "intakeDates", "languageLevel", "licence"]


def modules_csv() -> bytes:
    """100 fictional modules; rows 17, 50 and 88 each have one mistake."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    forms = ["klassikaal", "online", "hybride", "werkplek"]
    for n in range(1, 101):
        hours, skills, form = str(4 + n % 40), "handhygiene:2|observeren-en-signaleren:2", forms[n % 4]
        if n == 17:
            hours = "veel"
        if n == 50:
            skills = "vliegen:2"
        if n == 88:
            form = "per post"
        writer.writerow(["", f"Fictieve importmodule {n}", "", "", skills, hours, form, "GM0344" if form != "online" else "",
                         str(n * 10), "nee", "certificaat", "", "", "open"])
    return out.getvalue().encode()


def test_dry_run_then_valid_rows_then_catalogue(page):
    login(page)
    page.goto("/aanbod/importeren")
    page.get_by_label("Modules").check()
    page.get_by_label("Bestand (CSV of JSON)").set_input_files(
        files=[{"name": "modules.csv", "mimeType": "text/csv", "buffer": modules_csv()}])
    expect(page.get_by_label("Alleen controleren (proefimport): er wordt niets opgeslagen")).to_be_checked()
    page.get_by_role("button", name="Verder").click()
    expect(page.locator("h1")).to_have_text("Proefimport: 3 regels kloppen nog niet")
    rows = page.locator("table.data-table tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("18")
    expect(rows.nth(1)).to_contain_text("Onbekende vaardigheid ‘vliegen’.")
    expect(rows.nth(2)).to_contain_text("per post")
    screenshot(page, "import-proef")
    page.get_by_label("De geldige regels importeren en de foute overslaan").check()
    page.get_by_role("button", name="Doorgaan").click()
    expect(page.locator("h1")).to_have_text("Geldige regels geïmporteerd")
    expect(page.get_by_text("Opgeslagen: 97 toegevoegd")).to_be_visible()

    page.goto("/aanbod")
    expect(page.locator("#resultaten")).to_contain_text("resultaten")
    page.locator("details.facet", has_text="Vorm").get_by_label("Online").check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page.locator("#resultaten")).to_contain_text("gevonden")
    expect(page.get_by_role("link", name="Filter Online verwijderen")).to_be_visible()
    screenshot(page, "aanbod", full_page=False)
    page.get_by_label("Zoeken").fill("importmodule 41")
    page.get_by_role("button", name="Zoek").click()
    expect(page.get_by_role("link", name="Fictieve importmodule 41", exact=True)).to_be_visible()
