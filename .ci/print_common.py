"""Helpers shared by the print checks (print_docx_check.py, print_pdf_check.py)."""
import sys


def texts(value):
    """A notes field that is one paragraph (string) or several (list), as a list."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def finish(label, failures, success):
    """Prints the failures and exits 1, or prints the success line."""
    if failures:
        print(f"{label}: " + "; ".join(failures))
        sys.exit(1)
    print(f"{label}: {success}")
