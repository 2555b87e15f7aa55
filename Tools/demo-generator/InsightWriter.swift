import LiaisonCore

/// Who an insight is about, as the text refers to them.
struct Speaker {
    /// e.g. "the head of cardiology at Herzzentrum Alstertal".
    let role: String
    let isFemale: Bool
    let city: String
}

/// Composes "what was said" and "why it matters" from the phrase banks, so that few texts
/// repeat, and rewrites any text the compliance checker would block.
struct InsightWriter {
    let checker: ComplianceChecker
    let products: [ProductProfile]

    /// The error when no compliant text could be composed.
    struct NoCompliantText: Error, CustomStringConvertible {
        let theme: String
        let findings: [ComplianceFinding]
        var description: String { "no compliant insight text for theme \(theme): \(findings)" }
    }

    private static let femaleNames: Set<String> = [
        "Birgit", "Daniela", "Eva", "Gabriele", "Ines", "Karin", "Monika", "Petra", "Sabine", "Ute", "Wiebke",
        "Bettina", "Doris", "Elke", "Friederike", "Heike", "Johanna", "Kerstin", "Miriam", "Pia", "Silke",
        "Ulrike", "Verena", "Anke", "Cornelia", "Esther", "Jana", "Lena", "Nadine", "Olga", "Regina", "Tanja", "Yvonne",
    ]

    /// How the text refers to `hcp`, who works at `institution`.
    static func speaker(for hcp: HCP, at institution: Institution, rng: inout SeededRandom) -> Speaker {
        let parts = hcp.name.split(separator: " ").map(String.init)
        let surname = parts.last ?? hcp.name
        let isFemale = parts.contains { femaleNames.contains($0) }
        let (noun, department) = words(for: hcp.specialty)
        let place = institution.kind == .practice ? "a practice in \(institution.city)" : institution.name
        let title = hcp.name.hasPrefix("Prof.") ? "Prof." : "Dr."
        let options: [String]
        switch hcp.tier {
        case .national:
            options = ["the head of \(department) at \(place)", "\(title) \(surname) (head of \(department), \(institution.name))",
                       "the \(department) chair at \(place)"]
        case .regional:
            options = ["a senior \(noun) at \(place)", "the \(noun) leading the outpatient clinic at \(place)",
                       "Dr. \(surname) (\(noun), \(institution.city))"]
        case .local:
            options = ["a \(noun) in \(institution.city)", "the \(noun) at \(place)", "a young \(noun) at \(place)"]
        }
        return Speaker(role: rng.pick(options), isFemale: isFemale, city: institution.city)
    }

    /// A speaker for an insight heard without a known HCP, e.g. at a congress.
    static func groupSpeaker(city: String, rng: inout SeededRandom) -> Speaker {
        let role = rng.pick([
            "one of the symposium speakers", "a chief physician from another region", "a colleague from a regional network",
            "a senior physician in the audience", "the moderator of the session",
        ])
        return Speaker(role: role, isFemale: rng.chance(0.5), city: city)
    }

    private static func words(for specialty: String) -> (noun: String, department: String) {
        switch specialty {
        case "Medical oncology": ("oncologist", "oncology")
        case "Haematology/oncology": ("haemato-oncologist", "haematology and oncology")
        case "Pulmonology (thoracic oncology)": ("thoracic oncologist", "thoracic oncology")
        case "Pathology": ("pathologist", "pathology")
        case "Cardiology": ("cardiologist", "cardiology")
        case "Nephrology": ("nephrologist", "nephrology")
        case "Internal medicine": ("internist", "internal medicine")
        case "General practice": ("GP", "general practice")
        default: ("pulmonologist", "pulmonology")
        }
    }

    /// A compliant pair of texts for an insight on `theme` about `productID`.
    func compose(
        theme: ThemeCode, productID: ProductID?, speaker: Speaker, channel: InteractionChannel,
        surge: Bool = false, rng: inout SeededRandom
    ) throws -> (said: String, matters: String) {
        var lastFindings: [ComplianceFinding] = []
        for _ in 0..<25 {
            let texts = draft(theme: theme, productID: productID, speaker: speaker, channel: channel, surge: surge, rng: &rng)
            lastFindings = checker.findings(in: texts.said + "\n\n" + texts.matters)
            if lastFindings.isEmpty { return texts }
        }
        throw NoCompliantText(theme: theme, findings: lastFindings)
    }

    private func draft(
        theme: ThemeCode, productID: ProductID?, speaker: Speaker, channel: InteractionChannel, surge: Bool,
        rng: inout SeededRandom
    ) -> (said: String, matters: String) {
        let phrases = PhraseBook.phrases(for: theme)
        let cores = surge ? EngagementPhrases.surgeSaid : usable(phrases.said, productID)
        let opener = rng.pick(PhraseBook.openers[channel.rawValue] ?? PhraseBook.openers["faceToFace"]!)
        var said = opener + " " + rng.pick(cores) + "."
        if rng.chance(0.7) { said += " " + rng.pick(usable(phrases.details, productID)) }
        var matters = surge
            ? rng.pick(EngagementPhrases.surgeMatters)
            : rng.pick(usable(phrases.matters, productID))
        let next = rng.pick(PhraseBook.nextSteps)
        if !next.isEmpty && rng.chance(0.55) { matters += " " + next }
        return (fill(said, productID, speaker, &rng), fill(matters, productID, speaker, &rng))
    }

    private func usable(_ fragments: [String], _ productID: ProductID?) -> [String] {
        let letter: String? = switch productID {
        case DemoIDs.oncavia: "O|"
        case DemoIDs.cardelin: "C|"
        case DemoIDs.respiflo: "R|"
        default: nil
        }
        return fragments.compactMap { fragment in
            guard fragment.count > 2, fragment.dropFirst().hasPrefix("|") else { return fragment }
            return letter.map { fragment.hasPrefix($0) } == true ? String(fragment.dropFirst(2)) : nil
        }
    }

    private func fill(_ text: String, _ productID: ProductID?, _ speaker: Speaker, _ rng: inout SeededRandom) -> String {
        let profile = products.first { $0.id == productID }
        let values: [(String, String)] = [
            ("{role}", speaker.role), ("{city}", speaker.city),
            ("{product}", profile?.name ?? "our products"),
            ("{indication}", profile?.indication ?? "this indication"),
            ("{patients}", profile?.patients ?? "their patients"),
            ("{competitor}", profile?.competitor ?? "the established options"),
            ("{diagnosticStep}", profile?.diagnosticStep ?? "the diagnostic work-up"),
            ("{monitoring}", profile?.monitoring ?? "routine monitoring"),
            ("{guideline}", profile?.guideline ?? "the current guideline"),
            ("{endpoint}", profile?.endpoint ?? "hard outcomes"),
            ("{n}", String(rng.int(2...9))), ("{pct}", String(5 * rng.int(2...12))), ("{weeks}", String(rng.int(2...12))),
        ]
        var result = text
        for (placeholder, value) in values {
            result = result.replacingOccurrences(of: placeholder, with: value)
        }
        result = Self.matchPronouns(result, female: speaker.isFemale)
        return result.prefix(1).uppercased() + result.dropFirst()
    }

    private static func matchPronouns(_ text: String, female: Bool) -> String {
        let swaps: [(String, String)] = female
            ? [("He ", "She "), (" he ", " she "), (" his ", " her "), (" him ", " her ")]
            : [("She ", "He "), (" she ", " he "), (" her ", " his ")]
        var result = text
        for (from, to) in swaps {
            result = result.replacingOccurrences(of: from, with: to)
        }
        return result
    }
}
