/** Where a command writes; tests pass collectors, the process passes stdout/stderr. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
};
