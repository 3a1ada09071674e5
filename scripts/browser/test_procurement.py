"""Joint procurement tried as new users would: the coordinator adds a supplier, an item
and its volume discounts; editors of three organisations each register their demand; the
pooled view shows the total, the tier reached and the estimated saving. All names are
fictional."""
from conftest import editor, fictional_organisation, login, screenshot
from playwright.sync_api import expect
from test_accessibility import violations

ORGANISATIONS = [("Fictief Zorghuis Samen Sterk", "GM0344", "inkoop-a@example.org", "40"),
                 ("Fictieve Thuiszorg De Bundel", "GM0352", "inkoop-b@example.org", "25"),
                 ("Fictief Verpleeghuis Het Volume", "GM0321", "inkoop-c@example.org", "10")]
ITEM = "Fictieve e-learning Veilig tillen"


def test_three_organisations_pool_their_demand(page, server, browser):
    for name, municipality, email, _ in ORGANISATIONS:
        fictional_organisation(server, name, municipality)
        editor(email, name, f"Redacteur {name}")
    login(page)

    # 1. The coordinator adds the supplier and the item, reached from the collaboration overview.
    page.goto("/samenwerking")
    page.get_by_role("link", name="Gezamenlijke inkoop").click()
    expect(page.locator("h1")).to_contain_text("Gezamenlijke inkoop")
    page.get_by_role("navigation", name="Gezamenlijk inkopen en delen").get_by_role("link", name="Leveranciers").click()
    add = page.get_by_role("region", name="Leverancier toevoegen")
    add.get_by_label("Naam").fill("Fictieve Leerfabriek Tilwerk BV")
    add.get_by_label("Website").fill("https://example.org/tilwerk")
    page.get_by_role("button", name="Toevoegen").click()
    expect(page.locator(".flash")).to_contain_text("De leverancier is toegevoegd.")
    assert violations(page) == []
    page.get_by_role("navigation", name="Gezamenlijk inkopen en delen").get_by_role("link", name="Leerinhoud").click()
    page.get_by_role("link", name="Leerinhoud toevoegen").click()
    page.get_by_label("Titel").fill(ITEM)
    page.get_by_label("Leverancier").select_option(label="Fictieve Leerfabriek Tilwerk BV")
    page.get_by_label("Per plek").check()
    page.get_by_label("Catalogusprijs per eenheid per jaar (euro)").fill("120,00")
    page.get_by_label("Tillen en transfers").check()
    assert violations(page) == []
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De leerinhoud is toegevoegd.")
    item = page.url

    # 2. The volume discounts the coordinator negotiated: a wrong order is explained first.
    page.get_by_label("Vanaf aantal (rij 1)").fill("100")
    page.get_by_label("Korting in % (rij 1)").fill("10")
    page.get_by_label("Vanaf aantal (rij 2)").fill("50")
    page.get_by_label("Korting in % (rij 2)").fill("5")
    page.get_by_role("button", name="Staffels opslaan").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert violations(page) == []
    page.get_by_label("Vanaf aantal (rij 1)").fill("50")
    page.get_by_label("Korting in % (rij 1)").fill("5")
    page.get_by_label("Vanaf aantal (rij 2)").fill("100")
    page.get_by_label("Korting in % (rij 2)").fill("10")
    page.get_by_role("button", name="Staffels opslaan").click()
    expect(page.locator(".flash")).to_contain_text("De staffels zijn opgeslagen.")
    expect(page.get_by_role("region", name="Staffelkorting")).to_contain_text("Vanaf 50: 5% korting")

    # 3. Each organisation's editor registers its own demand.
    for name, _, email, quantity in ORGANISATIONS:
        context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900}, locale="nl-NL")
        own = context.new_page()
        login(own, email)
        own.goto(item)
        demand = own.get_by_role("region", name="Gebundelde vraag")
        # An editor's own organisation is chosen already: it is the only one they may speak for.
        expect(demand.get_by_label("Organisatie").locator("option:checked")).to_have_text(name)
        demand.get_by_label("Aantal plekken").fill(quantity)
        demand.get_by_role("button", name="Vraag registreren").click()
        expect(own.locator(".flash")).to_contain_text("De vraag is geregistreerd.")
        if quantity == "10":
            assert violations(own) == []
        context.close()

    # 4. The pooled view: 75 seats, the 5% tier, € 450 saving, and what the next tier needs.
    page.goto("/inkoop")
    table = page.get_by_role("region", name="Vraag bij Fictieve Leerfabriek Tilwerk BV")
    row = table.get_by_role("row", name=ITEM)
    expect(row).to_contain_text("75 plekken")
    expect(row).to_contain_text("5% vanaf 50")
    expect(row).to_contain_text("€ 9.000,00")
    expect(row).to_contain_text("€ 8.550,00")
    expect(row).to_contain_text("€ 450,00")
    expect(row).to_contain_text("Nog 25 plekken, dan geldt 10% korting")
    assert violations(page) == []
    screenshot(page, "inkoop")
    page.goto(item)
    shares = page.get_by_role("table", name="Vraag en besparing per organisatie")
    for name, _, _, _ in ORGANISATIONS:
        expect(shares).to_contain_text(name)
    expect(shares).to_contain_text("€ 240,00")
    assert violations(page) == []
    screenshot(page, "inhoud-gebundelde-vraag")
    page.goto("/inhoud")
    assert violations(page) == []
