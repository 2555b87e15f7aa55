/// The part of a rule's output a change can affect: everything, a set of regions, or a
/// set of subjects. A clash is in scope when any of these match it.
public struct ClashScope: Hashable, Sendable {
    /// True when the whole rule must be re-evaluated.
    public var isEverything: Bool
    /// Regions whose clashes are affected (matched on `Clash.regionID`).
    public var regionIDs: Set<RegionID>
    /// Subjects whose clashes are affected (matched on `Clash.subject.id`).
    public var subjectIDs: Set<String>

    /// Creates a scope.
    public init(isEverything: Bool = false, regionIDs: Set<RegionID> = [], subjectIDs: Set<String> = []) {
        self.isEverything = isEverything
        self.regionIDs = regionIDs
        self.subjectIDs = subjectIDs
    }

    /// The whole rule.
    public static let everything = ClashScope(isEverything: true)
    /// Nothing: the change cannot affect the rule.
    public static let nothing = ClashScope()

    /// The clashes of these regions.
    public static func regions(_ ids: Set<RegionID>) -> ClashScope { ClashScope(regionIDs: ids) }

    /// The clashes about these subjects.
    public static func subjects(_ ids: Set<String>) -> ClashScope { ClashScope(subjectIDs: ids) }

    /// What a change to plan `planID` can affect: its region for a regional plan; every
    /// region for the national plan or a plan no longer in `snapshot`.
    public static func ofPlan(_ planID: PlanID, in snapshot: ClashSnapshot) -> ClashScope {
        guard let region = snapshot.plans.first(where: { $0.id == planID })?.scope.regionID else { return .everything }
        return .regions([region])
    }

    /// True when no clash can be in scope.
    public var isEmpty: Bool { !isEverything && regionIDs.isEmpty && subjectIDs.isEmpty }

    /// True when a clash about `subjectID` in `regionID` is in scope.
    public func includes(subjectID: @autoclosure () -> String, regionID: RegionID?) -> Bool {
        if isEverything || subjectIDs.contains(subjectID()) { return true }
        return regionID.map { regionIDs.contains($0) } ?? false
    }

    /// True when `clash` is in scope.
    public func contains(_ clash: Clash) -> Bool {
        includes(subjectID: clash.subject.id, regionID: clash.regionID)
    }
}
