// Loaded on demand by host.ts (see loadHeavyParts there).
export { readMessageFacts } from "./read-item";
export { loadHostedPolicy } from "./policy-fetch";
export { parsePolicy } from "../core/policy/parse";
