import Foundation
@testable import RegioCore
import Testing

/// Joint procurement: catalogue items, suppliers, demand, discount tables and pooled demand.
/// Every pooled figure below is worked out by hand in the comment above its expectations.
@Suite("Collective strength: content catalogue, demand, volume discounts and pooled demand")
struct CollectiveProcurementTests {
    // Fictional organisations and a fictional supplier.
    static let zorghuis = UUID(), thuiszorg = UUID(), wijkteam = UUID(), leerhuis = UUID()
    static let supplier = UUID(), otherSupplier = UUID()
    static let module = UUID()

    static func euro(_ text: String) -> Amount { try! Amount.parse(text).get() }
    static func percent(_ text: String) -> Amount { try! Amount.parse(text).get() }

    static func item(_ model: LicenceModel, price: String?, supplier: UUID = supplier) -> ContentItem {
        ContentItem(id: UUID(), fields: ContentItemFields(title: "Fictieve e-learning Veilig werken", supplierID: supplier,
                                                          licenceModel: model, listPrice: price.map(euro)))
    }

    static func demand(_ org: UUID, _ item: ContentItem, _ quantity: Int, year: Int = 2026, withdrawn: Bool = false) -> DemandFields {
        DemandFields(organisationID: org, itemID: item.id, year: year, quantity: quantity, withdrawn: withdrawn)
    }

    static func table(_ rows: [(Int, String)]) -> VolumeDiscountTable {
        VolumeDiscountTable(tiers: rows.map { VolumeDiscountTier(fromQuantity: $0.0, percent: percent($0.1)) })
    }

    /// 50 units → 5 %, 100 units → 10 %.
    static let fiftyHundred = table([(50, "5"), (100, "10")])

    // MARK: Pooled demand, worked out by hand

    /// Three organisations ask 40 + 25 + 10 = 75 seats at € 120,00; tiers 50 → 5 %, 100 → 10 %.
    /// - 50 ≤ 75 < 100: tier 5 %.
    /// - List total 75 × 120,00 = € 9.000,00; saving 5 % of 9.000,00 = € 450,00 (exact, no rounding);
    ///   pooled total 9.000,00 − 450,00 = € 8.550,00.
    /// - Shares of 450,00 by seats: 450 × 40/75 = 240,00; 450 × 25/75 = 150,00; 450 × 10/75 = 60,00
    ///   (sum 450,00; no cent left over). Each pays 4.800 − 240 = 4.560,00; 3.000 − 150 = 2.850,00; 1.200 − 60 = 1.140,00.
    /// - Next tier: 100 − 75 = 25 seats more; then 100 × 120,00 = 12.000,00 × 10 % = € 1.200,00 saving.
    @Test("75 seats at € 120,00 reach the 5% tier: € 450,00 saved, shared 240/150/60; 25 more seats reach 10%")
    func threeOrganisations() throws {
        let item = Self.item(.perSeat, price: "120,00")
        let pool = PooledDemand(item: item, demands: [Self.demand(Self.zorghuis, item, 40), Self.demand(Self.thuiszorg, item, 25),
                                                      Self.demand(Self.wijkteam, item, 10)], discounts: Self.fiftyHundred, year: 2026)
        #expect(pool.quantity == 75 && pool.tier?.fromQuantity == 50 && pool.tier?.percent == Amount(whole: 5))
        #expect(pool.listTotal == Self.euro("9.000,00") && pool.saving == Self.euro("450,00") && pool.pooledTotal == Self.euro("8.550,00"))
        #expect(pool.shares.map(\.organisationID) == [Self.zorghuis, Self.thuiszorg, Self.wijkteam])
        #expect(pool.shares.map(\.quantity) == [40, 25, 10])
        #expect(pool.shares.map(\.saving) == ["240,00", "150,00", "60,00"].map(Self.euro))
        #expect(pool.shares.map(\.listTotal) == ["4.800,00", "3.000,00", "1.200,00"].map(Self.euro))
        #expect(pool.shares.map(\.pooledTotal) == ["4.560,00", "2.850,00", "1.140,00"].map(Self.euro))
        let next = try #require(pool.nextTier)
        #expect(next.unitsNeeded == 25 && next.tier.percent == Amount(whole: 10) && next.saving == Self.euro("1.200,00"))
        #expect(next.dutch == "Nog 25 plekken, dan geldt 10% korting (vanaf 100 plekken): de besparing wordt dan € 1.200,00.")
        #expect(pool.notes.isEmpty && pool.withdrawnCount == 0)
    }

