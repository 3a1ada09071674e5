import Foundation

/// Ranks roles, routes and learning places for one candidate. Pure and deterministic:
/// the same profile, catalogue and day give the same result, ties broken by key or id.
///
/// ## Roles
/// A role's required skill counts as *had* when the candidate's own level is at least the
/// required level. The gap (skills not had) is closed by a greedy set cover over the
/// modules: each round takes the module that closes the most still-missing skills per
/// hour (a module closes a skill when it teaches it at the required level or higher);
/// ties go to fewer hours, then the lower module id. Per missing skill only the
/// `MatchingCatalogue.gapCandidatesPerSkill` shortest modules are considered. A skill no
/// module teaches is listed as `uncovered`. Afterwards a picked module whose skills the
/// other picks also bring is dropped again (longest first).
///
///     role score = (60 × coverage + 20 × effort + 20 × wish) / 100          (0…1000)
///     coverage   = 1000 × had / required                (1000 when nothing is required)
///     effort     = max(0, 1000 − 1000 × gapHours / 400), 0 when a skill is uncovered
///     wish       = 1000 when the role or one of its domains is wished, else 0
///
/// ## Routes
/// Only routes that lead to a known role are matched. Must-haves exclude a route, with
/// the reason in Dutch: hours per week above the candidate's hours; the nearest place
/// (non-online module location, employer, employer's learning place) further than the
/// candidate's maximum travel; fixed intake dates all before the start date.
///
///     route score = (40 × coverage + 15 × travel + 15 × hours + 10 × intake
///                    + 10 × targetGroup + 5 × wish + 5 × needs) / 100      (0…1000)
///     coverage    = 1000 × (required skills had by the candidate or brought to level by the route) / required
///     travel      = 1000 − 1000 × km / maxKm, at least 0 (1000 without a place; maxKm 0: 1000 only at 0 km)
///     hours       = min(1000, 1000 × hours available / hours asked)     (1000 when not asked)
///     intake      = 1000 when the next start is within 30 days, 0 from 180 days, linear between;
///                   1000 for continuous intake or without a start date; 0 when no start is left
///     targetGroup = 1000 when the route names no target group or one of the candidate's, else 0
///     wish        = as for roles
///     needs       = 0 when the candidate needs an income while learning and the route has no employer, else 1000
///
/// Every division is integer division (rounded down). The start date is the profile's,
/// else `today`. When no route passes, the best excluded routes are returned as `nearest`
/// with what they lack, so a non-empty catalogue never gives an empty page.
public enum MatchEngine {
    public static let roleWeights = (coverage: 60, effort: 20, wish: 20)
    public static let routeWeights = (coverage: 40, travel: 15, hours: 15, intake: 10, targetGroup: 10, wish: 5, needs: 5)
    /// Gap hours at which the effort part of a role's score reaches 0.
    public static let effortHorizonHours = 400
    public static let placesPerRole = 5

