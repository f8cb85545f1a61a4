import Foundation
import XCTest
@testable import Bulletin

/// The machine-readable outputs: what a consumer parses must be well formed.
final class CheckReportTests: XCTestCase {
    func testSARIFURIsArePercentEncoded() throws {
        // Unreserved characters and `/` stay; a space, %, #, ?, brackets and UTF-8 bytes are encoded.
        XCTAssertEqual(CheckReport.uriReference("seeds/003_89e8e6edd186e997.txt"), "seeds/003_89e8e6edd186e997.txt")
        XCTAssertEqual(CheckReport.uriReference("来稿/第 17 期 #2 (改)?%.txt"),
                       "%E6%9D%A5%E7%A8%BF/%E7%AC%AC%2017%20%E6%9C%9F%20%232%20%28%E6%94%B9%29%3F%25.txt")
        XCTAssertEqual(CheckReport.uriReference("a~b-c_d.e"), "a~b-c_d.e")

        let result = Checker.check("郑州市：高位部署\n\n活动启动,效果良好。\n\n（郑州市人大常委会代表工委供稿）\n")
        let sarif = CheckReport.sarif([CheckReport.Entry(path: "来稿 1.txt", result: result)])
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let finding = try XCTUnwrap((run["results"] as? [[String: Any]])?.first)
        let location = try XCTUnwrap((finding["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((location["artifactLocation"] as? [String: Any])?["uri"] as? String, "%E6%9D%A5%E7%A8%BF%201.txt")
        let change = try XCTUnwrap(((finding["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?.first)
        XCTAssertEqual((change["artifactLocation"] as? [String: Any])?["uri"] as? String, "%E6%9D%A5%E7%A8%BF%201.txt")
        // No placeholder address: the driver names the tool and its rules only.
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertNil(driver["informationUri"])
        XCTAssertFalse(sarif.contains("example.invalid"))
    }
}
