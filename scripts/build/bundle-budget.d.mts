import type { Compiler } from "webpack";
export declare const BUDGETS: { readonly taskpane: number; readonly launchevent: number };
export declare class BundleBudgetPlugin {
  readonly budgets: Record<string, number>;
  constructor(options: { budgets: Record<string, number>; singleFile?: string[]; log?: (line: string) => void });
  apply(compiler: Compiler): void;
}
