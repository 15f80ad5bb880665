#!/usr/bin/env python3
"""Counts the string literals of three or more English words in src/engine and src/model
(issue 22: at most 25 may remain). Comments, doc comments and `#[cfg(test)]` modules are left
out; a literal counts when three or more of its space-separated tokens are words (letters, maybe
with punctuation around them: a code such as `buyer.2a.excess` is no word).
Run from the repository root: `python3 bench/english-literals.py [-v]`."""
import re, sys, pathlib

WORD = re.compile(r"^[(\"'`]*[A-Za-z][a-z'’-]*[,.;:!?)\"'`]*$")

def literals(text):
    """(line, literal) of every string literal outside comments."""
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1; i += 1; continue
        if text.startswith("//", i):
            j = text.find("\n", i); i = n if j < 0 else j; continue
        if text.startswith("/*", i):
            j = text.find("*/", i); seg = text[i:j + 2]; line += seg.count("\n"); i = j + 2; continue
        m = re.match(r'b?r(#*)"', text[i:i + 10])
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            close = '"' + m.group(1)
            start = i + len(m.group(0)); j = text.find(close, start)
            yield line, text[start:j]; line += text[start:j].count("\n"); i = j + len(close); continue
        if c == "'":  # char literal or lifetime
            m = re.match(r"'(\\.|[^\\'])'", text[i:i + 12]) or re.match(r"'\\u\{[0-9a-fA-F]+\}'", text[i:i + 12])
            i += len(m.group(0)) if m else 1; continue
        if c == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            s = text[i + 1:j]; yield line, s; line += s.count("\n"); i = j + 1; continue
        i += 1

def without_tests(text):
    """The text up to its `#[cfg(test)]` module, if any."""
    k = text.find("#[cfg(test)]\nmod tests")
    return text if k < 0 else text[:k]

# What marks a literal as a diagnostic's text or a schema's description (which may stay
# English), looked for in the lines around it: the statement that builds a problem, an error
# attribute, a schema's JSON.
DIAGNOSTIC = re.compile(r"Problem::|problems\.push|Problem \{|#\[error|#\[diagnostic|help\(|"
                        r"\"description\"|json!|schemars|SchemaProblem|Diagnostic|\.invalid\(|"
                        r"ledger_problem|Broken|Damage|Verify")
# The paths through a clause that `appeal test --coverage` counts: labels, not sentences.
BRANCHES = re.compile(r"^\s*[A-Z][A-Za-z]+ = \"")


def kind(lines, line):
    """`branch`, `diagnostic` or `other`, by what surrounds the literal at `line` (1-based)."""
    if BRANCHES.match(lines[line - 1]):
        return "branch"
    around = "\n".join(lines[max(0, line - 14):line + 3])
    return "diagnostic" if DIAGNOSTIC.search(around) else "other"


def main():
    verbose = "-v" in sys.argv
    total = 0
    kinds = {"diagnostic": 0, "branch": 0, "other": 0}
    for folder in ("src/engine", "src/model"):
        count = 0
        for path in sorted(pathlib.Path(folder).rglob("*.rs")):
            text = without_tests(path.read_text())
            lines = text.split("\n")
            for line, s in literals(text):
                s = re.sub(r"\\\s*\n\s*", " ", s)
                s = re.sub(r"\{[^}]*\}", " ", s)  # format arguments are not words
                if sum(1 for t in s.split() if WORD.match(t)) >= 3:
                    count += 1
                    found = kind(lines, line)
                    kinds[found] += 1
                    if verbose:
                        print(f"{path}:{line}: [{found}] {s[:90]!r}")
        print(f"{folder}: {count}")
        total += count
    print(f"total: {total} ({kinds['diagnostic']} in diagnostics and schema descriptions, "
          f"{kinds['branch']} coverage branch labels, {kinds['other']} other)")

main()
