export declare class PolicyFileError extends Error {
  constructor(file: string, issues: readonly { field: string; message: string }[]);
  readonly file: string;
  readonly issues: readonly { field: string; message: string }[];
}
export declare function validatedPolicyFile(file: string): Promise<Record<string, unknown>>;