    /// 20 + 15 = 35 seats at € 120,00, below the first threshold (50): no tier.
    /// - List total 35 × 120,00 = € 4.200,00; saving € 0,00; every share 0,00.
    /// - Next tier: 50 − 35 = 15 seats more; then 50 × 120,00 = 6.000,00 × 5 % = € 300,00.
    @Test("Below the first threshold no tier is reached: no saving, and the next tier says how far off it is")
    func noTier() throws {
        let item = Self.item(.perSeat, price: "120")
        let pool = PooledDemand(item: item, demands: [Self.demand(Self.zorghuis, item, 20), Self.demand(Self.thuiszorg, item, 15)],
                                discounts: Self.fiftyHundred, year: 2026)
        #expect(pool.quantity == 35 && pool.tier == nil && pool.listTotal == Self.euro("4.200,00"))
        #expect(pool.saving == .zero && pool.pooledTotal == pool.listTotal && pool.shares.allSatisfy { $0.saving == .zero })
        let next = try #require(pool.nextTier)
        #expect(next.unitsNeeded == 15 && next.tier.fromQuantity == 50 && next.saving == Self.euro("300,00"))
        // Past the last tier there is no next one.
        let big = PooledDemand(item: item, demands: [Self.demand(Self.zorghuis, item, 120)], discounts: Self.fiftyHundred, year: 2026)
        #expect(big.tier?.fromQuantity == 100 && big.nextTier == nil && big.saving == Self.euro("1.440,00"))  // 120 × 120 × 10 %
        // Without a table nothing is reached and nothing comes next.
        let plain = PooledDemand(item: item, demands: [Self.demand(Self.zorghuis, item, 120)], discounts: .none, year: 2026)
        #expect(plain.tier == nil && plain.nextTier == nil && plain.saving == .zero && plain.listTotal == Self.euro("14.400,00"))
    }

    /// The 75-seat case plus demand that must not count: a fourth organisation's 30 seats,
    /// withdrawn (with them the pool would be 105 and reach 10 %), 50 seats for 2027 and
    /// 50 seats for another item. Still 75 seats, 5 %, € 450,00, shares 240/150/60.
    @Test("Withdrawn demand, demand for another year and for another item do not count")
    func withdrawnNotCounted() {
        let item = Self.item(.perSeat, price: "120,00"), other = Self.item(.perSeat, price: "120,00")
        let demands = [Self.demand(Self.zorghuis, item, 40), Self.demand(Self.thuiszorg, item, 25), Self.demand(Self.wijkteam, item, 10),
                       Self.demand(Self.leerhuis, item, 30, withdrawn: true), Self.demand(Self.leerhuis, item, 50, year: 2027),
                       Self.demand(Self.leerhuis, other, 50)]
        let pool = PooledDemand(item: item, demands: demands, discounts: Self.fiftyHundred, year: 2026)
        #expect(pool.quantity == 75 && pool.tier?.percent == Amount(whole: 5) && pool.saving == Self.euro("450,00"))
        #expect(pool.shares.map(\.organisationID) == [Self.zorghuis, Self.thuiszorg, Self.wijkteam])
        #expect(pool.shares.map(\.saving) == ["240,00", "150,00", "60,00"].map(Self.euro))
        #expect(pool.withdrawnCount == 1 && pool.notes == ["1 ingetrokken vraag telt niet mee."])
    }

