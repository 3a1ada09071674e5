import Foundation

/// Stable URL keys from Dutch labels: "Ouderen- en thuiszorg (VVT)" → "ouderen-en-thuiszorg-vvt".
public enum Slug {
    public static func make(_ label: String) -> String {
        let folded = label.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL")).lowercased()
        var out = "", dash = false
        for ch in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(ch) && ch.isASCII {
                out.unicodeScalars.append(ch); dash = false
            } else if !dash && !out.isEmpty {
                out.append("-"); dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// "zij-instromers" → "Zij-instromers": the seed writes labels in lower case.
    public static func sentenceCase(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