    public static func match(_ profile: CandidateProfile, in catalogue: MatchingCatalogue, limit: Int = 10, today: CalendarDay? = nil) -> MatchResult {
        let limit = max(1, limit)
        let ctx = Context(profile, catalogue, today: today)

        // Roles: few, scored in full.
        var roleScores: [(score: Int, index: Int, had: Int, cover: GapCover)] = []
        roleScores.reserveCapacity(catalogue.roles.count)
        for r in catalogue.roles.indices {
            let req = catalogue.reqStart[r]..<catalogue.reqStart[r + 1]
            var had = 0
            var missing: [(skill: Int, level: UInt8)] = []
            for j in req {
                let s = catalogue.reqSkill[j]
                if s >= 0 && ctx.level[s] >= catalogue.reqLevel[j] { had += 1 } else { missing.append((s, catalogue.reqLevel[j])) }
            }
            let cover = gapCover(missing, catalogue)
            let coverage = req.isEmpty ? 1000 : had * 1000 / req.count
            let effort = cover.uncovered.isEmpty ? max(0, 1000 - cover.hours * 1000 / effortHorizonHours) : 0
            let w = roleWeights
            let score = (w.coverage * coverage + w.effort * effort + w.wish * ctx.roleWish[r]) / 100
            roleScores.append((score, r, had, cover))
        }
        roleScores.sort { ($0.score, catalogue.roles[$1.index].key) > ($1.score, catalogue.roles[$0.index].key) }
        let roles = roleScores.prefix(limit).map { roleMatch($0.index, score: $0.score, had: $0.had, cover: $0.cover, ctx) }

        // Routes: one pass, keeping the best `limit` passing and excluded ones by index.
        var top = TopK(limit), out = TopK(limit)
        var excludedCount = 0
        for i in catalogue.routes.indices {
            guard let e = ctx.evaluate(i) else { continue }
            if e.passes { top.insert(e.score, i) } else { excludedCount += 1; out.insert(e.score, i) }
        }
        let routes = top.indices.map { routeMatch($0, ctx) }
        let excluded = out.indices.map { routeMatch($0, ctx) }
        let nothing = routes.isEmpty
        return MatchResult(roles: roles, routes: routes, excluded: excluded, excludedCount: excludedCount,
                           fitsNothingStandard: nothing, nearest: nothing ? excluded : [],
                           summary: MatchExplanation.summary(roles: roles, routes: routes, excluded: excluded, profile: profile))
    }

    /// Best `k` (score, index) pairs: higher score first, lower index first among equals.
    struct TopK {
        let k: Int
        var scores: [Int] = [], indices: [Int] = []
        init(_ k: Int) { self.k = k; scores.reserveCapacity(k + 1); indices.reserveCapacity(k + 1) }
        /// Indices arrive in ascending order, so an equal score goes after those already kept.
        mutating func insert(_ score: Int, _ index: Int) {
            if scores.count == k, let last = scores.last, score <= last { return }
            var p = scores.count
            while p > 0 && scores[p - 1] < score { p -= 1 }
            scores.insert(score, at: p); indices.insert(index, at: p)
            if scores.count > k { scores.removeLast(); indices.removeLast() }
        }
    }

    /// Everything about the candidate turned into arrays the route loop can index.
    struct Context {
        let profile: CandidateProfile
        let c: MatchingCatalogue
        /// Candidate level per skill index (0: not had).
        let level: [UInt8]
        /// Whole km from home to every municipality; empty when home is unknown.
        let distance: [Int]
        /// Per role, the bits of its requirements the candidate has (offsets `wordStart`).
        let had: [UInt64]
        let roleWish: [Int]
        let inGroup: [Bool]
        let startDay: Int?

        init(_ profile: CandidateProfile, _ c: MatchingCatalogue, today: CalendarDay?) {
            self.profile = profile; self.c = c
            var level = [UInt8](repeating: 0, count: c.skillKeys.count)
            for s in profile.skills { if let k = c.skillIndex[s.skill] { level[k] = max(level[k], UInt8(s.level.rawValue)) } }
            self.level = level
            if let h = c.municipalityIndex[profile.municipalityCode] {
                let home = c.municipalities[h]
                distance = c.municipalities.map { Int(home.distanceKm(to: $0).rounded()) }
            } else { distance = [] }
            var had = [UInt64](repeating: 0, count: c.wordStart.last ?? 0)
            for r in c.roles.indices {
                for (n, j) in (c.reqStart[r]..<c.reqStart[r + 1]).enumerated() {
                    let s = c.reqSkill[j]
                    if s >= 0 && level[s] >= c.reqLevel[j] { had[c.wordStart[r] + n / 64] |= 1 << UInt64(n % 64) }
                }
            }
            self.had = had
            let wishedRoles = Set(profile.wishedRoles), wishedDomains = Set(profile.wishedDomains)
            roleWish = c.roles.map { wishedRoles.contains($0.key) || $0.domains.contains(where: wishedDomains.contains) ? 1000 : 0 }
            var inGroup = [Bool](repeating: false, count: c.targetGroupIndex.count)
            for g in profile.allTargetGroups { if let k = c.targetGroupIndex[g] { inGroup[k] = true } }
            self.inGroup = inGroup
            startDay = (profile.startDate ?? today)?.dayNumber
        }

