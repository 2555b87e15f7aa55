import Foundation
import LiaisonCore
import LiaisonStore

/// The options of the touchpoint form, loaded when it opens: the HCP directory (listed as the
/// log-insight form lists it), the functions, the channels, and the "now" the form opened at.
struct LogTouchpointChoices: Sendable {
    let hcps: [HCPDirectoryEntry]
    let regionNames: [RegionID: String]
    let time: InteractionTime
    let hcpIndex: PickerIndex
    let functionIndex = PickerIndex(labels: TouchpointFunction.allCases.map(LogTouchpointField.functionName))
    let channelIndex = PickerIndex(labels: InteractionChannel.allCases.map(LogInsightChoices.channelName))
    private let hcpPositions: [HCPID: Int]

    /// Builds the choices and the HCP picker index.
    init(hcps: [HCPDirectoryEntry], regions: [Region], time: InteractionTime) {
        self.hcps = hcps
        self.time = time
        regionNames = Dictionary(regions.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        hcpIndex = PickerIndex(count: hcps.count) { LogInsightChoices.hcpOption(hcps[$0]) }
        hcpPositions = Dictionary(hcps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads the regions and takes the directory from `hcps` (the session's cache; called by
    /// the open effect and by tests).
    static func load(store: LiaisonStore, now: Date, timeZone: TimeZone, hcps: HCPPickerCache = HCPPickerCache()) throws -> LogTouchpointChoices {
        LogTouchpointChoices(
            hcps: try hcps.directory(store: store).entries, regions: try store.regions(),
            time: InteractionTime(now: now, timeZone: timeZone))
    }

    /// The picker index of a choice field.
    func index(for field: LogTouchpointField) -> PickerIndex? {
        switch field {
        case .hcp: hcpIndex
        case .function: functionIndex
        case .channel: channelIndex
        case .topic, .when: nil
        }
    }

    func hcp(_ id: HCPID?) -> HCPDirectoryEntry? {
        id.flatMap { hcpPositions[$0] }.map { hcps[$0] }
    }

    /// "Dr. Yvonne Reuter — Klinikum …, Leipzig · East".
    func hcpLabel(_ id: HCPID?) -> String? {
        guard let id else { return nil }
        guard let hcp = hcp(id) else { return id }
        return "\(hcp.name) — \(hcp.institutionName), \(hcp.city) · \(regionNames[hcp.regionID] ?? hcp.regionID)"
    }
}
