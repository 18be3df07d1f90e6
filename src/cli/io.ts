// What the CLI touches outside itself, passed in so tests run it in-process.

export interface CliIo {
  /** The file's text; throws when it cannot be read. */
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
/** Errors in the plan, or changes that fail the check. */
export const EXIT_FAIL = 1;
/** The command line itself is wrong, or a file cannot be read. */
export const EXIT_USAGE = 2;
