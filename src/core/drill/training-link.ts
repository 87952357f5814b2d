/**
 * The training page's address in a drill mail. What the mail showed travels in the fragment
 * (after #), which browsers never send to the server, so opening the link reveals nothing to
 * the host and the page can explain that very mail with the real core.
 */
export type DrillLinkFacts = {
  readonly id: string;
  readonly displayName: string;
  readonly address: string;
  readonly subject: string;
  readonly file: string;
};

const keys = { id: "drill", displayName: "name", address: "from", subject: "subject", file: "file" } as const;

export function trainingLink(base: string, facts: DrillLinkFacts): string {
  const params = (Object.keys(keys) as (keyof DrillLinkFacts)[]).map(
    (k) => `${keys[k]}=${encodeURIComponent(facts[k])}`,
  );
  return `${base.replace(/#.*$/, "")}#${params.join("&")}`;
}

/** The drill facts from a location hash, or undefined when it is not a drill link. */
export function readTrainingLink(hash: string): DrillLinkFacts | undefined {
  const values = new Map<string, string>();
  for (const pair of hash.replace(/^#/, "").split("&")) {
    const eq = pair.indexOf("=");
    if (eq < 0) continue;
    try {
      values.set(pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1)).slice(0, 500));
    } catch {
      return undefined;
    }
  }
  const id = values.get(keys.id);
  if (id === undefined || id === "") return undefined;
  return {
    id,
    displayName: values.get(keys.displayName) ?? "",
    address: values.get(keys.address) ?? "",
    subject: values.get(keys.subject) ?? "",
    file: values.get(keys.file) ?? "",
  };
}
