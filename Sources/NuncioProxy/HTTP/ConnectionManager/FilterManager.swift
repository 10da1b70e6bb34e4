import NIOCore
import NIOHTTP1

/// Runs one stream's HTTP filters, as Envoy's `FilterManager` does: request events through the decoder filters in
/// config order (the router last), response events through the encoder filters in reverse order, each filter able
/// to stop iteration and continue it later; data held while a filter stops, with the buffer limit's 413 or, when
/// streaming, paused reading. Event-loop bound.
final class FilterManager {
    private unowned let stream: ActiveStream
    private var decoders: [any StreamDecoderFilter] = []
    /// In response order: the last configured filter first.
    private var encoders: [any StreamEncoderFilter] = []

    /// How many decoder filters have had the request headers.
    private var headersSeen = 0
    /// The decoder filter holding iteration (headers or data stopped there).
    private var decodeStoppedAt: Int?
    /// `stopAllIterationAndBuffer`: nothing reaches any filter until it continues.
    private var decodeHoldsAll = false
    private var bufferedRequestData: ByteBuffer?
    private var bufferedRequestTrailers: HTTPHeaders?
    /// The buffered data is streaming (watermark): past the limit reading pauses instead of a 413.
    private var decodeStreaming = false
    private var readPausedForBuffer = false
    private var requestEnded = false
    /// Envoy's decoder buffer limit (the listener's `per_connection_buffer_limit_bytes` unless a filter sets one).
    var decoderBufferLimit: Int

    private var encodeStoppedAt: Int?
    private var encodeHeadersDone = false
    private var bufferedResponseData: ByteBuffer?
    private var bufferedResponseTrailers: HTTPHeaders?
    private var responseEnded = false
    private var destroyed = false

    init(stream: ActiveStream, bufferLimit: Int) {
        self.stream = stream
        self.decoderBufferLimit = bufferLimit
    }

    func add(decoder: any StreamDecoderFilter) { decoders.append(decoder) }

    /// Encoder filters are added in config order and run in reverse.
    func add(encoder: any StreamEncoderFilter) { encoders.insert(encoder, at: 0) }

    // MARK: Request side

    func decodeHeaders(endStream: Bool) {
        requestEnded = endStream
        runDecodeHeaders()
    }

    func decodeData(_ data: ByteBuffer, endStream: Bool) {
        if endStream { requestEnded = true }
        if decodeHoldsAll {
            bufferRequestData(data)
            return
        }
        runDecodeData(data, from: 0, endStream: endStream)
    }

    func decodeTrailers(_ trailers: HTTPHeaders) {
        requestEnded = true
        if decodeHoldsAll || decodeStoppedAt != nil {
            bufferedRequestTrailers = trailers
            if !decodeHoldsAll, let stopped = decodeStoppedAt { runDecodeTrailers(from: 0, upTo: stopped) }
            return
        }
        runDecodeTrailers(from: 0, upTo: decoders.count - 1)
    }

    /// The filter holding iteration lets it go on: headers to the filters that have not had them, then the held
    /// data and trailers.
    func continueDecoding() {
        guard let stopped = decodeStoppedAt, !stream.isComplete else { return }
        decodeStoppedAt = nil
        decodeHoldsAll = false
        resumeDecoding(after: stopped)
    }

    private func resumeDecoding(after stopped: Int) {
        // Stopped at its headers: the filters after it have not had them yet.
        if headersSeen == stopped + 1 && headersSeen < decoders.count {
            // A filter that stops the headers still gets the held data (all filters that had the headers do),
            // unless it holds everything.
            if !runDecodeHeaders() && (stream.isComplete || decodeHoldsAll) { return }
        }
        if let data = bufferedRequestData {
            bufferedRequestData = nil
            releaseBufferPause()
            runDecodeData(data, from: stopped + 1, endStream: requestEnded && bufferedRequestTrailers == nil)
            if decodeStoppedAt != nil || stream.isComplete { return }
        } else if requestEnded && bufferedRequestTrailers == nil && headersSeen == decoders.count
            && !headersWereEndStream
        {
            // The end came while stopped, with no data held: the next filters still need to see it.
            runDecodeData(ByteBuffer(), from: stopped + 1, endStream: true)
            if decodeStoppedAt != nil || stream.isComplete { return }
        }
        if let trailers = bufferedRequestTrailers {
            bufferedRequestTrailers = nil
            runDecodeTrailers(from: stopped + 1, upTo: decoders.count - 1, trailers: trailers)
        }
    }

