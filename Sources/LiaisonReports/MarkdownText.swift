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

    /// Multi-line text (notes) as a block quote indented under a list item: every non-empty
    /// line escaped and set as its own paragraph (an empty `>` line between two), so lines
    /// typed separately do not run together when the Markdown is rendered.
    static func block(_ text: String, indent: String) -> String {
        let blankLine = indent.hasSuffix(" ") ? String(indent.dropLast()) : indent
        return ReportVocabulary.paragraphs(text).map { indent + inline($0) }.joined(separator: "\n" + blankLine + "\n")
    }
}
