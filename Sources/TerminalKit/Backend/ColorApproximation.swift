/// Maps 256-colour indices onto the basic 8 or 16 colours of smaller palettes.
enum ColorApproximation {
    /// The nearest basic colour to palette entry `index` when only `available` colours exist.
    static func basic(index: UInt8, available: Int) -> Int {
        let (red, green, blue) = rgb(index)
        let palette: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let count = available >= 16 ? 16 : 8
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<count {
            let (r, g, b) = palette[candidate]
            let distance = (r - red) * (r - red) + (g - green) * (g - green) + (b - blue) * (b - blue)
            if distance < bestDistance {
                bestDistance = distance
                best = candidate
            }
        }
        return best
    }

    /// The xterm RGB value of palette entry `index`.
    static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        let value = Int(index)
        if value < 16 {
            let basic: [(Int, Int, Int)] = [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
            return basic[value]
        }
        if value >= 232 {
            let level = 8 + (value - 232) * 10
            return (level, level, level)
        }
        let cube = value - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }
}
