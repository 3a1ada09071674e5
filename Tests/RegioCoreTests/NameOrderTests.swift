import RegioCore
import Testing

@Suite("Name order")
struct NameOrderTests {
    @Test("Numbers in numeric order, case and accents folded, equal names keep their order")
    func sortsAsReadersExpect() {
        let names = ["regeling 13", "Regeling 2", "ééntje", "Eentje", "regeling 1", "Zorg"]
        #expect(NameOrder.sorted(names, by: { $0 }) == ["ééntje", "Eentje", "regeling 1", "Regeling 2", "regeling 13", "Zorg"])
        #expect(NameOrder.sorted([String](), by: { $0 }).isEmpty)
    }
}
