export declare const EXAMPLE_POLICY: string;
export declare const POLICY_ENV: string;
export declare class PolicySourceError extends Error {}
import type { Policy } from "../../src/core/policy/schema";

export type CheckedPolicy = Policy;
export declare function policyFile(root: string, given: string | undefined): { file: string; example: boolean };
export declare function checkPolicyFile(file: string): Promise<{ text: string; policy: CheckedPolicy }>;
export declare function selectPolicy(options: { root: string; given?: string | undefined; log?: (line: string) => void }): Promise<{ file: string; example: boolean; text: string; policy: CheckedPolicy }>;
