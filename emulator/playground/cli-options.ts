import type { PlaygroundOptions } from "./playground";

const USAGE =
  "Usage: npm start -- [--port <n>] [--reset] [--state <file>] [--no-manifest] [--bigquery-table project.dataset.table=people.csv]   (PORT in the environment also sets the port)";

/** `npm start -- --port 9000 --reset`; flags win over the PORT variable. */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): PlaygroundOptions {
  const options: PlaygroundOptions = { port: env.PORT ? Number(env.PORT) : 8787, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    // Split at the first "=" only: --bigquery-table=p.d.t=people.csv holds a second one.
    const at = flag.indexOf("=");
    const name = at < 0 ? flag : flag.slice(0, at);
    const inline = at < 0 ? undefined : flag.slice(at + 1);
    const value = () => inline ?? argv[++i];
    if (name === "--port") options.port = Number(value());
    else if (name === "--reset") options.reset = true;
    else if (name === "--state") options.stateFile = value();
    else if (name === "--no-manifest") options.manifest = false;
    else if (name === "--bigquery-table") options.bigqueryTables = [...(options.bigqueryTables ?? []), value()];
    else throw new Error(`Unknown option ${flag}. ${USAGE}`);
  }
  if (!Number.isInteger(options.port) || options.port! < 0 || options.port! > 65535)
    throw new Error(`The port must be a number from 0 to 65535. ${USAGE}`);
  return options;
}
