import { defineRule, type FindingDraft } from "./rule";
import { isWithinDomain } from "../net/address";
import { withoutAddresses } from "../net/named-domains";
import { findBrands } from "../text/brand-match";
import { matchDisplayName } from "../text/name-match";
import { maxNameLength } from "../text/normalize";
import { asReaderSees, disguisedWords, type DisguisedWord } from "../text/mixed-script";

type Id = "mixedScriptWord" | "disguisedBrand" | "disguisedOrganization";

const shownWords = (words: readonly DisguisedWord[]): string =>
  words.map((w) => `${w.word} → ${w.looksLike}`).join(", ");
const shownScripts = (words: readonly DisguisedWord[]): string =>
  [...new Set(words.flatMap((w) => w.scripts))].join(", ");

/**
 * Display-name words that pose as Latin with Greek, Cyrillic, Armenian or Cherokee letters
 * (UTS #39 mixed-script and whole-script confusables):
 *   "Ρeρe.ν2@Αirdrορ" <x@random.example>   → medium (Greek Ρ ρ ν Α ο among Latin letters)
 *   "РауPal" <x@random.example>            → strong (reads as PayPal, not its domain)
 *   "Σωκράτης Παπαδόπουλος" <x@example.gr>  → quiet (a Greek name written in Greek)
 *   "µTorrent" <x@example.com>              → quiet (µ is the micro sign, a symbol)
 * Nobody types such a word by accident: it is written to slip past a reader and past filters that
 * compare names as written.
 */
export const displayNameScript = defineRule<Id>({
  meta: {
    id: "display-name-script",
    category: "sender",
    defaultSeverity: "medium",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule.
    quietWhen: ["trustedSender"],
    description: {
      ja: "差出人名に、ラテン文字に見えるギリシャ文字やキリル文字を混ぜた語がないかを見ます。",
      en: "Looks for sender-name words that pass for Latin but are written with Greek or Cyrillic letters.",
    },
  },
  messages: {
    mixedScriptWord: {
      ja: "差出人名「{displayName}」には、ラテン文字に見える別の文字（{scripts}）を混ぜた語があります（{words}）。見た目をごまかす書き方です。",
      en: 'The sender name "{displayName}" has words that mix in look-alike letters from another script ({scripts}): {words}. This is written to deceive the eye.',
    },
    disguisedBrand: {
      ja: "差出人名「{displayName}」は、{scripts}の文字で「{matched}」に見せかけていますが、送信元アドレス {address} は{brand}のものではありません。",
      en: 'The sender name "{displayName}" uses {scripts} letters to look like "{matched}", but the address {address} does not belong to {brand}.',
    },
    disguisedOrganization: {
      ja: "差出人名「{displayName}」は、{scripts}の文字で「{imitates}」に見せかけていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name "{displayName}" uses {scripts} letters to look like "{imitates}", but the address {address} is not from {genuineDomain}.',
    },
  },
  headlines: {
    mixedScriptWord: {
      ja: "差出人名に、ラテン文字に見せかけた別の文字が混ざっています。",
      en: "The sender name mixes in letters that only look Latin.",
    },
    disguisedBrand: {
      ja: "別の文字で「{matched}」に見せかけた差出人名です。{brand}からのメールではありません。",
      en: 'The sender name imitates "{matched}" with look-alike letters; it is not from {brand}.',
    },
    disguisedOrganization: {
      ja: "別の文字で「{imitates}」に見せかけた差出人名です。",
      en: 'The sender name imitates "{imitates}" with look-alike letters.',
    },
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === undefined) return [];
    const host = ctx.derived.fromDomain;
    if (host !== "" && ctx.derived.isOrganizationDomain(host)) return [];
    const name = claimed.name.slice(0, maxNameLength);
    const words = disguisedWords(name);
    if (words.length === 0) return [];
    const base = {
      displayName: claimed.name,
      address: claimed.address,
      words: shownWords(words),
      scripts: shownScripts(words),
    };
    // Addresses in the name are read too: "Ρeρe.ν2@Αirdrορ" is a name dressed as an address.
    const seen = asReaderSees(name).replace(/@/g, " ");
    // What the name says without its disguised words: a brand named there in plain letters is brand-impersonation's.
    const disguised = new Set(words.map((w) => w.word));
    const plain = name.normalize("NFC").replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => (disguised.has(word) ? " " : word));
    const plainBrands = new Set(findBrands(plain, ctx.policy).map((m) => m.brand));
    const brand = findBrands(seen, ctx.policy).find((m) => !plainBrands.has(m.brand));
    if (brand !== undefined && !brand.brand.domains.some((d) => host !== "" && isWithinDomain(host, d))) {
      const genuineDomains = brand.brand.domains.filter((d) => d.includes("."));
      const draft: FindingDraft<Id> = {
        messageId: "disguisedBrand",
        severity: "strong",
        evidence: {
          ...base,
          matched: brand.matched,
          brand: brand.brand.name,
          genuineDomain: genuineDomains.join(", "),
        },
        imitates: { kind: "brand", name: brand.brand.name, genuineDomains },
      };
      return [draft];
    }
    const org = matchDisplayName(withoutAddresses(seen), ctx.policy);
    if (org !== undefined && matchDisplayName(withoutAddresses(plain), ctx.policy) === undefined) {
      const genuineDomains = ctx.policy.organization.domains;
      return [
        {
          messageId: "disguisedOrganization",
          severity: "strong",
          evidence: { ...base, imitates: org.matched, genuineDomain: genuineDomains.join(", ") },
          imitates: { kind: org.kind, name: org.name, genuineDomains },
        },
      ];
    }
    // A lone whole-script word beside Latin ones ("Вера Smith") can be an honest name.
    if (!words.some((w) => w.kind === "mixed")) return [];
    return [{ messageId: "mixedScriptWord", evidence: base }];
  },
});
