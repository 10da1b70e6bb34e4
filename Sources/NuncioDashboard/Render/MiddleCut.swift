extension String {
    /// Cut to `width` by taking out the middle: `cluster.serv…upstream_rq_time` keeps both the owner and the stat.
    func cutInMiddle(to width: Int, ellipsis: Character = "…") -> String {
        guard count > width else { return self }
        guard width > 2 else { return String(prefix(width)) }
        let tail = (width - 1) / 2, head = width - 1 - tail
        return String(prefix(head)) + String(ellipsis) + String(suffix(tail))
    }
}

extension Glyphs {
    /// `…`, or `~` on terminals without UTF-8.
    var ellipsis: Character { horizontalRule == "-" ? "~" : "…" }
}
