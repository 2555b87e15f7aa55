import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison touchpoint log`: records one contact with an HCP (by default an MSL
/// interaction) through the store's audited write, and prints its id.
struct TouchpointLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a touchpoint with an HCP (an MSL interaction by default) and print its id.",
        discussion: """
            The change is recorded under --as (else $LIAISON_AS) in the audit log; the next \
            'liaison clashes' (and the dashboard) count it for touchpoint noise.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The HCP, e.g. h0042 or hcp:h0042.", valueName: "id"))
    var hcp: String

    @Option(help: ArgumentHelp(
        "The function: \(TouchpointFunction.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "function"))
    var function: TouchpointFunction = .msl

    @Option(help: ArgumentHelp(
        "How the contact took place: \(InteractionChannel.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "channel"))
    var channel: InteractionChannel = .faceToFace

    @Option(help: ArgumentHelp("What the contact was about.", valueName: "text"))
    var topic: String

    @Option(help: ArgumentHelp(
        "When it took place (default: now): YYYY-MM-DD, ISO 8601 time or an age like 2d.", valueName: "date"))
    var at: DateArgument?

    func run() throws {
        let session = try StoreSession.open(global)
        let actor = try session.actingPerson(purpose: "logging this touchpoint")
        let now = try CLIClock.now(environment: session.environment)
        let touchpoint = try Self.touchpoint(
            hcp: hcp, function: function, channel: channel, topic: topic, at: at?.date, now: now, store: session.store)
        do {
            try session.store.insertTouchpoint(touchpoint, by: actor.id)
        } catch let error as LiaisonCore.ValidationError {
            throw CLIFailure.runtime(Self.message(for: error))
        }
        Console.out(touchpoint.id.uuidString + "\n")
    }

    /// The checked touchpoint; errors name the option at fault.
    static func touchpoint(
        hcp: String, function: TouchpointFunction, channel: InteractionChannel, topic: String, at: Date?, now: Date,
        store: LiaisonStore
    ) throws -> Touchpoint {
        let hcpID = Identity.qualified(hcp.trimmingCharacters(in: .whitespaces), prefix: "hcp")
        guard try store.hcp(id: hcpID) != nil else {
            throw CLIFailure.runtime("--hcp: unknown HCP '\(hcpID)'")
        }
        let date = at ?? now
        if date > now.addingTimeInterval(60) {
            throw CLIFailure.runtime("--at: \(ISODate.format(date)) is in the future")
        }
        do {
            return try Touchpoint(
                hcpID: hcpID, date: date, function: function, channel: channel,
                topic: topic.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw CLIFailure.runtime(message(for: error))
        }
    }

    /// A validation error in terms of the options, e.g. `--topic (touchpoint.topic): must not be empty`.
    static func message(for error: LiaisonCore.ValidationError) -> String {
        let options = ["hcpID": "--hcp", "topic": "--topic", "date": "--at", "function": "--function", "channel": "--channel"]
        guard error.entity == "touchpoint", let option = options[error.field] else { return error.description }
        return "\(option) (\(error.entity).\(error.field)): \(error.reason)"
    }
}
