/// The sort of one screen: a column and a direction. `s` moves to the next column, `S` flips the direction.
public struct SortState: Sendable, Equatable {
    public var column: Int
    public var descending: Bool

    public init(column: Int = 0, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }
}
