// Not implemented yet.
func benchmarkDraft() throws {
    print("(not implemented)")
}
