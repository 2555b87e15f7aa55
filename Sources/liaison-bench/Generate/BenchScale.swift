import ArgumentParser

/// How much synthetic data to generate. `1m` is the reference scale of DESIGN.md; the
/// smaller scales keep the same shape with proportionally fewer insights and less
/// reference data.
enum BenchScale: String, CaseIterable, ExpressibleByArgument, Codable, Sendable {
    case tenThousand = "10k"
    case hundredThousand = "100k"
    case oneMillion = "1m"

    var regions: Int {
        switch self {
        case .tenThousand: 10
        case .hundredThousand: 20
        case .oneMillion: 50
        }
    }

    var people: Int {
        switch self {
        case .tenThousand: 200
        case .hundredThousand: 800
        case .oneMillion: 2_000
        }
    }

    var hcps: Int {
        switch self {
        case .tenThousand: 2_000
        case .hundredThousand: 8_000
        case .oneMillion: 20_000
        }
    }

    var institutions: Int {
        switch self {
        case .tenThousand: 200
        case .hundredThousand: 800
        case .oneMillion: 2_000
        }
    }

    var insights: Int {
        switch self {
        case .tenThousand: 10_000
        case .hundredThousand: 100_000
        case .oneMillion: 1_000_000
        }
    }

    var touchpoints: Int { insights / 10 }

    var decisions: Int {
        switch self {
        case .tenThousand: 200
        case .hundredThousand: 1_000
        case .oneMillion: 5_000
        }
    }
}
