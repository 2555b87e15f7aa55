/// Turns enum raw values such as `faceToFace` or `medicalInformation` into words for display.
enum EnumText {
    /// `faceToFace` → `face to face`.
    static func words(_ rawValue: String) -> String {
        var result = ""
        for character in rawValue {
            if character.isUppercase {
                result.append(" ")
                result.append(Character(character.lowercased()))
            } else {
                result.append(character)
            }
        }
        return result
    }
}
