import Foundation

/// The timings of a journey's keys (or of all journeys): key → first frame showing the key's
/// effect, key → last byte of its burst, and the CPU the TUI spent.
struct JourneyTally {
    var firstFrame: [Double] = []
    var settled: [Double] = []
    var cpu: [Double] = []
    /// Keys that wrote nothing at all.
    var silent = 0
    /// Keys whose burst never wrote the text of their effect (not counted as a response).
    var unseen = 0
    /// Keys whose response came after an earlier frame that did not show their effect (a busy
    /// marker, or a redraw without the key's text).
    var late = 0

    /// Records one key's burst, sent at `sent` ms; returns which frame answered the key.
    @discardableResult
    mutating func add(key: KeyJourney.Key, burst: TerminalBurst, sent: Double, cpu used: Double?) -> Int? {
        guard let last = burst.lastByteAt else {
            silent += 1
            return nil
        }
        settled.append(last - sent)
        // A thread that ends takes its time out of the sum: such a key is not counted.
        if let used, used >= 0 { cpu.append(used) }
        // A key with `shows` is answered once the frames so far have written all of its texts
        // (a screen's title can come in one frame and its rows in a later one).
        var written = ""
        let response = burst.frames.firstIndex { frame in
            guard !key.shows.isEmpty else { return Self.showsContent(frame.text) }
            written += frame.text
            return key.shows.allSatisfy { written.contains($0) }
        }
        guard let response else {
            unseen += 1
            return nil
        }
        if response > 0 { late += 1 }
        firstFrame.append(burst.frames[response].lastByteAt - sent)
        return response
    }

    /// Busy markers the TUI shows while the old content stays on screen (e.g. `g` far down
    /// the list keeps the old rows under "· updating…" until the first page arrives).
    static let busyMarkers = ["· updating…", "· counting…"]

    /// Whether `text` shows something besides busy markers: a frame that only adds one still
    /// shows the old content, and one that only moves the cursor or clears shows nothing, so
    /// neither is the effect of a key without `shows`. (A "Loading…" placeholder that
    /// replaces the content is.)
    static func showsContent(_ text: String) -> Bool {
        var rest = text
        for marker in busyMarkers { rest = rest.replacingOccurrences(of: marker, with: "") }
        return rest.contains { !$0.isWhitespace }
    }

    mutating func merge(_ other: JourneyTally) {
        firstFrame += other.firstFrame
        settled += other.settled
        cpu += other.cpu
        silent += other.silent
        unseen += other.unseen
        late += other.late
    }

    /// `prefix` (first frame), `prefix.settled` and `prefix.cpu`; with `target`, the first
    /// frame is checked against DESIGN.md's p99 ≤ 10 ms.
    func results(prefix: String, target: Bool = false) -> [CaseResult] {
        var notes: [String] = []
        if target { notes.append("key → first frame showing its effect (the DESIGN target is checked against this)") }
        if silent > 0 { notes.append("\(silent) keys drew nothing") }
        if unseen > 0 { notes.append("\(unseen) keys never showed their effect") }
        if late > 0 { notes.append("\(late) keys answered after a frame that did not show their effect") }
        let first: CaseResult = target
            ? .measured(prefix, unit: "ms", samples: firstFrame, target: "p99 ≤ 10 ms", met: { $0.p99 <= 10 },
                        note: notes.joined(separator: "; "))
            : .measured(prefix, unit: "ms", samples: firstFrame, note: notes.isEmpty ? nil : notes.joined(separator: "; "))
        return [
            first,
            .measured(prefix + ".settled", unit: "ms", samples: settled,
                      note: target ? "key → last byte of its burst (40 ms quiet), incl. data background loads deliver later" : nil),
            .measured(prefix + ".cpu", unit: "cpu-ms", samples: cpu,
                      note: target ? "TUI process CPU per key (update, view, diff, write and the loads it starts)" : nil),
        ]
    }
}
