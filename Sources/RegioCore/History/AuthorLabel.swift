import Foundation

/// Authors are stored as text, "Name <e-mail>", so that they outlive accounts. Public
/// pages show the name only: an e-mail address on a public page is personal data that
/// the person never chose to publish.
public enum AuthorLabel {
    /// Shown when a stored author has no name apart from an address.
    public static let unnamed = "Een gebruiker"

    /// "Carla Coördinator <carla@example.org>" → "Carla Coördinator". Whatever looks like
    /// an address is removed, also without angle brackets; a label of only an address
    /// becomes `unnamed`.
    public static func publicName(_ stored: String) -> String {
        var text = stored
        // Everything from the first "<" on is the address part ("Name <mail>", also unclosed).
        if let open = text.firstIndex(of: "<") { text = String(text[..<open]) }
        let words = text.split(whereSeparator: \.isWhitespace).filter { !$0.contains("@") }
        let name = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:()[]\"'"))
        return name.isEmpty ? unnamed : name
    }
}
