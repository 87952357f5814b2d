export const drillHelp = `Usage:
  sender-guard drill make --policy FILE --out DIR [--count N] [--to recipients.csv] [--seed N]
                          [--training-url URL] [--date ISO-DATE]
  sender-guard drill tally [--policy FILE] [--format table|csv] PATH...
不審メール訓練のメールを作成し(make)、管理者への報告を集計します(tally)。

make   writes drill mails (.eml) in the facility's attack pattern into DIR, plus DIR/drills.csv
       (id, recipient, subject, file) for your records:
         - From: the organisation's or a staff member's name, address = the policy's drill.from
         - Re:/FW: subjects with 「ご確認ください」
         - a zip holding only a text file that says it was a drill (never a macro or program)
         - a link to the training page (drill.trainingUrl, --training-url, or
           ADDIN_BASE_URL + /training.html)
         - the policy's drill header with a per-mail id: "<drill.value>; id=<id>"
       --count N        how many mails (default: one per recipient, else 1)
       --to FILE        CSV of recipients: address[,name] per line (a header line is skipped)
       --seed N         the same seed, policy and --date give byte-identical mails (default 1)
       --date ISO-DATE  the Date header (default: now)

tally  reads report mails exported from the report mailbox (.eml and Outlook .msg; folders are
       searched for both) and prints who reported which drill and when. The drill id comes from
       the report's subject ([drill:<id>], which the add-in writes) or, failing that, from the
       drill header of the mail attached to the report.
       --format table   aligned columns (default)
       --format csv     drill_id,reporter,reported_at,subject,file (UTF-8 with BOM for Excel)

Exit codes: 0 done, 1 a policy or input problem, 2 wrong usage.
`;
