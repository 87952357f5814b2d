export declare const blanked: readonly { file: RegExp; properties?: readonly string[]; variables?: readonly string[] }[];
export declare function blankPaneOnlyTexts(source: string, file: string): string;
export default function launchEventTextsLoader(this: { resourcePath: string }, source: string): string;
