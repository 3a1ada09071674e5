import Foundation
import RegioCore

/// What the landscape holds that is like one initiative: similar initiatives with a
/// reason, and organisations doing related work that are not yet partners.
struct RelatedWork: Sendable {
    struct Similar: Sendable { var entry: InitiativeEntry; var reason: String; var score: Int }
    struct Partner: Sendable { var organisation: RegionSnapshot.OrganisationRef; var via: [String] }

    var similar: [Similar]
    var partners: [Partner]

    static func of(_ id: UUID, in snapshot: RegionSnapshot) -> RelatedWork? {
        guard let i = snapshot.similarity.entries.firstIndex(where: { $0.id == id }) else { return nil }
        // Matches below this share little more than a common word.
        let matches = snapshot.similarity.similar(to: i, limit: 12).filter { $0.score >= 0.15 }
        let similar = matches.prefix(5).map { m in
            Similar(entry: snapshot.similarity.entries[m.index], reason: m.reason(label: snapshot.reasonLabel), score: Int((m.score * 100).rounded()))
        }
        let own = Set(snapshot.similarity.entries[i].fields.participants.map(\.organisationID))
        var via: [UUID: [String]] = [:], weight: [UUID: Double] = [:]
        for m in matches {
            let other = snapshot.similarity.entries[m.index]
            for p in other.fields.participants where !own.contains(p.organisationID) {
                via[p.organisationID, default: []].append(other.fields.name)
                weight[p.organisationID, default: 0] += m.score
            }
        }
        let partners = weight.keys.sorted { weight[$0]! != weight[$1]! ? weight[$0]! > weight[$1]! : $0.uuidString < $1.uuidString }
            .prefix(5).compactMap { id in snapshot.organisation(id).map { Partner(organisation: $0, via: via[id] ?? []) } }
        return RelatedWork(similar: Array(similar), partners: partners)
    }
}
