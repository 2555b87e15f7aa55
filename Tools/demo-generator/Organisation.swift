import LiaisonCore

/// How HCPs in a region like to be reached and whether field staff may visit them.
struct RegionProfile {
    let id: RegionID
    let name: String
    let cities: [String]
    let channelPreferences: [(ChannelPreference, Double)]
    let access: [(FaceToFaceAccess, Double)]
    let consentRate: Double
}

/// The Medical Affairs team of the demo country: four regions, each led by an RMD who used to
/// be an MSL, three MSLs per region and the office roles of seed 000.
struct Organisation {
    let regions: [Region]
    let people: [Person]
    let profiles: [RegionProfile]

    /// The RMD leading `region`.
    func rmd(of region: RegionID) -> PersonID {
        regions.first { $0.id == region }!.rmdID
    }

    /// The MSLs of `region`, in id order.
    func msls(of region: RegionID) -> [PersonID] {
        people.filter { $0.role == .msl && $0.regionID == region }.map(\.id)
    }

    /// Everyone in `region` (MSLs and the RMD).
    func fieldTeam(of region: RegionID) -> [PersonID] {
        msls(of: region) + [rmd(of: region)]
    }

    /// The profile of `region`.
    func profile(of region: RegionID) -> RegionProfile {
        profiles.first { $0.id == region }!
    }

    /// All RMDs, in region order north, south, east, west.
    var rmds: [PersonID] { DemoIDs.regions.map(rmd(of:)) }

    /// Builds the team.
    static func make() throws(ValidationError) -> Organisation {
        let profiles = [
            RegionProfile(
                id: DemoIDs.north, name: "North", cities: ["Hamburg", "Bremen", "Hannover", "Kiel", "Lübeck", "Oldenburg"],
                channelPreferences: [(.faceToFace, 40), (.mixed, 30), (.remote, 20), (.digital, 10)],
                access: [(.open, 75), (.restricted, 22), (.none, 3)], consentRate: 0.92),
            RegionProfile(
                id: DemoIDs.south, name: "South", cities: ["München", "Stuttgart", "Freiburg", "Nürnberg", "Augsburg", "Regensburg"],
                channelPreferences: [(.faceToFace, 50), (.mixed, 30), (.remote, 10), (.digital, 10)],
                access: [(.open, 80), (.restricted, 17), (.none, 3)], consentRate: 0.93),
            RegionProfile(
                id: DemoIDs.east, name: "East", cities: ["Berlin", "Leipzig", "Dresden", "Magdeburg", "Rostock", "Erfurt"],
                channelPreferences: [(.faceToFace, 8), (.mixed, 17), (.remote, 42), (.digital, 33)],
                access: [(.open, 18), (.restricted, 60), (.none, 22)], consentRate: 0.85),
            RegionProfile(
                id: DemoIDs.west, name: "West", cities: ["Köln", "Düsseldorf", "Essen", "Dortmund", "Münster", "Aachen"],
                channelPreferences: [(.faceToFace, 25), (.mixed, 40), (.remote, 20), (.digital, 15)],
                access: [(.open, 60), (.restricted, 35), (.none, 5)], consentRate: 0.9),
        ]
        let leads: [(RegionID, String, String)] = [
            (DemoIDs.north, "katrin-lange", "Dr. Katrin Lange"),
            (DemoIDs.south, "markus-huber", "Dr. Markus Huber"),
            (DemoIDs.east, "anja-schulze", "Dr. Anja Schulze"),
            (DemoIDs.west, "thomas-becker", "Dr. Thomas Becker"),
        ]
        let fieldStaff: [(RegionID, [(String, String)])] = [
            (DemoIDs.north, [("jan-petersen", "Dr. Jan Petersen"), ("lea-hansen", "Lea Hansen"), ("ole-brandt", "Dr. Ole Brandt")]),
            (DemoIDs.south, [("sophie-maier", "Dr. Sophie Maier"), ("florian-gruber", "Florian Gruber"), ("theresa-wagner", "Dr. Theresa Wagner")]),
            (DemoIDs.east, [("paul-richter", "Dr. Paul Richter"), ("maria-krause", "Maria Krause"), ("felix-neumann", "Dr. Felix Neumann")]),
            (DemoIDs.west, [("julia-schmitz", "Dr. Julia Schmitz"), ("daniel-vogt", "Daniel Vogt"), ("nina-wolff", "Dr. Nina Wolff")]),
        ]
        let territories = [
            DemoIDs.north: "Schleswig-Holstein, Hamburg, Bremen, Lower Saxony",
            DemoIDs.south: "Bavaria, Baden-Württemberg",
            DemoIDs.east: "Berlin, Brandenburg, Saxony, Saxony-Anhalt, Thuringia, Mecklenburg-Western Pomerania",
            DemoIDs.west: "North Rhine-Westphalia, Hesse, Rhineland-Palatinate, Saarland",
        ]

        var people: [Person] = []
        var regions: [Region] = []
        for (region, slug, name) in leads {
            let id = "person:" + slug
            people.append(try Person(id: id, name: name, role: .rmd, regionID: region, formerRole: .msl, email: email(slug)))
            let profile = profiles.first { $0.id == region }!
            regions.append(try Region(
                id: region, name: profile.name,
                territory: "\(territories[region]!) (\(profile.cities.joined(separator: ", ")))", rmdID: id))
        }
        for (region, staff) in fieldStaff {
            for (slug, name) in staff {
                people.append(try Person(id: "person:" + slug, name: name, role: .msl, regionID: region, email: email(slug)))
            }
        }
        let office: [(PersonID, String, PersonRole, PersonRole?)] = [
            (DemoIDs.medicalDirector, "Dr. Claudia Engel", .medicalDirector, nil),
            (DemoIDs.strategyLead, "Dr. Stefan Koch", .office, nil),
            (DemoIDs.globalContact, "Dr. Elena Marchetti", .global, nil),
            (DemoIDs.teamLead, "Ralf Zimmermann", .teamLead, .msl),
        ]
        for (id, name, role, former) in office {
            people.append(try Person(id: id, name: name, role: role, regionID: nil, formerRole: former,
                                     email: email(String(id.dropFirst("person:".count)))))
        }
        return Organisation(regions: regions, people: people, profiles: profiles)
    }

    private static func email(_ slug: String) -> String {
        slug.replacingOccurrences(of: "-", with: ".") + "@liaison-demo.example"
    }
}
