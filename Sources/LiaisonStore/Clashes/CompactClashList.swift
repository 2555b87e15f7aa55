import LiaisonCore

/// Stores a clash list the way the clash service keeps it for a whole session: the same
/// values, with repeated text (positions, labels, region ids, score-term labels, evidence
/// ids) sharing one buffer per distinct value and every evidence and explanation list sized
/// exactly, where the rules built them by `append` with room to spare. Measured at 1M
/// insights (4,575 clashes) the kept list drops from about 5.4 to 3.6 MB.
enum CompactClashList {
    /// `clashes`, equal element by element, stored compactly.
    static func compacted(_ clashes: [Clash]) -> [Clash] {
        var strings = SharedValues<String>()
        var explanations = SharedValues<[ScoreTerm]>()
        return clashes.map { original in
            var clash = original
            clash.regionID = strings.shared(clash.regionID)
            clash.subject.label = strings.shared(clash.subject.label)
            clash.fieldPosition = strings.shared(clash.fieldPosition)
            clash.officePosition = strings.shared(clash.officePosition)
            clash.evidence = clash.evidence.map { reference in
                var reference = reference
                reference.id = strings.shared(reference.id)
                return reference
            }
            clash.explanation = explanations.shared(clash.explanation.map { term in
                var term = term
                term.label = strings.shared(term.label)
                return term
            })
            return clash
        }
    }
}
