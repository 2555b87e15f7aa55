import Foundation

/// What to do and where to report while importing a CSV file.
public struct CSVImportOptions {
    /// Import the valid rows and write the bad ones to `rejectsFile`, instead of importing
    /// nothing when any row is bad.
    public var skipInvalid: Bool
    /// Where rejected rows go; by default next to the input: `insights.csv` → `insights.rejects.csv`.
    public var rejectsFile: URL?
    /// The file name used in error messages; by default the input's path as given.
    public var displayName: String?
    /// Rejects text that fails the store's compliance check (restricted words, patient
    /// identifiers) as `liaison log` does. Off by default: the check costs about a
    /// millisecond per row, which would dominate a large import.
    public var screensText: Bool
    /// Receives progress in bytes of the input.
    public var progress: InterchangeProgressHandler?

    /// Creates options; the defaults import all or nothing.
    public init(
        skipInvalid: Bool = false, rejectsFile: URL? = nil, displayName: String? = nil, screensText: Bool = false,
        progress: InterchangeProgressHandler? = nil
    ) {
        self.skipInvalid = skipInvalid
        self.rejectsFile = rejectsFile
        self.displayName = displayName
        self.screensText = screensText
        self.progress = progress
    }

    /// The rejects file for `input`: `NAME.rejects.csv` next to it.
    public static func defaultRejectsFile(for input: URL) -> URL {
        let base = input.pathExtension.lowercased() == "csv" ? input.deletingPathExtension() : input
        return base.deletingLastPathComponent().appendingPathComponent(base.lastPathComponent + ".rejects.csv")
    }
}
