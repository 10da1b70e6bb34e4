import Foundation

/// The `date` header value, formatted once a second per event loop rather than once a request.
final class HTTPDateCache {
    private var second: Int = -1
    private var value = ""

    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Fri, 27 Nov 2026 14:22:39 GMT`.
    func current() -> String {
        var now = time_t()
        time(&now)
        if Int(now) == second { return value }
        second = Int(now)
        var parts = tm()
        gmtime_r(&now, &parts)
        value = "\(Self.days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(Self.months[Int(parts.tm_mon)]) "
            + "\(Int(parts.tm_year) + 1900) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
        return value
    }

    private func two(_ value: Int32) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
