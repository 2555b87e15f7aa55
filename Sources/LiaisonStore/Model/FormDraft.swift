import Foundation
import LiaisonCore

/// What a person had typed into a form, saved on every change so nothing is lost.
public struct FormDraft: Hashable, Sendable {
    /// Whose draft it is.
    public var personID: PersonID
    /// Which form, e.g. `log-insight`.
    public var kind: String
    /// The form's own encoding of its fields (JSON).
    public var payload: String
    /// Grows with every save; an older save never replaces a newer one.
    public var revision: Int
    /// When it was last saved.
    public var updatedAt: Date

    /// Creates a draft.
    public init(personID: PersonID, kind: String, payload: String, revision: Int, updatedAt: Date) {
        self.personID = personID
        self.kind = kind
        self.payload = payload
        self.revision = revision
        self.updatedAt = updatedAt
    }
}
