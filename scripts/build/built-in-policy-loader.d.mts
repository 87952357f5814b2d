export declare function launchEventPolicy<T extends Record<string, unknown>>(policy: T): T & { steps: { received: never[]; opened: never[] }; links: never[] };
export default function builtInPolicyLoader(this: { getOptions: () => { policy: Record<string, unknown> } }): string;
