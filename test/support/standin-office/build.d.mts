/** Bundles the Office stand-in into one classic browser script (in memory). */
export function buildStandinScript(): Promise<string>;