    /// Whether the filters after the stop saw `endStream` on their headers already (nothing more to send them).
    private var headersWereEndStream = false

    /// Headers to the filters from `headersSeen` on; false when a filter stopped (or the stream ended).
    @discardableResult
    private func runDecodeHeaders() -> Bool {
        let endStream = requestEnded && bufferedRequestData == nil && bufferedRequestTrailers == nil
        headersWereEndStream = endStream
        while headersSeen < decoders.count {
            let index = headersSeen
            headersSeen += 1
            let status = decoders[index].decodeHeaders(endStream: endStream)
            if stream.isComplete { return false }
            switch status {
            case .continue:
                continue
            case .stopIteration:
                decodeStoppedAt = index
                return false
            case .stopAllIterationAndBuffer:
                decodeStoppedAt = index
                decodeHoldsAll = true
                return false
            }
        }
        return true
    }

    /// Data to the filters from `start` up to the one holding iteration (or the last that had the headers).
    private func runDecodeData(_ data: ByteBuffer, from start: Int, endStream: Bool) {
        var data = data
        var index = start
        while index < headersSeen {
            let status = decoders[index].decodeData(&data, endStream: endStream)
            if stream.isComplete { return }
            switch status {
            case .continue:
                if index == decodeStoppedAt {
                    // The filter that stopped the headers lets the body through: iteration goes on from it.
                    decodeStoppedAt = nil
                    bufferRequestData(data)
                    resumeDecoding(after: index)
                    return
                }
                index += 1
            case .stopIterationAndBuffer, .stopIterationAndWatermark:
                decodeStoppedAt = index
                decodeStreaming = status == .stopIterationAndWatermark
                bufferRequestData(data)
                return
            case .stopIterationNoBuffer:
                decodeStoppedAt = index
                return
            }
        }
    }

    private func runDecodeTrailers(from start: Int, upTo last: Int, trailers: HTTPHeaders? = nil) {
        var trailers = trailers ?? bufferedRequestTrailers ?? HTTPHeaders()
        var index = start
        while index <= last && index < headersSeen {
            let status = decoders[index].decodeTrailers(&trailers)
            if stream.isComplete { return }
            if status == .stopIteration || index == decodeStoppedAt {
                decodeStoppedAt = index
                bufferedRequestTrailers = trailers
                return
            }
            index += 1
        }
        bufferedRequestTrailers = nil
    }

    private func bufferRequestData(_ data: ByteBuffer) {
        guard data.readableBytes > 0 else { return }
        var data = data
        if bufferedRequestData == nil {
            bufferedRequestData = data
        } else {
            bufferedRequestData!.writeBuffer(&data)
        }
        guard bufferedRequestData!.readableBytes > decoderBufferLimit else { return }
        if decodeStreaming {
            if !readPausedForBuffer {
                readPausedForBuffer = true
                stream.encoder.pauseReading()
            }
        } else {
            // Envoy's answer when a buffering filter's data outgrows the limit.
            bufferedRequestData = nil
            stream.connectionManagerStats.downstreamRqTooLarge.inc()
            stream.sendLocalReply(.payloadTooLarge)
        }
    }

    private func releaseBufferPause() {
        guard readPausedForBuffer else { return }
        readPausedForBuffer = false
        stream.encoder.resumeReading()
    }

