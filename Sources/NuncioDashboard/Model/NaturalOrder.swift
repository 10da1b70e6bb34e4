/// Text order that reads numbers as numbers: `127.0.1.2` before `127.0.1.19`, `service9` before `service10`.
/// Compares digit runs by value (then by length, so `01` and `1` still differ) and everything else by code unit.
enum NaturalOrder {
    static func less(_ left: String, _ right: String) -> Bool {
        compare(left, right) < 0
    }

    static func compare(_ left: String, _ right: String) -> Int {
        // Native strings are contiguous UTF-8: compare in place, without copying (the Stats screen sorts thousands).
        let fast = left.utf8.withContiguousStorageIfAvailable { a in
            right.utf8.withContiguousStorageIfAvailable { b in compare(a, b) }
        }
        if let result = fast ?? nil { return result }
        return Array(left.utf8).withUnsafeBufferPointer { a in
            Array(right.utf8).withUnsafeBufferPointer { b in compare(a, b) }
        }
    }

    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                let startA = i, startB = j
                while i < a.count && isDigit(a[i]) { i += 1 }
                while j < b.count && isDigit(b[j]) { j += 1 }
                let runA = a[startA..<i].drop { $0 == 48 }, runB = b[startB..<j].drop { $0 == 48 }
                if runA.count != runB.count { return runA.count < runB.count ? -1 : 1 }
                for (x, y) in zip(runA, runB) where x != y { return x < y ? -1 : 1 }
                if i - startA != j - startB { return i - startA < j - startB ? -1 : 1 }
            } else {
                if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
                i += 1
                j += 1
            }
        }
        return a.count - i == b.count - j ? 0 : (a.count - i < b.count - j ? -1 : 1)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
