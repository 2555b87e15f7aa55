/// Escaping for text placed in the Markdown minutes.
enum MarkdownText {
    /// `text` on one line with Markdown's inline markup characters escaped.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Multi-line text (notes) indented under a list item, each line escaped.
    static func block(_ text: String, indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { indent + inline(String($0)) }
            .joined(separator: "\n")
    }
}
