export declare const PLACEHOLDER_BASE: string;
export declare function resolveBaseUrl(input: { mode: "production" | "development"; value: string | undefined }): string;
