"""The ``--help`` texts of the command line: what each command does, examples, exit status."""

from __future__ import annotations

EXIT_STATUS = """exit status:
  0  it ran (and no finding reached --fail-on, when given)
  1  --fail-on was given and a finding at or above that severity exists
  2  bad input or usage: one line on stderr naming the file, the line and the reason"""

MAIN = """Check translated news against what its sources said: align each translated sentence with the
reference statements it renders, flag changed numbers, dates, names, titles and quotes with exact
spans, and score fidelity. Run 'xcheck COMMAND --help' for the options of a command."""

MAIN_EPILOG = f"""examples:
  xcheck demo                                   the bundled Observer Network report (Markdown)
  xcheck check report.txt refs.jsonl            findings, one line each on a terminal
  xcheck check report.txt refs.jsonl -o report.html
  xcheck check report.txt refs.jsonl --format sarif -o xcheck.sarif --fail-on major
  xcheck pairs pairs.jsonl > results.jsonl
  xcheck compare system-a.jsonl system-b.jsonl --format json
  xcheck schema report                          the JSON Schema of --format json

{EXIT_STATUS}"""

CHECK = """Check a translated text (UTF-8) against reference statements (JSONL, one {"id", "text", ...}
a line: optional "source", "date" YYYY-MM-DD, "lang", "url"). Writes a report: Markdown by default,
one line a finding ('text') when standard output is a terminal, or the format --format names or the
-o file's extension implies (.md .txt .json .html .sarif .xml .csv .jsonld). Text output is coloured
on a terminal unless NO_COLOR is set; FORCE_COLOR forces colour."""

CHECK_LIMITS = """limits (past one, exit 2 before the file is read further; docs/formats.md):
  --max-chars N        characters of the translation, and of the statements in all (2,000,000);
                       a references file may hold 16 bytes for each
  --max-statements N   statements in the references file (10,000)
  glossary, --accepted, --rates and configuration files: 64 MB each
  a number of more than 30 digits is not read as a number"""

CHECK_EPILOG = f"""examples:
  xcheck check report.en.txt references.jsonl
  xcheck check report.en.txt references.jsonl -o report.html
  xcheck check report.en.txt references.jsonl --format github --fail-on major   (GitHub Actions)
  xcheck check report.en.txt references.jsonl --format junit -o xcheck.xml
  xcheck check report.en.txt references.jsonl --rates rates.json   ({{"USD/KRW": 1380.5}})
  xcheck check report.en.txt references.jsonl --write-accepted accepted.txt

{CHECK_LIMITS}

{EXIT_STATUS}"""

DEMO = """Check the bundled Observer Network report (a Chinese news report translated into English)
against its 28 reference statements and print the report (Markdown unless --format says otherwise)."""

DEMO_EPILOG = f"""examples:
  xcheck demo
  xcheck demo --format text
  xcheck demo -o observer-network.html

{EXIT_STATUS}"""

PAIRS = """Check a JSONL file of {"id", "translation", "reference"} pairs (optional "lang"), for MT
evaluation: changed, missing and added facts all count. Writes one JSON line a pair, in input order
({"id", "findings", "fidelity"}); a bad line or a pair that cannot be checked becomes an error row
{"id", "line", "error"} in its place and the run goes on."""

PAIRS_EPILOG = """examples:
  xcheck pairs pairs.jsonl > results.jsonl
  xcheck pairs pairs.jsonl --format markdown -o results.md --jobs 0
  cat pairs.jsonl | xcheck pairs - --fail-on critical

limits (docs/formats.md):
  --max-chars N        characters of a pair's translation, and of its reference (10,000): a
                       longer pair is an error row; a longer JSON line is skipped unread
  a file in a format other than JSON Lines is read whole: 256 MB at most
  a number of more than 30 digits is not read as a number

exit status:
  0  every pair was checked (and none reached --fail-on, when given); also for an empty
     input (no pairs: a warning on stderr)
  1  --fail-on was given and a finding at or above that severity exists
  2  a line was bad or a pair could not be checked (its error row says why), or bad usage"""

COMPARE = """Which of two systems' translations of the same pairs is more faithful: both pair files are
checked, then a paired bootstrap (sacrebleu's method) compares the fidelity, chrF, BLEU and TER
scores, with 95% confidence intervals. The pairs must have the same ids and references."""

COMPARE_EPILOG = """examples:
  xcheck compare baseline.jsonl candidate.jsonl
  xcheck compare baseline.jsonl candidate.jsonl --format json -o comparison.json
  xcheck compare baseline.jsonl candidate.jsonl --fail-on regression      (a CI gate)

limits: --samples 1 to 100,000; --seed 0 to 2**32-1; --max-chars N characters a pair (10,000)

exit status:
  0  it ran (and --fail-on found nothing)
  1  --fail-on regression: the second system (PAIRS_B) is significantly less faithful than the
     first by the deciding metric; --fail-on SEVERITY: a finding of PAIRS_B reaches SEVERITY
  2  bad input or usage: one line on stderr naming the file, the line and the reason"""

SCHEMA = """Print one of xcheck's JSON Schemas (bundled with the package): 'report' for --format json of
check and demo, 'pair' for a line of 'xcheck pairs', 'glossary' for a --glossary file."""

SCHEMA_EPILOG = """examples:
  xcheck schema report > xcheck.report-1.json
  xcheck schema glossary

exit status:
  0  printed
  2  bad usage"""

#: Each command's one-line summary (in ``xcheck --help``), description and epilog.
COMMANDS = {
    "check": ("check a translation against reference statements (JSONL)", CHECK, CHECK_EPILOG),
    "demo": ("check the bundled Observer Network report", DEMO, DEMO_EPILOG),
    "pairs": ("check a JSONL file of {id, translation, reference} pairs", PAIRS, PAIRS_EPILOG),
    "compare": (
        "which of two systems' pair files is more faithful (paired bootstrap)",
        COMPARE,
        COMPARE_EPILOG,
    ),
    "schema": ("print a JSON Schema of xcheck's files", SCHEMA, SCHEMA_EPILOG),
}
