const policyFileName = "policy.json";

/**
 * The policy's address beside a folder or page address.
 * @example policyUrl("https://h.example/x/") // => "https://h.example/x/policy.json"
 * @example policyUrl("https://h.example/x/taskpane.html?et=1") // => "https://h.example/x/policy.json"
 * @example policyUrl("https://h.example/x") // => "https://h.example/x/policy.json" (a folder: no dot)
 */
export function policyUrl(baseUrl: string): string {
  // [\s\S], not "." with the s flag (ES2018): the launch event runs this in an ECMAScript 2016 runtime.
  const address = baseUrl.trim().replace(/[?#][\s\S]*$/u, "");
  if (address.endsWith("/")) return `${address}${policyFileName}`;
  const lastSlash = address.lastIndexOf("/");
  const afterScheme = address.indexOf("//") + 2;
  const lastSegment = address.slice(lastSlash + 1);
  const isPage = lastSlash >= afterScheme && lastSegment.includes(".");
  return isPage ? `${address.slice(0, lastSlash + 1)}${policyFileName}` : `${address}/${policyFileName}`;
}
