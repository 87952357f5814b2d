import { packedPublicSuffixes } from "../data/public-suffixes.generated";
import { publicSuffixOf, registrableDomainOf, unpackSuffixRules, type SuffixRules } from "../net/public-suffix";
import { skeleton } from "../text/skeleton";
import type { CoreEnv } from "./env";

/**
 * The environment of the launch-event handler: the same answers as `defaultEnv` for host names,
 * from a generated table of about 5,800 rules instead of tldts-icann (which alone would take half
 * of that file's 50 KB gzip budget). See scripts/gen-public-suffixes.mjs for what is left out.
 * The table is unpacked on first use, so loading the file stays cheap.
 */
let table: SuffixRules | undefined;
const rules = (): SuffixRules => (table ??= unpackSuffixRules(packedPublicSuffixes));

export const compactEnv: CoreEnv = {
  registrableDomain: (host) => registrableDomainOf(host, rules()),
  publicSuffix: (host) => publicSuffixOf(host, rules()),
  skeleton,
};
