import LiaisonCore
import LiaisonStore
import TerminalKit

/// Which list the directory shows.
public enum PeopleSection: Sendable, Equatable {
    case hcps
    case team
}

/// Which part of the People screen has the keys.
public enum PeopleFocus: Sendable, Equatable {
    case directory
    case profile
}

/// State of the People and HCPs screen: the directory (HCPs paged with keysets, or the team),
/// its search, and the profile of the chosen HCP.
public struct PeopleState: Sendable {
    /// HCPs per keyset page.
    public var pageSize = 50
    public var section: PeopleSection = .hcps
    public var focus: PeopleFocus = .directory
    /// Bumped for every new search; pages of older searches are dropped.
    public private(set) var generation = 0

    public var search = TextField(placeholder: "name, specialty, institution or city", theme: .dark)
    public var isSearching = false
    /// The text the HCP list was last loaded with.
    public internal(set) var appliedSearch = ""

    /// HCPs loaded so far, by name; `nextCursor` continues the listing.
    public var hcps: [HCP] = []
    public var nextCursor: PageCursor?
    public var hasLoadedHCPs = false
    var pendingMore = false
    public var scroll = ScrollState()
    public var teamScroll = ScrollState()

    public var names = PeopleNames()
    public var profile: HCPProfile?
    /// Selection among the profile's insights.
    public var profileScroll = ScrollState()
    /// Narrow screens: the profile covers the directory while true.
    public var showsProfile = false
    /// A person to select once the team is loaded (a deep link).
    var pendingPersonID: PersonID?
    public var error: String?

    /// The store work asked for by the last update.
    public internal(set) var outbox: [PeopleLoad] = []

    /// An empty, not yet loaded state.
    public init() {}

    /// The team members matching the search text as typed (name, role or region).
    public var team: [Person] {
        let text = search.text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty else { return names.people }
        return names.people.filter { person in
            [person.name, person.role.label, names.region(person.regionID)].contains { $0.lowercased().contains(text) }
        }
    }

    /// The HCP under the directory selection.
    public var selectedHCP: HCP? {
        guard section == .hcps, let index = scroll.selected, hcps.indices.contains(index) else { return nil }
        return hcps[index]
    }

    /// The team member under the directory selection.
    public var selectedPerson: Person? {
        let members = team
        guard section == .team, let index = teamScroll.selected, members.indices.contains(index) else { return nil }
        return members[index]
    }

    /// Starts a new HCP search with `text`.
    mutating func restart(search text: String) {
        generation += 1
        appliedSearch = text
        pendingMore = false
    }

    /// Marks the search text as changed and returns the generation to settle on.
    mutating func searchEdited() -> Int {
        generation += 1
        return generation
    }
}
