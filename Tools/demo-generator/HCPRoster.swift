import LiaisonCore

/// About 400 fictional HCPs spread over the institutions, with specialty, opinion-leader tier,
/// channel preference, F2F access and consent drawn from each region's profile.
struct HCPRoster {
    let hcps: [HCP]

    private static let firstNames = [
        "Andreas", "Birgit", "Christian", "Daniela", "Eva", "Frank", "Gabriele", "Hans", "Ines", "Jörg",
        "Karin", "Lukas", "Monika", "Nils", "Petra", "Ralf", "Sabine", "Tobias", "Ute", "Volker",
        "Wiebke", "Alexander", "Bettina", "Carsten", "Doris", "Elke", "Friederike", "Georg", "Heike", "Ingo",
        "Johanna", "Kerstin", "Lars", "Miriam", "Norbert", "Oliver", "Pia", "Rainer", "Silke", "Torsten",
        "Ulrike", "Verena", "Wolfgang", "Anke", "Bernd", "Cornelia", "Dirk", "Esther", "Hendrik", "Jana",
        "Kai", "Lena", "Matthias", "Nadine", "Olga", "Philipp", "Regina", "Sven", "Tanja", "Yvonne",
    ]
    private static let surnames = [
        "Albrecht", "Bauer", "Conrad", "Dietrich", "Ebert", "Fischer", "Graf", "Hartmann", "Jung", "Kaiser",
        "Lehmann", "Möller", "Nowak", "Otto", "Peters", "Quast", "Roth", "Schubert", "Thiel", "Ulrich",
        "Vetter", "Walter", "Ziegler", "Arnold", "Böhm", "Dreyer", "Franke", "Günther", "Haas", "Iske",
        "Jacobs", "Kühn", "Ludwig", "Marx", "Nagel", "Pohl", "Reuter", "Sauer", "Seidel", "Stein",
        "Voigt", "Weiß", "Winkler", "Berger", "Busch", "Frey", "Heinrich", "Horn", "Keller", "König",
        "Kraft", "Lorenz", "Martens", "Mertens", "Pfeiffer", "Scholz", "Schwarz", "Simon", "Thomsen", "Wendt",
        "Engelhardt", "Friedrich", "Gerlach", "Hauser", "Janssen", "Kessler", "Lindemann", "Meißner", "Oswald", "Rademacher",
    ]

    /// The specialties an institution of `kind` with `focus` employs, with weights.
    private static func specialties(kind: InstitutionKind, focus: InstitutionFocus) -> [(String, Double)] {
        switch focus {
        case .oncology:
            return [("Medical oncology", 5), ("Haematology/oncology", 3), ("Pulmonology (thoracic oncology)", 2)]
        case .cardiology:
            return [("Cardiology", 6), ("Internal medicine", 1)]
        case .pulmonology:
            return [("Pulmonology", 5), ("Pulmonology (thoracic oncology)", 2)]
        case .primaryCare:
            return [("General practice", 5), ("Internal medicine", 2)]
        case .general:
            let pathology = kind == .universityHospital ? 1.0 : 0.3
            return [
                ("Medical oncology", 3), ("Pulmonology (thoracic oncology)", 2), ("Pathology", pathology),
                ("Haematology/oncology", 1), ("Cardiology", 3), ("Nephrology", 1), ("Internal medicine", 1.5),
                ("Pulmonology", 2.5),
            ]
        }
    }

    /// The products an HCP of `specialty` prescribes or discusses.
    static func products(for specialty: String) -> [ProductID] {
        switch specialty {
        case "Medical oncology", "Haematology/oncology", "Pathology", "Pulmonology (thoracic oncology)": [DemoIDs.oncavia]
        case "Cardiology", "Nephrology": [DemoIDs.cardelin]
        case "Pulmonology": [DemoIDs.respiflo]
        default: [DemoIDs.cardelin, DemoIDs.respiflo]
        }
    }

    private static func headcount(_ institution: Institution) -> Int {
        switch institution.kind {
        case .universityHospital: institution.influenceTier == 1 ? 16 : 13
        case .regionalHospital: 7
        case .clinic: 6
        case .practice: 2
        }
    }

    /// Draws the roster.
    static func make(
        institutions: [(Institution, InstitutionFocus)], organisation: Organisation, rng: inout SeededRandom
    ) throws(ValidationError) -> HCPRoster {
        var hcps: [HCP] = []
        var usedNames: Set<String> = []
        for (institution, focus) in institutions {
            let profile = organisation.profile(of: institution.regionID)
            for _ in 0..<headcount(institution) {
                let tier = drawTier(institution, rng: &rng)
                var name: String
                repeat {
                    name = rng.pick(firstNames) + " " + rng.pick(surnames)
                } while usedNames.contains(name)
                usedNames.insert(name)
                let title = tier == .national ? rng.pick(["Prof. Dr.", "Prof. Dr.", "PD Dr."]) : (rng.chance(0.85) ? "Dr." : "")
                var preference = rng.weighted(profile.channelPreferences)
                if tier == .national && preference == .digital && rng.chance(0.5) { preference = .mixed }
                var access = rng.weighted(profile.access)
                if institution.kind == .practice && access == .none && rng.chance(0.5) { access = .restricted }
                let number = hcps.count + 1
                hcps.append(try HCP(
                    id: "hcp:h" + String(format: "%04d", number),
                    name: title.isEmpty ? name : title + " " + name,
                    specialty: rng.weighted(specialties(kind: institution.kind, focus: focus)),
                    institutionID: institution.id, regionID: institution.regionID, tier: tier,
                    channelPreference: preference, faceToFaceAccess: access,
                    contactConsent: rng.chance(profile.consentRate)))
            }
        }
        return HCPRoster(hcps: hcps)
    }

    private static func drawTier(_ institution: Institution, rng: inout SeededRandom) -> OpinionLeaderTier {
        switch (institution.kind, institution.influenceTier) {
        case (.universityHospital, 1): rng.weighted([(.national, 30), (.regional, 45), (.local, 25)])
        case (.universityHospital, _): rng.weighted([(.national, 12), (.regional, 48), (.local, 40)])
        case (.practice, _): rng.weighted([(.regional, 10), (.local, 90)])
        default: rng.weighted([(.national, 3), (.regional, 35), (.local, 62)])
        }
    }
}
