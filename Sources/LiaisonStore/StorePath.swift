import Foundation

/// Where the database file lives when the user does not say otherwise.
public enum StorePath {
    /// The database path: `explicit` (`--db`) > `LIAISON_DB` > `$XDG_DATA_HOME/liaison/liaison.sqlite`
    /// > `$HOME/.local/share/liaison/liaison.sqlite`. Empty values count as unset.
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        func value(_ text: String?) -> String? {
            guard let text, !text.isEmpty else { return nil }
            return text
        }
        if let explicit = value(explicit) { return explicit }
        if let fromEnvironment = value(environment["LIAISON_DB"]) { return fromEnvironment }
        if let dataHome = value(environment["XDG_DATA_HOME"]) {
            return join(dataHome, "liaison/liaison.sqlite")
        }
        let home = value(environment["HOME"]) ?? NSHomeDirectory()
        return join(home, ".local/share/liaison/liaison.sqlite")
    }

    private static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
