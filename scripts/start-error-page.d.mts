export declare function errorPage(output: string): string;
export declare function serveErrorPage(options: { port: number; output: string }): Promise<{ url: string; close: () => Promise<void> }>;
