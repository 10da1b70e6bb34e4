import Foundation
import NuncioProxy

/// Any bytes into Nuncio's own HTTP/1.1 parsers, request and response, fed in pieces (the first byte sets their
/// size, so that every split of a head, a chunk line or a body is tried): they must return parts or an error,
/// never crash, never loop.
func fuzzParsers(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let pieceSize = Int(data[0] % 64) + 1
    let bytes = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    _ = HTTP1ParserDriver.requestParts(bytes, pieceSize: pieceSize)
    _ = HTTP1ParserDriver.responseParts(bytes, pieceSize: pieceSize, answersHEAD: data[0] & 0x80 != 0)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzParsers))
