import Foundation

extension TouchpointActivity {
    /// The fields of one touchpoint that the densest-window pass reads: what the store loads
    /// for each lookback touchpoint and what a `Touchpoint` reduces to.
    public struct Contact: Hashable, Sendable {
        public var id: UUID
        public var date: Date
        public var function: TouchpointFunction
        public var channel: InteractionChannel

        /// Creates a contact.
        public init(id: UUID, date: Date, function: TouchpointFunction, channel: InteractionChannel) {
            self.id = id
            self.date = date
            self.function = function
            self.channel = channel
        }

        /// The contact fields of `touchpoint`.
        public init(_ touchpoint: Touchpoint) {
            self.init(id: touchpoint.id, date: touchpoint.date, function: touchpoint.function, channel: touchpoint.channel)
        }

        /// The contract's order: by date, then by id as uppercase UUID text.
        public static func chronological(_ lhs: Contact, _ rhs: Contact) -> Bool {
            lhs.date != rhs.date ? lhs.date < rhs.date : lhs.id.precedesInTextOrder(rhs.id)
        }
    }
}
