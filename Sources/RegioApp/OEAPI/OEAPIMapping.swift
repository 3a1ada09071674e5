import Foundation
import RegioCore

/// From the region's records to OEAPI objects: pure functions of the catalogue. Facts
/// the records do not hold are left out; ids of deleted records are never referred to.
struct OEAPIMapping: Sendable {
    let catalogue: OEAPICatalogue

    func organisation(_ o: Organisation) -> OEAPI.Organisation {
        let f = o.fields, id = o.id ?? UUID()
        let ext = OEAPI.Organisation.Ext(organisationKind: f.kind?.rawValue, careDomains: f.careDomains.isEmpty ? nil : f.careDomains,
                                         municipalityCode: f.municipalityCode)
        return OEAPI.Organisation(organisationId: OEAPI.id(id), primaryCode: .uuid(id), organisationType: OEAPICodes.root,
                                  name: [.dutch(f.name)], description: OEAPI.Text.dutchList(f.description), link: Self.uri(f.website),
                                  ext: ext == OEAPI.Organisation.Ext() ? nil : ext)
    }

    /// A module as a course; `expand` may hold `programmes` and `organisation`.
    func course(_ m: ModuleRecord, expand: Set<String> = []) -> OEAPI.Course {
        let f = m.fields, id = m.id ?? UUID()
        let taught = f.skills.compactMap { s in catalogue.skillByKey[s.skill]?.id.map { (id: OEAPI.id($0), level: s.level.rawValue) } }
        let routes = catalogue.routes(with: id)
        let provider = catalogue.liveOrganisation(f.providerID)
        return OEAPI.Course(
            courseId: OEAPI.id(id), primaryCode: .uuid(id), name: [.dutch(f.title)], description: OEAPI.Text.dutchList(f.description),
            studyLoad: OEAPI.StudyLoad.hours(f.hours), modesOfDelivery: [OEAPICodes.modeOfDelivery(f.form)],
            firstStartDate: f.intakeDates.min().map { RFC3339.midnight($0) },
            admissionRequirements: OEAPI.Text.dutchList(f.languageLevel.map { "Nederlands op niveau \($0) (ERK)" }),
            learningOutcomeIds: taught.isEmpty ? nil : taught.map(\.id),
            programmeIds: routes.isEmpty ? nil : routes.compactMap(\.id).map(OEAPI.id),
            organisationId: provider?.id.map(OEAPI.id),
            link: catalogue.link("/modules/\(OEAPI.id(id))"),
            ext: OEAPI.Course.Ext(credential: f.credential.rawValue, licence: f.licence.rawValue,
                                  municipalityCodes: f.municipalityCodes.isEmpty ? nil : f.municipalityCodes,
                                  skillLevels: taught.isEmpty ? nil : taught.map { OEAPI.Course.SkillLevel(learningOutcomeId: $0.id, level: $0.level) }),
            programmes: expand.contains("programmes") ? routes.map { programme($0) } : nil,
            organisation: expand.contains("organisation") ? provider.map(organisation) : nil)
    }

    func programme(_ r: LearningRouteRecord) -> OEAPI.Programme {
        let f = r.fields, id = r.id ?? UUID()
        let role = catalogue.role(f.roleKey)
        let coverage = self.coverage(r)
        var skillKeys: [String] = []
        for step in f.steps {
            let taught: [SkillTaught] = switch step {
            case .module(let m): catalogue.moduleByID[m]?.skills ?? []
            case .workplace(_, _, let skills): skills
            }
            for s in taught where !skillKeys.contains(s.skill) { skillKeys.append(s.skill) }
        }
        let learningOutcomes = skillKeys.compactMap { catalogue.skillByKey[$0]?.id }.map(OEAPI.id)
        let employers = f.employerIDs.filter { catalogue.organisationByID[$0] != nil }.map(OEAPI.id)
        return OEAPI.Programme(
            programmeId: OEAPI.id(id), primaryCode: .uuid(id), programmeType: OEAPICodes.learningRoute, name: [.dutch(f.title)],
            admissionRequirements: OEAPI.Text.dutchList(f.intakeRequirements), studyLoad: OEAPI.StudyLoad.hours(coverage.totalHours),
            modesOfDelivery: modesOfDelivery(r), duration: f.durationWeeks.map(OEAPICodes.duration(weeks:)),
            learningOutcomeIds: learningOutcomes.isEmpty ? nil : learningOutcomes,
            link: catalogue.link("/leerroutes/\(OEAPI.id(id))"),
            ext: OEAPI.Programme.Ext(role: role.map { OEAPI.Programme.Role(key: $0.key, label: $0.label) },
                                     roleCoveragePercent: role == nil ? nil : coverage.percent,
                                     targetGroups: f.targetGroups.isEmpty ? nil : f.targetGroups, hoursPerWeek: f.hoursPerWeek,
                                     employerIds: employers.isEmpty ? nil : employers))
    }

