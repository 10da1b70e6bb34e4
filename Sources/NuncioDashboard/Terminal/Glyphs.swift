/// Characters for bars, sparklines and rules, with an ASCII set for terminals whose locale is not UTF-8.
public struct Glyphs: Sendable, Equatable {
    /// Eighths of a cell, from empty to full, for horizontal bars.
    public var barEighths: [Character]
    /// Sparkline levels, lowest first.
    public var sparkLevels: [Character]
    public var horizontalRule: Character
    public var verticalRule: Character
    public var ascending: Character
    public var descending: Character
    /// Marks a number that went up or down since the last tick.
    public var increased: Character
    public var decreased: Character

    public static let unicode = Glyphs(
        barEighths: [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        horizontalRule: "─", verticalRule: "│", ascending: "▲", descending: "▼", increased: "↑", decreased: "↓")

    public static let ascii = Glyphs(
        barEighths: [" ", " ", " ", " ", "#", "#", "#", "#", "#"],
        sparkLevels: ["_", ".", "-", ":", "=", "+", "*", "#"],
        horizontalRule: "-", verticalRule: "|", ascending: "^", descending: "v", increased: "+", decreased: "-")

    /// A bar `width` cells wide, filled to `fraction` (0...1), with eighth-cell precision when the glyphs allow.
    public func bar(fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let eighths = Int((clamped * Double(width * 8)).rounded())
        var text = String(repeating: barEighths[8], count: eighths / 8)
        if eighths % 8 > 0 { text.append(barEighths[eighths % 8]) }
        return text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// The last `width` values as a sparkline scaled to their own maximum.
    public func sparkline(_ values: [Double], width: Int) -> String {
        let shown = values.suffix(width)
        let peak = shown.max() ?? 0
        let line = shown.map { value -> Character in
            guard peak > 0 else { return sparkLevels[0] }
            let level = Int((value / peak * Double(sparkLevels.count - 1)).rounded())
            return sparkLevels[min(max(level, 0), sparkLevels.count - 1)]
        }
        return String(line) + String(repeating: " ", count: max(0, width - line.count))
    }
}
