import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { CliIo } from "./io";
import { loadPolicyFile } from "./policy-file";
import { transportRuleScript } from "./transport-rule";
import { UsageError, adminHelp } from "./usage";
import { errorText } from "../core/text/error-text";

export async function adminCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.out(adminHelp);
    return 0;
  }
  if (sub !== "transport-rule") throw new UsageError(sub === undefined ? "missing subcommand: admin transport-rule" : `unknown admin subcommand "${sub}"`, adminHelp);
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: { policy: { type: "string" }, out: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    throw new UsageError(errorText(error), adminHelp);
  }
  if (values.help === true) {
    io.out(adminHelp);
    return 0;
  }
  if (values.name !== undefined && (values.name.trim() === "" || values.name.length > 64)) throw new UsageError("--name must be 1 to 64 characters", adminHelp);
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 2;
  }
  const script = transportRuleScript(loaded.policy, values.name !== undefined ? { ruleName: values.name } : {});
  if (values.out === undefined) {
    io.out(script);
    return 0;
  }
  // Windows PowerShell 5.1 needs the BOM to read UTF-8; CRLF keeps Notepad and signing tools happy.
  await writeFile(values.out, `\uFEFF${script.replace(/\n/g, "\r\n")}`, "utf8");
  io.err(`wrote ${values.out} (UTF-8 with BOM)\n`);
  return 0;
}
