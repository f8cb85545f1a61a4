// Not implemented yet.
func benchmarkCheck() throws {
    print("(not implemented)")
}
