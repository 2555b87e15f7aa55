/// Turns ids typed on the command line into stored ids: `north` and `region:north` both
/// name `region:north`, and table output drops the prefix again.
enum Identity {
    /// `text` with `prefix:` added unless it already has a prefix.
    static func qualified(_ text: String, prefix: String) -> String {
        text.contains(":") ? text : "\(prefix):\(text)"
    }

    /// `id` without its `prefix:` part, for compact tables.
    static func short(_ id: String?) -> String {
        guard let id else { return "" }
        guard let colon = id.firstIndex(of: ":") else { return id }
        return String(id[id.index(after: colon)...])
    }
}
