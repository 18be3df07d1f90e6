// The CLI as a function: words in, exit code out, all output through `io`.
// Commands parse their options, call the domain and turn errors into
// messages; main.ts only binds this to the process.

import { UsageError, parseArgs } from "./args";
import { compileCommand } from "./compile-command";
import { diffCommand } from "./diff-command";
import { estimateCommand } from "./estimate-command";
import { HELP } from "./help";
import { EXIT_FAIL, EXIT_OK, EXIT_USAGE } from "./io";
import type { CliIo } from "./io";
import { PlanFileError } from "./load-plan";
import { printable } from "./terminal-text";
import { validateCommand } from "./validate-command";

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: CliIo) => number> = {
  validate: validateCommand,
  compile: compileCommand,
  diff: diffCommand,
};

/** Commands that wait on a database; runCliAsync runs them. */
const ASYNC_COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: CliIo) => Promise<number>> = {
  estimate: estimateCommand,
};

/** Options that take no value. */
const FLAGS = ["scan"];

const NAMES = "validate, compile, estimate or diff";

/** The CLI with every command, as the process runs it. */
export async function runCliAsync(argv: readonly string[], raw: CliIo): Promise<number> {
  const io = printable(raw);
  const command = ASYNC_COMMANDS[parseArgsOrUndefined(argv) ?? ""];
  if (!command) return runCli(argv, raw);
  try {
    return await command(parseArgs(argv, FLAGS), io);
  } catch (error) {
    return failure(error, io);
  }
}

function parseArgsOrUndefined(argv: readonly string[]): string | undefined {
  try {
    const args = parseArgs(argv, FLAGS);
    return args.help ? undefined : args.command;
  } catch {
    return undefined;
  }
}

/** The CLI's synchronous commands (tests call it in-process); estimate needs runCliAsync. */
export function runCli(argv: readonly string[], raw: CliIo): number {
  const io = printable(raw);
  try {
    const args = parseArgs(argv, FLAGS);
    if (args.help || args.command === "help") {
      io.out(HELP);
      return EXIT_OK;
    }
    if (args.command === undefined) throw new UsageError(`Name a command: ${NAMES}`);
    if (ASYNC_COMMANDS[args.command]) throw new Error(`${args.command} waits on a database: call runCliAsync`);
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`Unknown command "${args.command}": use ${NAMES}`);
    return command(args, io);
  } catch (error) {
    return failure(error, io);
  }
}

function failure(error: unknown, io: CliIo): number {
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
