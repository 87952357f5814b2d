import type { HeaderField, Mailbox, MessageFacts, MissingPart } from "../model/facts";
import type { Localized } from "../model/verdict";
import type { Policy } from "../policy/schema";
import type { CoreEnv } from "./env";
import { domainOf, isWithinDomain } from "../net/address";
import { isFail, isPass, receivingAuthResults, resultDomain, type AuthSummary } from "../net/auth-results";
import { receivingForefrontReport, type ForefrontReport } from "../net/forefront";
import { inspectFileName } from "../text/file-name";
import { looksLikeZip } from "../archive/zip";
import { readDrillMark, type DrillMark } from "../drill/drill-id";

/** Values several rules need, computed once per message. */
export type Derived = {
  /** From, else Sender: the identity the reader sees. */
  readonly claimed?: Mailbox;
  readonly fromDomain: string;
  readonly fromRegistrable: string;
  /** All values of a header, case-insensitive; [] when absent or headers are unavailable. */
  readonly header: (name: string) => readonly string[];
  readonly isOrganizationDomain: (host: string) => boolean;
  /** The policy's trust for this sender, when it applies (see rules/trusted-sender.ts). */
  readonly trustedReason?: Localized;
  /** True when the policy's drill header is present with its value. */
  readonly drill: boolean;
  /** The drill mail's own id (`<value>; id=…`), when it carries one. */
  readonly drillId?: string;
  /** Authentication-Results written by the receiving side (see net/auth-results.ts). */
  readonly auth: AuthSummary;
  /** Checks that failed for the From domain (see failedForDomain); [] when none. */
  readonly authFailures: readonly string[];
  /** The receiving side's X-Forefront-Antispam-Report, when present. */
  readonly forefront?: ForefrontReport;
  /** The policy would trust this sender, but authentication failed for its domain, so it does not. */
  readonly trustRefused?: Localized;
};

export type RuleContext = {
  readonly facts: MessageFacts;
  readonly policy: Policy;
  readonly env: CoreEnv;
  readonly derived: Derived;
};

function headerIndex(headers: readonly HeaderField[] | undefined): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const field of headers ?? []) {
    const key = field.name.toLowerCase();
    const list = index.get(key);
    if (list) list.push(field.value);
    else index.set(key, [field.value]);
  }
  return index;
}

function findTrust(facts: MessageFacts, policy: Policy, fromDomain: string): Localized | undefined {
  const address = facts.from?.address.toLowerCase() ?? "";
  if (address === "") return undefined;
  for (const entry of policy.trustedSenders) {
    if (entry.address !== undefined && entry.address === address) return entry.reason;
    if (entry.domain !== undefined && isWithinDomain(fromDomain, entry.domain)) return entry.reason;
  }
  return undefined;
}

/** Which checks failed for the From domain (DMARC, compauth, or SPF without a passing DKIM); [] when none. */
function failedForDomain(auth: AuthSummary, fromRegistrable: string, env: CoreEnv): string[] {
  const sameDomain = (domain: string): boolean =>
    domain !== "" && fromRegistrable !== "" && (env.registrableDomain(domain) ?? domain) === fromRegistrable;
  const failed: string[] = [];
  if (isFail(auth.dmarc)) failed.push("dmarc");
  if (isFail(auth.compauth)) failed.push("compauth");
  // SPF alone breaks on ordinary forwarding and DKIM alone on mailing lists that edit the body:
  // they count only when the other one did not vouch for the mail either.
  if (auth.spf && isFail(auth.spf) && sameDomain(resultDomain(auth.spf)) && !auth.dkim.some(isPass)) {
    failed.push("spf");
    if (auth.dkim.some((d) => isFail(d) && sameDomain(resultDomain(d)))) failed.push("dkim");
  }
  return failed;
}

/**
 * Rules read at most policy.limits.maxBodyChars of each body; the verdict then lists the body as
 * not fully checked, so a cap can never make a message look safe.
 */
function capBody(facts: MessageFacts, max: number): MessageFacts {
  const html = facts.bodyHtml;
  const textLong = facts.bodyText.length > max;
  const htmlLong = html !== undefined && html.length > max;
  if (!textLong && !htmlLong) return facts;
  const longest = Math.max(facts.bodyText.length, html?.length ?? 0);
  const note: MissingPart = { part: "body", reason: "tooLarge", detail: `${longest} characters; the first ${max} were checked` };
  return {
    ...facts,
    bodyText: textLong ? facts.bodyText.slice(0, max) : facts.bodyText,
    ...(htmlLong ? { bodyHtml: html.slice(0, max) } : {}),
    missing: facts.missing.some((m) => m.part === "body" && m.reason === "tooLarge") ? facts.missing : [...facts.missing, note],
  };
}

/** Archives whose bytes are over the cap (or were not read for size) are listed as not examined. */
function noteUnexaminedArchives(facts: MessageFacts, maxBytes: number): MessageFacts {
  if (facts.missing.some((m) => m.part === "attachmentContent")) return facts;
  const skipped = facts.attachments.filter((a) => {
    const tooBig = a.bytesSkippedBySize === true || (a.bytes !== undefined && a.bytes.length > maxBytes);
    return tooBig && (inspectFileName(a.name).extension === "zip" || (a.bytes !== undefined && looksLikeZip(a.bytes)));
  });
  if (skipped.length === 0) return facts;
  const detail = skipped.map((a) => a.name).join(", ");
  return { ...facts, missing: [...facts.missing, { part: "attachmentContent", reason: "tooLarge", detail }] };
}

export function deriveContext(input: MessageFacts, policy: Policy, env: CoreEnv): RuleContext {
  const facts = noteUnexaminedArchives(capBody(input, policy.limits.maxBodyChars), policy.limits.maxAttachmentBytes);
  const claimed = facts.from ?? facts.sender;
  const fromDomain = domainOf(claimed?.address ?? "");
  const index = headerIndex(facts.headers);
  const header = (name: string): readonly string[] => index.get(name.toLowerCase()) ?? [];
  const drillValue = policy.drill?.value;
  const drillMarks = policy.drill && drillValue !== undefined ? header(policy.drill.header).map((v) => readDrillMark(v, drillValue)) : [];
  const drillMark = drillMarks.find((m): m is DrillMark => m !== undefined);
  const fromRegistrable = fromDomain === "" ? "" : (env.registrableDomain(fromDomain) ?? fromDomain);
  const auth = receivingAuthResults(facts.headers);
  const forefront = receivingForefrontReport(facts.headers);
  const derived: Derived = {
    ...(claimed ? { claimed } : {}),
    fromDomain,
    fromRegistrable,
    header,
    isOrganizationDomain: (host) => policy.organization.domains.some((d) => isWithinDomain(host, d)),
    drill: drillMark !== undefined,
    ...(drillMark?.id !== undefined ? { drillId: drillMark.id } : {}),
    auth,
    authFailures: failedForDomain(auth, fromRegistrable, env),
    ...(forefront ? { forefront } : {}),
  };
  const trustedReason = findTrust(facts, policy, fromDomain);
  if (!trustedReason) return { facts, policy, env, derived };
  // Trust follows the domain, so a forged trusted domain must not carry it: failures remove it.
  if (derived.authFailures.length > 0) return { facts, policy, env, derived: { ...derived, trustRefused: trustedReason } };
  return { facts, policy, env, derived: { ...derived, trustedReason } };
}
