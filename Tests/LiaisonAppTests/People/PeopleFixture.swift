import Foundation
import LiaisonCore
import LiaisonStore

/// Touchpoints with Dr. North One across functions, for the profile's timeline.
enum PeopleFixture {
    static func addTouchpoints(to store: LiaisonStore) throws {
        let topics: [(Double, TouchpointFunction, InteractionChannel, String)] = [
            (2, .msl, .faceToFace, "Referral pathway"),
            (5, .sales, .remote, "Lumora dosing card"),
            (9, .marketing, .event, "Cardiology evening"),
            (14, .medicalInformation, .email, "Renal data request"),
        ]
        for (index, (daysAgo, function, channel, topic)) in topics.enumerated() {
            try store.insertTouchpoint(try Touchpoint(
                id: AppFixture.uuid(7000 + index), hcpID: "hcp:h01", date: AppFixture.now.addingTimeInterval(-daysAgo * 86_400),
                function: function, channel: channel, topic: topic), by: "person:fixture")
        }
    }
}
