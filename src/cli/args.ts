// Command-line words to a command, its file arguments and its options.
// `--name value` and `--name=value` both work; flags in `booleans` take no value.

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Map<string, string>;
  help: boolean;
}

export class UsageError extends Error {
  override name = "UsageError";
}

export function parseArgs(argv: readonly string[], booleans: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--help" || word === "-h") help = true;
    else if (word.startsWith("--")) {
      const [name, inline] = word.slice(2).split(/=(.*)/s, 2);
      if (booleans.includes(name)) options.set(name, "true");
      else if (inline !== undefined) options.set(name, inline);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) options.set(name, argv[++i]);
      else throw new UsageError(`--${name} needs a value`);
    } else positionals.push(word);
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, options, help };
}

/** Fails on options the command does not know, naming them. */
export function expectOptions(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!known.includes(name)) throw new UsageError(`Unknown option --${name} for "${args.command}"`);
  }
}

export function expectFiles(args: ParsedArgs, count: number, names: string): void {
  if (args.positionals.length !== count) throw new UsageError(`"${args.command}" needs ${names}`);
}
