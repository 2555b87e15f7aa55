import Foundation
import LiaisonStore

/// The HCP directory (for the log and touchpoint forms) and the log form's HCP picker index,
/// read once per session and prepared in the background right after start: at the reference
/// scale (20,000 HCPs) reading and indexing them takes ~90 ms, which the first key typed after
/// `n` would otherwise wait for. The TUI never changes HCPs; HCPs that another process adds
/// show in the forms from the next start.
public final class HCPPickerCache: @unchecked Sendable {
    /// The directory, in name order, and the picker index over its labels.
    struct Directory: Sendable {
        let entries: [HCPDirectoryEntry]
        let index: PickerIndex
    }

    private let cached = SessionValue<Directory>()

    /// An empty cache; the first `directory(store:)` or `preload(store:)` fills it.
    public init() {}

    /// The cached directory, read from `store` the first time.
    func directory(store: LiaisonStore) throws -> Directory {
        try cached.value {
            let entries = try store.hcpDirectory()
            return Directory(entries: entries, index: LogInsightChoices.hcpIndex(entries))
        }
    }

    /// Reads the directory now unless it is cached; a failure is left for the form to report
    /// when it reads the directory itself.
    public func preload(store: LiaisonStore) {
        _ = try? directory(store: store)
    }
}
