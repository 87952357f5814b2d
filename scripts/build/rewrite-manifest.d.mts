export declare function policyTransportHeader(policyFile: string): string;
export declare function manifestVersion(packageVersion: string): string;
export declare function rewriteManifest(
  xml: string,
  options: { baseUrl: string; version: string; transportHeader: string; sourceName: string; allowLocalhost?: boolean },
): string;
