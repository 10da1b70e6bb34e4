import Foundation

/// Polls `condition` every 50 ms until it holds or `seconds` pass; returns whether it held. Bounded by design:
/// tests wait for state, never assert on time.
func eventually(within seconds: Double = 20, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(nanoseconds: 50_000_000)
    }
    return try await condition()
}
