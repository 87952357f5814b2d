// Loaded on demand by host.ts (see loadHeavyParts there).
export { readMessageFacts } from "./read-item";
export { factLimitsOf } from "../core/model/build-facts";
export { defaultPolicy } from "../core/policy/load";
export { loadHostedPolicy } from "./policy-fetch";
