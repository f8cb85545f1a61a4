import Bulletin

// Shared by the targets that link Bulletin (Fuzz/run adds this file to them only).

/// The built-in templates with the standard profile, built once: what `jianbao draft` uses.
let drafter: Drafter = {
    do {
        return Drafter(library: try Drafter.defaultLibrary(), profile: .standard)
    } catch {
        fatalError("the built-in templates do not compile: \(error)")
    }
}()