    /// The 75-seat case after the 40-seat organisation withdraws: 25 + 10 = 35 < 50, so the
    /// pool drops below the 5 % tier. List 35 × 120,00 = € 4.200,00, saving € 0,00; next tier
    /// 15 seats away with € 300,00 saving (as in `noTier`).
    @Test("A withdrawal that drops the pool below its tier takes the discount away")
    func withdrawalDropsBelowTier() throws {
        let item = Self.item(.perSeat, price: "120,00")
        var demands = [Self.demand(Self.zorghuis, item, 40), Self.demand(Self.thuiszorg, item, 25), Self.demand(Self.wijkteam, item, 10)]
        demands[0].withdrawn = true
        let pool = PooledDemand(item: item, demands: demands, discounts: Self.fiftyHundred, year: 2026)
        #expect(pool.quantity == 35 && pool.tier == nil && pool.saving == .zero && pool.listTotal == Self.euro("4.200,00"))
        #expect(pool.shares.map(\.organisationID) == [Self.thuiszorg, Self.wijkteam])
        #expect(pool.nextTier?.unitsNeeded == 15 && pool.nextTier?.saving == Self.euro("300,00"))
        #expect(pool.withdrawnCount == 1)
    }

    /// Three organisations ask 3 seats each at € 111,11; tier 9 → 10 %.
    /// - List total 9 × 111,11 = € 999,99; 10 % is 99,999 → € 100,00 (0,9 cent rounds up).
    /// - Each exact share is 100,00 / 3 = 33,333…: rounded down 33,33 three times is 99,99,
    ///   so 1 cent is left; the remainders are equal, so it goes to the first: 33,34 / 33,33 / 33,33.
    /// - Pooled: 999,99 − 100,00 = € 899,99; per organisation 333,33 − 33,34 = 299,99, then 300,00 twice.
    @Test("€ 100,00 saved over three equal parties is 33,34 + 33,33 + 33,33 (largest remainder)")
    func largestRemainderEqualParties() {
        let item = Self.item(.perSeat, price: "111,11")
        let pool = PooledDemand(item: item, demands: [Self.demand(Self.zorghuis, item, 3), Self.demand(Self.thuiszorg, item, 3),
                                                      Self.demand(Self.wijkteam, item, 3)], discounts: Self.table([(9, "10")]), year: 2026)
        #expect(pool.listTotal == Self.euro("999,99") && pool.saving == Self.euro("100,00") && pool.pooledTotal == Self.euro("899,99"))
        #expect(pool.shares.map(\.saving) == ["33,34", "33,33", "33,33"].map(Self.euro))
        #expect(pool.shares.map(\.pooledTotal) == ["299,99", "300,00", "300,00"].map(Self.euro))
    }

    /// Seats 1 + 2 + 4 = 7 at € 14,29; tier 5 → 10 %.
    /// - List total 7 × 14,29 = € 100,03; 10 % is 10,003 → € 10,00 (0,3 cent rounds down).
    /// - Exact shares of 1.000 cents: 1000/7 = 142 rest 6; 2000/7 = 285 rest 5; 4000/7 = 571 rest 3.
    ///   142 + 285 + 571 = 998, so 2 cents are left: to the two largest remainders (6 and 5),
    ///   not to the largest party: 1,43 / 2,86 / 5,71.
    @Test("Left-over cents go to the largest remainders, not to the largest party")
    func largestRemainderUnequal() {
        let item = Self.item(.perSeat, price: "14,29")
        let pool = PooledDemand(item: item, demands: [Self.demand(Self.zorghuis, item, 1), Self.demand(Self.thuiszorg, item, 2),
                                                      Self.demand(Self.wijkteam, item, 4)], discounts: Self.table([(5, "10")]), year: 2026)
        #expect(pool.listTotal == Self.euro("100,03") && pool.saving == Self.euro("10,00"))
        #expect(pool.shares.map(\.saving) == ["1,43", "2,86", "5,71"].map(Self.euro))
    }