        struct Evaluation {
            var score: Int, passes: Bool, fit: RouteFit, covered: Int, required: Int
            var distanceKm: Int, nearest: Int, hoursOK: Bool, travelOK: Bool, intakeOK: Bool, nextIntake: Int
        }

        /// The hot path: integer work only, no allocation. nil for a route without a known role.
        func evaluate(_ i: Int) -> Evaluation? {
            let r = c.routeRole[i]
            guard r >= 0 else { return nil }
            let w0 = c.wordStart[r], words = c.wordStart[r + 1] - w0, m0 = c.routeMaskStart[i]
            var covered = 0
            for w in 0..<words { covered += (had[w0 + w] | c.routeMask[m0 + w]).nonzeroBitCount }
            let required = c.reqStart[r + 1] - c.reqStart[r]
            let coverage = required == 0 ? 1000 : covered * 1000 / required

            var km = -1, nearest = -1
            if !distance.isEmpty {
                for l in c.routeLocationStart[i]..<c.routeLocationStart[i + 1] {
                    let m = c.routeLocation[l]
                    if km < 0 || distance[m] < km { km = distance[m]; nearest = m }
                }
            }
            let maxKm = profile.maxTravelKm
            let travelOK = km <= maxKm
            let travel = km < 0 ? 1000 : maxKm == 0 ? (km == 0 ? 1000 : 0) : max(0, 1000 - km * 1000 / maxKm)

            let asked = c.routeHoursPerWeek[i], available = profile.hoursPerWeek
            let hoursOK = asked <= available
            let hours = asked == 0 ? 1000 : min(1000, available * 1000 / asked)

            var intakeOK = true, intake = 1000, next = -1
            let intakes = c.routeIntakeStart[i]..<c.routeIntakeStart[i + 1]
            if !intakes.isEmpty, let start = startDay {
                for d in intakes where c.routeIntake[d] >= start { next = c.routeIntake[d]; break }
                if next < 0 { intakeOK = false; intake = 0 } else {
                    let wait = next - start
                    intake = wait <= 30 ? 1000 : wait >= 180 ? 0 : 1000 - (wait - 30) * 1000 / 150
                }
            }

            var group = 1000
            let groups = c.routeGroupStart[i]..<c.routeGroupStart[i + 1]
            if !groups.isEmpty {
                group = 0
                for g in groups where inGroup[c.routeGroup[g]] { group = 1000; break }
            }
            let needs = profile.needsIncome && !c.routeHasEmployer[i] ? 0 : 1000
            let w = routeWeights
            let score = (w.coverage * coverage + w.travel * travel + w.hours * hours + w.intake * intake
                         + w.targetGroup * group + w.wish * roleWish[r] + w.needs * needs) / 100
            let fit = RouteFit(coverage: coverage, travel: travel, hours: hours, intake: intake, targetGroup: group, wish: roleWish[r], needs: needs)
            return Evaluation(score: score, passes: hoursOK && travelOK && intakeOK, fit: fit, covered: covered, required: required,
                              distanceKm: km, nearest: nearest, hoursOK: hoursOK, travelOK: travelOK, intakeOK: intakeOK, nextIntake: next)
        }
    }

    // MARK: - Details for the results that are shown

