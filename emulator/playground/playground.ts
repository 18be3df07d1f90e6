import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { loadAssets, sidebarWithShim } from "./assets";
import { HttpError, readJson, requireString, send, sendJson } from "./http-helpers";
import { parseTableFlag, sampleTable, tableFromFile } from "./bigquery-tables";
import { createWorkbookHost, type WorkbookHost } from "./workbook-host";

export interface PlaygroundOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  stateFile?: string;
  reset?: boolean;
  buildDir?: string;
  host?: string;
  /** Enforce build/appsscript.json's oauthScopes, as Google does. Default true; `npm start -- --no-manifest` turns it off. */
  manifest?: boolean;
  /** `project.dataset.table=path.csv` (or .parquet) for each table BigQuery serves besides the sample (SAMPLE_TABLE). */
  bigqueryTables?: string[];
}

export interface Playground {
  url: string;
  close(): Promise<void>;
}

const values2d = (body: Record<string, unknown>) => {
  const values = body.values;
  if (!Array.isArray(values) || !values.every(Array.isArray))
    throw new HttpError(400, '"values" must be a 2-D array, e.g. [["PLG Onboarding"]].');
  return values as unknown[][];
};

type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** Server round trips the sidebar made, by function: the benchmark's "one call per user action" figure. */
class CallCounter {
  total = 0;
  byFunction: Record<string, number> = {};
  count(fn: string): void {
    this.total++;
    this.byFunction[fn] = (this.byFunction[fn] ?? 0) + 1;
  }
}

function routes(
  host: WorkbookHost,
  assets: Awaited<ReturnType<typeof loadAssets>>,
  buildDir: string,
  calls: CallCounter,
): Record<string, Route> {
  return {
    "GET /": (_, response) => send(response, 200, "text/html; charset=utf-8", assets.pageHtml),
    "GET /page.js": (_, response) => send(response, 200, "text/javascript; charset=utf-8", assets.pageJs),
    "GET /page.css": (_, response) => send(response, 200, "text/css; charset=utf-8", assets.pageCss),
    // Read on every request, so a rebuilt sidebar shows on reload without restarting.
    "GET /sidebar": (_, response) =>
      send(
        response,
        200,
        "text/html; charset=utf-8",
        sidebarWithShim(readFileSync(resolve(buildDir, "Sidebar.html"), "utf8"), assets.shimJs, host.functions),
      ),
    "GET /api/state": (_, response) => send(response, 200, "application/json; charset=utf-8", host.snapshotJson()),
    "GET /api/version": (_, response) => sendJson(response, { version: host.version() }),
    "POST /api/run": async (request, response) => {
      const body = await readJson(request);
      const args = body.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array.');
      const fn = requireString(body, "fn");
      calls.count(fn);
      sendJson(response, host.run(fn, args));
    },
    "GET /api/calls": (_, response) => sendJson(response, { total: calls.total, byFunction: calls.byFunction }),
    "GET /api/drive": (_, response) => sendJson(response, { files: host.driveFiles() }),
    "POST /api/menu": async (request, response) =>
      sendJson(response, host.run(requireString(await readJson(request), "functionName"), [], "menu")),
    "POST /api/edit": async (request, response) => {
      const body = await readJson(request);
      sendJson(response, host.edit(requireString(body, "sheet"), requireString(body, "a1"), values2d(body)));
    },
    "POST /api/rows": async (request, response) => {
      const body = await readJson(request);
      const kind = requireString(body, "kind");
      if (kind !== "delete" && kind !== "insert") throw new HttpError(400, '"kind" must be "delete" or "insert".');
      const [row, count] = [body.row, body.count];
      if (!Number.isInteger(row) || !Number.isInteger(count)) throw new HttpError(400, '"row" and "count" must be whole numbers.');
      sendJson(response, host.changeRows(requireString(body, "sheet"), { kind, row: row as number, count: count as number }));
    },
    "POST /api/select": async (request, response) => {
      const body = await readJson(request);
      sendJson(response, host.select(requireString(body, "sheet"), requireString(body, "a1")));
    },
  };
}

/**
 * The local playground: the emulated workbook page, the real sidebar, and
 * the JSON API both use. Listens on localhost only: it runs script code.
 */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const buildDir = resolve(options.buildDir ?? "build");
  const files = (options.bigqueryTables ?? []).map(parseTableFlag);
  const tables = [sampleTable(), ...(await Promise.all(files.map(({ name, path }) => tableFromFile(name, resolve(path)))))];
  const host = createWorkbookHost({
    tables,
    buildDir,
    stateFile: resolve(options.stateFile ?? ".playground/workbook.json"),
    reset: options.reset ?? false,
    manifest: options.manifest ?? true,
  });
  const table = routes(host, await loadAssets(), buildDir, new CallCounter());
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const route = table[`${request.method} ${path}`];
    if (!route) return sendJson(response, { ok: false, message: `No route for ${request.method} ${path}.` }, 404);
    Promise.resolve(route(request, response)).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      sendJson(response, { ok: false, message: error instanceof Error ? error.message : String(error) }, status);
    });
  });
  const hostname = options.host ?? "127.0.0.1";
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 8787, hostname, done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
