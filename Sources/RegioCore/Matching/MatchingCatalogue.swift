import Foundation

/// The centre of a municipality, for travel distances "as the crow flies".
public struct MunicipalityCentroid: Codable, Equatable, Sendable {
    public var code: String
    public var name: String
    public var latitude: Double
    public var longitude: Double

    public init(code: String, name: String, latitude: Double, longitude: Double) {
        self.code = code; self.name = name; self.latitude = latitude; self.longitude = longitude
    }

    /// Great-circle distance in km (haversine, earth radius 6,371 km).
    public func distanceKm(to other: MunicipalityCentroid) -> Double {
        Self.haversineKm(latitude, longitude, other.latitude, other.longitude)
    }

    static func haversineKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6_371 * asin(min(1, a.squareRoot()))
    }
}

/// An organisation as matching needs it: a name for the explanation, a place on the map.
public struct MatchingOrganisation: Codable, Equatable, Sendable {
    public var name: String
    public var municipalityCode: String
    public init(name: String, municipalityCode: String) { self.name = name; self.municipalityCode = municipalityCode }
}

/// Everything the engine matches against, built once and shared by every candidate.
///
/// Building does the expensive work: ids are sorted (so ties always break the same way),
/// keys become integer indices, and for every route the coverage of its role
/// (`RouteCoverage.of`) becomes a bit mask, its places a list of municipality indices
/// and its intake dates a sorted list of day numbers. Matching one candidate is then a
/// single pass over the routes with integer work and no allocation per route.
///
/// Data that refers to something unknown (a module id, a municipality, a role) is left
/// out quietly: the offer's own validation reports it where it is entered.
public struct MatchingCatalogue: Sendable {
    /// How many modules per missing skill (the shortest first) the gap cover considers.
    public static let gapCandidatesPerSkill = 64

    public let taxonomy: SkillTaxonomy
    // Skills
    let skillKeys: [String]
    let skillIndex: [String: Int]
    // Municipalities, sorted by code
    let municipalities: [MunicipalityCentroid]
    let municipalityIndex: [String: Int]
    // Roles, sorted by key; requirements flattened
    let roles: [Role]
    let roleIndex: [String: Int]
    let reqStart: [Int]          // roles.count + 1 offsets into reqSkill / reqLevel
    let reqSkill: [Int]
    let reqLevel: [UInt8]
    let wordStart: [Int]         // roles.count + 1 offsets of 64-bit mask words per role
    // Modules, sorted by id
    let moduleIDs: [UUID]
    let modules: [ModuleFields]
    let moduleSkillStart: [Int]
    let moduleSkill: [Int]
    let moduleLevel: [UInt8]
    /// Study hours per module, apart from the fields: the gap cover reads them in its inner loop.
    let moduleHours: [Int]
    /// `teaching[skill * 4 + level - 1]`: modules teaching the skill at `level` or higher, shortest first.
    let teaching: [[Int]]
    // Routes, sorted by id
    let routeIDs: [UUID]
    let routes: [LearningRouteFields]
    let routeCoverage: [RouteCoverage]
    let routeRole: [Int]         // -1: no known role, not matched
    let routeMask: [UInt64]      // per route, the words of its role (offset routeMaskStart)
    let routeMaskStart: [Int]
    let routeHoursPerWeek: [Int] // 0: not stated
    let routeLocationStart: [Int]
    let routeLocation: [Int]     // municipality indices
    let routeIntakeStart: [Int]
    let routeIntake: [Int]       // sorted day numbers; none: start any time
    let routeGroupStart: [Int]
    let routeGroup: [Int]        // target group indices
    let routeHasEmployer: [Bool]
    let routeLanguageLevel: [String?]
    let targetGroupIndex: [String: Int]
    // Learning places, sorted by id
    let placeIDs: [UUID]
    let places: [LearningPlaceFields]
    let placeMunicipality: [Int]
    let placesByRole: [[Int]]
    public let organisations: [UUID: MatchingOrganisation]