    /// Greedy set cover of `missing` (skill index, level) by modules; see the type's documentation.
    static func gapCover(_ missing: [(skill: Int, level: UInt8)], _ c: MatchingCatalogue) -> GapCover {
        var remaining: [(skill: Int, level: UInt8)] = [], uncovered: [String] = []
        for m in missing {
            if m.skill >= 0, !c.teaching[m.skill * 4 + Int(m.level) - 1].isEmpty { remaining.append(m) }
            else if m.skill >= 0 { uncovered.append(c.skillKeys[m.skill]) }
        }
        // The arrays are taken out of the catalogue once: a closure that captures the whole
        // catalogue copies it on every call (perf: three quarters of the time).
        let skillStart = c.moduleSkillStart, moduleSkill = c.moduleSkill, moduleLevel = c.moduleLevel, teaching = c.teaching
        let moduleHours = c.moduleHours
        let hoursOf = { (m: Int) in moduleHours[m] }
        func closes(_ module: Int, _ req: (skill: Int, level: UInt8)) -> Bool {
            for k in skillStart[module]..<skillStart[module + 1] where moduleSkill[k] == req.skill && moduleLevel[k] >= req.level { return true }
            return false
        }
        let needed = remaining
        var chosen: [Int] = []
        while !remaining.isEmpty {
            var best = -1, bestGain = 0, bestHours = 0
            for req in remaining {
                for m in teaching[req.skill * 4 + Int(req.level) - 1].prefix(MatchingCatalogue.gapCandidatesPerSkill) {
                    var gain = 0
                    for q in remaining where closes(m, q) { gain += 1 }
                    let hours = hoursOf(m)
                    // More skills per hour wins (cross-multiplied); then fewer hours; then lower id.
                    let better = best < 0 || gain * bestHours > bestGain * hours
                        || (gain * bestHours == bestGain * hours && (hours < bestHours || (hours == bestHours && m < best)))
                    if better { best = m; bestGain = gain; bestHours = hours }
                }
            }
            guard best >= 0 else { break }
            remaining.removeAll { closes(best, $0) }
            chosen.append(best)
        }
        // Greedy can pick a module whose skills a later pick also brings: drop such modules,
        // longest first (ties: the later pick), keeping the order of picking for the rest.
        for m in chosen.enumerated().sorted(by: { (hoursOf($0.element), $0.offset) > (hoursOf($1.element), $1.offset) }).map(\.element) {
            let others = chosen.filter { $0 != m }
            if needed.allSatisfy({ req in !closes(m, req) || others.contains { closes($0, req) } }) { chosen = others }
        }
        let picked = chosen.map { m in
            GapModule(id: c.moduleIDs[m], title: c.modules[m].title, hours: c.modules[m].hours,
                      closes: needed.filter { closes(m, $0) }.map { c.skillKeys[$0.skill] })
        }
        return GapCover(modules: picked, uncovered: uncovered)
    }

    static func status(_ req: SkillRequirement, _ ctx: Context, metByRoute: Bool = false) -> SkillStatus {
        let had = ctx.c.skillIndex[req.skill].flatMap { ctx.level[$0] > 0 ? SkillLevel(rawValue: Int(ctx.level[$0])) : nil }
        return SkillStatus(skill: req.skill, label: ctx.c.skillLabel(req.skill), required: req.level, had: had,
                           met: metByRoute || had.map { $0 >= req.level } ?? false)
    }

