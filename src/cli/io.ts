/** Where a command writes; tests pass collectors, the process passes stdout/stderr. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Asks a person at the terminal; absent when no one is there (a pipe, a script, a test). */
  readonly ask?: (question: string) => Promise<string>;
};
