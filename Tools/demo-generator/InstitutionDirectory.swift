import LiaisonCore

/// What an institution mainly treats, which decides the specialties of its HCPs.
enum InstitutionFocus {
    case general
    case oncology
    case cardiology
    case pulmonology
    case primaryCare
}

/// The fictional hospitals, clinics and practices of the demo country, fifteen or so per region:
/// one tier-1 university hospital per region, more university and regional hospitals, specialist
/// clinics and practices.
enum InstitutionDirectory {
    private typealias Row = (slug: String, name: String, city: String, kind: InstitutionKind, tier: Int, trials: Int, focus: InstitutionFocus)

    private static let rows: [(RegionID, [Row])] = [
        (DemoIDs.north, [
            ("uk-elbhoehe", "Universitätsklinikum Elbhöhe", "Hamburg", .universityHospital, 1, 68, .general),
            ("uk-leineufer", "Universitätsklinikum Leineufer", "Hannover", .universityHospital, 2, 31, .general),
            ("uk-foerde", "Universitätsklinikum Förde", "Kiel", .universityHospital, 2, 24, .general),
            ("kl-weserland", "Klinikum Weserland", "Bremen", .regionalHospital, 2, 12, .general),
            ("kl-travemark", "Klinikum Travemark", "Lübeck", .regionalHospital, 2, 7, .general),
            ("kh-st-ansgar", "St.-Ansgar-Krankenhaus", "Hamburg", .regionalHospital, 3, 3, .general),
            ("kl-hunte", "Klinikum Hunte-Ammerland", "Oldenburg", .regionalHospital, 3, 2, .general),
            ("lk-geestrand", "Lungenfachklinik Geestrand", "Bremen", .clinic, 2, 9, .pulmonology),
            ("hz-alstertal", "Herzzentrum Alstertal", "Hamburg", .clinic, 2, 11, .cardiology),
            ("oz-eilenriede", "Onkologisches Zentrum Eilenriede", "Hannover", .clinic, 2, 6, .oncology),
            ("px-jensen", "Praxis Dr. Jensen", "Kiel", .practice, 3, 0, .primaryCare),
            ("mvz-hafenstadt", "MVZ Hafenstadt", "Hamburg", .practice, 3, 2, .oncology),
            ("px-meyerhoff", "Hausarztpraxis Dr. Meyerhoff", "Oldenburg", .practice, 3, 0, .primaryCare),
            ("px-nienstedt", "Kardiologische Praxis Nienstedt", "Hamburg", .practice, 3, 1, .cardiology),
            ("px-am-wall", "Pneumologie am Wall", "Bremen", .practice, 3, 1, .pulmonology),
        ]),
        (DemoIDs.south, [
            ("uk-isarhoehe", "Universitätsklinikum Isarhöhe", "München", .universityHospital, 1, 74, .general),
            ("uk-breisgau", "Universitätsklinikum Breisgau-Süd", "Freiburg", .universityHospital, 2, 29, .general),
            ("uk-pegnitzgrund", "Universitätsklinikum Pegnitzgrund", "Nürnberg", .universityHospital, 2, 18, .general),
            ("kl-neckartal", "Klinikum Neckartal", "Stuttgart", .regionalHospital, 2, 10, .general),
            ("kl-lechfeld", "Klinikum Lechfeld", "Augsburg", .regionalHospital, 3, 2, .general),
            ("kh-st-emmeram", "Krankenhaus St. Emmeram", "Regensburg", .regionalHospital, 3, 1, .general),
            ("kl-wertachtal", "Kreisklinik Wertachtal", "Augsburg", .regionalHospital, 3, 0, .general),
            ("lz-ammersee", "Lungenzentrum Ammersee", "München", .clinic, 3, 1, .pulmonology),
            ("hk-killesberg", "Herzklinik Killesberg", "Stuttgart", .clinic, 2, 8, .cardiology),
            ("tk-donaubogen", "Onkologische Tagesklinik Donaubogen", "Regensburg", .clinic, 3, 2, .oncology),
            ("px-brunner", "Onkologische Schwerpunktpraxis Dr. Brunner", "Augsburg", .practice, 3, 1, .oncology),
            ("mvz-isartor", "MVZ Isartor", "München", .practice, 3, 2, .oncology),
            ("px-hofbauer", "Praxis Dr. Hofbauer", "Regensburg", .practice, 3, 0, .primaryCare),
            ("px-lindenhof", "Hausarztpraxis Lindenhof", "Freiburg", .practice, 3, 0, .primaryCare),
            ("px-suedpark", "Kardiologie am Südpark", "Nürnberg", .practice, 3, 1, .cardiology),
        ]),
        (DemoIDs.east, [
            ("uk-spreebogen", "Universitätsklinikum Spreebogen", "Berlin", .universityHospital, 1, 71, .general),
            ("uk-pleissental", "Universitätsklinikum Pleißental", "Leipzig", .universityHospital, 2, 27, .general),
            ("uk-elbtal", "Universitätsklinikum Elbtal", "Dresden", .universityHospital, 2, 25, .general),
            ("kl-boerde", "Klinikum Börde", "Magdeburg", .regionalHospital, 2, 9, .general),
            ("kl-warnowufer", "Klinikum Warnowufer", "Rostock", .regionalHospital, 2, 6, .general),
            ("kh-st-severi", "St.-Severi-Krankenhaus", "Erfurt", .regionalHospital, 3, 2, .general),
            ("kl-havelland", "Klinikum Havelland", "Berlin", .regionalHospital, 3, 3, .general),
            ("lk-mueggelsee", "Lungenklinik Müggelsee", "Berlin", .clinic, 2, 8, .pulmonology),
            ("hz-elbauen", "Herzzentrum Elbauen", "Dresden", .clinic, 2, 10, .cardiology),
            ("oz-auenwald", "Onkologisches Zentrum Auenwald", "Leipzig", .clinic, 2, 7, .oncology),
            ("mvz-prenzlauer-tor", "MVZ Prenzlauer Tor", "Berlin", .practice, 3, 1, .oncology),
            ("px-lindner", "Praxis Dr. Lindner", "Magdeburg", .practice, 3, 0, .primaryCare),
            ("px-am-zwinger", "Hausarztpraxis am Zwinger", "Dresden", .practice, 3, 0, .primaryCare),
            ("px-warnemuende", "Pneumologische Praxis Warnemünde", "Rostock", .practice, 3, 0, .pulmonology),
            ("px-friedrichshain", "Kardiologie Friedrichshain", "Berlin", .practice, 3, 1, .cardiology),
        ]),
        (DemoIDs.west, [
            ("uk-ruhrpark", "Universitätsklinikum Ruhrpark", "Essen", .universityHospital, 1, 66, .general),
            ("uk-rheinaue", "Universitätsklinikum Rheinaue", "Köln", .universityHospital, 2, 14, .general),
            ("uk-aaseeufer", "Universitätsklinikum Aaseeufer", "Münster", .universityHospital, 2, 22, .general),
            ("uk-soers", "Universitätsklinikum Soers", "Aachen", .universityHospital, 2, 19, .general),
            ("kl-duesselaue", "Klinikum Düsselaue", "Düsseldorf", .regionalHospital, 2, 11, .general),
            ("kl-emscherbruch", "Klinikum Emscherbruch", "Dortmund", .regionalHospital, 2, 8, .general),
            ("kh-st-kunibert", "St.-Kunibert-Hospital", "Köln", .regionalHospital, 3, 3, .general),
            ("kl-hellweg", "Klinikum Hellweg", "Dortmund", .regionalHospital, 3, 1, .general),
            ("lk-siebengebirge", "Lungenklinik Siebengebirge", "Köln", .clinic, 2, 12, .pulmonology),
            ("hz-niederrhein", "Herzzentrum Niederrhein", "Düsseldorf", .clinic, 2, 9, .cardiology),
            ("oz-baldeney", "Onkologisches Zentrum Baldeney", "Essen", .clinic, 2, 6, .oncology),
            ("mvz-domblick", "MVZ Domblick", "Köln", .practice, 3, 2, .oncology),
            ("px-schulte-berge", "Praxis Dr. Schulte-Berge", "Münster", .practice, 3, 0, .primaryCare),
            ("px-ruettenscheid", "Hausarztpraxis Rüttenscheid", "Essen", .practice, 3, 0, .primaryCare),
            ("px-kaiserplatz", "Pneumologie am Kaiserplatz", "Aachen", .practice, 3, 1, .pulmonology),
            ("px-benrath", "Kardiologie Benrath", "Düsseldorf", .practice, 3, 1, .cardiology),
        ]),
    ]

    /// Every institution with its focus, region by region.
    static func make() throws(ValidationError) -> [(Institution, InstitutionFocus)] {
        var result: [(Institution, InstitutionFocus)] = []
        for (region, list) in rows {
            for row in list {
                let institution = try Institution(
                    id: "inst:" + row.slug, name: row.name, city: row.city, regionID: region,
                    kind: row.kind, influenceTier: row.tier, studyExperience: row.trials)
                result.append((institution, row.focus))
            }
        }
        return result
    }
}