    static func roleMatch(_ r: Int, score: Int, had: Int, cover: GapCover, _ ctx: Context) -> RoleMatch {
        let c = ctx.c, role = c.roles[r]
        let skills = role.requires.map { status($0, ctx) }
        // Learning places for this role within reach, open on or after the start.
        var near: [NearbyPlace] = []
        if !ctx.distance.isEmpty {
            for p in c.placesByRole[r] {
                let m = c.placeMunicipality[p], place = c.places[p]
                guard m >= 0, ctx.distance[m] <= ctx.profile.maxTravelKm else { continue }
                if let start = ctx.startDay, place.endDate.dayNumber < start { continue }
                near.append(NearbyPlace(id: c.placeIDs[p], organisationID: place.organisationID, organisationName: c.organisations[place.organisationID]?.name,
                                        municipalityCode: place.municipalityCode, municipalityName: c.municipalityName(m), kind: place.kind, distanceKm: ctx.distance[m]))
            }
            near.sort { ($0.distanceKm, $0.id.uuidString) < ($1.distanceKm, $1.id.uuidString) }
        }
        let onward = role.next.sorted().compactMap { key -> OnwardPath? in
            guard let n = c.roleIndex[key] else { return nil }
            let next = c.roles[n]
            // After reaching this role the candidate has its requirements at their level.
            let after = Dictionary(role.requires.map { ($0.skill, $0.level) }, uniquingKeysWith: max)
            let extra = next.requires.filter { q in
                let own = status(q, ctx)
                return !own.met && !(after[q.skill].map { $0 >= q.level } ?? false)
            }
            let cover = gapCover(extra.map { (c.skillIndex[$0.skill] ?? -1, UInt8($0.level.rawValue)) }, c)
            let statuses = extra.map { status($0, ctx) }
            return OnwardPath(roleKey: next.key, label: next.label, additional: statuses, cover: cover,
                              explanation: MatchExplanation.onward(from: role, to: next, additional: statuses, cover: cover))
        }
        let places = Array(near.prefix(placesPerRole))
        return RoleMatch(roleKey: role.key, label: role.label, score: score, skills: skills, covered: had, required: role.requires.count,
                         cover: cover, placesNearby: places, onward: onward,
                         explanation: MatchExplanation.role(role, had: had, cover: cover, places: places, ctx.c))
    }

    static func routeMatch(_ i: Int, _ ctx: Context) -> RouteMatch {
        let c = ctx.c, e = ctx.evaluate(i)!, route = c.routes[i], role = c.roles[c.routeRole[i]], coverage = c.routeCoverage[i]
        let byRoute = Set(coverage.covered)
        let missing = role.requires.map { status($0, ctx, metByRoute: byRoute.contains($0.skill)) }.filter { !$0.met }
        var reasons: [String] = []
        let p = ctx.profile
        if !e.hoursOK { reasons.append("Deze route vraagt \(c.routeHoursPerWeek[i]) uur per week; jij hebt \(p.hoursPerWeek) uur.") }
        if !e.travelOK {
            reasons.append("De dichtstbijzijnde plek van deze route is \(e.distanceKm) km van huis (\(c.municipalityName(e.nearest))); jij wilt maximaal \(p.maxTravelKm) km reizen.")
        }
        if !e.intakeOK, let s = ctx.startDay {
            reasons.append("Deze route heeft geen startmoment meer op of na \(CalendarDay(dayNumber: s).dutch).")
        }
        var m = RouteMatch(id: c.routeIDs[i], title: route.title, roleKey: role.key, roleLabel: role.label, score: e.score, fit: e.fit,
                           covered: e.covered, required: e.required, missing: missing, totalHours: coverage.totalHours,
                           durationWeeks: route.durationWeeks, hoursPerWeek: route.hoursPerWeek,
                           distanceKm: e.distanceKm >= 0 ? e.distanceKm : nil, nearestMunicipality: e.nearest >= 0 ? c.municipalityName(e.nearest) : nil,
                           nextIntake: e.nextIntake >= 0 ? CalendarDay(dayNumber: e.nextIntake) : nil, reasons: reasons, explanation: "")
        m.explanation = MatchExplanation.route(m, candidateHad: ctx.hadCount(role: c.routeRole[i]), profile: p,
                                               languageLevel: c.routeLanguageLevel[i], hasEmployer: c.routeHasEmployer[i])
        return m
    }
}

extension MatchEngine.Context {
    /// Required skills of role `r` the candidate has on their own.
    func hadCount(role r: Int) -> Int {
        var n = 0
        for w in c.wordStart[r]..<c.wordStart[r + 1] { n += had[w].nonzeroBitCount }
        return n
    }
}
