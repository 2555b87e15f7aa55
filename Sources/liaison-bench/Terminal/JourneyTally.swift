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
    /// Keys whose response came after an earlier frame that did not show their effect.
    var late = 0

    /// Records one key's burst, sent at `sent` ms.
    mutating func add(key: KeyJourney.Key, burst: TerminalBurst, sent: Double, cpu used: Double?) {
        guard let last = burst.lastByteAt else {
            silent += 1
            return
        }
        settled.append(last - sent)
        // A thread that ends takes its time out of the sum: such a key is not counted.
        if let used, used >= 0 { cpu.append(used) }
        let response = burst.frames.firstIndex { frame in key.shows.map { frame.text.contains($0) } ?? true }
        guard let response else {
            unseen += 1
            return
        }
        if response > 0 { late += 1 }
        firstFrame.append(burst.frames[response].lastByteAt - sent)
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
        if late > 0 { notes.append("\(late) keys answered after an unrelated frame") }
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
