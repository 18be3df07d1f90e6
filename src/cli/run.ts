// The CLI as a function: words in, exit code out, all output through `io`.
// Commands parse their options, call the domain and turn errors into
// messages; main.ts only binds this to the process.

import { UsageError, parseArgs } from "./args";
import { compileCommand } from "./compile-command";
import { diffCommand } from "./diff-command";
import { HELP } from "./help";
import { EXIT_FAIL, EXIT_OK, EXIT_USAGE } from "./io";
import type { CliIo } from "./io";
import { PlanFileError } from "./load-plan";
import { validateCommand } from "./validate-command";

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: CliIo) => number> = {
  validate: validateCommand,
  compile: compileCommand,
  diff: diffCommand,
};

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    if (args.help || args.command === "help") {
      io.out(HELP);
      return EXIT_OK;
    }
    if (args.command === undefined) throw new UsageError("Name a command: validate, compile or diff");
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`Unknown command "${args.command}": use validate, compile or diff`);
    return command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nRun personalization-profiles --help for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof PlanFileError) {
      io.err(`${error.message}\n`);
      return EXIT_FAIL;
    }
    throw error;
  }
}
