import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/engine/analyze";
import { compactEnv } from "../../../src/core/engine/compact-env";
import { defaultEnv, type CoreEnv } from "../../../src/core/engine/env";
import type { MessageFacts } from "../../../src/core/model/facts";
import { domainOf } from "../../../src/core/net/address";
import { hostOfHref } from "../../../src/core/net/url-host";
import { emlToFacts } from "../../../src/mime/eml-to-facts";
import { corpusFiles, corpusPresent, readCorpusMail, warnCorpusAbsent } from "../../robustness/support/corpus";

/**
 * Measures the launch event's compact Public Suffix List against tldts-icann (the task pane's) on
 * real mail: every host in From / Sender / Reply-To / Return-Path and links, plus every string the
 * rules actually ask about while judging; then whether any verdict level changes with the env.
 * The corpus holds live malicious mail: it is parsed in memory only.
 */

warnCorpusAbsent("public suffix agreement on the corpus");

const syntheticDir = new URL("../../../dev/samples/", import.meta.url);

async function syntheticFacts(): Promise<[string, MessageFacts][]> {
  const files = readdirSync(syntheticDir)
    .filter((name) => name.endsWith(".eml"))
    .sort();
  return Promise.all(
    files.map(
      async (name) =>
        [`synthetic/${name}`, await emlToFacts(readFileSync(new URL(name, syntheticDir)))] as [string, MessageFacts],
    ),
  );
}

async function corpusFacts(): Promise<[string, MessageFacts][]> {
  const out: [string, MessageFacts][] = [];
  for (const label of [...corpusFiles("phish"), ...corpusFiles("ham")]) {
    try {
      out.push([label, await emlToFacts(readCorpusMail(label).bytes)]);
    } catch {
      // A mail the parser refuses has no hosts to compare; the parser's own tests cover refusals.
    }
  }
  return out;
}

function headerHosts(facts: MessageFacts): string[] {
  const mailboxes = [facts.from, facts.sender, ...facts.replyTo].filter((m) => m !== undefined);
  const hosts = [...mailboxes.map((m) => m.address), facts.returnPath ?? ""].map(domainOf);
  for (const link of facts.links) hosts.push(hostOfHref(link.href) ?? "");
  return hosts.filter((h) => h !== "");
}

/** defaultEnv that remembers every host the core asks it about. */
function recordingEnv(seen: Set<string>): CoreEnv {
  return {
    registrableDomain: (host) => (seen.add(host), defaultEnv.registrableDomain(host)),
    publicSuffix: (host) => (seen.add(host), defaultEnv.publicSuffix(host)),
    skeleton: defaultEnv.skeleton,
  };
}

function agreement(hosts: ReadonlySet<string>): { total: number; differing: string[] } {
  const differing: string[] = [];
  for (const host of hosts) {
    if (
      defaultEnv.registrableDomain(host) !== compactEnv.registrableDomain(host) ||
      defaultEnv.publicSuffix(host) !== compactEnv.publicSuffix(host)
    )
      differing.push(host);
  }
  return { total: hosts.size, differing };
}

function differingLevels(mails: readonly [string, MessageFacts][]): string[] {
  const out: string[] = [];
  for (const [label, facts] of mails) {
    const full = analyze(facts, undefined, { env: defaultEnv });
    const compact = analyze(facts, undefined, { env: compactEnv });
    if (full.level !== compact.level || full.sender.registrableDomain !== compact.sender.registrableDomain)
      out.push(`${label}: ${full.level} / ${compact.level}`);
  }
  return out;
}

describe("compact Public Suffix List on the synthetic fixtures", () => {
  it("gives every fixture the same verdict level as the full list", async () => {
    const mails = await syntheticFacts();
    expect(mails.length).toBeGreaterThan(5);
    expect(differingLevels(mails)).toEqual([]);
  });
});

describe.skipIf(!corpusPresent)("compact Public Suffix List on ../shared/corpus", () => {
  let mails: [string, MessageFacts][] = [];
  const asked = new Set<string>();

  it("parses the corpus", async () => {
    mails = await corpusFacts();
    expect(mails.length).toBeGreaterThan(500);
    for (const [, facts] of mails) analyze(facts, undefined, { env: recordingEnv(asked) });
  }, 120_000);

  it("agrees with tldts-icann on at least 99.5% of header and link hosts, and on every host the rules ask about", () => {
    const hosts = new Set(mails.flatMap(([, facts]) => headerHosts(facts)));
    const found = agreement(hosts);
    const rules = agreement(asked);
    console.log(
      `public suffix agreement: ${found.total - found.differing.length}/${found.total} header and link hosts, ${rules.total - rules.differing.length}/${rules.total} hosts the rules asked about; differing: ${JSON.stringify([...found.differing, ...rules.differing].slice(0, 10))}`,
    );
    expect(found.total).toBeGreaterThan(500);
    expect((found.total - found.differing.length) / found.total).toBeGreaterThanOrEqual(0.995);
    expect(rules.differing).toEqual([]);
  });

  it("gives every corpus mail the same verdict level and registrable sender domain as the full list", () => {
    const differing = differingLevels(mails);
    console.log(`verdicts differing between the full and the compact list: ${differing.length} of ${mails.length}`);
    expect(differing).toEqual([]);
  }, 120_000);
});
