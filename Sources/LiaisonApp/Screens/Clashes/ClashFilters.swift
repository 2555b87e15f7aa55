import LiaisonCore

/// The Clashes list filters: region, kind, level and triage status; nil means any.
public struct ClashFilters: Sendable, Equatable {
    public var regionID: RegionID?
    /// True to show only national clashes (no region); `regionID` is nil then.
    public var nationalOnly = false
    public var kind: ClashKind?
    public var level: ClashLevel?
    public var status: ClashStatusFilter = .active

    /// No filter but the default status (active).
    public init() {}

    /// True when anything but the defaults is set.
    public var isNarrowed: Bool { self != ClashFilters() }

    /// True when `status` passes every filter. A clash that no longer computes is matched
    /// on what its id tells (the kind) and passes the region and level filters only when unset.
    public func admits(_ status: ClashStatus) -> Bool {
        guard self.status.admits(status.disposition) else { return false }
        guard let clash = status.clash else {
            let kindMatches = kind.map { status.clashID.hasPrefix($0.rawValue + ":") } ?? true
            return kindMatches && regionID == nil && !nationalOnly && level == nil
        }
        if let kind, clash.kind != kind { return false }
        if let level, clash.level != level { return false }
        if nationalOnly { return clash.regionID == nil }
        if let regionID, clash.regionID != regionID { return false }
        return true
    }

    /// Steps the region filter: any → each region in `order` → national → any.
    public mutating func cycleRegion(order: [RegionID]) {
        if nationalOnly {
            nationalOnly = false
            regionID = nil
        } else if let regionID, let index = order.firstIndex(of: regionID) {
            if index + 1 < order.count {
                self.regionID = order[index + 1]
            } else {
                self.regionID = nil
                nationalOnly = true
            }
        } else {
            regionID = order.first
            nationalOnly = order.isEmpty
        }
    }

    /// Steps the kind filter through every kind, then back to any.
    public mutating func cycleKind() {
        kind = Self.step(kind, through: ClashKind.allCases)
    }

    /// Steps the level filter critical → high → medium → low → any.
    public mutating func cycleLevel() {
        level = Self.step(level, through: ClashLevel.allCases.reversed())
    }

    /// Steps the status filter through `ClashStatusFilter.allCases`.
    public mutating func cycleStatus() {
        let all = ClashStatusFilter.allCases
        status = all[((all.firstIndex(of: status) ?? 0) + 1) % all.count]
    }

    /// `region North · kind any · level high · status active`.
    public func summary(names: ClashNames) -> String {
        let region = nationalOnly ? "national" : regionID.map { names.region($0) } ?? "any"
        return "region \(region) · kind \(kind?.label ?? "any") · level \(level?.rawValue ?? "any") · status \(status.label)"
    }

    private static func step<T: Equatable>(_ value: T?, through all: [T]) -> T? {
        guard let value, let index = all.firstIndex(of: value) else { return all.first }
        return index + 1 < all.count ? all[index + 1] : nil
    }
}
