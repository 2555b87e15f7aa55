import Foundation

/// The company function behind a touchpoint.
public enum TouchpointFunction: String, Codable, CaseIterable, Sendable {
    case msl
    case sales
    case marketing
    case medicalInformation
    case marketAccess
}

/// One contact between the company and an HCP, from any function.
public struct Touchpoint: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var hcpID: HCPID
    public var date: Date
    public var function: TouchpointFunction
    public var channel: InteractionChannel
    public var topic: String

    /// Creates a touchpoint, rejecting an empty topic.
    public init(
        id: UUID = UUID(), hcpID: HCPID, date: Date, function: TouchpointFunction,
        channel: InteractionChannel, topic: String
    ) throws(ValidationError) {
        self.id = id
        self.hcpID = hcpID
        self.date = date
        self.function = function
        self.channel = channel
        self.topic = topic
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(hcpID, prefix: "hcp", "touchpoint", "hcpID")
        try Check.nonEmpty(topic, "touchpoint", "topic")
    }
}
