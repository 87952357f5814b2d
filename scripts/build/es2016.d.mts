import type { Compiler } from "webpack";

export declare const getOwnPropertyDescriptorsShim: string;
export declare function es2016Problems(code: string): string[];
export declare class Es2016Plugin {
  constructor(options: { files: string[] });
  files: string[];
  apply(compiler: Compiler): void;
}
