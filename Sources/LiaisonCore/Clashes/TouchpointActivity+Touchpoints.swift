import Foundation

extension TouchpointActivity {
    /// The activity rows of `touchpoints` at `now`, computed in Swift exactly as the store's
    /// SQL must (see the type's contract): the reference for that SQL and the way to build
    /// rows for small data. Touchpoints of HCPs not in `hcps` are ignored. Sorted by HCP id.
    public static func compute(
        touchpoints: [Touchpoint], hcps: [HCP], now: Date, settings: TouchpointNoiseRule.Settings
    ) -> [TouchpointActivity] {
        let lookbackStart = now.addingTimeInterval(-Double(settings.lookbackDays) * 86_400)
        let recent = touchpoints.filter { $0.date > lookbackStart && $0.date <= now }
        let byHCP = Dictionary(grouping: recent, by: \.hcpID)
        return hcps.sorted { $0.id < $1.id }.compactMap { hcp in
            byHCP[hcp.id].flatMap { activity(of: hcp, touchpoints: $0, settings: settings) }
        }
    }

    /// The row of one HCP from its lookback touchpoints; nil when there are none.
    public static func activity(
        of hcp: HCP, touchpoints: [Touchpoint], settings: TouchpointNoiseRule.Settings
    ) -> TouchpointActivity? {
        let sorted = touchpoints.sorted { ($0.date, $0.id.uuidString) < ($1.date, $1.id.uuidString) }
        guard !sorted.isEmpty else { return nil }
        let window = Double(settings.windowDays) * 86_400
        var best: (count: Int, functions: Int, range: Range<Int>)?
        var end = 0
        for start in sorted.indices {
            end = max(end, start)
            while end < sorted.count && sorted[end].date < sorted[start].date.addingTimeInterval(window) { end += 1 }
            let range = start..<end
            let count = range.count
            let functions = Set(sorted[range].map(\.function)).count
            if let current = best, (current.count, current.functions) >= (count, functions) { continue }
            best = (count, functions, range)
        }
        guard let best else { return nil }
        let members = Array(sorted[best.range])
        var counts: [TouchpointFunction: Int] = [:]
        for touchpoint in members { counts[touchpoint.function, default: 0] += 1 }
        let contradicting = sorted.filter {
            contradicts(channel: $0.channel, preference: hcp.channelPreference, access: hcp.faceToFaceAccess)
        }
        return TouchpointActivity(
            hcpID: hcp.id, hcpName: hcp.name, regionID: hcp.regionID, channelPreference: hcp.channelPreference,
            faceToFaceAccess: hcp.faceToFaceAccess, windowStart: members.first!.date, windowEnd: members.last!.date,
            windowCounts: counts, contradictingCount: contradicting.count,
            sampleTouchpointIDs: newest(members, limit: settings.sampleSize),
            contradictingSampleIDs: newest(contradicting, limit: settings.sampleSize))
    }

    /// Up to `limit` ids, newest first, ties by id ascending.
    private static func newest(_ touchpoints: [Touchpoint], limit: Int) -> [UUID] {
        touchpoints
            .sorted { $0.date != $1.date ? $0.date > $1.date : $0.id.uuidString < $1.id.uuidString }
            .prefix(limit).map(\.id)
    }
}