    /// An organisation licence at € 2.500,00; tiers 3 organisations → 10 %, 5 → 20 %.
    /// Demands: Zorghuis 40 "seats" and again 5, Thuiszorg 1, Wijkteam 200 — three
    /// organisations, each counted once whatever it typed.
    /// - List total 3 × 2.500,00 = € 7.500,00; 10 % = € 750,00; shares 750 × 1/3 = 250,00 each.
    /// - Next tier: 5 − 3 = 2 organisations more; then 5 × 2.500,00 = 12.500,00 × 20 % = € 2.500,00.
    @Test("Per-organisation licence: each organisation counts once, whatever quantity it typed")
    func perOrganisation() throws {
        let item = Self.item(.perOrganisation, price: "2.500,00")
        let demands = [Self.demand(Self.zorghuis, item, 40), Self.demand(Self.thuiszorg, item, 1), Self.demand(Self.wijkteam, item, 200),
                       Self.demand(Self.zorghuis, item, 5)]
        let pool = PooledDemand(item: item, demands: demands, discounts: Self.table([(3, "10"), (5, "20")]), year: 2026)
        #expect(pool.quantity == 3 && pool.shares.map(\.quantity) == [1, 1, 1] && pool.tier?.percent == Amount(whole: 10))
        #expect(pool.listTotal == Self.euro("7.500,00") && pool.saving == Self.euro("750,00"))
        #expect(pool.shares.map(\.saving) == Array(repeating: Self.euro("250,00"), count: 3))
        let next = try #require(pool.nextTier)
        #expect(next.unitsNeeded == 2 && next.saving == Self.euro("2.500,00"))
        #expect(next.dutch == "Nog 2 organisaties, dan geldt 20% korting (vanaf 5 organisaties): de besparing wordt dan € 2.500,00.")
        #expect(pool.notes == ["Licentie per organisatie: elke organisatie telt één keer mee, hoeveel plekken zij ook vraagt."])
        // Several seats of one organisation under a per-seat licence add up instead: 45 + 1 + 200.
        let seatItem = ContentItem(id: item.id, fields: Self.item(.perSeat, price: "1").fields)
        #expect(PooledDemand(item: seatItem, demands: demands, discounts: .none, year: 2026).shares.map(\.quantity) == [45, 1, 200])
    }

    /// Open content, 30 + 20 seats, with a table that would give 5 % at 50: no price, so
    /// list, pooled and saving are all € 0,00, no tier is reached and none comes next.
    @Test("Open content has no price: no saving, with a note saying why")
    func openContent() {
        let item = Self.item(.open, price: nil)
        let pool = PooledDemand(item: item, demands: [Self.demand(Self.zorghuis, item, 30), Self.demand(Self.thuiszorg, item, 20)],
                                discounts: Self.fiftyHundred, year: 2026)
        #expect(pool.quantity == 50 && pool.shares.count == 2 && pool.listPrice == nil)
        #expect(pool.listTotal == .zero && pool.saving == .zero && pool.tier == nil && pool.nextTier == nil)
        #expect(pool.notes == ["Open inhoud heeft geen prijs: samen afnemen levert geen besparing op, wel zicht op wie het gebruikt."])
    }

