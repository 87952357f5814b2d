/** Every rule of tldts-icann as PSL text: "co.jp", "*.ck", "!www.ck". */
export declare function allRules(): string[];
/** Place-name rules under .no and .it that the launch event's table leaves out. */
export declare function leftOutPlaceName(rule: string): boolean;
/** The rules the generated table keeps. */
export declare function keptRules(maxLabels?: number): string[];
export declare function encode(rules: readonly string[]): string;
export declare function generate(maxLabels?: number): string;
