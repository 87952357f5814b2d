import { describe, expect, it } from "vitest";
import { addressParser } from "postal-mime";
import { parseHeaderBlock } from "../../../src/core/net/header-block";
import { parseAddressList } from "../../../src/core/net/address-list";
import { corpusFiles, corpusPresent, readCorpusMail, warnCorpusAbsent } from "../../robustness/support/corpus";

/**
 * The Outlook path reads Reply-To, To, Cc and Sender with the small dependency-free address
 * reader (it must run in Outlook's JavaScript-only runtime); the CLI and playground read them with
 * postal-mime. On the address headers of real mail the two must name the same addresses, except
 * on a few malformed values where neither reading is authoritative.
 */

warnCorpusAbsent("address reader agreement with postal-mime");

type Parsed = { readonly address?: string; readonly group?: readonly Parsed[] };

function postalAddresses(value: string): string {
  const flat = (list: readonly Parsed[]): Parsed[] => list.flatMap((a) => (a.group ? flat(a.group) : [a]));
  return flat(addressParser(value) as Parsed[])
    .map((m) => (m.address ?? "").toLowerCase())
    .filter((a) => a !== "")
    .join(",");
}

function ourAddresses(value: string): string {
  return parseAddressList(value)
    .map((m) => m.address.toLowerCase())
    .filter((a) => a !== "")
    .join(",");
}

describe.skipIf(!corpusPresent)("address headers of the shared corpus", () => {
  it("are read alike by the Outlook-path reader and postal-mime in at least 99 % of values", () => {
    let total = 0;
    const differing: string[] = [];
    for (const label of [...corpusFiles("phish"), ...corpusFiles("ham")]) {
      const text = new TextDecoder("latin1").decode(readCorpusMail(label).bytes);
      const block = text.split(/\r?\n\r?\n/, 1)[0] ?? "";
      for (const field of parseHeaderBlock(block)) {
        if (!/^(from|to|cc|reply-to|sender)$/i.test(field.name)) continue;
        total += 1;
        if (ourAddresses(field.value) !== postalAddresses(field.value)) differing.push(`${label} ${field.name}`);
      }
    }
    console.log(`address reader: ${total - differing.length}/${total} corpus header values agree with postal-mime`);
    expect(total).toBeGreaterThan(1000);
    expect((total - differing.length) / total, differing.join("\n")).toBeGreaterThanOrEqual(0.99);
  });
});
