// Not implemented yet.
func benchmarkDocx() throws {
    print("(not implemented)")
}
