/**
 * Code-point ranges of the Unicode properties the core's regular expressions name (\p{L},
 * \p{Script=Greek}, …), for launchevent.js only: classic Outlook's JavaScript-only runtime promises
 * ECMAScript 2016, which has no property escapes. The build fills `packed` from the engine it runs
 * on and rewrites those expressions to use these ranges (scripts/build/launch-event-regexps.mjs).
 */
const packed: Readonly<Record<string, string>> = {};

const unpacked = new Map<string, string>();

const codePoint = (cp: number): string => `\\u{${cp.toString(16)}}`;

/** "gap-span,…" (base 36, see scripts/build/launch-event-regexps.mjs) as character-class text "\u{41}-\u{5a}…". */
export function unpackRanges(data: string): string {
  let text = "";
  let next = 0;
  for (const range of data.split(",")) {
    const [gap = "0", span = "0"] = range.split("-");
    const start = next + parseInt(gap, 36);
    const end = start + parseInt(span, 36);
    text += end > start ? `${codePoint(start)}-${codePoint(end)}` : codePoint(start);
    next = end + 1;
  }
  return text;
}

/** The character-class text of a property the build packed, for a pattern with the u flag. */
export function unicodeRanges(property: string): string {
  let text = unpacked.get(property);
  if (text === undefined) {
    const data = packed[property];
    if (data === undefined) throw new Error(`no ranges for \\p{${property}} were built in`);
    text = unpackRanges(data);
    unpacked.set(property, text);
  }
  return text;
}
