import Foundation
import Vapor

/// The person behind a request, as the rest of the app needs to know them.
struct SignedInUser: Sendable {
    var id: UUID
    var regionID: UUID
    var name: String
    var email: String
    var role: UserRole
    var organisationID: UUID?

    init(_ user: User) throws {
        id = try user.requireID()
        regionID = user.$region.id
        name = user.name
        email = user.email
        role = user.role
        organisationID = user.$organisation.id
    }

    var author: ChangeAuthor { .user(id: id, label: "\(name) <\(email)>") }
}

/// Who may change what. One place, used by the HTML and the JSON side alike.
enum Permissions {
    static func isRegionWide(_ user: SignedInUser, regionID: UUID) -> Bool {
        user.role == .admin || (user.role == .coordinator && user.regionID == regionID)
    }

    /// Editors change initiatives their own organisation takes part in.
    static func canEditInitiative(_ user: SignedInUser, regionID: UUID, organisationIDs: [UUID]) -> Bool {
        if isRegionWide(user, regionID: regionID) { return true }
        guard user.regionID == regionID, let own = user.organisationID else { return false }
        return organisationIDs.contains(own)
    }

    static func canEditOrganisation(_ user: SignedInUser, regionID: UUID, organisationID: UUID) -> Bool {
        isRegionWide(user, regionID: regionID) || (user.regionID == regionID && user.organisationID == organisationID)
    }

    static func canManageOrganisations(_ user: SignedInUser, regionID: UUID) -> Bool {
        isRegionWide(user, regionID: regionID)
    }
}

extension Request {
    private struct SignedInKey: StorageKey { typealias Value = SignedInUser }

    /// The signed-in user, if any (session on the HTML side, Basic auth on the API).
    var signedIn: SignedInUser? {
        get {
            if let cached = storage[SignedInKey.self] { return cached }
            return auth.get(User.self).flatMap { try? SignedInUser($0) }
        }
        set { storage[SignedInKey.self] = newValue }
    }

    func requireSignedIn() throws -> SignedInUser {
        guard let user = signedIn else { throw Problem.loginRequired }
        return user
    }
}
