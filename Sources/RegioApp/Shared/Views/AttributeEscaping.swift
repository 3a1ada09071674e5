import Foundation
import RegioCore

extension String {
    /// The string made safe inside a double-quoted HTML attribute.
    ///
    /// Plot escapes text nodes but writes attribute values exactly as given, so a value
    /// holding `"` would end the attribute and let the rest become markup. Every value
    /// that can hold user text goes through this before it reaches `.value`, `.href`,
    /// `.attribute(named:value:)` and the like.
    var attributeEscaped: String { MapSVG.escape(self) }
}
