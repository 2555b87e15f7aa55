import Foundation
import LiaisonCore
import XCTest

/// The one densest-window computation, `TouchpointActivity.activity(of:contacts:settings:)`,
/// against hand-worked expectations for its tie-breaks and its sliding counts.
final class TouchpointActivityWindowTests: XCTestCase {
    private let settings = TouchpointNoiseRule.Settings.defaults
    private let profile = TouchpointActivity.HCPProfile(
        id: "hcp:t1", name: "Dr Test 1", regionID: "region:east", channelPreference: .digital, faceToFaceAccess: .open)
    private var serial = 0

    private func contact(
        day: Double, _ function: TouchpointFunction, _ channel: InteractionChannel = .email, id: String? = nil
    ) -> TouchpointActivity.Contact {
        serial += 1
        let text = id ?? String(format: "00000000-0000-0000-0000-%012d", serial)
        return TouchpointActivity.Contact(
            id: UUID(uuidString: text)!, date: ClashFixture.day(day), function: function, channel: channel)
    }

    private func activity(_ contacts: [TouchpointActivity.Contact]) throws -> TouchpointActivity {
        try XCTUnwrap(TouchpointActivity.activity(of: profile, contacts: contacts, settings: settings))
    }

    func testMoreTouchpointsBeatMoreFunctions() throws {
        let early = (0..<4).map { contact(day: -60 + Double($0), .msl) }
        let late = [contact(day: -20, .msl), contact(day: -19, .sales), contact(day: -18, .marketing)]
        let row = try activity(late + early)
        XCTAssertEqual(row.windowStart, ClashFixture.day(-60))
        XCTAssertEqual(row.windowCounts, [.msl: 4])
    }

    func testEqualCountsGoToTheWindowWithMoreFunctionsEvenWhenLater() throws {
        // The window from day -59 holds four MSL contacts; the sales contact on day -60 has
        // left it, so it has one function, not two, and the later window with two wins.
        let early = [contact(day: -60, .sales), contact(day: -59, .msl), contact(day: -58, .msl),
                     contact(day: -45.5, .msl), contact(day: -45.3, .msl)]
        let late = (0..<4).map { contact(day: -20 + Double($0), $0 % 2 == 0 ? .msl : .sales) }
        let row = try activity(early + late)
        XCTAssertEqual(row.windowStart, ClashFixture.day(-20))
        XCTAssertEqual(row.windowEnd, ClashFixture.day(-17))
        XCTAssertEqual(row.windowCounts, [.msl: 2, .sales: 2])
    }

    func testEqualWindowsGoToTheEarlierStartAndTheWindowEndsBeforeNDays() throws {
        let first = [contact(day: -80, .msl), contact(day: -66, .sales)]  // exactly 14 days later: outside
        let second = [contact(day: -30, .msl), contact(day: -29, .sales)]
        let row = try activity(second + first)
        XCTAssertEqual(row.windowStart, ClashFixture.day(-30), "-80 holds one contact: -66 is N days on")
        XCTAssertEqual(row.windowCount, 2)
        let tied = try activity([contact(day: -50, .msl), contact(day: -49, .sales)] + second)
        XCTAssertEqual(tied.windowStart, ClashFixture.day(-50))
        XCTAssertEqual(tied.windowEnd, ClashFixture.day(-49))
    }

    func testSamplesAreNewestFirstWithTiesInUUIDTextOrder() throws {
        // Text order: …00FF < …0002-… < 01…; a word-wise little-endian comparison would not agree.
        let sameDay = [
            contact(day: -4, .msl, .faceToFace, id: "01000000-0000-0000-0000-000000000000"),
            contact(day: -4, .sales, .email, id: "00000000-0000-0002-0000-000000000000"),
            contact(day: -4, .marketing, .faceToFace, id: "00000000-0000-0000-0000-0000000000FF"),
        ]
        let newest = contact(day: -2, .msl, .faceToFace, id: "FF000000-0000-0000-0000-000000000000")
        let row = try activity([sameDay[0], newest, sameDay[2], sameDay[1]])
        XCTAssertEqual(row.sampleTouchpointIDs, [newest.id, sameDay[2].id, sameDay[1].id, sameDay[0].id])
        XCTAssertEqual(row.contradictingCount, 3)
        XCTAssertEqual(row.contradictingSampleIDs, [newest.id, sameDay[2].id, sameDay[0].id])
        var small = settings
        small.sampleSize = 2
        let bounded = try XCTUnwrap(TouchpointActivity.activity(of: profile, contacts: sameDay, settings: small))
        XCTAssertEqual(bounded.sampleTouchpointIDs, [sameDay[2].id, sameDay[1].id])
        XCTAssertEqual(bounded.contradictingSampleIDs, [sameDay[2].id, sameDay[0].id])
    }

    func testInputOrderDoesNotMatterAndNoContactsMeansNoRow() throws {
        var rng = SeededGenerator(seed: 21)
        let contacts = (0..<40).map { _ in
            contact(day: -Double(Int.random(in: 1...89, using: &rng)), TouchpointFunction.allCases.randomElement(using: &rng)!,
                    Bool.random(using: &rng) ? .faceToFace : .email)
        }
        let row = try activity(contacts)
        for _ in 0..<5 { XCTAssertEqual(try activity(contacts.shuffled(using: &rng)), row) }
        XCTAssertNil(TouchpointActivity.activity(of: profile, contacts: [], settings: settings))
    }
}
