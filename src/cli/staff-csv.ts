/**
 * Staff lists kept in spreadsheets, saved as CSV: `name,aliases`. The aliases cell holds any
 * number of other spellings separated by ";" (or "、", "|"); further columns count as aliases
 * too, for sheets that give each spelling its own column. Quoted cells follow RFC 4180.
 */
export type StaffRow = { readonly name: string; readonly aliases: readonly string[] };

export type StaffCsvResult =
  | { readonly ok: true; readonly staff: readonly StaffRow[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Splits CSV text into rows of cells; a quoted cell may hold commas, quotes ("") and line breaks. */
export function csvRows(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
    rowLine = line;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      cell = "";
      quoted = true;
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      endRow();
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}

const headerNames = new Set(["name", "names", "氏名", "名前", "職員名"]);

export function parseStaffCsv(text: string): StaffCsvResult {
  const staff: StaffRow[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const rows = csvRows(text.replace(/^\uFEFF/, ""));
  rows.forEach(({ line, cells }, index) => {
    const trimmed = cells.map((c) => c.trim());
    if (trimmed.every((c) => c === "")) return;
    const [name = "", ...rest] = trimmed;
    if (index === 0 && headerNames.has(name.toLowerCase())) return;
    if (name === "") {
      errors.push(`line ${line}: the name (first column) is empty`);
      return;
    }
    if (seen.has(name)) {
      errors.push(`line ${line}: ${name} is listed twice`);
      return;
    }
    seen.add(name);
    const aliases = [
      ...new Set(
        rest
          .flatMap((c) => c.split(/[;|、]/))
          .map((a) => a.trim())
          .filter((a) => a !== "" && a !== name),
      ),
    ];
    staff.push({ name, aliases });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (staff.length === 0)
    return {
      ok: false,
      errors: ["no staff rows found (expected lines such as: 川越 花子,Hanako Kawagoe;かわごえ はなこ)"],
    };
  return { ok: true, staff };
}