    /// A module's offerings with the intake each stands for, in date order.
    func courseOfferings(_ m: ModuleRecord, expand: Set<String> = []) -> [(intake: IntakeSchedule.Intake, offering: OEAPI.CourseOffering)] {
        let f = m.fields, id = m.id ?? UUID()
        let price: [OEAPI.Cost]? = f.funded ? [.total(cents: 0, funded: true)] : f.costCents.map { [.total(cents: $0)] }
        let expanded = expand.contains("course") ? course(m) : nil
        return IntakeSchedule.intakes(dates: f.intakeDates, today: catalogue.today).map { intake in
            let offeringID = OEAPICodes.courseOfferingID(module: id, intake: intake.key)
            return (intake, OEAPI.CourseOffering(
                courseOfferingId: OEAPI.id(offeringID), primaryCode: .uuid(offeringID), name: [.dutch(f.title)],
                state: intake.isOpen(on: catalogue.today) ? OEAPICodes.active : nil, modesOfDelivery: [OEAPICodes.modeOfDelivery(f.form)],
                startDateTime: RFC3339.midnight(intake.firstDay),
                flexibleEntryPeriodStartDateTime: intake.flexible ? RFC3339.midnight(intake.firstDay) : nil,
                flexibleEntryPeriodEndDateTime: intake.flexible ? intake.lastDay.iso : nil,
                priceInformation: price, courseId: OEAPI.id(id),
                organisationId: catalogue.liveOrganisation(f.providerID)?.id.map(OEAPI.id),
                link: catalogue.link("/modules/\(OEAPI.id(id))"), course: expanded))
        }
    }

    /// The offering with this id, of whichever module it belongs to.
    func courseOffering(_ id: UUID, expand: Set<String> = []) -> OEAPI.CourseOffering? {
        for module in catalogue.modules {
            guard let moduleID = module.id else { continue }
            let keys = IntakeSchedule.intakes(dates: module.fields.intakeDates, today: catalogue.today).map(\.key)
            if keys.contains(where: { OEAPICodes.courseOfferingID(module: moduleID, intake: $0) == id }) {
                return courseOfferings(module, expand: expand).first { $0.offering.courseOfferingId == OEAPI.id(id) }?.offering
            }
        }
        return nil
    }

    func programmeOffering(_ r: LearningRouteRecord, expand: Set<String> = []) -> OEAPI.ProgrammeOffering {
        let id = r.id ?? UUID(), offeringID = OEAPICodes.programmeOfferingID(route: id)
        let coverage = self.coverage(r)
        return OEAPI.ProgrammeOffering(
            programmeOfferingId: OEAPI.id(offeringID), primaryCode: .uuid(offeringID), name: [.dutch(r.title)], state: OEAPICodes.active,
            modesOfDelivery: modesOfDelivery(r), priceInformation: coverage.costComplete ? [.total(cents: coverage.totalCostCents)] : nil,
            programmeId: OEAPI.id(id), link: catalogue.link("/leerroutes/\(OEAPI.id(id))"),
            programme: expand.contains("programme") ? programme(r) : nil)
    }

    func learningOutcome(_ s: SkillRecord) -> OEAPI.LearningOutcome {
        let id = s.id ?? UUID()
        return OEAPI.LearningOutcome(
            learningOutcomeId: OEAPI.id(id), primaryCode: OEAPI.Code(codeType: OEAPICodes.identifier, code: s.key), name: [.dutch(s.label)],
            description: OEAPI.Text.dutchList(s.description),
            otherCodes: s.escoURI.map { [OEAPI.Code(codeType: OEAPICodes.escoURI, code: $0)] },
            ext: OEAPI.LearningOutcome.Ext(category: .init(key: s.category, label: catalogue.categoryLabels[s.category] ?? s.category)))
    }

    /// A website as an absolute URI (characters a URI may not hold percent-encoded), or nil.
    static func uri(_ website: String?) -> String? {
        guard let url = website.flatMap(URL.init(string:)), url.host?.isEmpty == false,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url.absoluteString
    }

    /// What a route adds up to with its (live) modules, against its role.
    func coverage(_ r: LearningRouteRecord) -> RouteCoverage {
        RouteCoverage.of(r.fields, modules: catalogue.moduleFields, role: catalogue.role(r.roleKey))
    }

    /// The modes of a route's modules, then `work_based` if it has workplace parts; each once.
    func modesOfDelivery(_ r: LearningRouteRecord) -> [String]? {
        var modes: [String] = []
        for step in r.steps {
            let mode: String? = switch step {
            case .module(let m): catalogue.moduleByID[m].map { OEAPICodes.modeOfDelivery($0.form) }
            case .workplace: OEAPICodes.workBased
            }
            if let mode, !modes.contains(mode) { modes.append(mode) }
        }
        return modes.isEmpty ? nil : modes
    }
}
