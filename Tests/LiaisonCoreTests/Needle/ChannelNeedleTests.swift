import Foundation
import LiaisonCore
import XCTest

final class ChannelNeedleTests: XCTestCase {
    /// 10 HCPs: access 4 open / 4 restricted / 2 none; preference 3 F2F / 2 mixed / 3 remote / 2 digital.
    private func mixedAudience() throws -> HCPAudience {
        var hcps: [HCP] = []
        hcps += try NeedleFixture.hcps(3, from: 0, preference: .faceToFace, access: .open)
        hcps += try NeedleFixture.hcps(1, from: 3, preference: .mixed, access: .open)
        hcps += try NeedleFixture.hcps(1, from: 4, preference: .mixed, access: .restricted)
        hcps += try NeedleFixture.hcps(3, from: 5, preference: .remote, access: .restricted)
        hcps += try NeedleFixture.hcps(2, from: 8, preference: .digital, access: .none)
        return NeedleFixture.audience(hcps)
    }

    func testDriversScoreFromProductAudienceAndConfig() throws {
        let product = try NeedleFixture.product(complexity: 4, stage: .growth)
        let drivers = try NeedleDrivers.score(product: product, audience: try mixedAudience(), config: .defaults)
        XCTAssertEqual(drivers.complexity.score, 75)  // (4 − 1) × 25
        XCTAssertEqual(drivers.lifecycle.score, 60)  // growth
        XCTAssertEqual(drivers.access.score, 60)  // (4 × 100 + 4 × 50 + 2 × 0) / 10
        XCTAssertEqual(drivers.preference.score, 40)  // (3 × 100 + 2 × 50) / 10
        XCTAssertEqual(drivers.vision.score, 60)
        XCTAssertTrue(drivers.access.explanation.contains("4 have open, 4 restricted"), drivers.access.explanation)
        XCTAssertTrue(drivers.preference.explanation.contains("2 a mix (counted half)"), drivers.preference.explanation)
        XCTAssertTrue(drivers.lifecycle.explanation.contains("growth"), drivers.lifecycle.explanation)
        XCTAssertTrue(drivers.complexity.explanation.contains("complexity 4 of 5"), drivers.complexity.explanation)
    }

    func testComplexityAndLifecycleSpanTheScale() throws {
        for (complexity, expected) in [(1, 0.0), (3, 50.0), (5, 100.0)] {
            let drivers = try NeedleDrivers.score(
                product: try NeedleFixture.product(complexity: complexity), audience: try mixedAudience(), config: .defaults)
            XCTAssertEqual(drivers.complexity.score, expected)
        }
        let expected: [LifecycleStage: Double] = [.prelaunch: 100, .launch: 90, .growth: 60, .mature: 30, .lossOfExclusivity: 10]
        for (stage, score) in expected {
            let drivers = try NeedleDrivers.score(
                product: try NeedleFixture.product(stage: stage), audience: try mixedAudience(), config: .defaults)
            XCTAssertEqual(drivers.lifecycle.score, score, stage.rawValue)
        }
    }

    func testEqualWeightsAverageTheDrivers() throws {
        let reading = try ChannelNeedle.compute(
            product: try NeedleFixture.product(complexity: 4, stage: .growth), audience: try mixedAudience(), config: .defaults)
        XCTAssertEqual(reading.needle, (75 + 60 + 60 + 40 + 60) / 5, accuracy: 1e-9)
        XCTAssertEqual(reading.roundedNeedle, 59)
        XCTAssertEqual(reading.audienceSize, 10)
        XCTAssertEqual(reading.weights, NeedleWeights(complexity: 0.2, lifecycle: 0.2, access: 0.2, preference: 0.2, vision: 0.2))
        XCTAssertEqual(reading.explanation.count, 6)
        XCTAssertTrue(reading.explanation[0].hasPrefix("Needle 59 of 100"), reading.explanation[0])
        XCTAssertTrue(reading.explanation[3].hasPrefix("F2F access: 60 × 20% weight = 12.0."), reading.explanation[3])
    }

    func testWeightsAreNormalisedAndShiftTheNeedle() throws {
        var config = NeedleConfig.defaults
        config.weights = NeedleWeights(complexity: 3, lifecycle: 0, access: 1, preference: 0, vision: 0)
        let reading = try ChannelNeedle.compute(
            product: try NeedleFixture.product(complexity: 4, stage: .growth), audience: try mixedAudience(), config: config)
        XCTAssertEqual(reading.needle, 0.75 * 75 + 0.25 * 60, accuracy: 1e-9)
        XCTAssertEqual(reading.weights.complexity, 0.75)
        XCTAssertEqual(reading.weights.lifecycle, 0)
        config.weights = NeedleWeights(complexity: 30, lifecycle: 0, access: 10, preference: 0, vision: 0)
        let scaled = try ChannelNeedle.compute(
            product: try NeedleFixture.product(complexity: 4, stage: .growth), audience: try mixedAudience(), config: config)
        XCTAssertEqual(scaled.needle, reading.needle, accuracy: 1e-9)
    }

    func testCompanyVisionMovesTheNeedle() throws {
        var config = NeedleConfig.defaults
        let product = try NeedleFixture.product()
        config.companyVision = 0
        let low = try ChannelNeedle.compute(product: product, audience: try mixedAudience(), config: config)
        config.companyVision = 100
        let high = try ChannelNeedle.compute(product: product, audience: try mixedAudience(), config: config)
        XCTAssertEqual(high.needle - low.needle, 20, accuracy: 1e-9)
    }

