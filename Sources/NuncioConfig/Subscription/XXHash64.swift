/// xxHash64 (seed 0), as Envoy's `HashUtil::xxHash64`: its subscriptions' `version` gauge is the hash of
/// `version_info`.
enum XXHash64 {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    static func hash(_ text: String, seed: UInt64 = 0) -> UInt64 {
        hash(Array(text.utf8), seed: seed)
    }

    static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        let count = bytes.count
        var offset = 0
        var result: UInt64
        if count >= 32 {
            var lanes = [seed &+ prime1 &+ prime2, seed &+ prime2, seed, seed &- prime1]
            while offset + 32 <= count {
                for lane in 0..<4 {
                    lanes[lane] = round(lanes[lane], word64(bytes, offset + lane * 8))
                }
                offset += 32
            }
            result = rotate(lanes[0], 1) &+ rotate(lanes[1], 7) &+ rotate(lanes[2], 12) &+ rotate(lanes[3], 18)
            for lane in lanes {
                result = (result ^ round(0, lane)) &* prime1 &+ prime4
            }
        } else {
            result = seed &+ prime5
        }
        result &+= UInt64(count)
        while offset + 8 <= count {
            result ^= round(0, word64(bytes, offset))
            result = rotate(result, 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= count {
            result ^= UInt64(word32(bytes, offset)) &* prime1
            result = rotate(result, 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            result ^= UInt64(bytes[offset]) &* prime5
            result = rotate(result, 11) &* prime1
            offset += 1
        }
        result ^= result >> 33
        result &*= prime2
        result ^= result >> 29
        result &*= prime3
        result ^= result >> 32
        return result
    }

    private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    private static func word64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        return value
    }

    private static func word32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in (0..<4).reversed() { value = value << 8 | UInt32(bytes[offset + index]) }
        return value
    }
}
