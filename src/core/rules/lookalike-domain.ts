import { defineRule, type FindingDraft } from "./rule";
import type { RuleContext } from "../engine/context";
import { domainOf } from "../net/address";
import { checkHost, protectedDomains, type Lookalike, type LookalikeKind } from "../net/lookalike";
import { hostOfHref } from "../net/url-host";

type Where = "from" | "sender" | "replyTo" | "link";

type MessageId =
  "lookalikeCharacters" | "lookalikeHyphen" | "lookalikeUnicode" | "lookalikeSuffix" | "lookalikeEmbedded";

const messageIdByKind: Record<LookalikeKind, MessageId> = {
  characters: "lookalikeCharacters",
  hyphen: "lookalikeHyphen",
  unicode: "lookalikeUnicode",
  suffix: "lookalikeSuffix",
  embedded: "lookalikeEmbedded",
};

/** Enough to make the point; a mail with thousands of lookalike links needs no more lines. */
const maxLinkFindings = 5;

function candidateHosts(ctx: RuleContext): Map<string, Where> {
  // First place wins: a host in From is reported as From even if it is also linked.
  const hosts = new Map<string, Where>();
  const { facts } = ctx;
  // The policy trusts this sender's domain; the trusted-sender rule says so, an alarm here would contradict it.
  const trustedHost = ctx.derived.trustedReason !== undefined ? ctx.derived.fromDomain : "";
  const add = (host: string | undefined, where: Where): void => {
    if (host === undefined || host === "" || hosts.has(host)) return;
    if (where !== "link" && host === trustedHost) return;
    hosts.set(host, where);
  };
  if (facts.from) add(domainOf(facts.from.address), "from");
  if (facts.sender) add(domainOf(facts.sender.address), "sender");
  for (const mailbox of facts.replyTo) add(domainOf(mailbox.address), "replyTo");
  // 10,000 links usually name a handful of hosts: the map keeps each host once. Deduplicating the
  // hrefs first would hold a set as large as the links, which costs more than reading each one.
  for (const link of facts.links) add(hostOfHref(link.href), "link");
  return hosts;
}

function draftFor(where: Where, found: Lookalike): FindingDraft<MessageId> {
  const evidence: Record<string, string> = {
    where,
    host: found.host,
    genuineDomain: found.genuine.domain,
    owner: found.registrable,
    imitates: found.genuine.owner.name,
  };
  if (found.asciiHost !== found.host) evidence.punycode = found.asciiHost;
  return {
    messageId: messageIdByKind[found.kind],
    senderSignal: where !== "link",
    evidence,
    diff: { evidence: "host", changes: found.diff },
    ...(where === "link" ? { about: { kind: "links" as const } } : {}),
    imitates: {
      kind: found.genuine.owner.kind,
      name: found.genuine.owner.name,
      genuineDomains: found.genuine.owner.domains,
    },
  };
}

/**
 * A host that imitates a protected domain (the organisation's or a partner's) in From, Sender,
 * Reply-To or a link. Label-aware comparisons only (see net/lookalike.ts), never edit distance
 * over whole domains:
 *   westakawagoe.jp, westa-kawag0e.jp, westa-kawagoe.com, westa-kawagoe.jp.example.com → flagged
 *   westa-kawagoe.jp, mail.westa-kawagoe.jp, example.com                              → quiet
 */
export const lookalikeDomain = defineRule({
  meta: {
    id: "lookalike-domain",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: {
      ja: "組織や取引先のドメインに似せたドメインが、差出人・返信先・リンクに使われていないか調べます。",
      en: "Looks for domains made to resemble the organisation's or a partner's in the sender, Reply-To and links.",
    },
  },
  messages: {
    lookalikeCharacters: {
      ja: "{host} は {genuineDomain} ではありません。似た形の文字に置き換えた、よく似た別のドメインです。",
      en: "{host} is not {genuineDomain}: it swaps in characters that look alike.",
    },
    lookalikeHyphen: {
      ja: "{host} は {genuineDomain} ではありません。ハイフンの有無だけが違う、よく似た別のドメインです。",
      en: "{host} is not {genuineDomain}: only a hyphen differs.",
    },
    lookalikeUnicode: {
      ja: "{host} は {genuineDomain} ではありません。英字そっくりの別の文字（キリル文字など）を使った、別のドメインです。",
      en: "{host} is not {genuineDomain}: it uses letters from another alphabet (such as Cyrillic) that look like Latin ones.",
    },
    lookalikeSuffix: {
      ja: "{host} は {genuineDomain} ではありません。名前は同じですが末尾（.com や .co.jp など）が違う、別の持ち主のドメインです。",
      en: "{host} is not {genuineDomain}: same name, different ending (such as .com or .co.jp), so a different owner.",
    },
    lookalikeEmbedded: {
      ja: "{host} は {genuineDomain} ではありません。{genuineDomain} の名前を含めた、{owner} という別のドメインです。",
      en: "{host} is not {genuineDomain}: it is a domain of {owner} that merely contains the genuine name.",
    },
  },
  headlines: {
    lookalikeCharacters: {
      ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。",
      en: "A fake domain {host} imitates {genuineDomain}.",
    },
    lookalikeHyphen: {
      ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。",
      en: "A fake domain {host} imitates {genuineDomain}.",
    },
    lookalikeUnicode: {
      ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。",
      en: "A fake domain {host} imitates {genuineDomain}.",
    },
    lookalikeSuffix: {
      ja: "{genuineDomain} に似せた別のドメイン {host} が使われています。",
      en: "A different domain {host} imitates {genuineDomain}.",
    },
    lookalikeEmbedded: {
      ja: "{genuineDomain} を装った別のドメイン {host} が使われています。",
      en: "A different domain {host} poses as {genuineDomain}.",
    },
  },
  check: (ctx) => {
    const domains = protectedDomains(ctx.policy, ctx.env);
    if (domains.length === 0) return [];
    const drafts: FindingDraft<MessageId>[] = [];
    let links = 0;
    for (const [host, where] of candidateHosts(ctx)) {
      if (where === "link" && links >= maxLinkFindings) break;
      const result = checkHost(host, domains, ctx.env);
      if (result.verdict !== "lookalike") continue;
      if (where === "link") links += 1;
      drafts.push(draftFor(where, result.lookalike));
    }
    return drafts;
  },
});
