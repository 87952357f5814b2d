/** A mistake in how the command was called: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export const mainHelp = `sender-guard — check whether a mail's sender is who its display name claims
送信者の表示名と実際のアドレスが一致するかを確認します。

Usage:
  sender-guard scan [--policy FILE] [--format jsonl|table] [--fail-on danger|caution] [--jobs N] PATH...
  sender-guard policy check FILE
  sender-guard admin transport-rule [--policy FILE] [--out FILE] [--name RULE_NAME]
  sender-guard <command> --help

Exit codes: 0 done, 1 --fail-on met or the policy is invalid, 2 wrong usage.
`;

export const scanHelp = `Usage: sender-guard scan [--policy FILE] [--format jsonl|table] [--fail-on danger|caution] [--jobs N] PATH...
.eml ファイル(またはフォルダー内の .eml すべて)を判定します。

Checks .eml files. A folder is searched recursively for *.eml; files are processed in sorted
order so the output is stable.

Options:
  --policy FILE        the organisation's policy (default: the built-in facility policy)
  --format jsonl       one JSON object per message (default):
                       {"file","level","headline":{"ja","en"},"findings":[{"rule","severity","messageId"}],"skipped":[…]}
  --format table       aligned columns: level, findings, top rule, file
  --fail-on danger     exit 1 when any message is danger
  --fail-on caution    exit 1 when any message is caution or danger
                       (an unreadable or "unknown" message does not trigger --fail-on)
  --jobs N             threads for many files (default: the machine's cores; 1 = one
                       thread); the output is the same for every N
  -h, --help           this text

A file that cannot be read or parsed is reported with level "unknown" and an "error"; the
scan goes on. A summary is written to standard error.
`;

export const policyHelp = `Usage: sender-guard policy check FILE
ポリシーファイルを検証します。

Validates a policy file. Prints a summary and exits 0 when it is valid; otherwise prints one
line per problem, "field: what is expected", and exits 1.
`;

export const adminHelp = `Usage: sender-guard admin transport-rule [--policy FILE] [--out FILE] [--name RULE_NAME]
組織名・職員名を名乗る外部メールに警告を付ける Exchange Online のメールフロールールを生成します。

Prints Exchange Online PowerShell that creates (or updates) a mail flow rule: mail from outside
the organisation whose From header names the organisation or a staff member gets a warning at
the top of the body and the policy's transportHeader, which the add-in's launch event reacts to.

Options:
  --policy FILE     the organisation's policy (default: the built-in facility policy)
  --out FILE        write the script to FILE as UTF-8 with BOM and CRLF line ends, as Windows
                    PowerShell 5.1 needs for Japanese text (default: print to standard output)
  --name RULE_NAME  the rule's name in Exchange (default: "Sender Guard - organisation name from outside")
`;
