import Foundation

/// One organisation's part in the pooled purchase of an item.
public struct PooledShare: Equatable, Sendable {
    public let organisationID: UUID
    /// The units counted for it: its seats, or 1 under a per-organisation licence.
    public let quantity: Int
    /// What its units cost at list price.
    public let listTotal: Amount
    /// Its part of the saving, in proportion to its quantity.
    public let saving: Amount
    /// What it pays when the region buys together.
    public var pooledTotal: Amount { listTotal - saving }
}

/// The tier a pool would reach next, for the coordinator who looks for more participants.
public struct NextTier: Equatable, Sendable {
    public let tier: VolumeDiscountTier
    /// Units still needed to reach it.
    public let unitsNeeded: Int
    /// The item's saving once the pool is exactly at the tier's threshold: the threshold at
    /// list price, times the tier's percentage, rounded like every saving.
    public let saving: Amount
    let licenceModel: LicenceModel

    /// "Nog 25 plekken, dan geldt 10% korting (vanaf 100 plekken): de besparing wordt dan € 1.200,00."
    public var dutch: String {
        "Nog \(licenceModel.units(unitsNeeded)), dan geldt \(tier.dutchPercent) korting (vanaf \(licenceModel.units(tier.fromQuantity))): "
            + "de besparing wordt dan \(ValueUnit.euro.dutch(saving))."
    }
}

/// The region's demand for one catalogue item in one year, pooled: what the organisations
/// together would buy, the discount that reaches, and what each of them saves.
///
/// - Only demand for this item and year counts, and withdrawn demand does not.
/// - Units are seats; under a per-organisation licence each organisation counts once,
///   whatever quantity it typed, because the supplier charges it once. An organisation
///   with several demands for the item is one participant (its seats added up).
/// - The saving is the list total (quantity × list price) times the tier's percentage,
///   rounded once, for the item as a whole, to the cent half up (`Amount.percentage`).
///   It is split over the organisations in proportion to their quantities by the
///   largest-remainder method (`Amount.allocated`), so the shares add up to the saving
///   exactly; ties for a leftover cent go to the organisation that asked first.
/// - Open content has no price: totals and saving are zero, and a note says why.
public struct PooledDemand: Equatable, Sendable {
    public let itemID: UUID
    public let year: Int
    public let licenceModel: LicenceModel
    /// nil for open content (and for a paid item whose price is not known).
    public let listPrice: Amount?
    /// Units counted: seats, or organisations under a per-organisation licence.
    public let quantity: Int
    /// The participating organisations, in the order of their first demand.
    public let shares: [PooledShare]
    /// Demands for this item and year that were withdrawn and so do not count.
    public let withdrawnCount: Int
    /// The tier reached: the highest threshold at or below `quantity`; nil below the first.
    public let tier: VolumeDiscountTier?
    public let listTotal: Amount
    public let saving: Amount
    /// The next tier above `quantity`, if the table has one (not for unpriced content).
    public let nextTier: NextTier?
    /// Plain Dutch remarks for under the figures: why there is no saving, how units are
    /// counted, what was left out.
    public let notes: [String]

    /// What the organisations together pay after the discount.
    public var pooledTotal: Amount { listTotal - saving }

