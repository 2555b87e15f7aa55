import LiaisonCore
import LiaisonResources
import XCTest

final class ComplianceTests: XCTestCase {
    private func checker() throws -> ComplianceChecker {
        try ComplianceChecker.decode(try BundledResource.restrictedWords.data())
    }

    func testCleanClinicalTextPasses() throws {
        let text = "Dr. Weber sees diagnosis delays of 6–9 months in referred patients; wants a pathway workshop."
        XCTAssertEqual(try checker().findings(in: text), [])
    }

    func testRestrictedWordIsNamedWithReason() throws {
        let findings = try checker().findings(in: "She called it a miracle for her clinic.")
        XCTAssertEqual(findings.map(\.matched), ["miracle"])
        XCTAssertEqual(findings.first?.category, "promotional")
    }

    func testAdverseEventWordingPointsToPharmacovigilance() throws {
        let findings = try checker().findings(in: "Reported an Adverse Event last week.")
        XCTAssertEqual(findings.first?.category, "adverseEvent")
        XCTAssertTrue(findings.first?.reason.contains("pharmacovigilance") ?? false)
    }

    func testWordBoundariesAvoidFalseHits() throws {
        XCTAssertEqual(try checker().findings(in: "Secure messaging is preferred; curettage is rare."), [])
    }

    func testPatientIdentifiersAreFound() {
        let cases = [
            ("Patient born 12.03.1961 asked", "birthDate"),
            ("MRN 4471923 was mentioned", "recordNumber"),
            ("call him on +49 30 1234 5678", "phone"),
            ("wrote to j.doe@example.org", "email"),
        ]
        for (text, category) in cases {
            XCTAssertTrue(
                PatientIdentifierScan.findings(in: text).contains { $0.category == category },
                "\(text) → \(PatientIdentifierScan.findings(in: text))")
        }
        XCTAssertEqual(PatientIdentifierScan.findings(in: "Waiting times of 6 to 9 months in 2026."), [])
    }
}
