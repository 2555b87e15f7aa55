import Foundation

/// A thread-safe queue through which effect tasks hand messages back to the runner.
final class Mailbox<Message: Sendable>: @unchecked Sendable {
    // Both arrays are guarded by `lock`.
    private var messages: [Message] = []
    private var finishedTasks: [UInt64] = []
    private let lock = NSLock()
    /// Signalled for every message, so a runner waiting for input handles it at once.
    private let wakeup: WakeupPipe?

    /// A mailbox that signals `wakeup` (when given) for every message.
    init(wakeup: WakeupPipe? = nil) {
        self.wakeup = wakeup
    }

    /// Queues a message for the next `update`.
    func post(_ message: Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
        wakeup?.signal()
    }

    /// Records that the effect task `id` has ended, so the runner can drop its handle.
    func finish(_ id: UInt64) {
        lock.lock()
        finishedTasks.append(id)
        lock.unlock()
    }

    /// Removes and returns every queued message, oldest first.
    func takeMessages() -> [Message] {
        lock.lock()
        defer { lock.unlock() }
        let taken = messages
        messages.removeAll()
        return taken
    }

    /// Removes and returns the ids of ended tasks.
    func takeFinished() -> [UInt64] {
        lock.lock()
        defer { lock.unlock() }
        let taken = finishedTasks
        finishedTasks.removeAll()
        return taken
    }
}
