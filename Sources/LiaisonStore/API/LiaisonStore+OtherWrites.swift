import Foundation
import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Creates or updates a decision as `by`. Stances already recorded stay as they are
    /// (the history is kept); new ones may only be appended.
    public func saveDecision(_ decision: Decision, by person: PersonID) throws {
        try write(actor: person) { transaction in
            if let before = try RowDecoder.fetchDecision(transaction.db, id: decision.id),
               !decision.stances.starts(with: before.stances) {
                throw ValidationError(
                    entity: "decision", field: "stances", reason: "recorded stances cannot be changed or removed")
            }
            try transaction.write(decision, action: nil)
        }
    }

    /// Appends `stance` to a decision's stance history.
    /// - Returns: the decision with the new stance.
    @discardableResult
    public func addStance(_ stance: Stance, to decisionID: UUID, by person: PersonID) throws -> Decision {
        try write(actor: person) { transaction in
            guard var decision = try RowDecoder.fetchDecision(transaction.db, id: decisionID) else {
                throw StoreError.notFound(entity: "decision", id: decisionID.uuidString)
            }
            decision.stances.append(stance)
            try transaction.write(decision, action: .update)
            return decision
        }
    }

    /// Records a touchpoint as `by`.
    public func insertTouchpoint(_ touchpoint: Touchpoint, by person: PersonID) throws {
        try write(actor: person) { transaction in
            if try RowDecoder.fetchTouchpoint(transaction.db, id: touchpoint.id) != nil {
                throw ValidationError(
                    entity: "touchpoint", field: "id", reason: "touchpoint \(touchpoint.id.uuidString) already exists")
            }
            try transaction.upsert(touchpoint)
        }
    }

    /// Creates or updates a meeting as `by`.
    public func saveMeeting(_ meeting: Meeting, by person: PersonID) throws {
        try write(actor: person) { transaction in try transaction.upsert(meeting) }
    }
}
