import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { CliIo } from "./io";
import { loadPolicyFile } from "./policy-file";
import { ruleModes, transportRuleScript, type RuleMode, type TransportRuleOptions } from "./transport-rule";
import { UsageError, adminHelp } from "./usage";
import { errorText } from "../core/text/error-text";

export async function adminCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.out(adminHelp);
    return 0;
  }
  if (sub !== "transport-rule")
    throw new UsageError(
      sub === undefined ? "missing subcommand: admin transport-rule" : `unknown admin subcommand "${sub}"`,
      adminHelp,
    );
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        policy: { type: "string" },
        out: { type: "string" },
        name: { type: "string" },
        priority: { type: "string" },
        mode: { type: "string", default: "audit" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError(errorText(error), adminHelp);
  }
  if (values.help === true) {
    io.out(adminHelp);
    return 0;
  }
  if (values.name !== undefined && (values.name.trim() === "" || values.name.length > 64))
    throw new UsageError("--name must be 1 to 64 characters", adminHelp);
  const mode = values.mode;
  if (!(mode in ruleModes))
    throw new UsageError(`--mode must be audit, audit-notify or enforce (got "${mode}")`, adminHelp);
  let priority: number | undefined;
  if (values.priority !== undefined) {
    if (!/^\d{1,4}$/.test(values.priority))
      throw new UsageError(`--priority must be a whole number 0 or more (got "${values.priority}")`, adminHelp);
    priority = Number(values.priority);
  }
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`sender-guard: ${loaded.message}\n`);
    return loaded.unreadable ? 3 : 2;
  }
  const options: TransportRuleOptions = {
    mode: mode as RuleMode,
    ...(values.name !== undefined ? { ruleName: values.name } : {}),
    ...(priority !== undefined ? { priority } : {}),
  };
  const script = transportRuleScript(loaded.policy, options);
  if (values.out === undefined) {
    io.out(script);
    return 0;
  }
  // Windows PowerShell 5.1 needs the BOM to read UTF-8; CRLF keeps Notepad and signing tools happy.
  await writeFile(values.out, `\uFEFF${script.replace(/\n/g, "\r\n")}`, "utf8");
  io.err(`wrote ${values.out} (UTF-8 with BOM)\n`);
  return 0;
}
