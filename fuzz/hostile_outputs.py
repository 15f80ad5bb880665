#!/usr/bin/env python3
"""The binary-level adversarial pass of issue 19, run by hand (not in CI):

    cargo build && python3 fuzz/hostile_outputs.py [ROUNDS] [SEED]

Each round writes a pending and a failing sample case with a hostile case id and a hostile file
name into a fresh folder (a tempfile.TemporaryDirectory, so never one anyone may write to), runs
every command and format that shows them, and checks the property of each output format:

- JSON Lines (judge, check, test --bless, queue; diagnostics on stderr): every line is JSON,
  no raw DEL, C1 or bidirectional character;
- JUnit: every character XML 1.0 allows, the document closed;
- Markdown (judge, queue): no live URL, no raw line break inside the id's cell, no tag;
- the terminal (judge, queue, test): no raw control character but newline, no forged row.

Prints, per class, how many attempts were made and how many broke the property.
"""

import json, os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("APPEAL_BIN", os.path.join(ROOT, "target", "debug", "appeal"))
PENDING = open(os.path.join(ROOT, "cases/buyer.1a-inside-band-seller-has-time.yaml")).read()
FAILING = open(os.path.join(ROOT, "cases/buyer.1b-spec-example.yaml")).read().replace(
    "decision: release_to_buyer", "decision: refund_buyer")

FRAGMENTS = ["\n", "\r", "\t", "\x1b[2J", "\x1b]0;t\x07", "\x7f", "\x85", "\x9b", "\u202e",
             "\u2066", "\u2028", "\ufffe", "\uffff", "\x01", "\x0b", "<img src=x>", "&amp;",
             "[a](http://x)", "![i](https://t/p.png)", "https://evil.example", "www.evil",
             "~~s~~", "__b__", "*e*", "`c`", "|", "\\", '"', "OVERDUE 999 d",
             "(built-in, sha256 1ef97ba36dbd)", "é", "✅", "a_b", " "]
# File names cannot hold NUL or '/', nor (here) the characters the case text cannot.
NAME_FRAGMENTS = [f for f in FRAGMENTS if "/" not in f and "\x00" not in f]

HIDDEN = set(chr(c) for c in list(range(0, 32)) + list(range(0x7f, 0xa0))) | set(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


def hostile(rng, fragments, most=6):
    return "".join(rng.choice(fragments) for _ in range(rng.randint(1, most))) or "x"


def yaml_quoted(text):
    # JSON strings are YAML double-quoted strings; \u escapes for everything but ASCII.
    return json.dumps(text, ensure_ascii=True)


def run(args, cwd):
    out = subprocess.run([BIN, *args], cwd=cwd, capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    return out.returncode, out.stdout.decode("utf-8", "replace"), out.stderr.decode("utf-8", "replace")


def json_lines_ok(text):
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            json.loads(line)
        except ValueError:
            return False
        if any(c in HIDDEN for c in line):
            return False
    return True


def xml_ok(text):
    return "</testsuites>" in text and all(
        c in "\t\n\r" or "\x20" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c >= "\U00010000"
        for c in text)


def markdown_ok(text):
    lowered = text.lower()
    if "<img" in lowered or "<b>" in lowered:
        return False
    for i in range(len(text)):
        if text.startswith("://", i) and (i == 0 or text[i - 1] != "\\"):
            return False
    return "www." not in lowered and "~~" not in text and "![" not in text.replace("!\\[", "")


def terminal_ok(text, case_id=""):
    """No raw control character but newline; a newline of the case id shown as `\\n`, so the
    text after it cannot start a line (a row) of its own."""
    if any(c in HIDDEN and c not in "\n" for c in text):
        return False
    return "\n" not in case_id or "\\n" in text


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 19)
    counts = {}
    broken = {}

    def check(cls, ok, detail):
        counts[cls] = counts.get(cls, 0) + 1
        if not ok:
            broken.setdefault(cls, []).append(detail)

    for _ in range(rounds):
        case_id = hostile(rng, FRAGMENTS)
        name = hostile(rng, NAME_FRAGMENTS, 4) + ".yaml"
        with tempfile.TemporaryDirectory() as folder:
            pending = PENDING.replace("case: APL-2025-0123", "case: " + yaml_quoted(case_id), 1)
            failing = FAILING.replace("case: APL-2025-0001", "case: " + yaml_quoted(case_id), 1)
            try:
                with open(os.path.join(folder, "p-" + name), "w") as f:
                    f.write(pending)
                with open(os.path.join(folder, "f-" + name), "w") as f:
                    f.write(failing + "\n# " + case_id.replace("\n", " ") + "\n")
            except (OSError, ValueError):
                continue
            detail = repr((case_id, name))
            _, listed, _ = run(["queue", "--format", "json", "."], folder)
            # The id's newline rule holds where the id is shown: the case was read and judged.
            shown_id = case_id if '"case"' in listed else ""
            for fmt in ["human", "markdown", "json"]:
                _, out, err = run(["queue", "--format", fmt, "."], folder)
                cls = {"human": "terminal: queue", "markdown": "markdown: queue", "json": "json: queue"}[fmt]
                if fmt == "json" and '"case"' in out:
                    counts["(cases judged)"] = counts.get("(cases judged)", 0) + 1
                ok = {"human": lambda t: terminal_ok(t, shown_id), "markdown": markdown_ok,
                      "json": json_lines_ok}[fmt](out)
                check(cls, ok, detail + " " + repr(out[-300:]))
            for fmt in ["human", "markdown", "json"]:
                _, out, _ = run(["judge", "--format", fmt, "p-" + name], folder)
                cls = "judge " + fmt
                ok = {"human": lambda t: terminal_ok(t, shown_id), "markdown": markdown_ok,
                      "json": json_lines_ok}[fmt](out)
                check(cls, ok, detail)
            _, out, err = run(["test", "--format", "json", "--junit", "r.xml", "."], folder)
            check("json: test", json_lines_ok(out), detail + repr(out[-300:]))
            check("json: diagnostics", json_lines_ok(err), detail + repr(err[-300:]))
            with open(os.path.join(folder, "r.xml"), encoding="utf-8", errors="replace") as f:
                check("xml: junit", xml_ok(f.read()), detail)
            _, out, _ = run(["test", "."], folder)
            check("terminal: test", terminal_ok(out, shown_id if "FAIL" in out else ""), detail + repr(out[-300:]))
            _, out, _ = run(["test", "--bless", "--format", "json", "."], folder)
            check("json: test --bless", json_lines_ok(out), detail + repr(out[-300:]))
            _, _, err = run(["new", "--type", "underpaid", "-o", "n-" + name], folder)
            check("terminal: new -o", terminal_ok(err), detail + repr(err))
    judged = counts.pop("(cases judged)", 0)
    total = sum(counts.values())
    print(f"hostile cases read and judged: {judged} of {rounds}")
    print(f"{rounds} rounds, {total} attempts")
    for cls in sorted(counts):
        print(f"{cls:24} {counts[cls]:5} attempts, {len(broken.get(cls, [])):3} broke the format")
    for cls, details in broken.items():
        print(f"\n{cls}: first of {len(details)}: {details[0][:400]}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
