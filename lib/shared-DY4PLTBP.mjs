// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.

// src/cli/usage.ts
var UsageError = class extends Error {
  constructor(message, usage) {
    super(message);
    this.usage = usage;
    this.name = "UsageError";
  }
};
var mainHelp = `sender-guard — check whether a mail's sender is who its display name claims
送信者の表示名と実際のアドレスが一致するかを確認します。

Usage:
  sender-guard scan [--policy FILE] [--format jsonl|table] [--fail-on danger|caution] [--jobs N] PATH...
  sender-guard policy check FILE
  sender-guard policy init [--name NAME]... [--domain DOMAIN]... [--report-mailbox ADDRESS] [--staff-csv FILE] [--out FILE]
  sender-guard admin transport-rule [--policy FILE] [--out FILE] [--name RULE_NAME] [--priority N] [--mode audit|audit-notify|enforce]
  sender-guard drill make --policy FILE --out DIR [--count N] [--to recipients.csv] [--seed N]
  sender-guard drill tally [--policy FILE] [--format table|csv] PATH...
  sender-guard <command> --help

Exit codes:
  0  done
  1  scan: --fail-on was met
  2  wrong usage, or the policy is invalid (one line per field error)
  3  a path could not be read (missing, unreadable, not a mail), or no .eml message was found
`;
var scanHelp = `Usage: sender-guard scan [--policy FILE] [--format jsonl|table] [--fail-on danger|caution] [--jobs N] PATH...
.eml / .msg ファイル(またはフォルダー内の .eml・.msg すべて)を判定します。

Checks .eml and Outlook .msg files. A folder is searched recursively for *.eml and *.msg; files are processed in sorted
order so the output is stable.

Options:
  --policy FILE        the organisation's policy (default: the built-in facility policy)
  --format jsonl       one JSON object per message (default):
                       {"file","level","headline":{"ja","en"},"findings":[{"rule","severity","messageId"}],"skipped":[…]}
  --format table       aligned columns: LEVEL, SIGNS (warning signs that raised the level; "-" on
                       safe and unknown), NOTES (findings that did not count: passed checks,
                       trusted sender, weak signs on a safe mail), FILE, TOP SIGN / REASON (the
                       strongest sign; for unknown, why the message could not be checked)
  --fail-on danger     exit 1 when any message is danger
  --fail-on caution    exit 1 when any message is caution or danger
                       (an unreadable or "unknown" message does not trigger --fail-on)
  --jobs N             threads for many files (default: the machine's cores; 1 = one
                       thread); the output is the same for every N
  -h, --help           this text

A file that cannot be read, is empty or is not a mail gets level "unknown", an "error" and a
"reason", and an error line on standard error; the scan goes on with the rest. Every unknown
row says why ("reason"). A summary with the count of each level is written to standard error.

Exit codes: 0 every input was judged; 1 --fail-on was met (this wins over 3); 2 wrong usage or
an invalid --policy; 3 a path or file could not be read, or no .eml message was found.
`;
var policyHelp = `Usage: sender-guard policy check FILE
       sender-guard policy init [options]   (see: sender-guard policy init --help)
ポリシーファイルを検証します / 新しいポリシーを作ります。

check: validates a policy file. Prints a summary and exits 0 when it is valid; otherwise prints
one line per problem, "field: what is expected", and exits 2. A JSON syntax error names its line
and column. A FILE that cannot be read: an error line and exit 3.
`;
var policyInitHelp = `Usage: sender-guard policy init [--name NAME]... [--domain DOMAIN]... [--report-mailbox ADDRESS]
                                [--staff-csv FILE] [--out FILE] [--force]
組織のポリシーのひな形を作ります。足りない項目は端末で質問します。

Writes a starter policy: organisation name(s), mail domain(s) and report mailbox from the flags;
whatever is missing is asked for when run in a terminal. Steps fall back to the built-in ones.

Options:
  --name NAME              an organisation name as staff see it (repeat, or separate with commas)
  --domain DOMAIN          a mail domain of the organisation (repeat, or separate with commas)
  --report-mailbox ADDRESS where "Report to the admin" sends (asked, default security@DOMAIN)
  --staff-csv FILE         staff from a spreadsheet saved as CSV: name,aliases — aliases in one
                           cell separated by ";" (or each in its own column); a header row
                           "name,aliases" is skipped
  --out FILE               where to write (default: policy.json); an existing file is kept
  --force                  replace an existing --out FILE

Exit codes: 0 written; 2 wrong usage, a CSV or value error, or --out exists; 3 a file could not
be read or written.
`;
var adminHelp = `Usage: sender-guard admin transport-rule [--policy FILE] [--out FILE] [--name RULE_NAME] [--priority N] [--mode audit|audit-notify|enforce]
組織名・職員名を名乗る外部メールに警告を付ける Exchange Online のメールフロールールを生成します。

Prints Exchange Online PowerShell that creates (or updates) a mail flow rule: mail from outside
the organisation whose From header names the organisation or a staff member gets a warning at
the top of the body and the policy's transportHeader, which the add-in's launch event reacts to.

Options:
  --policy FILE     the organisation's policy (default: the built-in facility policy)
  --out FILE        write the script to FILE as UTF-8 with BOM and CRLF line ends, as Windows
                    PowerShell 5.1 needs for Japanese text (default: print to standard output)
  --name RULE_NAME  the rule's name in Exchange (default: "Sender Guard - organisation name from outside")
  --priority N      the rule's -Priority (0 is evaluated first; default: Exchange adds it last)
  --mode MODE       audit (default): Exchange only records the rule's hits in the message trace,
                    no mail is changed — the way to trial it; audit-notify: the same with the
                    rule's notifications; enforce: the warning and header are applied

The organisation's own domains are not excepted: -FromScope NotInOrganization already skips
internal mail, and an exception would let outside mail that forges the own domain through.

Exit codes: 0 written; 2 wrong usage or an invalid policy; 3 the policy file could not be read.
`;

export {
  UsageError,
  mainHelp,
  scanHelp,
  policyHelp,
  policyInitHelp,
  adminHelp
};
