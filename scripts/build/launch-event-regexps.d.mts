export declare const rangesModule: string;
export declare const properties: readonly string[];
export declare function packRanges(property: string): string;
export declare function patternExpression(pattern: string, where: string): string;
export declare function rewritePropertyEscapes(source: string, file: string): string;
export default function launchEventRegexpsLoader(this: { resourcePath: string }, source: string): string;
