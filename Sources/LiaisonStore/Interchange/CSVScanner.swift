/// The RFC 4180 state machine behind `CSVReader`. It is fed the input one chunk at a time and
/// keeps its state between chunks, so a quoted field, a doubled quote or a CRLF may be split
/// across two chunks. It works on bytes and builds a `String` only once per field.
struct CSVScanner {
    /// What a call to `scan` ended with.
    enum Event {
        /// The chunk is used up; feed the next one.
        case needsInput
        /// A record is complete.
        case record(CSVRecord)
        /// A record was read but is bad; the scanner is ready for the next one.
        case rejected(CSVError)
    }

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case quoteInQuoted
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The physical line (1-based) the scanner has reached.
    private(set) var line = 1
    /// The number of fields every record must have, fixed by the first record when
    /// `requiresUniformFieldCount` is set.
    private(set) var expectedFieldCount: Int?
    private let requiresUniformFieldCount: Bool

    private var state = State.fieldStart
    private var fieldBytes: [UInt8] = []
    private var fields: [String] = []
    private var fieldQuoted = false
    private var lastFieldWasQuoted = false
    private var fieldLine = 1
    private var recordLine = 1
    private var skipsLineFeed = false
    private var problem: CSVError?

    init(requiresUniformFieldCount: Bool) {
        self.requiresUniformFieldCount = requiresUniformFieldCount
        fields.reserveCapacity(16)
    }

    /// Scans `buffer` from `start` until a record ends or the buffer is used up; returns how
    /// far it got and what happened.
    mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (next: Int, event: Event) {
        var index = start
        let end = buffer.count
        while index < end {
            switch state {
            case .fieldStart:
                let byte = buffer[index]
                if skipsLineFeed {
                    skipsLineFeed = false
                    if byte == Self.lineFeed {
                        index += 1
                        continue
                    }
                }
                if fields.isEmpty { recordLine = line }
                fieldLine = line
                if byte == Self.quote {
                    fieldQuoted = true
                    state = .quoted
                    index += 1
                } else {
                    state = .unquoted
                }

            case .unquoted:
                var stop = index
                while stop < end {
                    let byte = buffer[stop]
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    stop += 1
                }
                let piece = UnsafeBufferPointer(rebasing: buffer[index..<stop])
                if stop == end {
                    fieldBytes.append(contentsOf: piece)
                    return (end, .needsInput)
                }
                let terminator = buffer[stop]
                index = stop + 1
                if fieldBytes.isEmpty {
                    finishField(piece)
                } else {
                    fieldBytes.append(contentsOf: piece)
                    finishBufferedField()
                }
                if terminator == Self.comma {
                    state = .fieldStart
                } else if let event = finishLine(endedBy: terminator) {
                    return (index, event)
                }

            case .quoted:
                var stop = index
                while stop < end {
                    let byte = buffer[stop]
                    if byte == Self.quote { break }
                    if byte == Self.lineFeed { line += 1 }
                    stop += 1
                }
                fieldBytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<stop]))
                if stop == end { return (end, .needsInput) }
                index = stop + 1
                state = .quoteInQuoted

            case .quoteInQuoted:
                let byte = buffer[index]
                index += 1
                if byte == Self.quote {
                    fieldBytes.append(Self.quote)
                    state = .quoted
                } else if byte == Self.comma {
                    finishBufferedField()
                    state = .fieldStart
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    finishBufferedField()
                    if let event = finishLine(endedBy: byte) { return (index, event) }
                } else {
                    note(CSVError(
                        line: line, fieldIndex: fields.count,
                        reason: "text after the closing quote of a quoted field (a quote inside a quoted field must be doubled)"))
                    fieldBytes.append(byte)
                    state = .unquoted
                }
            }
        }
        return (end, .needsInput)
    }

    /// Ends the input: completes a last record that has no line end, or reports a quoted
    /// field that was never closed. Returns nil when there is nothing left.
    mutating func finish() -> Event? {
        switch state {
        case .fieldStart:
            if fields.isEmpty { return nil }
            finishBufferedField()
        case .unquoted, .quoteInQuoted:
            finishBufferedField()
        case .quoted:
            let error = CSVError(
                line: fieldLine, fieldIndex: fields.count,
                reason: "a quoted field starting here is never closed",
                fields: fields + [String(decoding: fieldBytes, as: UTF8.self)], isRecoverable: false)
            resetRecord()
            return .rejected(error)
        }
        return finishRecord()
    }

    private mutating func note(_ error: CSVError) {
        if problem == nil { problem = error }
    }

    private mutating func finishField(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let text = String(validating: bytes, as: UTF8.self) {
            fields.append(text)
        } else {
            noteInvalidUTF8(bytes)
            fields.append(String(decoding: bytes, as: UTF8.self))
        }
        lastFieldWasQuoted = fieldQuoted
        fieldQuoted = false
    }

    private mutating func finishBufferedField() {
        let bytes = fieldBytes
        bytes.withUnsafeBufferPointer { finishField($0) }
        fieldBytes.removeAll(keepingCapacity: true)
    }

    /// Records the exact line of the first byte that is not UTF-8.
    private mutating func noteInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var validCount = 0
        scanning: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): validCount += scalar.count
            case .error, .emptyInput: break scanning
            }
        }
        let newlines = bytes[..<validCount].reduce(0) { $0 + ($1 == Self.lineFeed ? 1 : 0) }
        note(CSVError(line: fieldLine + newlines, fieldIndex: fields.count, reason: "invalid UTF-8 (byte offset \(validCount) in the field)"))
    }

    /// Handles a CR or LF outside quotes: counts the line and completes the record, unless
    /// the line was blank.
    private mutating func finishLine(endedBy terminator: UInt8) -> Event? {
        line += 1
        skipsLineFeed = terminator == Self.carriageReturn
        state = .fieldStart
        return finishRecord()
    }

    private mutating func finishRecord() -> Event? {
        defer { resetRecord() }
        if fields.count == 1 && fields[0].isEmpty && !lastFieldWasQuoted && problem == nil {
            return nil
        }
        if var problem {
            problem.fields = fields
            return .rejected(problem)
        }
        if requiresUniformFieldCount {
            if let expected = expectedFieldCount {
                if fields.count != expected {
                    return .rejected(CSVError(
                        line: recordLine,
                        reason: "ragged row: \(fields.count) field\(fields.count == 1 ? "" : "s") where the header has \(expected)",
                        fields: fields))
                }
            } else {
                expectedFieldCount = fields.count
            }
        }
        return .record(CSVRecord(fields: fields, line: recordLine))
    }

    private mutating func resetRecord() {
        fields.removeAll(keepingCapacity: true)
        fieldBytes.removeAll(keepingCapacity: true)
        fieldQuoted = false
        lastFieldWasQuoted = false
        problem = nil
        state = .fieldStart
    }
}
