import Foundation

extension TouchpointActivity {
    /// The activity rows of `touchpoints` at `now`, as the type's contract defines them: the
    /// way to build rows for a dataset, and through `activity(of:contacts:settings:)` the same
    /// computation the store runs. Touchpoints of HCPs not in `hcps` are ignored. Sorted by HCP id.
    public static func compute(
        touchpoints: [Touchpoint], hcps: [HCP], now: Date, settings: TouchpointNoiseRule.Settings
    ) -> [TouchpointActivity] {
        let lookbackStart = now.addingTimeInterval(-Double(settings.lookbackDays) * 86_400)
        var byHCP: [HCPID: [Contact]] = [:]
        for touchpoint in touchpoints where touchpoint.date > lookbackStart && touchpoint.date <= now {
            byHCP[touchpoint.hcpID, default: []].append(Contact(touchpoint))
        }
        return hcps.sorted { $0.id < $1.id }.compactMap { hcp in
            byHCP[hcp.id].flatMap { activity(of: HCPProfile(hcp), contacts: $0, settings: settings) }
        }
    }

    /// The row of one HCP from its lookback touchpoints; nil when there are none.
    public static func activity(
        of hcp: HCP, touchpoints: [Touchpoint], settings: TouchpointNoiseRule.Settings
    ) -> TouchpointActivity? {
        activity(of: HCPProfile(hcp), contacts: touchpoints.map(Contact.init), settings: settings)
    }

    /// The row of one HCP from its lookback contacts (any order); nil when there are none or
    /// the window is empty. One pass of a sliding window over the contacts in the contract's
    /// order, keeping per-function counts, so the cost is linear after the sort (which is
    /// linear too for contacts already in that order, as the store reads them).
    public static func activity(
        of hcp: HCPProfile, contacts: [Contact], settings: TouchpointNoiseRule.Settings
    ) -> TouchpointActivity? {
        var sorted = contacts
        sorted.sort(by: Contact.chronological)
        guard let best = densestWindow(sorted, days: settings.windowDays) else { return nil }
        let members = sorted[best]
        var counts: [TouchpointFunction: Int] = [:]
        for contact in members { counts[contact.function, default: 0] += 1 }
        let contradicting = sorted.filter {
            contradicts(channel: $0.channel, preference: hcp.channelPreference, access: hcp.faceToFaceAccess)
        }
        return TouchpointActivity(
            hcpID: hcp.id, hcpName: hcp.name, regionID: hcp.regionID, channelPreference: hcp.channelPreference,
            faceToFaceAccess: hcp.faceToFaceAccess, windowStart: members.first!.date, windowEnd: members.last!.date,
            windowCounts: counts, contradictingCount: contradicting.count,
            sampleTouchpointIDs: newest(members, limit: settings.sampleSize),
            contradictingSampleIDs: newest(contradicting[...], limit: settings.sampleSize))
    }

    /// The index range of the densest window of `sorted` (in `Contact.chronological` order):
    /// most contacts, then most distinct functions; the first such start wins, which is the
    /// earliest date, then the smallest id. Nil when no window holds a contact.
    private static func densestWindow(_ sorted: [Contact], days: Int) -> Range<Int>? {
        let functions = TouchpointFunction.allCases
        let slots = sorted.map { contact in functions.firstIndex(of: contact.function)! }
        let span = Double(days) * 86_400
        var counts = [Int](repeating: 0, count: functions.count)
        var distinct = 0
        var end = 0
        var best: (count: Int, functions: Int, range: Range<Int>)?
        for start in sorted.indices {
            end = max(end, start)
            let limit = sorted[start].date.addingTimeInterval(span)
            while end < sorted.count && sorted[end].date < limit {
                if counts[slots[end]] == 0 { distinct += 1 }
                counts[slots[end]] += 1
                end += 1
            }
            guard end > start else { continue }
            if best.map({ ($0.count, $0.functions) < (end - start, distinct) }) ?? true {
                best = (end - start, distinct, start..<end)
            }
            counts[slots[start]] -= 1
            if counts[slots[start]] == 0 { distinct -= 1 }
        }
        return best?.range
    }

    /// Up to `limit` ids of `sorted` (in `Contact.chronological` order), newest first, ties
    /// by id ascending: the runs of equal dates from the back, each run front to back.
    private static func newest(_ sorted: ArraySlice<Contact>, limit: Int) -> [UUID] {
        var ids: [UUID] = []
        ids.reserveCapacity(min(limit, sorted.count))
        var runEnd = sorted.endIndex
        while runEnd > sorted.startIndex && ids.count < limit {
            let date = sorted[runEnd - 1].date
            var runStart = runEnd - 1
            while runStart > sorted.startIndex && sorted[runStart - 1].date == date { runStart -= 1 }
            for contact in sorted[runStart..<runEnd].prefix(limit - ids.count) { ids.append(contact.id) }
            runEnd = runStart
        }
        return ids
    }
}
