/// How one load goes on past an error: the failing element (or field) is recorded and left out, the rest is read.
extension LoadContext {
    /// At most this many errors are reported, in file order.
    static let maxReportedErrors = 20

    func record(_ error: ConfigError) {
        errors.append(error)
    }

    /// `body`'s result, or nil after recording the `ConfigError` (or `ConfigErrors`) it threw.
    func recording<T>(_ body: () throws -> T) throws -> T? {
        do {
            return try body()
        } catch let error as ConfigError {
            record(error)
        } catch let several as ConfigErrors {
            errors += several.errors
        }
        return nil
    }

    /// The recorded errors as one error to throw, or nil when there were none: a single `ConfigError` alone, else
    /// a `ConfigErrors` with the first `maxReportedErrors` by position in the file.
    func collectedError() -> (any Error)? {
        guard errors.count > 1 else { return errors.first }
        // Sorting is stable, so errors at one position keep the order they were found in.
        let sorted = errors.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
        return ConfigErrors(errors: Array(sorted.prefix(Self.maxReportedErrors)), total: sorted.count)
    }
}

extension ValueReader {
    /// The list's elements read by `read`, each with its index in the file; an element that fails is recorded and
    /// left out, so that one bad element does not hide the errors of the others.
    func indexedElements<T>(_ read: (ValueReader) throws -> T) throws -> [(index: Int, value: T, reader: ValueReader)] {
        try list().enumerated().compactMap { index, item in
            try context.recording { try read(item) }.map { (index, $0, item) }
        }
    }

    /// The list's elements read by `read`; failing ones are recorded and left out.
    func elements<T>(_ read: (ValueReader) throws -> T) throws -> [T] {
        try indexedElements(read).map(\.value)
    }
}