    public init(taxonomy: SkillTaxonomy, modules: [UUID: ModuleFields], routes: [UUID: LearningRouteFields],
                places: [UUID: LearningPlaceFields] = [:], municipalities: [MunicipalityCentroid],
                organisations: [UUID: MatchingOrganisation] = [:]) {
        self.taxonomy = taxonomy
        self.organisations = organisations
        let skillKeys = taxonomy.skills.map(\.key).sorted()
        let skillIndex = Dictionary(uniqueKeysWithValues: skillKeys.enumerated().map { ($1, $0) })
        self.skillKeys = skillKeys; self.skillIndex = skillIndex

        var seenCodes = Set<String>()
        let munis = municipalities.sorted { $0.code < $1.code }.filter { seenCodes.insert($0.code).inserted }
        let muniIndex = Dictionary(uniqueKeysWithValues: munis.enumerated().map { ($1.code, $0) })
        self.municipalities = munis; self.municipalityIndex = muniIndex

        let roles = taxonomy.roles.sorted { $0.key < $1.key }
        let roleIndex = Dictionary(uniqueKeysWithValues: roles.enumerated().map { ($1.key, $0) })
        var reqStart = [0], reqSkill: [Int] = [], reqLevel: [UInt8] = [], wordStart = [0]
        for r in roles {
            for q in r.requires { reqSkill.append(skillIndex[q.skill] ?? -1); reqLevel.append(UInt8(q.level.rawValue)) }
            reqStart.append(reqSkill.count)
            wordStart.append(wordStart.last! + (r.requires.count + 63) / 64)
        }
        self.roles = roles; self.roleIndex = roleIndex
        self.reqStart = reqStart; self.reqSkill = reqSkill; self.reqLevel = reqLevel; self.wordStart = wordStart

        let moduleIDs = modules.keys.sorted { $0.uuidString < $1.uuidString }
        let moduleList = moduleIDs.map { modules[$0]! }
        var mStart = [0], mSkill: [Int] = [], mLevel: [UInt8] = []
        var teaching = [[Int]](repeating: [], count: skillKeys.count * 4)
        for (i, m) in moduleList.enumerated() {
            for s in m.skills {
                guard let k = skillIndex[s.skill] else { continue }
                mSkill.append(k); mLevel.append(UInt8(s.level.rawValue))
                for level in 1...s.level.rawValue { teaching[k * 4 + level - 1].append(i) }
            }
            mStart.append(mSkill.count)
        }
        for j in teaching.indices {
            teaching[j].sort { (moduleList[$0].hours, $0) < (moduleList[$1].hours, $1) }
        }
        self.moduleIDs = moduleIDs; self.modules = moduleList; self.moduleHours = moduleList.map(\.hours)
        self.moduleSkillStart = mStart; self.moduleSkill = mSkill; self.moduleLevel = mLevel; self.teaching = teaching

        let placeIDs = places.keys.sorted { $0.uuidString < $1.uuidString }
        let placeList = placeIDs.map { places[$0]! }
        var placesByRole = [[Int]](repeating: [], count: roles.count)
        var placesByOrganisation: [UUID: [Int]] = [:]
        for (i, p) in placeList.enumerated() {
            if let key = p.roleKey, let r = roleIndex[key] { placesByRole[r].append(i) }
            placesByOrganisation[p.organisationID, default: []].append(i)
        }
        self.placeIDs = placeIDs; self.places = placeList
        self.placeMunicipality = placeList.map { muniIndex[$0.municipalityCode] ?? -1 }
        self.placesByRole = placesByRole

        let groups = Set(routes.values.flatMap(\.targetGroups)).sorted()
        let groupIndex = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
        self.targetGroupIndex = groupIndex

        let routeIDs = routes.keys.sorted { $0.uuidString < $1.uuidString }
        var rList: [LearningRouteFields] = [], rCoverage: [RouteCoverage] = [], rRole: [Int] = []
        var rMask: [UInt64] = [], rMaskStart = [0], rHPW: [Int] = [], rLocStart = [0], rLoc: [Int] = []
        var rIntakeStart = [0], rIntake: [Int] = [], rGroupStart = [0], rGroup: [Int] = [], rEmployer: [Bool] = [], rLanguage: [String?] = []
        for id in routeIDs {
            let route = routes[id]!
            let r = route.roleKey.flatMap { roleIndex[$0] } ?? -1
            let coverage = RouteCoverage.of(route, modules: modules, role: r >= 0 ? roles[r] : nil)
            rList.append(route); rCoverage.append(coverage); rRole.append(r)
            if r >= 0 {
                // The route's share of the role as bits, in the order of `role.requires`.
                let covered = Set(coverage.covered)
                var words = [UInt64](repeating: 0, count: wordStart[r + 1] - wordStart[r])
                for (j, q) in roles[r].requires.enumerated() where covered.contains(q.skill) { words[j / 64] |= 1 << UInt64(j % 64) }
                rMask += words
            }
            rMaskStart.append(rMask.count)
            rHPW.append(max(0, route.hoursPerWeek ?? 0))
            var locations = Set<Int>(), language: String?
            for step in route.steps {
                guard case .module(let mid) = step, let m = modules[mid] else { continue }
                if let l = m.languageLevel, language.map({ l > $0 }) ?? true { language = l }
                if m.form != .online { for code in m.municipalityCodes { if let k = muniIndex[code] { locations.insert(k) } } }
            }
            for e in route.employerIDs {
                if let k = organisations[e].flatMap({ muniIndex[$0.municipalityCode] }) { locations.insert(k) }
                for p in placesByOrganisation[e] ?? [] where placeList[p].roleKey == nil || placeList[p].roleKey == route.roleKey {
                    if let k = muniIndex[placeList[p].municipalityCode] { locations.insert(k) }
                }
            }
            rLoc += locations.sorted(); rLocStart.append(rLoc.count)
            // A route starts with its first step: fixed intake dates of a first module, else any time.
            if case .module(let first)? = route.steps.first, let m = modules[first] {
                rIntake += Set(m.intakeDates.map(\.dayNumber)).sorted()
            }
            rIntakeStart.append(rIntake.count)
            rGroup += Set(route.targetGroups.compactMap { groupIndex[$0] }).sorted(); rGroupStart.append(rGroup.count)
            rEmployer.append(!route.employerIDs.isEmpty)
            rLanguage.append(language)
        }
        self.routeIDs = routeIDs; self.routes = rList; self.routeCoverage = rCoverage; self.routeRole = rRole
        self.routeMask = rMask; self.routeMaskStart = rMaskStart; self.routeHoursPerWeek = rHPW
        self.routeLocationStart = rLocStart; self.routeLocation = rLoc; self.routeIntakeStart = rIntakeStart; self.routeIntake = rIntake
        self.routeGroupStart = rGroupStart; self.routeGroup = rGroup; self.routeHasEmployer = rEmployer; self.routeLanguageLevel = rLanguage
    }

    /// What a candidate's input may refer to in this catalogue.
    public var vocabulary: CandidateVocabulary {
        CandidateVocabulary(skillKeys: Set(skillKeys), municipalityCodes: Set(municipalityIndex.keys), roleKeys: Set(roleIndex.keys),
                            domains: Set(roles.flatMap(\.domains)), targetGroups: Set(targetGroupIndex.keys))
    }

    public var isEmpty: Bool { roles.isEmpty && routes.isEmpty }
    func municipalityName(_ k: Int) -> String { municipalities[k].name }
    /// The name of the municipality with CBS code `code`, if the catalogue knows it.
    public func municipalityName(code: String) -> String? { municipalityIndex[code].map { municipalities[$0].name } }
    func skillLabel(_ key: String) -> String { taxonomy.skill(key)?.label ?? key }
}

extension CalendarDay {
    /// Days since 1970-01-01 (proleptic Gregorian), for waiting times in days.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01.
    init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self = CalendarDay(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }
}
