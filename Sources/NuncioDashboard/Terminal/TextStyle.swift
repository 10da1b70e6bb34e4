/// How a run of text looks. Colours are semantic roles so a monochrome terminal can map them to attributes.
public struct TextStyle: Sendable, Equatable {
    public var color: TextColor?
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(
        color: TextColor? = nil, bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false
    ) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    public static let plain = TextStyle()
    public static let bold = TextStyle(bold: true)
    public static let reverse = TextStyle(reverse: true)
    public static let dim = TextStyle(dim: true)

    func with(color: TextColor?) -> TextStyle {
        var style = self
        style.color = color
        return style
    }

    var withBold: TextStyle {
        var style = self
        style.bold = true
        return style
    }
}

/// The palette: a handful of colours every 8-colour terminal has.
public enum TextColor: Int, Sendable, CaseIterable {
    /// Healthy hosts, LIVE.
    case green = 1
    /// Degraded, draining, paused.
    case yellow
    /// Failed, disconnected, errors.
    case red
    /// Headings and the selected screen tab.
    case cyan
    /// Bars and sparklines.
    case blue
    case magenta
}
