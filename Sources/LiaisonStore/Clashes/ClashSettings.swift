import Foundation
import LiaisonCore

/// What the clash engine needs besides the data: the `clashes` and `needle` sections of the
/// config and the role definitions. The store does not read bundled resources; callers pass
/// their bytes in, and `load` lays the user's config file over them.
public struct ClashSettings: Hashable, Sendable {
    public var clashes: ClashConfig
    public var needle: NeedleConfig
    public var roles: RoleDefinitions

    /// Creates settings.
    public init(clashes: ClashConfig = .defaults, needle: NeedleConfig = .defaults, roles: RoleDefinitions) {
        self.clashes = clashes
        self.needle = needle
        self.roles = roles
    }

    /// The user's config file: `$XDG_CONFIG_HOME/liaison/config.json`, else
    /// `$HOME/.config/liaison/config.json`; nil when neither variable is set. Empty values count as unset.
    public static func userConfigPath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("liaison/config.json").path
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".config/liaison/config.json").path
        }
        return nil
    }

    /// The bundled config with the user's file (when it exists) laid over it, and the role
    /// definitions. Errors name the file and the key, e.g.
    /// `/home/a/.config/liaison/config.json.clashes.levels.high: must be …`.
    public static func load(
        bundledConfig: Data, roles rolesData: Data, environment: [String: String]
    ) throws -> ClashSettings {
        var userData: Data?
        var userSource = "user config.json"
        if let path = userConfigPath(environment: environment), FileManager.default.fileExists(atPath: path) {
            userSource = path
            do {
                userData = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw ValidationError(entity: path, field: "(file)", reason: "cannot be read: \(error.localizedDescription)")
            }
        }
        let clashes = try ClashConfig.load(bundled: bundledConfig, user: userData, userSource: userSource)
        let needle = try NeedleConfig.load(bundled: bundledConfig, user: userData, userSource: userSource)
        let roles: RoleDefinitions
        do {
            roles = try RoleDefinitions.decode(rolesData)
        } catch let error as ValidationError {
            throw ValidationError(entity: "roles.json", field: error.field, reason: error.reason)
        } catch {
            throw ValidationError(entity: "roles.json", field: "(file)", reason: "is not valid: \(error)")
        }
        return ClashSettings(clashes: clashes, needle: needle, roles: roles)
    }
}
