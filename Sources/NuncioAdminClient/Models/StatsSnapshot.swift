/// `GET /stats?format=json`: `{"stats": [{"name": .., "value": ..}, ..., {"histograms": {..}}]}`.
/// Counters and gauges are numbers, text readouts are strings; the histograms ride in one extra array element.
public struct StatsSnapshot: Codable, Sendable, Equatable {
    public var values: [StatValue]
    public var histograms: [HistogramSummary]

    public init(values: [StatValue], histograms: [HistogramSummary] = []) {
        self.values = values
        self.histograms = histograms
    }

    enum CodingKeys: String, CodingKey {
        case stats
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let entries = try container.decodeIfPresent([Entry].self, forKey: .stats) ?? []
        var values: [StatValue] = []
        var histograms: [HistogramSummary] = []
        values.reserveCapacity(entries.count)
        for entry in entries {
            switch entry {
            case .value(let value): values.append(value)
            case .histograms(let list): histograms.append(contentsOf: list.summaries)
            }
        }
        self.values = values
        self.histograms = histograms
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var entries = values.map(Entry.value)
        if !histograms.isEmpty { entries.append(.histograms(HistogramList(summaries: histograms))) }
        try container.encode(entries, forKey: .stats)
    }

    /// Name to number, for lookups by exact stat name. Text readouts are left out.
    public func numbersByName() -> [String: UInt64] {
        var numbers: [String: UInt64] = [:]
        numbers.reserveCapacity(values.count)
        for value in values {
            if let number = value.number { numbers[value.name] = number }
        }
        return numbers
    }

    private enum Entry: Codable {
        case value(StatValue)
        case histograms(HistogramList)

        enum CodingKeys: String, CodingKey {
            case histograms
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let list = try container.decodeIfPresent(HistogramList.self, forKey: .histograms) {
                self = .histograms(list)
            } else {
                self = .value(try StatValue(from: decoder))
            }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .value(let value): try value.encode(to: encoder)
            case .histograms(let list):
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(list, forKey: .histograms)
            }
        }
    }
}

/// One counter, gauge or text readout.
public struct StatValue: Codable, Sendable, Equatable {
    public var name: String
    /// Counters and gauges.
    public var number: UInt64?
    /// Text readouts such as `server.version` in some builds.
    public var text: String?

    public init(name: String, number: UInt64) {
        self.name = name
        self.number = number
        self.text = nil
    }

    public init(name: String, text: String) {
        self.name = name
        self.number = nil
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case name, value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        if let number = try? container.decodeIfPresent(UInt64.self, forKey: .value) {
            self.number = number
            text = nil
        } else if let signed = try? container.decodeIfPresent(Int64.self, forKey: .value) {
            // Gauges can go negative through a bug upstream; show zero rather than failing the whole snapshot.
            number = UInt64(max(signed, 0))
            text = nil
        } else if let real = try? container.decodeIfPresent(Double.self, forKey: .value), real.isFinite {
            // Not Envoy's own output, but cheap to accept from other implementations of the format.
            number = UInt64(max(real, 0).rounded())
            text = nil
        } else {
            number = nil
            text = try container.decodeIfPresent(String.self, forKey: .value)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if let number { try container.encode(number, forKey: .value) } else if let text {
            try container.encode(text, forKey: .value)
        }
    }
}
