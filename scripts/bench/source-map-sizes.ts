/**
 * Attributes the characters of a minified bundle to the source files they came from, by walking
 * its source map. Minified size is what ships, so this beats module source sizes (which count
 * code that tree-shaking and minification later drop).
 */

export type SourceMap = {
  readonly sources: readonly string[];
  readonly mappings: string;
};

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const digit = new Map<string, number>(Array.from(base64, (c, i) => [c, i]));

/** Decodes one Base64 VLQ segment ("AAgBC") into its numbers. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const d = digit.get(char);
    if (d === undefined) throw new Error(`bad VLQ character ${JSON.stringify(char)}`);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/**
 * The generated code of each source file ("(unmapped)" for code no source claims), as pieces.
 * `code` is the generated file; each mapping segment owns the characters up to the next one.
 */
export function codePerSource(code: string, map: SourceMap): Map<string, string[]> {
  const pieces = new Map<string, string[]>();
  const add = (source: string, text: string): void => {
    if (text === "") return;
    const list = pieces.get(source);
    if (list) list.push(text);
    else pieces.set(source, [text]);
  };
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  let sourceIndex = 0;
  lines.forEach((line, lineNo) => {
    const segments: { col: number; source: string }[] = [];
    let col = 0;
    for (const raw of (mappingLines[lineNo] ?? "").split(",")) {
      if (raw === "") continue;
      const fields = decodeVlq(raw);
      col += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        segments.push({ col, source: map.sources[sourceIndex] ?? "(unmapped)" });
      } else segments.push({ col, source: "(unmapped)" });
    }
    segments.sort((a, b) => a.col - b.col);
    add("(unmapped)", line.slice(0, segments[0]?.col ?? line.length));
    segments.forEach((seg, i) => {
      add(seg.source, line.slice(seg.col, segments[i + 1]?.col ?? line.length));
    });
    add("(unmapped)", "\n");
  });
  return pieces;
}
