import type { Policy } from "../policy/schema";
import { builtInBrands, type Brand } from "../data/brands";
import { maxNameLength, nameForm, type NameForm } from "./normalize";

type FoldedName = {
  readonly brand: Brand;
  /** As written in the list or policy (shown as evidence). */
  readonly written: string;
  readonly compact: string;
  readonly latinStart: boolean;
  readonly latinEnd: boolean;
};

type ExactName = {
  readonly brand: Brand;
  readonly written: string;
};

type PreparedBrands = {
  readonly folded: readonly FoldedName[];
  readonly exact: readonly ExactName[];
};

export type BrandMatch = {
  readonly brand: Brand;
  /** The name or alias that matched, as written. */
  readonly matched: string;
};

/** Shorter folded names match by accident: two Latin letters ("au"), a single kanji. */
function longEnough(compact: string): boolean {
  return compact.length >= (/^[a-z0-9]*$/.test(compact) ? 3 : 2);
}

const isLatinEdge = (ch: string | undefined): boolean => ch !== undefined && /^[a-z0-9]$/.test(ch);
const isAsciiWordChar = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z0-9]$/.test(ch);

/**
 * "○○ 楽天市場店", "△△ Amazon店": a shop trading on the platform names the platform as its
 * storefront; that is a description of the shop, not a claim to be the brand.
 */
const storefrontSuffixes = ["店", "市場店"];

function prepare(policy: Policy): PreparedBrands {
  const folded: FoldedName[] = [];
  const exact: ExactName[] = [];
  for (const brand of brandsOf(policy)) {
    for (const name of brand.names) {
      if (name.startsWith("=")) {
        const written = name.slice(1).normalize("NFKC");
        if (written.length >= 2) exact.push({ brand, written });
        continue;
      }
      const { compact } = nameForm(name);
      if (longEnough(compact)) {
        folded.push({
          brand,
          written: name,
          compact,
          latinStart: isLatinEdge(compact[0]),
          latinEnd: isLatinEdge(compact[compact.length - 1]),
        });
      }
    }
  }
  // Longest first: "三井住友カード" is reported rather than a shorter name inside it.
  folded.sort((a, b) => b.compact.length - a.compact.length);
  return { folded, exact };
}

const cache = new WeakMap<Policy, PreparedBrands>();

function preparedBrands(policy: Policy): PreparedBrands {
  let prepared = cache.get(policy);
  if (prepared === undefined) {
    prepared = prepare(policy);
    cache.set(policy, prepared);
  }
  return prepared;
}

/** Where `key` first occurs in the folded name as whole words (Latin edges on word boundaries); -1 if not. */
function wordIndex(display: NameForm, key: string, latinStart: boolean, latinEnd: boolean): number {
  const text = display.compact;
  let at = text.indexOf(key);
  while (at >= 0) {
    const end = at + key.length;
    const startOk = !latinStart || display.boundaries.has(at) || !isLatinEdge(text[at - 1]);
    const endOk = !latinEnd || display.boundaries.has(end) || !isLatinEdge(text[end]);
    if (startOk && endOk && !storefrontSuffixes.some((suffix) => text.startsWith(suffix, end))) return at;
    at = text.indexOf(key, at + 1);
  }
  return -1;
}

function hasExactWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!isAsciiWordChar(text[at - 1]) && !isAsciiWordChar(text[at + word.length])) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/**
 * The display name with the addresses written in it blanked out (NFKC). Addresses are the
 * address rules' business ("support@paypal.com" <x@evil.example> is already strong there); bare
 * domains stay, because "Amazon.co.jp" as a name is a claim to be Amazon.
 */
function withoutMailAddresses(displayName: string): string {
  return (
    displayName
      .slice(0, maxNameLength)
      .normalize("NFKC")
      .split(/(\s+|[<>()[\]"'「」【】,;:、])/)
      // "@Itau digital" is a handle, not an address: only local@domain.tld is blanked.
      .map((part) => (/[^@\s]@[^@\s]+\.[^@\s]/.test(part) ? " " : part))
      .join("")
  );
}

/**
 * Every brand the display name names (folded names longest first, then exact-case ones). Latin
 * names match only as whole words, Japanese names as contiguous text. Work grows with the length
 * of the name (capped) times the number of brand names, both bounded.
 */
export function findBrands(displayName: string, policy: Policy): BrandMatch[] {
  if (displayName.trim() === "") return [];
  const text = withoutMailAddresses(displayName);
  const prepared = preparedBrands(policy);
  const display = nameForm(text);
  const matches: BrandMatch[] = [];
  for (const name of prepared.folded) {
    if (wordIndex(display, name.compact, name.latinStart, name.latinEnd) >= 0)
      matches.push({ brand: name.brand, matched: name.written });
  }
  for (const name of prepared.exact) {
    if (hasExactWord(text, name.written)) matches.push({ brand: name.brand, matched: name.written });
  }
  return matches;
}

/**
 * True when the display name starts by naming the sender's own domain ("lockergnome" for
 * subscriptions@lockergnome.com) as whole words before any brand: a publisher naming itself and
 * its topic ("Lockergnome Apple Core"). Not when the sender's name contains the brand
 * ("apple-support.example" sending as "Apple Support"): that is how lookalike senders are built.
 * Compared in lower case, so the skeleton folds capitals and small letters alike.
 */
export function senderNamesItself(displayName: string, registrable: string, matches: readonly BrandMatch[]): boolean {
  const own = nameForm((registrable.split(".")[0] ?? "").replace(/-/g, "")).compact;
  // Shorter names are too likely to be an ordinary word of the display name.
  if (own.length < 4) return false;
  const display = nameForm(withoutMailAddresses(displayName).toLowerCase());
  let firstBrand = display.compact.length;
  for (const match of matches) {
    const key = nameForm(match.matched.toLowerCase()).compact;
    const at = display.compact.indexOf(key);
    if (own.includes(key) || at < 0) return false;
    firstBrand = Math.min(firstBrand, at);
  }
  const at = wordIndex(display, own, true, true);
  return at >= 0 && at + own.length <= firstBrand;
}

const brandLists = new WeakMap<Policy, readonly Brand[]>();

/** The built-in brands (unless the policy turns them off) and the policy's own, once per policy. */
export function brandsOf(policy: Policy): readonly Brand[] {
  let list = brandLists.get(policy);
  if (list === undefined) {
    const own = policy.brands.map((b) => ({
      name: b.name,
      names: [b.name, ...b.aliases],
      domains: b.domains,
      unconfirmed: [],
      sources: [],
    }));
    list = [...(policy.disableBuiltInBrands ? [] : builtInBrands), ...own];
    brandLists.set(policy, list);
  }
  return list;
}

/** The brand that genuinely owns the host (a subdomain counts), if any. */
export function brandOwning(host: string, policy: Policy): Brand | undefined {
  const h = host.toLowerCase().replace(/\.$/, "");
  return brandsOf(policy).find((brand) => brand.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}
