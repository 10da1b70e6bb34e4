import Testing

@testable import NuncioConfig

/// Protobuf `Duration` as Envoy's YAML writes it: seconds with up to nine fraction digits and an `s`.
@Suite struct DurationTests {
    @Test(arguments: [
        ("0.25s", Int64(250_000_000)), ("15s", 15_000_000_000), ("1.000000001s", 1_000_000_001), ("0s", 0),
        ("1.5s", 1_500_000_000), ("0.001s", 1_000_000), ("300s", 300_000_000_000),
    ])
    func parses(text: String, nanoseconds: Int64) {
        #expect(ConfigDuration(parsing: text)?.nanoseconds == nanoseconds)
    }

    @Test(arguments: [
        "fast", "1.5", "-1s", "1m", "1ms", "", "s", ".5s", "1.s", "1.0000000001s", "1 s", "+1s", "1e3s",
    ])
    func rejects(text: String) {
        #expect(ConfigDuration(parsing: text) == nil)
    }

    @Test(arguments: [
        (ConfigDuration.milliseconds(250), "0.250s"), (.seconds(15), "15s"),
        (ConfigDuration(nanoseconds: 1_000_000_001), "1.000000001s"),
        (ConfigDuration(nanoseconds: 1_500), "0.000001500s"),
        (.seconds(0), "0s"),
    ])
    func printsAsProtoJSON(duration: ConfigDuration, text: String) {
        #expect(duration.description == text)
    }

    @Test func accessors() {
        let duration = ConfigDuration(nanoseconds: 1_250_000_000)
        #expect(duration.milliseconds == 1250)
        #expect(duration.timeInterval == 1.25)
        #expect(!duration.isZero)
        #expect(ConfigDuration.milliseconds(999) < .seconds(1))
    }

    @Test func durationGivenAsANumberIsRejected() {
        let error = ConfigText.base.replacing(line: 24, with: "    connect_timeout: 5").loadError()
        #expect(error?.path == "static_resources.clusters[0].connect_timeout")
        #expect(error?.message == "expected a duration such as \"0.25s\" or \"15s\", got \"5\"")
    }

    @Test func durationGivenAsAMappingIsRejected() {
        let error = ConfigText.base.replacing(line: 24, with: "    connect_timeout: {seconds: 1}").loadError()
        #expect(error?.message == "expected a duration such as \"0.25s\", got a mapping")
    }
}
