import Foundation
import LiaisonCore
import XCTest

final class InsightPolicyTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_790_000_000)

    private func person(_ id: String, _ role: PersonRole, _ region: String? = "region:north") throws -> Person {
        try Person(id: "person:\(id)", name: id, role: role, regionID: role.perspective == .office ? nil : region)
    }

    private func insight(status: InsightStatus, author: String = "person:msl") throws -> Insight {
        try Insight(
            authorID: author, regionID: "region:north", theme: "competitor", interactionAt: now, loggedAt: now,
            whatWasSaid: "Compared with the new competitor data.", status: status,
            link: status == .actioned ? InsightLink(target: .decision, reference: UUID().uuidString) : nil)
    }

    func testAuthorSubmitsOwnDraftButColleagueCannot() throws {
        let draft = try insight(status: .draft)
        XCTAssertEqual(InsightPolicy.allowedActions(for: try person("msl", .msl), on: draft), [.submit, .archive])
        XCTAssertEqual(InsightPolicy.allowedActions(for: try person("other", .msl), on: draft), [])
    }

    func testOnlyReviewersInTheRegionReview() throws {
        let submitted = try insight(status: .submitted)
        XCTAssertTrue(InsightPolicy.allowedActions(for: try person("rmd", .rmd), on: submitted).contains(.review))
        XCTAssertFalse(InsightPolicy.allowedActions(for: try person("rmd-s", .rmd, "region:south"), on: submitted).contains(.review))
        XCTAssertFalse(InsightPolicy.allowedActions(for: try person("msl2", .msl), on: submitted).contains(.review))
        XCTAssertTrue(InsightPolicy.allowedActions(for: try person("md", .medicalDirector), on: submitted).contains(.review))
    }

    func testColleagueEndorsesOnceAuthorNever() throws {
        var reviewed = try insight(status: .reviewed)
        let colleague = try person("msl2", .msl)
        XCTAssertTrue(InsightPolicy.allowedActions(for: colleague, on: reviewed).contains(.endorse))
        reviewed.endorsedBy = [colleague.id]
        XCTAssertFalse(InsightPolicy.allowedActions(for: colleague, on: reviewed).contains(.endorse))
        XCTAssertFalse(InsightPolicy.allowedActions(for: try person("msl", .msl), on: reviewed).contains(.endorse))
    }

    func testCheckNamesWhoAndWhat() throws {
        XCTAssertThrowsError(try InsightPolicy.check(.link, by: try person("msl", .msl), on: try insight(status: .reviewed))) {
            XCTAssertTrue("\($0)".contains("may not link"), "\($0)")
        }
        XCTAssertNoThrow(try InsightPolicy.check(.link, by: try person("rmd", .rmd), on: try insight(status: .reviewed)))
    }
}
