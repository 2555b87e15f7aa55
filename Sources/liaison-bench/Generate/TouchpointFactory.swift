import Foundation
import LiaisonCore

/// Produces touchpoint number `i` on demand. Most are spread over the last year; a fifth
/// pile onto every fiftieth HCP in the last three weeks from several functions (touchpoint
/// noise for the clash engine).
struct TouchpointFactory: Sendable {
    let seed: UInt64
    let now: Date
    let hcpIDs: [HCPID]

    static let topics = [
        "New data presentation", "Formulary follow-up", "Congress invitation", "Medical information request",
        "Product update", "Patient support programme", "Advisory board feedback", "Guideline discussion",
    ]

    init(world: ReferenceWorld, seed: UInt64, now: Date) {
        self.seed = seed
        self.now = now
        hcpIDs = world.hcps.map(\.id)
    }

    /// Touchpoint number `index`.
    func touchpoint(_ index: Int) throws -> Touchpoint {
        var random = SeededRandom(seed: seed, stream: 0x7000_0000_0000 &+ UInt64(index))
        let noisy = random.chance(0.2)
        let hcp = noisy ? (random.index(max(1, hcpIDs.count / 50))) * 50 : random.index(hcpIDs.count)
        let days = noisy ? random.index(21) : random.index(365)
        return try Touchpoint(
            id: random.uuid(), hcpID: hcpIDs[min(hcp, hcpIDs.count - 1)],
            date: now.addingTimeInterval(-Double(days) * 86_400 - Double(random.index(86_400))),
            function: TouchpointFunction.allCases[random.index(TouchpointFunction.allCases.count)],
            channel: InteractionChannel.allCases[random.index(InteractionChannel.allCases.count)],
            topic: random.pick(Self.topics))
    }
}
