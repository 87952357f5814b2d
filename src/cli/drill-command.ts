import type { CliIo } from "./io";
import { drillMakeCommand } from "./drill-make";
import { drillTallyCommand } from "./drill-tally";
import { drillHelp } from "./drill-usage";
import { UsageError } from "./usage";

export async function drillCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case "-h":
    case "--help":
    case "help":
      io.out(drillHelp);
      return 0;
    case "make":
      return drillMakeCommand(rest, io);
    case "tally":
      return drillTallyCommand(rest, io);
    default:
      throw new UsageError(
        sub === undefined ? "missing subcommand: drill make or drill tally" : `unknown drill subcommand "${sub}"`,
        drillHelp,
      );
  }
}