    /// The supplier sells the 75-seat item (saving 450,00: 240/150/60) and the organisation
    /// licence (750,00: 250 each); an item of another supplier is left out.
    /// - Supplier list 9.000,00 + 7.500,00 = € 16.500,00; saving 450,00 + 750,00 = € 1.200,00.
    /// - Zorghuis 4.800 + 2.500 = 7.300,00 list, 240 + 250 = 490,00 saved; Thuiszorg 3.000 + 2.500 = 5.500,00,
    ///   400,00; Wijkteam 1.200 + 2.500 = 3.700,00, 310,00. Savings add up: 490 + 400 + 310 = 1.200,00.
    @Test("Per supplier: items pooled on their own, totals and each organisation's saving added up exactly")
    func supplier() {
        let seats = Self.item(.perSeat, price: "120,00"), licence = Self.item(.perOrganisation, price: "2.500,00")
        let foreign = Self.item(.perSeat, price: "10,00", supplier: Self.otherSupplier)
        var demands: [DemandFields] = []
        for (org, n) in [(Self.zorghuis, 40), (Self.thuiszorg, 25), (Self.wijkteam, 10)] {
            demands += [Self.demand(org, seats, n), Self.demand(org, licence, 1), Self.demand(org, foreign, 100)]
        }
        let pool = SupplierPooledDemand(supplierID: Self.supplier, items: [seats, foreign, licence], demands: demands,
                                        discounts: [seats.id: Self.fiftyHundred, licence.id: Self.table([(3, "10")]), foreign.id: Self.fiftyHundred],
                                        year: 2026)
        #expect(pool.items.map(\.itemID) == [seats.id, licence.id])
        #expect(pool.listTotal == Self.euro("16.500,00") && pool.saving == Self.euro("1.200,00") && pool.pooledTotal == Self.euro("15.300,00"))
        #expect(pool.organisations.map(\.organisationID) == [Self.zorghuis, Self.thuiszorg, Self.wijkteam])
        #expect(pool.organisations.map(\.listTotal) == ["7.300,00", "5.500,00", "3.700,00"].map(Self.euro))
        #expect(pool.organisations.map(\.saving) == ["490,00", "400,00", "310,00"].map(Self.euro))
        // An item without a table gets no discount.
        let bare = SupplierPooledDemand(supplierID: Self.supplier, items: [seats], demands: demands, discounts: [:], year: 2026)
        #expect(bare.saving == .zero && bare.listTotal == Self.euro("9.000,00"))
    }

    // MARK: Exact arithmetic

    @Test("Percentages round half up to the cent, on whole numbers")
    func percentageRounding() {
        // 0,10 × 5 % = 0,5 cent → 1 cent; 0,09 × 5 % = 0,45 cent → 0; 0,50 × 5 % = 2,5 cent → 3 (half up, not half even: 2).
        #expect(Amount(hundredths: 10).percentage(Amount(whole: 5)) == Amount(hundredths: 1))
        #expect(Amount(hundredths: 9).percentage(Amount(whole: 5)) == .zero)
        #expect(Amount(hundredths: 50).percentage(Amount(whole: 5)) == Amount(hundredths: 3))
        // 1.234,56 × 7,25 % = 89,5056 → 89,51.
        #expect(Self.euro("1.234,56").percentage(Self.percent("7,25")) == Self.euro("89,51"))
        // Large amounts do not overflow: € 10 miljard × 99,99 %.
        #expect(Amount(whole: 10_000_000_000).percentage(Self.percent("99,99")) == Amount(whole: 9_999_000_000))
    }

    @Test("Allocated parts always add up to the total and stay within a cent of the exact share")
    func allocationAddsUp() {
        let totals = [0, 1, 2, 99, 100, 10_000, 123_457, 1_000_000_007]
        let weightSets = [[1], [1, 1], [1, 1, 1], [3, 3, 3], [1, 2, 4], [7, 0, 5, 11], [40, 25, 10], [1, 1, 1, 1, 1, 1, 1], [50_000, 1, 49_999]]
        for total in totals {
            for weights in weightSets {
                let parts = Amount(hundredths: total).allocated(proportionalTo: weights)
                #expect(parts.reduce(.zero, +) == Amount(hundredths: total), "\(total) over \(weights)")
                let sum = weights.reduce(0, +)
                for (part, w) in zip(parts, weights) {
                    let exact = Double(total) * Double(w) / Double(sum)
                    #expect(abs(Double(part.hundredths) - exact) < 1, "\(total) over \(weights)")
                }
            }
        }
        #expect(Amount(hundredths: 500).allocated(proportionalTo: [0, 0]) == [.zero, .zero])
        #expect(Amount(hundredths: 500).allocated(proportionalTo: []) == [])
    }

    // MARK: Discount tables

