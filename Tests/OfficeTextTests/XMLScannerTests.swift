import XCTest
@testable import OfficeText

final class XMLScannerTests: XCTestCase {
    private func events(_ xml: String) -> [String] {
        var scanner = XMLScanner(Array(xml.utf8))
        var events: [String] = []
        while let event = scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                events.append("<\(name)" + attributes.all.map { " \($0.name)=\($0.value)" }.joined() + (selfClosing ? "/>" : ">"))
            case .end(let name): events.append("</\(name)>")
            case .text(let text): events.append(text)
            }
        }
        return events
    }

    func testMarkupAndReferences() {
        XCTAssertEqual(events("\u{FEFF}<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><!-- a > comment --><a x='1' y = \"&quot;2&quot;\"><b/>t&amp;&#x41;&#66;&e;&bogus<![CDATA[<raw>]]></a>"),
                       ["<a x=1 y=\"2\">", "<b/>", "t&AB&e;&bogus", "<raw>", "</a>"])
    }

    func testUnclosedMarkupEndsTheInput() {
        XCTAssertEqual(events("<a>text<b attr=\"open"), ["<a>", "text"])
        XCTAssertEqual(events("<a>text<!-- never closed"), ["<a>", "text"])
        XCTAssertEqual(events("<"), [])
        XCTAssertEqual(events("&#xFFFFFFFF;&#55296;"), ["&#xFFFFFFFF;&#55296;"], "no scalar: left as written")
    }
}