    public init(item: ContentItem, demands: [DemandFields], discounts: VolumeDiscountTable, year: Int) {
        let model = item.fields.licenceModel
        let relevant = demands.filter { $0.itemID == item.id && $0.year == year }
        var order: [UUID] = [], units: [UUID: Int] = [:]
        for d in relevant where !d.withdrawn {
            if units[d.organisationID] == nil { order.append(d.organisationID) }
            units[d.organisationID] = model == .perOrganisation ? 1 : units[d.organisationID, default: 0] + d.quantity
        }
        let quantities = order.map { units[$0]! }, total = quantities.reduce(0, +)
        itemID = item.id; self.year = year; licenceModel = model; quantity = total
        withdrawnCount = relevant.count(where: \.withdrawn)
        var notes: [String] = []
        if let price = model.isPaid ? item.fields.listPrice : nil {
            let list = price * total, reached = discounts.tier(for: total)
            let saved = reached.map { list.percentage($0.percent) } ?? .zero
            let savings = saved.allocated(proportionalTo: quantities)
            listPrice = price; listTotal = list; tier = reached; saving = saved
            shares = order.indices.map { i in
                PooledShare(organisationID: order[i], quantity: quantities[i], listTotal: price * quantities[i], saving: savings[i])
            }
            nextTier = discounts.tier(after: total).map {
                NextTier(tier: $0, unitsNeeded: $0.fromQuantity - total, saving: (price * $0.fromQuantity).percentage($0.percent), licenceModel: model)
            }
        } else {
            listPrice = nil; listTotal = .zero; tier = nil; saving = .zero; nextTier = nil
            shares = order.indices.map { PooledShare(organisationID: order[$0], quantity: quantities[$0], listTotal: .zero, saving: .zero) }
            notes.append(model.isPaid ? "De prijs per eenheid is niet bekend, dus de besparing is niet te berekenen."
                                      : "Open inhoud heeft geen prijs: samen afnemen levert geen besparing op, wel zicht op wie het gebruikt.")
        }
        if model == .perOrganisation && relevant.contains(where: { !$0.withdrawn && $0.quantity != 1 }) {
            notes.append("Licentie per organisatie: elke organisatie telt één keer mee, hoeveel plekken zij ook vraagt.")
        }
        if withdrawnCount > 0 {
            notes.append(withdrawnCount == 1 ? "1 ingetrokken vraag telt niet mee." : "\(withdrawnCount) ingetrokken vragen tellen niet mee.")
        }
        self.notes = notes
    }
}

/// What one organisation saves with a supplier over all the items it asks for.
public struct OrganisationSaving: Equatable, Sendable {
    public let organisationID: UUID
    public let listTotal: Amount
    public let saving: Amount
    public var pooledTotal: Amount { listTotal - saving }
}

/// A supplier's items pooled for a year: each item as `PooledDemand` with its own discount
/// table, and the totals over them.
///
/// Discounts are agreed per item, not over a supplier's whole catalogue: items count
/// different units (seats, organisations) at different prices, so one threshold over
/// all of them would add seats to organisations. The supplier's figures therefore add
/// up its items' figures, and each organisation's saving is the sum of its shares, exact
/// because each share is.
public struct SupplierPooledDemand: Equatable, Sendable {
    public let supplierID: UUID
    public let year: Int
    /// The supplier's items in the order given, each pooled.
    public let items: [PooledDemand]
    /// Per organisation over the items, in the order it first appears in `items`.
    public let organisations: [OrganisationSaving]
    public let listTotal: Amount
    public let saving: Amount

    public var pooledTotal: Amount { listTotal - saving }

    /// `items` may hold other suppliers' items too (the whole catalogue); only this
    /// supplier's are pooled. An item without a table in `discounts` gets no discount.
    public init(supplierID: UUID, items: [ContentItem], demands: [DemandFields], discounts: [UUID: VolumeDiscountTable], year: Int) {
        self.supplierID = supplierID; self.year = year
        self.items = items.filter { $0.fields.supplierID == supplierID }
            .map { PooledDemand(item: $0, demands: demands, discounts: discounts[$0.id] ?? .none, year: year) }
        var order: [UUID] = [], totals: [UUID: (list: Amount, saving: Amount)] = [:]
        for share in self.items.flatMap(\.shares) {
            if totals[share.organisationID] == nil { order.append(share.organisationID) }
            let sum = totals[share.organisationID] ?? (.zero, .zero)
            totals[share.organisationID] = (sum.list + share.listTotal, sum.saving + share.saving)
        }
        organisations = order.map { OrganisationSaving(organisationID: $0, listTotal: totals[$0]!.list, saving: totals[$0]!.saving) }
        listTotal = self.items.reduce(.zero) { $0 + $1.listTotal }
        saving = self.items.reduce(.zero) { $0 + $1.saving }
    }
}