    func downstreamWritable() {
        for decoder in decoders { decoder.onDownstreamWritable() }
    }

    func downstreamReadComplete() {
        for decoder in decoders { decoder.onDownstreamReadComplete() }
    }

    // MARK: Response side

    /// The response head is `stream.responseHead`; `from` is 0 unless an encoder filter resumes.
    func encodeHeaders(endStream: Bool) {
        responseEnded = endStream
        runEncodeHeaders(from: 0)
    }

    func encodeData(_ data: ByteBuffer, endStream: Bool) {
        if endStream { responseEnded = true }
        if encodeStoppedAt != nil {
            holdResponseData(data)
            return
        }
        runEncodeData(data, from: 0, endStream: endStream)
    }

    func encodeTrailers(_ trailers: HTTPHeaders) {
        responseEnded = true
        if encodeStoppedAt != nil {
            bufferedResponseTrailers = trailers
            return
        }
        runEncodeTrailers(trailers, from: 0)
    }

    func continueEncoding() {
        guard let stopped = encodeStoppedAt, !destroyed else { return }
        encodeStoppedAt = nil
        // Data held while the headers were stopped has reached no filter yet; held after, it reached those before.
        let headersWereStopped = !encodeHeadersDone
        if headersWereStopped {
            guard runEncodeHeaders(from: stopped + 1) else { return }
        }
        if let data = bufferedResponseData {
            bufferedResponseData = nil
            runEncodeData(data, from: headersWereStopped ? 0 : stopped + 1,
                endStream: responseEnded && bufferedResponseTrailers == nil)
            if encodeStoppedAt != nil { return }
        }
        if let trailers = bufferedResponseTrailers {
            bufferedResponseTrailers = nil
            runEncodeTrailers(trailers, from: stopped + 1)
        }
    }

    @discardableResult
    private func runEncodeHeaders(from start: Int) -> Bool {
        let endStream = responseEnded && bufferedResponseData == nil && bufferedResponseTrailers == nil
        var index = start
        while index < encoders.count {
            if encoders[index].encodeHeaders(endStream: endStream) == .stopIteration {
                encodeStoppedAt = index
                return false
            }
            index += 1
        }
        encodeHeadersDone = true
        stream.writeResponseHead(endStream: endStream)
        return true
    }

    private func runEncodeData(_ data: ByteBuffer, from start: Int, endStream: Bool) {
        var data = data
        var index = start
        while index < encoders.count {
            switch encoders[index].encodeData(&data, endStream: endStream) {
            case .continue:
                index += 1
            case .stopIterationAndBuffer, .stopIterationAndWatermark:
                encodeStoppedAt = index
                holdResponseData(data)
                return
            case .stopIterationNoBuffer:
                encodeStoppedAt = index
                return
            }
        }
        stream.writeResponseData(data, endStream: endStream)
    }

    private func runEncodeTrailers(_ trailers: HTTPHeaders, from start: Int) {
        var trailers = trailers
        var index = start
        while index < encoders.count {
            if encoders[index].encodeTrailers(&trailers) == .stopIteration {
                encodeStoppedAt = index
                bufferedResponseTrailers = trailers
                return
            }
            index += 1
        }
        stream.writeResponseTrailers(trailers)
    }

    private func holdResponseData(_ data: ByteBuffer) {
        var data = data
        if bufferedResponseData == nil {
            bufferedResponseData = data
        } else {
            bufferedResponseData!.writeBuffer(&data)
        }
    }

    /// A local reply replaces whatever the filters held of the request.
    func abandonRequestBuffers() {
        bufferedRequestData = nil
        bufferedRequestTrailers = nil
        releaseBufferPause()
    }

    // MARK: End

    func destroy(downstreamReset: Bool) {
        guard !destroyed else { return }
        destroyed = true
        for decoder in decoders { decoder.onDestroy(downstreamReset: downstreamReset) }
        bufferedRequestData = nil
        bufferedResponseData = nil
    }
}
