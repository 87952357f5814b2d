import type { Compiler } from "webpack";
export declare class NoLocalUrlsPlugin {
  apply(compiler: Compiler): void;
}
