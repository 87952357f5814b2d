export declare function buildOwaHostScript(): Promise<string>;
