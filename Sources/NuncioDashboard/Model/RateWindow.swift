/// The span the Hosts and Clusters numbers are computed over; `w` cycles through them, `m` sets the mark.
public enum RateWindow: Sendable, Equatable, CaseIterable {
    case tenSeconds, oneMinute, fiveMinutes, sinceMark, allTime

    /// Seconds back from the newest snapshot; nil for the mark and for all time, which have their own start.
    public var seconds: Double? {
        switch self {
        case .tenSeconds: return 10
        case .oneMinute: return 60
        case .fiveMinutes: return 300
        case .sinceMark, .allTime: return nil
        }
    }

    /// `10s`, `1m`, `5m`, `mark`, `all`: what the header and the context line show.
    public var title: String {
        switch self {
        case .tenSeconds: return "10s"
        case .oneMinute: return "1m"
        case .fiveMinutes: return "5m"
        case .sinceMark: return "mark"
        case .allTime: return "all"
        }
    }

    /// The window after this one, for `w`.
    public var next: RateWindow {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// `10s`, `1m`, `5m`, `mark`, `all` (also `10`, `60s`, `300`, `since-mark`, `all-time`), for `:window`.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "10s", "10": self = .tenSeconds
        case "1m", "60s", "60": self = .oneMinute
        case "5m", "300s", "300": self = .fiveMinutes
        case "mark", "since-mark", "sincemark": self = .sinceMark
        case "all", "all-time", "alltime": self = .allTime
        default: return nil
        }
    }
}
