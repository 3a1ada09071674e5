/// One municipality on the map.
public struct MapArea: Sendable {
    public var code: String
    public var name: String
    public var path: String
    public var labelX: Double
    public var labelY: Double
    public var count: Int
    public var href: String

    public init(code: String, name: String, path: String, labelX: Double, labelY: Double, count: Int, href: String) {
        self.code = code; self.name = name; self.path = path; self.labelX = labelX; self.labelY = labelY; self.count = count; self.href = href
    }
}

/// A labour-market region's border and name.
public struct MapOutline: Sendable {
    public var name: String
    public var path: String
    public init(name: String, path: String) { self.name = name; self.path = path }
}

/// The map as SVG text: municipalities coloured by count (of `unit`), each a link (keyboard and
/// screen reader reachable, works without JavaScript), labour-market borders, labels and
/// count markers. Pure text, so the page, the download and the embed share it.
public enum MapSVG {
    public static func render(width: Double, height: Double, areas: [MapArea], outlines: [MapOutline], scale: ColourScale,
                              selected: String?, title: String, description: String,
                              unit: (singular: String, plural: String) = ("initiatief", "initiatieven"), standalone: Bool = false) -> String {
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(MapProjection.number(width)) \(MapProjection.number(height))\""
        s += " class=\"map-svg\" role=\"group\" aria-labelledby=\"kaart-titel\" aria-describedby=\"kaart-uitleg\">"
        s += "<title id=\"kaart-titel\">\(escape(title))</title><desc id=\"kaart-uitleg\">\(escape(description))</desc>"
        if standalone {
            // A downloaded map keeps its colours without the site's stylesheet.
            s += "<style>.area{stroke:#fff;stroke-width:1}.selected .area{stroke:#c2410c;stroke-width:3}.outline{fill:none;stroke:#1a2b30;stroke-width:2}"
            s += ".label{font:600 11px system-ui,sans-serif;text-anchor:middle}.marker{fill:#fff;stroke:#1a2b30}.marker-text{font:700 10px system-ui,sans-serif;text-anchor:middle}</style>"
        }
        s += "<g class=\"areas\">"
        // The chosen municipality last, so its highlighted border lies on top of its neighbours.
        for a in areas.filter({ $0.code != selected }) + areas.filter({ $0.code == selected }) {
            let selectedClass = a.code == selected ? " class=\"selected\" aria-current=\"true\"" : ""
            let label = "\(a.name): \(a.count) \(a.count == 1 ? unit.singular : unit.plural)"
            s += "<a href=\"\(escape(a.href))\"\(selectedClass) aria-label=\"\(escape(label))\" data-code=\"\(a.code)\">"
            s += "<path class=\"area\" d=\"\(a.path)\" fill=\"\(scale.colour(a.count))\"><title>\(escape(label))</title></path></a>"
        }
        s += "</g><g class=\"outlines\" aria-hidden=\"true\">"
        for o in outlines { s += "<path class=\"outline\" d=\"\(o.path)\"/>" }
        s += "</g><g class=\"labels\" aria-hidden=\"true\">"
        for a in areas {
            let light = scale.needsLightText(a.count)
            s += "<text class=\"label\(light ? " label-light" : "")\" x=\"\(MapProjection.number(a.labelX))\" y=\"\(MapProjection.number(a.labelY - 7))\""
            s += light ? " fill=\"#ffffff\">" : " fill=\"#1a2b30\">"
            s += escape(a.name) + "</text>"
            if a.count > 0 {
                let r = 7 + min(Double(String(a.count).count) * 2.5, 8)
                s += "<circle class=\"marker\" cx=\"\(MapProjection.number(a.labelX))\" cy=\"\(MapProjection.number(a.labelY + 7))\" r=\"\(MapProjection.number(r))\"/>"
                s += "<text class=\"marker-text\" x=\"\(MapProjection.number(a.labelX))\" y=\"\(MapProjection.number(a.labelY + 10.5))\" fill=\"#1a2b30\">\(a.count)</text>"
            }
        }
        s += "</g></svg>"
        return s
    }

    /// Escapes text for XML content and attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
