extension String {
    /// The text as a message or comment quotes it: at most 40 characters, then “……”. A heading
    /// the reader took from a whole paragraph can be kilobytes long; a message stays one line.
    var quotedInMessage: String {
        count <= 40 ? self : String(prefix(40)) + "……"
    }
}
