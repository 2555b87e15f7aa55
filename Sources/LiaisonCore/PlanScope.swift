/// Whose plan or decision this is: the national (office) level or one region (field).
public enum PlanScope: Codable, Hashable, Sendable, CustomStringConvertible {
    case national
    case region(RegionID)

    /// The region, or nil for national scope.
    public var regionID: RegionID? {
        if case .region(let id) = self { return id }
        return nil
    }

    /// `national` or the region id; also the JSON form.
    public var description: String { regionID ?? "national" }

    /// Parses `national` or a region id.
    public init(_ text: String) {
        self = text == "national" ? .national : .region(text)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
