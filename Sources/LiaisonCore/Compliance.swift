import Foundation

/// A word or phrase that must not appear in an insight, and why.
public struct RestrictedTerm: Codable, Hashable, Sendable {
    public var term: String
    /// e.g. `promotional`, `adverseEvent`.
    public var category: String
    /// Shown to the user, e.g. "adverse events must be reported to pharmacovigilance within 24 h".
    public var reason: String

    /// Creates a restricted term.
    public init(term: String, category: String, reason: String) {
        self.term = term
        self.category = category
        self.reason = reason
    }
}

/// One reason an insight cannot be saved as typed.
public struct ComplianceFinding: Hashable, Sendable, CustomStringConvertible {
    /// The words that triggered the finding, as typed.
    public var matched: String
    public var category: String
    public var reason: String

    /// Creates a finding.
    public init(matched: String, category: String, reason: String) {
        self.matched = matched
        self.category = category
        self.reason = reason
    }

    public var description: String { "\"\(matched)\" (\(category)): \(reason)" }
}

/// Checks insight text before it is saved: restricted words and patient identifiers.
public struct ComplianceChecker: Sendable {
    public var restricted: [RestrictedTerm]

    /// Creates a checker from restricted terms.
    public init(restricted: [RestrictedTerm]) {
        self.restricted = restricted
    }

    /// Decodes `restricted-words.json` (an array of terms).
    public static func decode(_ data: Data) throws -> ComplianceChecker {
        ComplianceChecker(restricted: try JSONDecoder().decode([RestrictedTerm].self, from: data))
    }

    /// Every problem in `text`, in the order found; empty when the text may be saved.
    public func findings(in text: String) -> [ComplianceFinding] {
        restrictedFindings(in: text) + PatientIdentifierScan.findings(in: text)
    }

    private func restrictedFindings(in text: String) -> [ComplianceFinding] {
        let lowered = text.lowercased()
        return restricted.compactMap { term in
            guard let range = wordRange(of: term.term.lowercased(), in: lowered) else { return nil }
            return ComplianceFinding(
                matched: String(lowered[range]), category: term.category, reason: term.reason)
        }
    }

    /// Finds `needle` at word boundaries, so "cure" does not match "secure".
    private func wordRange(of needle: String, in haystack: String) -> Range<String.Index>? {
        var searchStart = haystack.startIndex
        while let range = haystack.range(of: needle, range: searchStart..<haystack.endIndex) {
            let before = range.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: range.lowerBound)]
            let after = range.upperBound == haystack.endIndex ? nil : haystack[range.upperBound]
            let isBoundary = { (c: Character?) in c.map { !($0.isLetter || $0.isNumber) } ?? true }
            if isBoundary(before) && isBoundary(after) { return range }
            searchStart = range.upperBound
        }
        return nil
    }
}

/// Finds data that could identify a patient: birth dates, record numbers, phone numbers
/// and e-mail addresses.
public enum PatientIdentifierScan {
    private static let reason = "insights must not identify a patient; describe the case without identifiers"

    /// Compiled once: the scan runs on every save and every imported row.
    private static let patterns: [(category: String, regex: NSRegularExpression)] = [
        ("birthDate", #"\b(born|dob|date of birth|geb\.?)\s*:?\s*(on\s+)?\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"#),
        ("date", #"\b\d{1,2}[./]\d{1,2}[./](19|20)\d{2}\b"#),
        ("recordNumber", #"\b(mrn|record|patient\s*(no|number|id)|case\s*(no|number))\.?\s*[:#]?\s*[A-Z]*\d{4,}"#),
        ("email", #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#),
        ("phone", #"(\+\d{1,3}[\s-]?)?\(?\d{2,5}\)?[\s-]\d{3,4}[\s-]?\d{3,5}\b"#),
    ].map { entry in
        // The patterns are constants; a typo must fail the first test run, not be skipped.
        (entry.0, try! NSRegularExpression(pattern: entry.1, options: [.caseInsensitive]))
    }

    /// The identifiers found in `text`.
    public static func findings(in text: String) -> [ComplianceFinding] {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x40 }) else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return patterns.flatMap { pattern in
            pattern.regex.matches(in: text, range: whole).compactMap { match -> ComplianceFinding? in
                guard let range = Range(match.range, in: text) else { return nil }
                return ComplianceFinding(matched: String(text[range]), category: pattern.category, reason: reason)
            }
        }
    }
}
