import Foundation

/// One item of the regional offer as the catalogue shows and searches it: a module or
/// a learning route, reduced to what users filter on.
public struct CatalogueEntry: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable, DutchLabelled {
        case module, route = "leerroute"
        public var dutchLabel: String { self == .module ? "Module" : "Leerroute" }
    }

    public var id: UUID
    public var kind: Kind
    public var title: String
    /// Searchable text besides the title: description, skill names, provider names.
    public var body: String
    /// The module's provider; a route's employers and the providers of its modules.
    public var organisationIDs: [UUID]
    public var hours: Int
    public var forms: [LearningForm]
    /// Where it is learned; empty means anywhere (online, or not tied to a place).
    public var municipalityCodes: [String]
    /// What the learner pays, in cents: 0 when funded; nil when a price is unknown.
    public var learnerCostCents: Int?
    public var skills: [String]
    /// Roles it leads to (a route) or teaches skills for (a module).
    public var roles: [String]
    public var targetGroups: [String]

    public init(id: UUID, kind: Kind, title: String, body: String = "", organisationIDs: [UUID] = [], hours: Int = 0, forms: [LearningForm] = [],
                municipalityCodes: [String] = [], learnerCostCents: Int? = nil, skills: [String] = [], roles: [String] = [], targetGroups: [String] = []) {
        self.id = id; self.kind = kind; self.title = title; self.body = body; self.organisationIDs = organisationIDs; self.hours = hours
        self.forms = forms; self.municipalityCodes = municipalityCodes; self.learnerCostCents = learnerCostCents; self.skills = skills
        self.roles = roles; self.targetGroups = targetGroups
    }

    /// A module: it counts for every role that requires a skill it teaches.
    public static func module(id: UUID, _ f: ModuleFields, roles: [Role], body: String = "") -> CatalogueEntry {
        let taught = Set(f.skills.map(\.skill))
        return CatalogueEntry(id: id, kind: .module, title: f.title, body: [f.description ?? "", body].joined(separator: " "),
                              organisationIDs: f.providerID.map { [$0] } ?? [], hours: f.hours, forms: [f.form],
                              municipalityCodes: f.municipalityCodes, learnerCostCents: f.funded ? 0 : f.costCents,
                              skills: f.skills.map(\.skill), roles: roles.filter { $0.requires.contains { taught.contains($0.skill) } }.map(\.key))
    }

    /// A route, added up from its modules (`modules[id]`, missing ones count nothing):
    /// places are those of its modules and employers (`employerPlaces`).
    public static func route(id: UUID, _ f: LearningRouteFields, modules: [UUID: ModuleFields], employerPlaces: [String] = [], body: String = "") -> CatalogueEntry {
        let totals = RouteCoverage.of(f, modules: modules, role: nil)
        var skills: [String] = [], forms: [LearningForm] = [], places: [String] = [], providers: [UUID] = f.employerIDs
        func add<T: Equatable>(_ value: T, to list: inout [T]) { if !list.contains(value) { list.append(value) } }
        for step in f.steps {
            switch step {
            case .module(let moduleID):
                guard let m = modules[moduleID] else { continue }
                m.skills.forEach { add($0.skill, to: &skills) }
                add(m.form, to: &forms)
                m.municipalityCodes.forEach { add($0, to: &places) }
                if let p = m.providerID { add(p, to: &providers) }
            case .workplace(_, _, let taught):
                taught.forEach { add($0.skill, to: &skills) }
                add(.workplace, to: &forms)
            }
        }
        employerPlaces.forEach { add($0, to: &places) }
        return CatalogueEntry(id: id, kind: .route, title: f.title, body: [f.intakeRequirements ?? "", body].joined(separator: " "),
                              organisationIDs: providers, hours: totals.totalHours, forms: forms, municipalityCodes: places,
                              learnerCostCents: totals.costComplete ? totals.totalCostCents : nil, skills: skills,
                              roles: f.roleKey.map { [$0] } ?? [], targetGroups: f.targetGroups)
    }
}
