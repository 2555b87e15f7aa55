import LiaisonCore
import TerminalKit

/// The `:` palette: a fuzzy picker over commands, or over people after "Switch person…".
public struct CommandPaletteState: Sendable {
    /// What the picker lists.
    public enum Mode: Sendable {
        case commands([PaletteCommand])
        case people([Person])
    }

    public var mode: Mode
    public var picker: Picker

    /// The command palette.
    public static func commands(theme: Palette) -> CommandPaletteState {
        let commands = PaletteCommand.all
        return CommandPaletteState(mode: .commands(commands), picker: Picker(title: "Command", items: commands.map(\.title), theme: theme))
    }

    /// The person picker over `people`.
    public static func people(_ people: [Person], theme: Palette) -> CommandPaletteState {
        let items = people.map { person in
            "\(person.name) · \(person.role.label)" + (person.regionID.map { " · \(RegionLabel.short($0))" } ?? "")
        }
        return CommandPaletteState(mode: .people(people), picker: Picker(title: "Who are you?", items: items, theme: theme))
    }

    /// Where the palette is drawn inside `area`.
    static func box(in area: Rect) -> Rect {
        let width = min(64, area.width - 4)
        let height = min(16, area.height - 4)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + 2, width: width, height: height)
    }
}

/// Short display forms of region ids.
enum RegionLabel {
    /// `region:north` → `north`.
    static func short(_ id: RegionID) -> String {
        id.split(separator: ":", maxSplits: 1).last.map(String.init) ?? id
    }
}
