import Foundation

/// One line of the events list: an action taken and its result, or a change of connection.
public struct DashboardEvent: Sendable, Equatable {
    public var time: Date
    public var text: String
    public var isError: Bool

    public init(time: Date = Date(), text: String, isError: Bool = false) {
        self.time = time
        self.text = text
        self.isError = isError
    }

    /// `14:22:47`, in the local time zone.
    public var clockText: String {
        let parts = Calendar.current.dateComponents([.hour, .minute, .second], from: time)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "--" }
        return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }
}
