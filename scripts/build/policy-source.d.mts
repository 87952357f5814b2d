export declare const EXAMPLE_POLICY: string;
export declare const POLICY_ENV: string;
export declare class PolicySourceError extends Error {}
export type CheckedPolicy = { version: number; organization: { names: string[]; domains: string[] }; reportMailbox?: string; transportHeader: string };
export declare function policyFile(root: string, given: string | undefined): { file: string; example: boolean };
export declare function checkPolicyFile(file: string): Promise<{ text: string; policy: CheckedPolicy }>;
export declare function selectPolicy(options: { root: string; given?: string | undefined; log?: (line: string) => void }): Promise<{ file: string; example: boolean; text: string; policy: CheckedPolicy }>;
