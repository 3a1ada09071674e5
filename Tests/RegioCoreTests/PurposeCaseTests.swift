import Foundation
@testable import RegioCore
import Testing

@Suite("Purpose case: amounts, units, totals, balances and validation")
struct PurposeCaseTests {
    static let proefkamer = UUID(), voorbeeld = UUID()
    static let zorghuis = "Fictief Zorghuis De Proefkamer", thuiszorg = "Fictieve Thuiszorg Het Voorbeeld"
    static let clienten = "Cliënten", leerschool = "Fictief ROC De Leerschool"

    static func item(_ who: String?, _ direction: String, _ what: String, _ unit: String? = nil, _ amount: String? = nil) -> ValueItemInput {
        ValueItemInput(stakeholder: who, direction: direction, description: what, unit: unit, amount: amount)
    }

    /// The hand-checked case: four stakeholders, five units (one typed by the user), two
    /// missing amounts, described-only items and a stakeholder with only returns.
    static var input: PurposeCaseInput {
        var i = PurposeCaseInput()
        i.purpose = "  Samen meer zij-instromers opleiden in een fictieve regio.  "
        i.stakeholders = [StakeholderInput(name: zorghuis, organisationId: proefkamer.uuidString),
                          StakeholderInput(name: thuiszorg, organisationId: voorbeeld.uuidString),
                          StakeholderInput(name: clienten), StakeholderInput(name: leerschool)]
        i.items = [
            item(zorghuis, "inbreng", "Begeleiding door werkbegeleiders", "uren", "120"),
            item(zorghuis, "inbreng", "Bijdrage aan het opleidingsfonds", "€", "12.500,00"),
            item(zorghuis, "inbreng", "Leerwerkplekken", "plekken", "4"),
            item(zorghuis, "opbrengst", "Minder inhuur van uitzendkrachten", "euro", "18000,5"),
            item(zorghuis, "opbrengst", "Nieuwe medewerkers", "FTE", "2,5"),
            item(zorghuis, "opbrengst", "Betere naam als werkgever"),
            item(thuiszorg, "inbreng", "Coördinatie", "uur", "40,5"),
            item(thuiszorg, "inbreng", "Bijdrage aan het opleidingsfonds", "euro", "7499.99"),
            item(thuiszorg, "inbreng", "Leerwerkplekken", "plekken", ""),
            item(thuiszorg, "opbrengst", "Nieuwe medewerkers", "fte"),
            item(thuiszorg, "opbrengst", "Minder verzuim", "euro", "3000"),
            item(clienten, "opbrengst", "Vaste gezichten aan het bed"),
            item(clienten, "opbrengst", "Extra begeleidingsuren", "uren", "200"),
            item(leerschool.uppercased(), "inbreng", "Lesmateriaal", "Trainingen", "6"),
            item(leerschool, "opbrengst", "Stageplekken voor studenten", "plaatsen", "4"),
        ]
        return i
    }

    static func validCase() throws -> PurposeCase {
        try PurposeCase.validate(input, organisationIDs: [proefkamer, voorbeeld]).get()
    }

    static func amount(_ text: String) -> Amount { try! Amount.parse(text).get() }

    @Test("Totals per unit: euros, hours, places, fte and the user's unit each on their own, known amounts summed exactly")
    func totals() throws {
        let summary = try Self.validCase().summary
        #expect(summary.units.map(\.key) == ["euro", "uren", "plekken", "fte", "trainingen"])
        let euro = try #require(summary.total(.euro))
        #expect(euro.contributed == Self.amount("19.999,99") && euro.benefited == Self.amount("21.000,50"))
        #expect(euro.balance == Self.amount("1.000,51") && euro.isComplete)
        let hours = try #require(summary.total(.hours))
        #expect(hours.contributed == Self.amount("160,5") && hours.benefited == Amount(whole: 200) && hours.balance == Self.amount("39,5"))
        let places = try #require(summary.total(.places))
        #expect(places.contributed == Amount(whole: 4) && places.benefited == Amount(whole: 4) && places.balance == .zero)
        #expect(places.missingContributions == 1 && places.missingBenefits == 0 && !places.isComplete)
        let fte = try #require(summary.total(.fte))
        #expect(fte.contributed == .zero && fte.benefited == Self.amount("2,5") && fte.missingBenefits == 1)
        let trainingUnit = try #require(ValueUnit("trainingen"))
        let trainings = try #require(summary.total(trainingUnit))
        #expect(trainings.balance == Amount(whole: -6))
        #expect(summary.missingValues == 2)
    }

