public enum NotesFormatPlaceholder {}
