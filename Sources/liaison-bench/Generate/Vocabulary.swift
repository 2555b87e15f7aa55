/// The words synthetic insights are made of. Common clinical and field words take the top
/// ranks, then thousands of made-up but pronounceable terms (drug names, trial acronyms,
/// local jargon) fill the long tail, so a search for a frequent word matches a large share
/// of the insights and a rare one matches a handful, as in real notes.
enum Vocabulary {
    /// Ordinary words, most frequent first.
    static let common: [String] = """
        patients treatment therapy clinic data guideline dose referral study practice nurse \
        hospital consultant team discussed evidence question adherence pathway monitoring \
        outcome trial cost access biomarker diagnosis safety symptoms screening switch \
        response side effects efficacy education training material webinar congress \
        colleagues waiting list capacity budget formulary tender pharmacist primary care \
        specialist registry real world dosing titration infusion injection oral tablet \
        first line second line maintenance relapse progression survival quality life \
        caregiver support group leaflet app portal telemedicine video visit follow up \
        laboratory imaging scan biopsy genetic testing turnaround delay backlog staffing \
        reimbursement payer coverage prior authorisation appeal copay hta dossier price \
        competitor launch label indication contraindication interaction renal hepatic \
        elderly paediatric pregnancy comorbidity frailty cardiology oncology pulmonology \
        neurology rheumatology endocrinology nephrology haematology dermatology \
        guidelines update society recommendation consensus algorithm protocol audit \
        feedback survey interview advisory board speaker slides abstract poster \
        publication journal preprint enrolment inclusion exclusion criteria site \
        investigator coordinator ethics approval contract recruitment retention dropout \
        endpoint subgroup analysis signal report pharmacovigilance case narrative \
        hesitation concern confidence preference workload burnout shortage supply \
        stock shortage delivery logistics cold chain storage home care community \
        regional national local rural urban university network referral centre \
        multidisciplinary tumour board meeting ward round outpatient inpatient \
        emergency admission discharge readmission cost effectiveness savings
        """.split(separator: " ").map(String.init)

    private static let onsets = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cl", "dr", "tr", "pl", "st", "x"]
    private static let vowels = ["a", "e", "i", "o", "u", "ia", "eo", "y"]
    private static let codas = ["", "n", "l", "r", "x", "m", "s", "t", "mab", "nib", "vir", "zol"]

    /// Every word, in rank order (index 0 is the most frequent).
    static let ranked: [String] = {
        var words = common
        var seen = Set(words)
        var random = SeededRandom(seed: 0x5EED_0F_7E47)
        while words.count < 6_000 {
            let syllables = 2 + random.index(2)
            var word = ""
            for _ in 0..<syllables { word += random.pick(onsets) + random.pick(vowels) }
            word += random.pick(codas)
            if seen.insert(word).inserted { words.append(word) }
        }
        return words
    }()

    /// Samples word ranks with a Zipf-like distribution over `ranked`.
    static let sampler = ZipfSampler(count: ranked.count, exponent: 1.05)

    /// `count` words drawn with the Zipf-like distribution, joined by spaces.
    static func words(_ count: Int, _ random: inout SeededRandom) -> String {
        var text = ""
        for index in 0..<count {
            if index > 0 { text += " " }
            text += ranked[sampler.sample(&random)]
        }
        return text
    }
}
