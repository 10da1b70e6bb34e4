import Testing

/// Compares two outputs line by line, so a failure names the first differing line instead of two 100 KB strings.
func expectSameLines(
    _ actual: String,
    _ expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual != expected else {
        return
    }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, (got, want)) in zip(actualLines, expectedLines).enumerated() where got != want {
        Issue.record("line \(index + 1) differs:\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation)
        return
    }
    Issue.record(
        "\(actualLines.count) lines, expected \(expectedLines.count)",
        sourceLocation: sourceLocation
    )
}
