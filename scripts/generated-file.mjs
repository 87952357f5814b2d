import { readFileSync, writeFileSync } from "node:fs";

/**
 * A JavaScript string literal with everything outside printable ASCII escaped, so generated data
 * files show no invisible or look-alike characters to a reviewer.
 * @param {string} text
 */
export function asciiLiteral(text) {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (cp >= 0x20 && cp <= 0x7e) out += ch;
    else out += `\\u{${cp.toString(16)}}`;
  }
  return `${out}"`;
}

/**
 * Writes a generated file, or with --check only compares it and exits 1 when it is stale, so a
 * test can tell that the committed data matches its generator.
 * @param {string} output the file
 * @param {string} text what it should hold
 * @param {readonly string[]} argv the command line, for --check
 * @param {string} command how to regenerate it, for the message
 */
export function writeOrCheck(output, text, argv, command) {
  const name = output.split(/[\\/]/).pop();
  if (!argv.includes("--check")) {
    writeFileSync(output, text);
    console.log(`wrote ${output}`);
    return;
  }
  let current = "";
  try {
    current = readFileSync(output, "utf8");
  } catch {
    current = "";
  }
  if (current !== text) {
    console.error(`${output} is out of date; run ${command}`);
    process.exit(1);
  }
  console.log(`${name} is up to date`);
}