    func testEmptyAudienceLeavesAccessAndPreferenceOutInsteadOfCountingFifty() throws {
        let product = try NeedleFixture.product(complexity: 4, stage: .growth)
        let reading = try ChannelNeedle.compute(product: product, audience: NeedleFixture.audience([]), config: .defaults)
        XCTAssertNil(reading.drivers.access.score)
        XCTAssertNil(reading.drivers.preference.score)
        XCTAssertEqual(reading.needle, (75 + 60 + 60) / 3, accuracy: 1e-9)
        XCTAssertEqual(reading.weights.access, 0)
        XCTAssertEqual(reading.weights.complexity, 1.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(reading.audienceSize, 0)
        let text = reading.explanation.joined(separator: "\n")
        XCTAssertTrue(text.contains("F2F access: no data, left out."), text)
        XCTAssertTrue(text.contains("Customer preference: no data, left out."), text)
        XCTAssertTrue(text.contains("rescaled"), text)
    }

    func testEmptySegmentOfARealAudienceHasNoData() throws {
        let hcps = try NeedleFixture.hcps(5, from: 0, preference: .digital, access: .none)
        let profiles = HCPChannelProfile.profiles(from: hcps)
        let reading = try ChannelNeedle.compute(
            product: try NeedleFixture.product(), regionID: "region:east", segment: .faceToFaceOpenKOL,
            profiles: profiles, config: .defaults)
        XCTAssertEqual(reading.audienceSize, 0)
        XCTAssertEqual(reading.segment, .faceToFaceOpenKOL)
        XCTAssertNil(reading.drivers.preference.score)
        let digital = try ChannelNeedle.compute(
            product: try NeedleFixture.product(), regionID: "region:east", segment: .digitalOnly, profiles: profiles, config: .defaults)
        XCTAssertEqual(digital.audienceSize, 5)
        XCTAssertEqual(digital.drivers.access.score, 0)
        XCTAssertEqual(digital.drivers.preference.score, 0)
    }

    func testAllWeightsZeroIsAClearError() throws {
        var config = NeedleConfig.defaults
        config.weights = NeedleWeights(complexity: 0, lifecycle: 0, access: 0, preference: 0, vision: 0)
        XCTAssertThrowsError(try ChannelNeedle.compute(
            product: try NeedleFixture.product(), audience: try mixedAudience(), config: config)) { error in
            let error = error as? ValidationError
            XCTAssertEqual(error?.field, "needle.weights")
            XCTAssertTrue(error?.reason.contains("all five weights are 0") ?? false, "\(String(describing: error))")
        }
    }

    func testOnlyDataLessDriversWeightedIsAClearError() throws {
        var config = NeedleConfig.defaults
        config.weights = NeedleWeights(complexity: 0, lifecycle: 0, access: 1, preference: 1, vision: 0)
        XCTAssertNoThrow(try ChannelNeedle.compute(product: try NeedleFixture.product(), audience: try mixedAudience(), config: config))
        XCTAssertThrowsError(try ChannelNeedle.compute(
            product: try NeedleFixture.product(), audience: NeedleFixture.audience([]), config: config)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "needle.weights")
            XCTAssertTrue((error as? ValidationError)?.reason.contains("complexity, lifecycle, vision") ?? false, "\(error)")
        }
    }

    func testNegativeWeightIsRejectedNamingTheDriver() throws {
        var config = NeedleConfig.defaults
        config.weights.access = -1
        XCTAssertThrowsError(try ChannelNeedle.compute(product: try NeedleFixture.product(), audience: try mixedAudience(), config: config)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "needle.weights.access")
        }
    }

    func testLifecycleStageMissingFromConfigIsAnErrorNamingTheStage() throws {
        var config = NeedleConfig.defaults
        config.lifecycleScores["lossOfExclusivity"] = nil
        XCTAssertNoThrow(try ChannelNeedle.compute(
            product: try NeedleFixture.product(stage: .mature), audience: try mixedAudience(), config: config))
        XCTAssertThrowsError(try ChannelNeedle.compute(
            product: try NeedleFixture.product(stage: .lossOfExclusivity), audience: try mixedAudience(), config: config)) { error in
            let error = error as? ValidationError
            XCTAssertEqual(error?.field, "needle.lifecycleScores.lossOfExclusivity")
            XCTAssertTrue(error?.reason.contains("'lossOfExclusivity'") ?? false, "\(String(describing: error))")
        }
        XCTAssertThrowsError(try config.validate()) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "needle.lifecycleScores.lossOfExclusivity")
        }
    }

    func testNeedleStaysWithinZeroToHundred() throws {
        let allDigital = NeedleFixture.audience(try NeedleFixture.hcps(4, from: 0, preference: .digital, access: .none))
        var config = NeedleConfig.defaults
        config.companyVision = 0
        let low = try ChannelNeedle.compute(
            product: try NeedleFixture.product(complexity: 1, stage: .lossOfExclusivity), audience: allDigital, config: config)
        XCTAssertEqual(low.needle, 2, accuracy: 1e-9)  // only lifecycle (10) counts: 10 / 5
        let allFaceToFace = NeedleFixture.audience(try NeedleFixture.hcps(4, from: 0, preference: .faceToFace, access: .open))
        config.companyVision = 100
        let high = try ChannelNeedle.compute(
            product: try NeedleFixture.product(complexity: 5, stage: .prelaunch), audience: allFaceToFace, config: config)
        XCTAssertEqual(high.needle, 100, accuracy: 1e-9)
    }
}
