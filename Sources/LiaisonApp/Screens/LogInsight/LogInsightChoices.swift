import Foundation
import LiaisonCore
import LiaisonStore

/// The options of the form's choice fields, loaded once per open, with the "now" the form
/// opened at (the default interaction time).
struct LogInsightChoices: Sendable {
    let hcps: [HCPDirectoryEntry]
    let products: [Product]
    let themes: [Theme]
    /// The national plan's listening priorities.
    let priorities: [ListeningPriority]
    let regionNames: [RegionID: String]
    let time: InteractionTime
    /// Picker indexes, built off the main actor by the loader.
    let hcpIndex: PickerIndex
    let productIndex: PickerIndex
    let themeIndex: PickerIndex
    let priorityIndex: PickerIndex
    let sentimentIndex: PickerIndex
    let channelIndex: PickerIndex
    private let hcpPositions: [HCPID: Int]

    /// Labels for sentiment −2…+2 (option index = sentiment + 2).
    static let sentimentLabels = ["−2 very negative", "−1 negative", "0 neutral", "+1 positive", "+2 very positive"]
    /// The first option of optional fields; picking it clears the field.
    static let noneLabel = "— none —"

    /// Builds the choices and their picker indexes.
    /// `hcpIndex`, when given, must be `hcpIndex(hcps)` (e.g. from the session's cache).
    init(hcps: [HCPDirectoryEntry], hcpIndex: PickerIndex? = nil, products: [Product], themes: [Theme],
         priorities: [ListeningPriority], regions: [Region], time: InteractionTime) {
        self.hcps = hcps
        hcpPositions = Dictionary(hcps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.products = products
        self.themes = themes
        self.priorities = priorities
        self.time = time
        regionNames = Dictionary(regions.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.hcpIndex = hcpIndex ?? Self.hcpIndex(hcps)
        productIndex = PickerIndex(labels: [Self.noneLabel] + products.map(\.name))
        themeIndex = PickerIndex(labels: themes.map(\.name))
        priorityIndex = PickerIndex(labels: [Self.noneLabel] + priorities.map(\.question))
        sentimentIndex = PickerIndex(labels: Self.sentimentLabels)
        channelIndex = PickerIndex(labels: InteractionChannel.allCases.map(Self.channelName))
    }

    /// The HCP picker's index: "none" first, then every HCP as `hcpOption` labels it. The
    /// labels are made when shown, from `hcps` (the session keeps this index: 20,000 labels
    /// would hold ~2 MB).
    static func hcpIndex(_ hcps: [HCPDirectoryEntry]) -> PickerIndex {
        PickerIndex(count: hcps.count + 1) { $0 == 0 ? noneLabel : hcpOption(hcps[$0 - 1]) }
    }

    /// An HCP as the pickers list it: "Prof. Dr. Hans Friedrich · Uniklinik Elbhöhe · Hamburg".
    static func hcpOption(_ hcp: HCPDirectoryEntry) -> String {
        "\(hcp.name) · \(hcp.institutionName) · \(hcp.city)"
    }

    /// The picker index of a choice field.
    func index(for field: LogInsightField) -> PickerIndex? {
        switch field {
        case .hcp: hcpIndex
        case .product: productIndex
        case .theme: themeIndex
        case .listeningPriority: priorityIndex
        case .sentiment: sentimentIndex
        case .channel: channelIndex
        case .when, .whatWasSaid, .whyItMatters: nil
        }
    }

    func hcp(_ id: HCPID?) -> HCPDirectoryEntry? {
        id.flatMap { hcpPositions[$0] }.map { hcps[$0] }
    }

    /// "Prof. Dr. Hans Friedrich — Uniklinik Elbhöhe, Hamburg · North".
    func hcpLabel(_ id: HCPID?) -> String? {
        guard let id else { return nil }
        guard let hcp = hcp(id) else { return id }
        return "\(hcp.name) — \(hcp.institutionName), \(hcp.city) · \(regionNames[hcp.regionID] ?? hcp.regionID)"
    }

    func productName(_ id: ProductID?) -> String? {
        id.map { id in products.first { $0.id == id }?.name ?? id }
    }

    func themeName(_ code: ThemeCode?) -> String? {
        code.map { code in themes.first { $0.code == code }?.name ?? code }
    }

    func priorityQuestion(_ code: String?) -> String? {
        code.map { code in priorities.first { $0.code == code }?.question ?? code }
    }

    static func channelName(_ channel: InteractionChannel) -> String {
        switch channel {
        case .faceToFace: "Face to face"
        case .remote: "Remote (video)"
        case .phone: "Phone"
        case .email: "E-mail"
        case .congress: "Congress"
        case .event: "Event"
        }
    }
}
