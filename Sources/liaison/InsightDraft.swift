import Foundation
import LiaisonCore
import LiaisonStore

/// The fields of `liaison log` turned into a checked `Insight`: LiaisonCore validation, the
/// reference catalog, listening priorities of the plans, and the compliance scan. Errors
/// name the command-line option at fault.
struct InsightDraft {
    var text: String
    var why: String
    var theme: String
    var hcp: String?
    var product: String?
    var region: String?
    var sentiment: Int
    var channel: InteractionChannel
    var listeningPriority: String?
    var at: Date?

    /// The insight `author` would save at `now`; throws a `CLIFailure` naming the option.
    func insight(author: Person, store: LiaisonStore, now: Date) throws -> Insight {
        let place = try resolvePlace(author: author, store: store)
        let priority = try resolveListeningPriority(store: store)
        let insight: Insight
        do {
            insight = try Insight(
                authorID: author.id, regionID: place.region, hcpID: place.hcp, institutionID: place.institution,
                productID: product.map { Identity.qualified($0, prefix: "product") }, theme: theme,
                listeningPriority: priority, interactionAt: at ?? now, loggedAt: now,
                whatWasSaid: text, whyItMatters: why, sentiment: sentiment, channel: channel)
            try store.referenceCatalog().check(insight)
        } catch let error as LiaisonCore.ValidationError {
            throw CLIFailure.runtime(Self.message(for: error))
        }
        let findings = store.compliance.findings(in: insight.text)
        if !findings.isEmpty {
            throw CLIFailure.runtime(Self.complianceMessage(findings))
        }
        return insight
    }

    /// Region and institution from the HCP when given, else `--region`, else the author's region.
    private func resolvePlace(author: Person, store: LiaisonStore) throws -> (region: RegionID, hcp: HCPID?, institution: InstitutionID?) {
        let explicitRegion = region.map { Identity.qualified($0, prefix: "region") }
        if let hcp {
            let hcpID = Identity.qualified(hcp, prefix: "hcp")
            guard let record = try store.hcp(id: hcpID) else {
                throw CLIFailure.runtime("--hcp: unknown HCP '\(hcpID)'")
            }
            if let explicitRegion, explicitRegion != record.regionID {
                throw CLIFailure.runtime(
                    "--region: \(explicitRegion) conflicts with \(hcpID), who works in \(record.regionID); leave --region out")
            }
            return (record.regionID, hcpID, record.institutionID)
        }
        if let explicitRegion {
            guard try store.region(id: explicitRegion) != nil else {
                throw CLIFailure.runtime("--region: unknown region '\(explicitRegion)'")
            }
            return (explicitRegion, nil, nil)
        }
        guard let home = author.regionID else {
            throw CLIFailure.runtime("--region is required: \(author.id) (\(author.role.label)) has no region of their own")
        }
        return (home, nil, nil)
    }

    /// The listening priority code, which must be one the plans define.
    private func resolveListeningPriority(store: LiaisonStore) throws -> String? {
        guard let listeningPriority else { return nil }
        let code = Identity.qualified(listeningPriority, prefix: "lp")
        let known = Set(try store.plans().flatMap { $0.listeningPriorities.map(\.code) })
        guard known.contains(code) else {
            let list = known.sorted().joined(separator: ", ")
            throw CLIFailure.runtime(
                "--listening-priority: '\(code)' is not a listening priority of any plan"
                    + (list.isEmpty ? "" : " (one of: \(list))"))
        }
        return code
    }

    /// A validation error in terms of the `log` options, e.g. `--theme: 'x' is not a theme`.
    static func message(for error: LiaisonCore.ValidationError) -> String {
        let options = [
            "theme": "--theme", "regionID": "--region", "hcpID": "--hcp", "productID": "--product",
            "institutionID": "--hcp", "sentiment": "--sentiment", "whatWasSaid": "TEXT", "authorID": "--as",
            "channel": "--channel", "listeningPriority": "--listening-priority",
        ]
        if error.entity == "insight", error.field == "loggedAt" {
            return "--at: the interaction time is in the future"
        }
        if error.entity == "insight", let option = options[error.field] {
            return "\(option) (\(error.entity).\(error.field)): \(error.reason)"
        }
        return error.description
    }

    /// Why the text cannot be saved, one finding per line.
    static func complianceMessage(_ findings: [ComplianceFinding]) -> String {
        let lines = findings.map { "  \"\($0.matched)\" (\($0.category)): \($0.reason)" }
        return "not saved: the text contains wording that may not be stored:\n"
            + lines.joined(separator: "\n")
            + "\nrephrase and log again; nothing was written"
    }
}