    @Test("A table from typed rows: empty rows skipped, percent signs and decimals read the Dutch way, round trip")
    func validTable() throws {
        let rows = [VolumeDiscountTierInput(fromQuantity: " 50 ", percent: "5"), VolumeDiscountTierInput(fromQuantity: "", percent: " "),
                    VolumeDiscountTierInput(fromQuantity: "100", percent: "7,5 %"), VolumeDiscountTierInput(fromQuantity: "250", percent: "7,5"),
                    VolumeDiscountTierInput(fromQuantity: "500", percent: "12.25")]
        let table = try VolumeDiscountTable.validate(rows).get()
        #expect(table.tiers.map(\.fromQuantity) == [50, 100, 250, 500])
        #expect(table.tiers.map(\.percent) == ["5", "7,5", "7,5", "12,25"].map(Self.percent))
        #expect(table.tiers.map(\.dutchPercent) == ["5%", "7,5%", "7,5%", "12,25%"])
        #expect(table.tier(for: 49) == nil && table.tier(for: 50)?.fromQuantity == 50 && table.tier(for: 499)?.fromQuantity == 250)
        #expect(table.tier(after: 50)?.fromQuantity == 100 && table.tier(after: 500) == nil)
        #expect(try VolumeDiscountTable.validate(VolumeDiscountTierInput.rows(table)).get() == table)
        #expect(try VolumeDiscountTable.validate([]).get() == .none)
        let json = try JSONDecoder().decode([VolumeDiscountTierInput].self, from: Data(#"[{"fromQuantity":50,"percent":5.5}]"#.utf8))
        #expect(try VolumeDiscountTable.validate(json).get().tiers == [VolumeDiscountTier(fromQuantity: 50, percent: Self.percent("5,5"))])
    }

    @Test("Invalid tables are explained in Dutch: thresholds not increasing, 0%, 100%, a percentage that goes down")
    func invalidTables() {
        func errors(_ rows: [(String?, String?)]) -> ValidationFailure? {
            guard case .failure(let f) = VolumeDiscountTable.validate(rows.map { VolumeDiscountTierInput(fromQuantity: $0.0, percent: $0.1) }) else { return nil }
            return f
        }
        let same = errors([("50", "5"), ("50", "6")])
        #expect(same?.messages(for: "tiers[1].fromQuantity") == ["Rij 2 begint ook bij 50, net als rij 1: elk aantal hoort bij één staffel."])
        let down = errors([("100", "5"), ("50", "6")])
        #expect(down?.messages(for: "tiers[1].fromQuantity") == ["Rij 2 (vanaf 50) staat na rij 1 (vanaf 100): zet de staffels van klein naar groot aantal."])
        let zero = errors([("50", "0")])
        #expect(zero?.messages(for: "tiers[0].percent") == ["Korting in rij 1 is 0%: een staffel zonder korting heeft geen zin; laat de rij weg."])
        let hundred = errors([("50", "100%")])
        #expect(hundred?.messages(for: "tiers[0].percent") == ["Korting in rij 1 is 100%: een korting is minder dan 100%, anders betaalt niemand meer iets."])
        let lower = errors([("50", "10"), ("100", "7,5")])
        #expect(lower?.messages(for: "tiers[1].percent") == ["Rij 2 geeft 7,5% korting vanaf 100, minder dan de 10% van rij 1 vanaf 50: wie meer afneemt, krijgt minstens dezelfde korting."])
        let typed = errors([("0", "5"), ("vijftig", "5"), ("50", ""), ("60", "-5"), ("70", "5,125"), ("80", "veel")])
        #expect(typed?.messages(for: "tiers[0].fromQuantity") == ["Vanaf aantal in rij 1 moet een heel getal zijn van 1 tot en met 1000000, niet ‘0’."])
        #expect(typed?.messages(for: "tiers[1].fromQuantity").count == 1)
        #expect(typed?.messages(for: "tiers[2].percent") == ["Korting in rij 3 is verplicht: een percentage, zoals 5 voor 5%."])
        #expect(typed?.messages(for: "tiers[3].percent") == ["Korting in rij 4 ‘-5’ is negatief: een korting is een percentage boven 0, zoals 5 voor 5%."])
        #expect(typed?.messages(for: "tiers[4].percent") == ["Korting in rij 5 ‘5,125’ heeft meer dan twee cijfers achter de komma."])
        #expect(typed?.messages(for: "tiers[5].percent") == ["Korting in rij 6 ‘veel’ is geen getal; schrijf bijvoorbeeld 5 of 7,5."])
        // A bad row is compared with nothing: the next good row follows the last good one.
        let skipped = errors([("50", "5"), ("40", "0"), ("100", "10")])
        #expect(skipped?.errors.map(\.field) == ["tiers[1].percent"])
        let many = errors(Array(repeating: ("1", "1"), count: VolumeDiscountTable.maxTiers + 1))
        #expect(many?.messages(for: "tiers") == ["Hoogstens 20 staffels; dit zijn er 21."])
    }

    // MARK: Validation of catalogue items, suppliers and demand

    static let vocabulary = ContentVocabulary(supplierIDs: [supplier], skillKeys: ["veilig-werken", "medicatie"], moduleIDs: [module])

    @Test("A catalogue item: references checked, price read the Dutch way, open content without price; round trip")
    func contentItem() throws {
        var i = ContentItemInput()
        i.title = "  Fictieve e-learning Medicatie  "; i.supplierId = Self.supplier.uuidString
        i.skills = ["medicatie", " veilig-werken", "medicatie"]; i.moduleIds = [Self.module.uuidString]
        i.licenceModel = "per-plek"; i.listPrice = "€ 1.250,50"
        let f = try ContentItemFields.validate(i, vocabulary: Self.vocabulary).get()
        #expect(f.title == "Fictieve e-learning Medicatie" && f.supplierID == Self.supplier && f.skillKeys == ["medicatie", "veilig-werken"])
        #expect(f.moduleIDs == [Self.module] && f.licenceModel == .perSeat && f.listPrice == Self.euro("1.250,50"))
        #expect(try ContentItemFields.validate(ContentItemInput(f), vocabulary: Self.vocabulary).get() == f)

        var open = i; open.licenceModel = "open"; open.listPrice = nil
        #expect(try ContentItemFields.validate(open, vocabulary: Self.vocabulary).get().listPrice == nil)
        let json = try JSONDecoder().decode(ContentItemInput.self, from: Data(#"{"title":"X","supplierId":"\#(Self.supplier)","licenceModel":"per-organisatie","listPrice":2500}"#.utf8))
        #expect(try ContentItemFields.validate(json, vocabulary: Self.vocabulary).get().listPrice == Amount(whole: 2500))
        #expect(LicenceModel.allCases.map(\.dutchLabel) == ["Per plek", "Per organisatie", "Open"])
    }

    @Test("A catalogue item with errors: every problem in Dutch")
    func contentItemInvalid() {
        var i = ContentItemInput()
        i.supplierId = UUID().uuidString; i.skills = ["vliegen"]; i.moduleIds = ["geen-id"]; i.licenceModel = "open"; i.listPrice = "10"
        guard case .failure(let f) = ContentItemFields.validate(i, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(f.errors.map(\.field) == ["title", "supplierId", "skills", "moduleIds", "listPrice"])
        #expect(f.messages(for: "skills") == ["Onbekende vaardigheid: ‘vliegen’."])
        #expect(f.messages(for: "listPrice") == ["Open inhoud heeft geen prijs; laat de prijs leeg of kies een ander licentiemodel."])
        #expect(f.messages(for: "supplierId").first?.hasPrefix("Onbekende leverancier") == true)

        var paid = ContentItemInput(); paid.title = "X"; paid.licenceModel = "per-organisatie"
        guard case .failure(let g) = ContentItemFields.validate(paid, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(g.messages(for: "supplierId") == ["Leverancier is verplicht."])
        #expect(g.messages(for: "listPrice") == ["Prijs is verplicht bij licentiemodel ‘Per organisatie’: wat kost één organisatie per jaar volgens de prijslijst?"])
        paid.listPrice = "-5"
        guard case .failure(let h) = ContentItemFields.validate(paid, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(h.messages(for: "listPrice") == ["Prijs ‘-5’ is negatief: een prijs is nooit negatief; een korting hoort in de staffel."])
        paid.listPrice = "2.000.000"
        guard case .failure(let k) = ContentItemFields.validate(paid, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(k.messages(for: "listPrice") == ["Prijs is te hoog: hoogstens € 1.000.000,00 per eenheid."])
        var noModel = ContentItemInput(); noModel.title = "X"; noModel.supplierId = Self.supplier.uuidString
        guard case .failure(let m) = ContentItemFields.validate(noModel, vocabulary: Self.vocabulary) else { Issue.record("expected errors"); return }
        #expect(m.errors.map(\.field) == ["licenceModel"])
    }

    @Test("A supplier: name required, website a web address, contact free text")
    func supplierValidation() throws {
        var i = SupplierInput(); i.name = " Fictieve Uitgeverij De Leeslamp "; i.website = "https://voorbeeld.nl"; i.contact = "Inkoop, 030 000 00 00"
        let f = try SupplierFields.validate(i).get()
        #expect(f == SupplierFields(name: "Fictieve Uitgeverij De Leeslamp", website: "https://voorbeeld.nl", contact: "Inkoop, 030 000 00 00"))
        #expect(try SupplierFields.validate(SupplierInput(f)).get() == f)
        var bad = SupplierInput(); bad.website = "voorbeeld.nl"
        guard case .failure(let e) = SupplierFields.validate(bad) else { Issue.record("expected errors"); return }
        #expect(e.messages(for: "name") == ["Naam is verplicht."])
        #expect(e.messages(for: "website") == ["Website ‘voorbeeld.nl’ is geen geldig webadres; begin met https://."])
    }

    @Test("Demand: organisation and item known, year near this year, a whole quantity of at least 1; withdrawn kept")
    func demandValidation() throws {
        let item = UUID()
        var i = DemandInput()
        i.organisationId = Self.zorghuis.uuidString; i.itemId = item.uuidString; i.year = "2026"; i.quantity = " 40 "
        i.note = "Voor alle nieuwe medewerkers."; i.withdrawn = "ja"
        let f = try DemandFields.validate(i, organisationIDs: [Self.zorghuis], itemIDs: [item], thisYear: 2026).get()
        #expect(f == DemandFields(organisationID: Self.zorghuis, itemID: item, year: 2026, quantity: 40, note: "Voor alle nieuwe medewerkers.", withdrawn: true))
        #expect(try DemandFields.validate(DemandInput(f), organisationIDs: [Self.zorghuis], itemIDs: [item], thisYear: 2026).get() == f)
        let json = try JSONDecoder().decode(DemandInput.self, from: Data(#"{"organisationId":"\#(Self.zorghuis)","itemId":"\#(item)","year":2027,"quantity":5}"#.utf8))
        #expect(try DemandFields.validate(json, organisationIDs: [Self.zorghuis], itemIDs: [item], thisYear: 2026).get().withdrawn == false)

        var bad = DemandInput(); bad.itemId = UUID().uuidString; bad.year = "2036"; bad.quantity = "0"; bad.withdrawn = "misschien"
        guard case .failure(let e) = DemandFields.validate(bad, organisationIDs: [Self.zorghuis], itemIDs: [item], thisYear: 2026) else {
            Issue.record("expected errors"); return
        }
        #expect(e.errors.map(\.field) == ["organisationId", "itemId", "year", "quantity", "withdrawn"])
        #expect(e.messages(for: "organisationId") == ["Organisatie is verplicht."])
        #expect(e.messages(for: "year") == ["Jaar moet een heel getal zijn van 2021 tot en met 2031, niet ‘2036’."])
        #expect(e.messages(for: "quantity") == ["Aantal moet een heel getal zijn van 1 tot en met 50000, niet ‘0’."])
        #expect(e.messages(for: "withdrawn") == ["Ingetrokken: ‘misschien’ is geen ja of nee."])
    }
}
