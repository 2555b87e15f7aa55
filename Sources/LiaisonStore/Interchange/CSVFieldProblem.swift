/// A problem with one field of a CSV row: the column and what is wrong.
struct CSVFieldProblem: Error {
    var field: String?
    var reason: String
}
