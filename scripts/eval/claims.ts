import { parse } from "tldts-icann";

/**
 * A deliberately simple, documented answer to "does this display name name somebody other than
 * the real sender?", used only to list cases in the evaluation report — not a detector.
 *
 * It says yes when the display name contains
 *   1. an e-mail address or a domain (with a real ICANN suffix) whose registrable domain differs
 *      from the sender's, e.g. "service@paypal.com <x@evil.example>"; or
 *   2. a word from a short list of brands that phishing commonly imitates (APWG-style global
 *      brands plus the Brazilian banks and services frequent in Microsoft honeypot phishing), while
 *      none of that brand's own domain words appears in the sender's registrable domain,
 *      e.g. "Amazon Prime <x@evil.example>" but not "Amazon <x@amazon.co.jp>".
 * Known limits: brands outside the list are missed; a brand mailing through a service provider
 * (sendgrid, a CRM) is listed although it may be genuine — the listing is for reading, not scoring.
 */

type Brand = { readonly words: readonly string[]; readonly domainWords: readonly string[] };

const brands: readonly Brand[] = [
  {
    words: ["microsoft", "office 365", "office365", "microsoft 365", "outlook", "onedrive", "sharepoint", "hotmail"],
    domainWords: ["microsoft", "office", "outlook", "live", "sharepoint", "hotmail", "onmicrosoft"],
  },
  { words: ["apple", "icloud", "itunes"], domainWords: ["apple", "icloud"] },
  { words: ["amazon"], domainWords: ["amazon", "amazonses"] },
  { words: ["paypal"], domainWords: ["paypal"] },
  { words: ["netflix"], domainWords: ["netflix"] },
  { words: ["dhl"], domainWords: ["dhl"] },
  { words: ["fedex"], domainWords: ["fedex"] },
  { words: ["ups"], domainWords: ["ups"] },
  { words: ["usps"], domainWords: ["usps"] },
  { words: ["google", "gmail"], domainWords: ["google", "gmail"] },
  {
    words: ["facebook", "instagram", "whatsapp", "meta"],
    domainWords: ["facebook", "instagram", "whatsapp", "meta", "facebookmail"],
  },
  { words: ["linkedin"], domainWords: ["linkedin"] },
  { words: ["adobe"], domainWords: ["adobe"] },
  { words: ["docusign"], domainWords: ["docusign"] },
  { words: ["dropbox"], domainWords: ["dropbox"] },
  { words: ["wells fargo"], domainWords: ["wellsfargo"] },
  { words: ["chase"], domainWords: ["chase"] },
  { words: ["bank of america"], domainWords: ["bankofamerica", "bofa"] },
  { words: ["american express", "amex"], domainWords: ["americanexpress", "amex"] },
  { words: ["coinbase"], domainWords: ["coinbase"] },
  { words: ["binance"], domainWords: ["binance"] },
  { words: ["metamask"], domainWords: ["metamask"] },
  { words: ["norton"], domainWords: ["norton"] },
  { words: ["mcafee"], domainWords: ["mcafee"] },
  { words: ["spotify"], domainWords: ["spotify"] },
  { words: ["yahoo"], domainWords: ["yahoo"] },
  { words: ["zoom"], domainWords: ["zoom"] },
  { words: ["ebay"], domainWords: ["ebay"] },
  { words: ["walmart"], domainWords: ["walmart"] },
  { words: ["costco"], domainWords: ["costco"] },
  { words: ["mercado livre", "mercado pago"], domainWords: ["mercadolivre", "mercadopago", "mercadolibre"] },
  { words: ["bradesco"], domainWords: ["bradesco"] },
  { words: ["itau", "itaú"], domainWords: ["itau"] },
  { words: ["santander"], domainWords: ["santander"] },
  { words: ["caixa"], domainWords: ["caixa"] },
  { words: ["nubank"], domainWords: ["nubank"] },
  { words: ["banco do brasil"], domainWords: ["bb", "bancodobrasil"] },
  { words: ["correios"], domainWords: ["correios"] },
];

const addressInText = /[^\s@<>"'(),;:]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/giu;
const domainInText = /(?:^|[^a-z0-9@.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])/giu;

function registrable(host: string): string | null {
  const info = parse(host.toLowerCase());
  return info.isIcann === true && info.domain !== null ? info.domain : null;
}

function wordPattern(word: string): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${word.replace(/ /g, "\\s*")}(?:$|[^\\p{L}\\p{N}])`, "iu");
}

const brandPatterns = brands.map((brand) => ({ brand, patterns: brand.words.map(wordPattern) }));

export type Claim = { readonly kind: "address" | "domain" | "brand"; readonly value: string };

/** What the display name claims that the sender's address does not back up; [] when nothing. */
export function foreignClaims(displayName: string, address: string): Claim[] {
  const name = displayName.normalize("NFKC");
  const senderHost = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  const senderDomain = registrable(senderHost) ?? senderHost;
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const m of name.matchAll(addressInText)) {
    const domain = registrable(m[1] ?? "");
    if (domain !== null && domain !== senderDomain && !seen.has(domain)) {
      seen.add(domain);
      claims.push({ kind: "address", value: m[0] });
    }
  }
  for (const m of name.replace(addressInText, " ").matchAll(domainInText)) {
    const domain = registrable(m[1] ?? "");
    if (domain !== null && domain !== senderDomain && !seen.has(domain)) {
      seen.add(domain);
      claims.push({ kind: "domain", value: m[1] ?? "" });
    }
  }
  const senderLabels = senderDomain.toLowerCase();
  for (const { brand, patterns } of brandPatterns) {
    const hit = brand.words.find((_, i) => patterns[i]?.test(name) === true);
    if (hit === undefined) continue;
    if (brand.domainWords.some((w) => senderLabels.includes(w))) continue;
    claims.push({ kind: "brand", value: hit });
  }
  return claims;
}