    @Test("Balance per stakeholder: out minus in per unit; missing amounts counted and named, never read as zero")
    func balances() throws {
        let summary = try Self.validCase().summary
        #expect(summary.stakeholders.map(\.name) == [Self.zorghuis, Self.thuiszorg, Self.clienten, Self.leerschool])
        let zorghuis = summary.stakeholders[0]
        #expect(zorghuis.organisationID == Self.proefkamer)
        #expect(zorghuis.units.map { "\($0.unit): \($0.unit.dutch($0.balance))" }
                == ["euro: € 5.500,50", "uren: -120 uur", "plekken: -4 plekken", "fte: 2,5 fte"])
        #expect(zorghuis.describedBenefits == ["Betere naam als werkgever"] && zorghuis.describedContributions.isEmpty && zorghuis.missingValues == 0)
        let thuiszorg = summary.stakeholders[1]
        #expect(thuiszorg.balance(.euro)?.balance == Self.amount("4.499,99").negated)
        #expect(thuiszorg.balance(.places)?.missingContributions == 1 && thuiszorg.balance(.places)?.contributed == .zero)
        #expect(thuiszorg.balance(.fte)?.missingBenefits == 1 && thuiszorg.balance(.fte)?.isComplete == false)
        #expect(thuiszorg.missingValues == 2)
        #expect(summary.stakeholdersWithMissingValues.map(\.name) == [Self.thuiszorg])
        // The stakeholders' euro balances add up to the total's.
        #expect(summary.stakeholders.compactMap { $0.balance(.euro)?.balance }.reduce(.zero, +) == summary.total(.euro)?.balance)
    }

    @Test("A stakeholder with only returns has a positive balance and a note; the notes name the missing amounts")
    func onlyReturns() throws {
        let summary = try Self.validCase().summary
        let clients = summary.stakeholders[2]
        #expect(!clients.hasContributions && clients.hasBenefits && clients.organisationID == nil)
        #expect(clients.units.map(\.unit) == [.hours] && clients.balance(.hours)?.balance == Amount(whole: 200))
        #expect(clients.describedBenefits == ["Vaste gezichten aan het bed"])
        #expect(summary.notes == [
            "Bij Fictieve Thuiszorg Het Voorbeeld ontbreken 2 bedragen (plekken en fte); het saldo telt alleen de bekende bedragen.",
            "Cliënten heeft alleen opbrengst en geen inbreng.",
        ])
    }

    @Test("Items: financial only in euros; a unit without an amount is missing; no unit is described only")
    func itemShapes() throws {
        let p = try Self.validCase()
        let items = p.stakeholders[0].items + p.stakeholders[1].items
        #expect(items.filter(\.isFinancial).map(\.description) == ["Bijdrage aan het opleidingsfonds", "Minder inhuur van uitzendkrachten",
                                                                   "Bijdrage aan het opleidingsfonds", "Minder verzuim"])
        #expect(items.map(\.dutchAmount) == ["120 uur", "€ 12.500,00", "4 plekken", "€ 18.000,50", "2,5 fte", "niet in een getal",
                                             "40,5 uur", "€ 7.499,99", "bedrag onbekend (plekken)", "bedrag onbekend (fte)", "€ 3.000,00"])
        #expect(items.filter(\.isMissingAmount).count == 2 && items.filter(\.isDescribedOnly).count == 1)
        // The stakeholder's name matched whatever its case; the user's unit is kept in lower case.
        #expect(p.stakeholders[3].items.first?.unit?.key == "trainingen" && p.purpose == "Samen meer zij-instromers opleiden in een fictieve regio.")
    }

    @Test("Money in cents: exact sums, at most two decimals (refused, not rounded), Dutch writing read and written")
    func cents() {
        #expect(Self.amount("0,10") + Self.amount("0,2") == Self.amount("0,30"))
        #expect([Self.amount("33,33"), Self.amount("33,33"), Self.amount("33,33")].reduce(.zero, +) == Self.amount("99,99"))
        #expect(Self.amount("12,3").hundredths == 1230 && Self.amount("12.3").hundredths == 1230 && Self.amount("12.30").hundredths == 1230)
        #expect(Self.amount("€ 1.250.000").hundredths == 125_000_000 && Self.amount("1.250,5").hundredths == 125_050)
        #expect(Amount.parse("12,345") == .failure(.tooManyDecimals) && Amount.parse("0,005") == .failure(.tooManyDecimals))
        // Dutch thousands: "3.000" is three thousand; a lone dot before one or two digits is a decimal point.
        #expect(Self.amount("3.000").hundredths == 300_000 && Self.amount("1.250").hundredths == 125_000 && Amount.parse("-5") == .failure(.negative))
        #expect(Amount.parse("12,3,4") == .failure(.notANumber) && Amount.parse("1.25.000") == .failure(.notANumber)
                && Amount.parse("1250.000.000") == .failure(.notANumber) && Amount.parse("veel") == .failure(.notANumber) && Amount.parse("12,") == .failure(.notANumber))
        #expect(ValueUnit.euro.dutch(Self.amount("1250000")) == "€ 1.250.000,00" && ValueUnit.euro.dutch(Amount(hundredths: -5)) == "€ -0,05")
        #expect(ValueUnit.hours.dutch(Self.amount("0,75")) == "0,75 uur" && ValueUnit.places.dutch(Amount(whole: 1)) == "1 plek")
        #expect(Self.amount("1.234,5").description == "1234.50" && Amount(hundredths: -1).description == "-0.01")
    }

    @Test("Units: usual spellings of the known units, other text a unit of its own, known units first")
    func units() {
        #expect(["€", "EUR", "euro's", " Euro "].map { ValueUnit($0) } == Array(repeating: .euro, count: 4))
        #expect(ValueUnit("uur") == .hours && ValueUnit("Plaatsen") == .places && ValueUnit("fte's") == .fte && ValueUnit("  ") == nil)
        #expect(ValueUnit("Maaltijden  per week")?.key == "maaltijden per week" && ValueUnit("maaltijden per week")?.isFinancial == false)
        #expect([ValueUnit("vacatures")!, .fte, ValueUnit("boeken")!, .euro].sorted().map(\.key) == ["euro", "fte", "boeken", "vacatures"])
    }

    @Test("Bad input: every problem named in Dutch at its field, in one pass")
    func invalid() {
        var i = PurposeCaseInput()
        i.stakeholders = [StakeholderInput(name: Self.zorghuis, organisationId: UUID().uuidString),
                          StakeholderInput(name: " fictief zorghuis de proefkamer "), StakeholderInput(name: "  ")]
        i.items = [
            Self.item("Fictieve Partij Nergens", "inbreng", "Geld", "euro", "10"),
            Self.item(Self.zorghuis, "inbreng", "Geld", "euro", "-500"),
            Self.item(Self.zorghuis, "opbrengst", "  ", "uren", "3"),
            Self.item(Self.zorghuis, "inbreng", "Gebouw", "euro", "250000000"),
            Self.item(Self.zorghuis, "inbreng", "Geld", "euro", "12,345"),
            Self.item(Self.zorghuis, "inbreng", "Geld", "euro", "1.25.0"),
            Self.item(Self.zorghuis, "inbreng", "Geld", "euro", "veel"),
            Self.item(Self.zorghuis, "inbreng", "Uren", " ", "10"),
            Self.item(Self.zorghuis, "uitgave", "Geld", "euro", "10"),
            Self.item(nil, "inbreng", "Geld", "euro", "10"),
        ]
        guard case .failure(let f) = PurposeCase.validate(i, organisationIDs: [Self.proefkamer]) else { Issue.record("expected errors"); return }
        #expect(f.errors.map(\.field) == ["stakeholders[0].organisationId", "stakeholders[1].name", "stakeholders[2].name",
                                          "items[0].stakeholder", "items[1].amount", "items[2].description", "items[3].amount", "items[4].amount",
                                          "items[5].amount", "items[6].amount", "items[7].unit", "items[8].direction", "items[9].stakeholder"])
        #expect(f.messages(for: "stakeholders[1].name") == ["‘fictief zorghuis de proefkamer’ staat al bij de belanghebbenden."])
        #expect(f.messages(for: "stakeholders[2].name") == ["Naam van de belanghebbende is verplicht."])
        #expect(f.messages(for: "items[0].stakeholder") == ["Onbekende belanghebbende ‘Fictieve Partij Nergens’: voeg die eerst toe bij de belanghebbenden."])
        #expect(f.messages(for: "items[1].amount") == ["Bedrag ‘-500’ is negatief: zet wat een partij inlegt bij inbreng en wat zij terugkrijgt bij opbrengst, beide als positief getal."])
        #expect(f.messages(for: "items[2].description") == ["Omschrijving is verplicht."])
        #expect(f.messages(for: "items[3].amount") == ["Bedrag ‘250000000’ is te groot: hoogstens 100.000.000 per regel."])
        #expect(f.messages(for: "items[4].amount") == ["Bedrag ‘12,345’ heeft meer dan twee cijfers achter de komma."])
        #expect(f.messages(for: "items[5].amount") == ["Bedrag ‘1.25.0’ is geen getal; schrijf bijvoorbeeld 1250 of 1.250,50."])
        #expect(f.messages(for: "items[6].amount") == ["Bedrag ‘veel’ is geen getal; schrijf bijvoorbeeld 1250 of 1.250,50."])
        #expect(f.messages(for: "items[7].unit") == ["Kies een eenheid bij het bedrag: euro, uren, plekken, fte of een eigen eenheid."])
        #expect(f.messages(for: "items[8].direction").first?.contains("inbreng (Inbreng), opbrengst (Opbrengst)") == true)
        #expect(f.messages(for: "items[9].stakeholder") == ["Kies bij welke belanghebbende deze regel hoort."])
    }

    @Test("Too many stakeholders or rows: one message each, not one per row")
    func tooMany() {
        var i = PurposeCaseInput()
        i.stakeholders = (0...PurposeCase.maxStakeholders).map { StakeholderInput(name: "Fictieve partij \($0)") }
        i.items = Array(repeating: Self.item("Fictieve partij 1", "inbreng", "Uren", "uren", "1"), count: PurposeCase.maxItems + 1)
        guard case .failure(let f) = PurposeCase.validate(i, organisationIDs: []) else { Issue.record("expected errors"); return }
        #expect(f.errors.map(\.message) == ["Een purpose case heeft hoogstens 30 belanghebbenden; dit zijn er 31.",
                                            "Een purpose case heeft hoogstens 200 regels inbreng en opbrengst; dit zijn er 201."])
    }

    @Test("Round trips: the input of a purpose case validates to it again; JSON keeps amounts as exact text")
    func roundTrips() throws {
        let p = try Self.validCase()
        #expect(try PurposeCase.validate(PurposeCaseInput(p), organisationIDs: [Self.proefkamer, Self.voorbeeld]).get() == p)
        let json = try JSONEncoder().encode(p)
        #expect(String(decoding: json, as: UTF8.self).contains(#""amount":"18000.50""#))
        #expect(try JSONDecoder().decode(PurposeCase.self, from: json) == p)
        let item = try JSONDecoder().decode(ValueItemInput.self, from: Data(#"{"stakeholder":"A","direction":"inbreng","description":"x","unit":"euro","amount":1250.5}"#.utf8))
        #expect(item.amount == "1250.5")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Amount].self, from: Data(#"["12,345"]"#.utf8)) }
    }
}

extension Amount {
    var negated: Amount { Amount(hundredths: -hundredths) }
}
