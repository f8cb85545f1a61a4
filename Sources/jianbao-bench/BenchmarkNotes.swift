// Not implemented yet.
func benchmarkNotes() throws {
    print("(not implemented)")
}
