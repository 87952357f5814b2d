import { afterAll, describe, expect, it } from "vitest";
import { analyze, defaultPolicy, type Verdict } from "../../src/core";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { corpusFiles, corpusPresent, readCorpusMail, warnCorpusAbsent } from "./support/corpus";
import { levels } from "./support/arbitraries";
import { buildMail } from "./support/mail-builder";
import {
  beyondParserLimits,
  mutations,
  sample,
  seededRng,
  tenMegabyteBodyLine,
  type Mutation,
} from "./support/mutations";
import { lyingZips } from "./support/lying-zips";

/**
 * Real mails, damaged on purpose: parsing and judging must never throw, must give one of the four
 * levels, and must give the same verdict twice. Seed and sample size are fixed, so every run
 * checks the same cases; a failure lists each case by corpus file and mutation.
 */
const seed = 0x5e4d;
const perFolder = 40;
const tenMegabyteCases = 2;

let generated = 0;

afterAll(() => {
  console.log(`mutation fuzz: ${generated} generated cases checked (seed ${seed})`);
});

type CaseResult = { readonly label: string; readonly verdict?: Verdict; readonly problem?: string };

async function judge(label: string, bytes: Uint8Array): Promise<CaseResult> {
  generated += 1;
  try {
    const first = analyze(await emlToFacts(bytes), defaultPolicy);
    const again = analyze(await emlToFacts(bytes), defaultPolicy);
    if (!(levels as readonly string[]).includes(first.level)) return { label, problem: `level "${first.level}"` };
    // analyze catches a throwing rule; for these inputs a rule that gave up is a failure too.
    if (first.ruleFailures.length > 0)
      return { label, problem: `rule failures: ${first.ruleFailures.map((f) => `${f.rule}: ${f.error}`).join("; ")}` };
    try {
      expect(again).toEqual(first);
    } catch {
      return { label, problem: "not deterministic: two runs gave different verdicts" };
    }
    return { label, verdict: first };
  } catch (error) {
    return { label, problem: `threw: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function problems(results: readonly CaseResult[]): string[] {
  return results.filter((r) => r.problem !== undefined).map((r) => `${r.label}: ${r.problem ?? ""}`);
}

warnCorpusAbsent("mutation fuzz over real mails");

describe.skipIf(!corpusPresent)(
  `mutation fuzz over ../shared/corpus (seed ${seed}, ${perFolder} mails per folder)`,
  () => {
    const rng = seededRng(seed);
    const mails = corpusPresent
      ? [...sample(corpusFiles("phish"), perFolder, rng), ...sample(corpusFiles("ham"), perFolder, rng)].map(
          readCorpusMail,
        )
      : [];

    it("the unmutated sample parses and is judged deterministically", async () => {
      const results = [];
      for (const mail of mails) results.push(await judge(mail.label, mail.bytes));
      expect(problems(results)).toEqual([]);
    });

    const run =
      (mutation: Mutation, subset = mails) =>
      async () => {
        const local = seededRng(seed ^ mutation.name.length);
        const results = [];
        for (const mail of subset)
          results.push(await judge(`${mail.label} × ${mutation.name}`, mutation.apply(mail.bytes, local)));
        expect(problems(results)).toEqual([]);
      };

    for (const mutation of mutations) it(`survives: ${mutation.name}`, run(mutation), 60_000);
    it(
      `survives: ${tenMegabyteBodyLine.name} (${tenMegabyteCases} mails)`,
      run(tenMegabyteBodyLine, mails.slice(0, tenMegabyteCases)),
      60_000,
    );

    it(`beyond the parser's limits, still judges the sender from the header block, never safe (${tenMegabyteCases} mails each)`, async () => {
      const rng = seededRng(seed + 2);
      const failures: string[] = [];
      for (const mutation of beyondParserLimits) {
        for (const mail of mails.slice(0, tenMegabyteCases)) {
          const result = await judge(`${mail.label} × ${mutation.name}`, mutation.apply(mail.bytes, rng));
          if (result.problem !== undefined) failures.push(`${result.label}: ${result.problem}`);
          else if (result.verdict?.level === "safe")
            failures.push(`${result.label}: safe although the body could not be read`);
        }
      }
      expect(failures).toEqual([]);
    }, 60_000);
  },
);

describe("zips that lie about sizes, counts and offsets, attached to a synthetic mail", () => {
  const zips = lyingZips();
  const mailWith = (bytes: Uint8Array): Uint8Array =>
    buildMail({
      headers: [
        "From: Partner Office <office@partner.example>",
        "To: staff@westa-kawagoe.jp",
        "Subject: 資料送付",
        "Date: Mon, 1 Jan 2024 12:00:00 +0900",
        "Message-ID: <zip@partner.example>",
      ],
      text: "資料を添付します。パスワードは別途お送りします。",
      attachments: [{ name: "資料.zip", contentType: "application/zip", bytes }],
    });

  it(`parse and judge each of ${zips.length} lying zips without throwing, deterministically, never safe`, async () => {
    const results = [];
    for (const zip of zips) results.push(await judge(`zip: ${zip.label}`, mailWith(zip.bytes)));
    expect(problems(results)).toEqual([]);
    // An archive is a risky attachment whatever its directory says; a lie must not make it look clean.
    const safe = results.filter((r) => r.verdict?.level === "safe").map((r) => r.label);
    expect(safe).toEqual([]);
    // The bytes did reach the zip reader (the level above could come from the file name alone).
    expect(
      results.filter((r) => r.verdict?.findings.some((f) => f.rule === "archive-contents")).length,
    ).toBeGreaterThan(0);
  });

  it("each lying zip also survives every mutation of its mail", async () => {
    const rng = seededRng(seed + 1);
    const results = [];
    for (const zip of zips)
      for (const m of mutations)
        results.push(await judge(`zip: ${zip.label} × ${m.name}`, m.apply(mailWith(zip.bytes), rng)));
    expect(problems(results)).toEqual([]);
  }, 60_000);
});
