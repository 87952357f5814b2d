export declare function splitPolicyOption(argv: readonly string[]): { policy: string | undefined; rest: string[] };
