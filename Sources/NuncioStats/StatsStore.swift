/// Every stat of the process, by name (Envoy's stats store, without scopes or tags: names are flat).
///
/// Get-or-create takes the store's lock, so callers look a stat up once and keep the object; the objects
/// themselves record lock-free. Removed stats keep working for whoever still holds them, but are no longer
/// listed.
public final class StatsStore: Sendable {
    private let registry = Locked(Registry())

    private struct Registry {
        var counters: [String: Counter] = [:]
        var gauges: [String: Gauge] = [:]
        var histograms: [String: Histogram] = [:]
        var textReadouts: [String: TextReadout] = [:]
    }

    public init() {}

    public func counter(_ name: String) -> Counter {
        existing(\.counters, name) { Counter(name: name) }
    }

    /// The import mode of the first call wins, as in Envoy.
    public func gauge(_ name: String, importMode: GaugeImportMode = .accumulate) -> Gauge {
        existing(\.gauges, name) { Gauge(name: name, importMode: importMode) }
    }

    /// The unit of the first call wins.
    public func histogram(_ name: String, unit: HistogramUnit = .milliseconds) -> Histogram {
        existing(\.histograms, name) { Histogram(name: name, unit: unit) }
    }

    public func textReadout(_ name: String) -> TextReadout {
        existing(\.textReadouts, name) { TextReadout(name: name) }
    }

    /// The stat of that kind and name, made by `make` when there is none yet.
    private func existing<Stat>(
        _ kind: WritableKeyPath<Registry, [String: Stat]>, _ name: String, _ make: () -> Stat
    ) -> Stat {
        registry.withLock { registry in
            if let stat = registry[keyPath: kind][name] {
                return stat
            }
            let created = make()
            registry[keyPath: kind][name] = created
            return created
        }
    }

    /// `POST /reset_counters`: every counter to 0. Gauges and histograms are untouched, as in Envoy.
    public func resetCounters() {
        for counter in registry.withLock({ Array($0.counters.values) }) {
            counter.reset()
        }
    }

    /// Envoy's periodic stats flush (every `stats_flush_interval`, 5 s by default): histograms compute the
    /// statistics the admin endpoints show, and their interval restarts.
    public func flushHistograms() {
        for histogram in registry.withLock({ Array($0.histograms.values) }) {
            histogram.flush()
        }
    }

    /// Forgets every stat whose name starts with `prefix`, e.g. `cluster.service3.` when a cluster is removed.
    public func removeStats(withPrefix prefix: String) {
        registry.withLock { registry in
            registry.counters = registry.counters.filter { !$0.key.hasPrefix(prefix) }
            registry.gauges = registry.gauges.filter { !$0.key.hasPrefix(prefix) }
            registry.histograms = registry.histograms.filter { !$0.key.hasPrefix(prefix) }
            registry.textReadouts = registry.textReadouts.filter { !$0.key.hasPrefix(prefix) }
        }
    }

    /// Counters and gauges by name (the interim store's accessor, kept for the engine's tests).
    public func values() -> [String: UInt64] {
        let snapshot = snapshot()
        var values: [String: UInt64] = [:]
        for counter in snapshot.counters {
            values[counter.name] = counter.value
        }
        for gauge in snapshot.gauges {
            values[gauge.name] = gauge.value
        }
        return values
    }

    /// Current values of every stat, sorted by name, for the renderers.
    public func snapshot() -> StatsSnapshot {
        let (counters, gauges, histograms, texts) = registry.withLock { registry in
            (Array(registry.counters.values), Array(registry.gauges.values), Array(registry.histograms.values),
                Array(registry.textReadouts.values))
        }
        return StatsSnapshot(
            counters: counters.map { CounterSample(name: $0.name, value: $0.value, used: $0.used) },
            gauges: gauges.map { GaugeSample(name: $0.name, value: $0.value, used: $0.used) },
            histograms: histograms.map { histogram in
                let statistics = histogram.statistics()
                return HistogramSample(
                    name: histogram.name,
                    used: statistics.used,
                    interval: statistics.interval,
                    cumulative: statistics.cumulative
                )
            },
            textReadouts: texts.map { TextReadoutSample(name: $0.name, value: $0.value, used: $0.used) }
        )
    }
}
