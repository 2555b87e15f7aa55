#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import TerminalKit

/// The self-pipe that ends a terminal's wait for input when an effect posts a message.
final class WakeupPipeTests: XCTestCase {
    private func isPending(_ wakeup: WakeupPipe) -> Bool {
        var descriptor = pollfd(fd: wakeup.readDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) == 1
    }

    func testASignalIsPendingUntilAWaitConsumesIt() throws {
        let wakeup = try XCTUnwrap(WakeupPipe())
        XCTAssertFalse(isPending(wakeup))
        wakeup.signal()
        wakeup.signal()
        XCTAssertTrue(isPending(wakeup), "signals from effect threads leave the pipe readable")
        var never: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&never), 0)
        defer { close(never[0]); close(never[1]) }
        wakeup.wait(forReadable: never[0], milliseconds: 60_000)
        XCTAssertFalse(isPending(wakeup), "the wait returned because of the signals and consumed all of them")
    }

    func testManySignalsNeverBlockTheSender() throws {
        let wakeup = try XCTUnwrap(WakeupPipe())
        for _ in 0..<100_000 { wakeup.signal() }
        XCTAssertTrue(isPending(wakeup))
        wakeup.wait(forReadable: STDIN_FILENO, milliseconds: 0)
        XCTAssertFalse(isPending(wakeup))
    }

    func testMessagesPostedToTheMailboxSignalIt() throws {
        let wakeup = try XCTUnwrap(WakeupPipe())
        let mailbox = Mailbox<Int>(wakeup: wakeup)
        mailbox.post(1)
        XCTAssertTrue(isPending(wakeup))
        XCTAssertEqual(mailbox.takeMessages(), [1])
    }
}
