import Foundation
import LiaisonCore

/// The UUIDs of the demo decisions, drawn up front so actioned insights can link to decisions
/// before the decisions (which cite those insights as evidence) are written.
struct DecisionIDs {
    let educationFormat: UUID
    let nationalVoice: UUID
    let studyEntryRheinaue: UUID
    let southSiteShortlist: UUID
    let respifloEastChannel: UUID
    let launchHeadcount: UUID
    let heartFailureBoards: UUID
    let respiratoryCongress: UUID
    let eastRemoteModel: UUID
    let northTumourBoards: UUID
    let registryLeineufer: UUID
    let touchpointCoordination: UUID
    let genericEntryResponse: UUID
    let renalEvidence: UUID
    let globalBoardSeat: UUID

    /// Draws the ids from `rng` in a fixed order.
    init(rng: inout SeededRandom) {
        educationFormat = rng.uuid()
        nationalVoice = rng.uuid()
        studyEntryRheinaue = rng.uuid()
        southSiteShortlist = rng.uuid()
        respifloEastChannel = rng.uuid()
        launchHeadcount = rng.uuid()
        heartFailureBoards = rng.uuid()
        respiratoryCongress = rng.uuid()
        eastRemoteModel = rng.uuid()
        northTumourBoards = rng.uuid()
        registryLeineufer = rng.uuid()
        touchpointCoordination = rng.uuid()
        genericEntryResponse = rng.uuid()
        renalEvidence = rng.uuid()
        globalBoardSeat = rng.uuid()
    }

    /// A decision an actioned insight can name as what it changed.
    struct LinkTarget {
        let id: UUID
        let theme: ThemeCode
        let region: RegionID?
        let product: ProductID?
    }

    /// The decided or revisited decisions insights can be actioned into.
    var linkTargets: [LinkTarget] {
        [
            LinkTarget(id: educationFormat, theme: "education-need", region: nil, product: DemoIDs.oncavia),
            LinkTarget(id: studyEntryRheinaue, theme: "study-interest", region: DemoIDs.west, product: DemoIDs.oncavia),
            LinkTarget(id: registryLeineufer, theme: "study-interest", region: DemoIDs.north, product: DemoIDs.cardelin),
            LinkTarget(id: respifloEastChannel, theme: "channel-preference", region: DemoIDs.east, product: nil),
            LinkTarget(id: genericEntryResponse, theme: "competitor", region: nil, product: DemoIDs.respiflo),
            LinkTarget(id: heartFailureBoards, theme: "treatment-practice", region: nil, product: DemoIDs.cardelin),
            LinkTarget(id: renalEvidence, theme: "unmet-need", region: nil, product: DemoIDs.cardelin),
        ]
    }
}
