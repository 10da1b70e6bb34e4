/// The unit a histogram records in (Envoy's `Histogram::Unit`). Only `.percent` changes the output:
/// Envoy records percentages scaled by 1 000 000 and divides them back when it computes statistics.
public enum HistogramUnit: Sendable {
    case unspecified
    case bytes
    case microseconds
    case milliseconds
    case percent

    /// Envoy's `Histogram::PercentScale`.
    static let percentScale = 1_000_000.0
}
