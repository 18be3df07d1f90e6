// Server code runs in Apps Script, which has ES2020-and-later JavaScript and
// its own services, but no DOM and no Node: tsconfig.server.json type-checks
// every folder of src/ but the CLI with only those, and npm
// test runs it. Here snippets are compiled with that same configuration, as if
// they were files of src/domain, to show what it lets through and what not.

import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const CONFIG = join(ROOT, "tsconfig.server.json");

function serverConfig(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(CONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error("tsconfig.server.json could not be read");
  return parsed;
}

/** Type-checks each snippet as its own file in src/domain; returns the error codes of each. */
function compile(snippets: Record<string, string>): Record<string, string[]> {
  const config = serverConfig();
  const files = new Map(Object.entries(snippets).map(([name, code], i) => [join(ROOT, `src/domain/fixture-${i}.ts`), { name, code }]));
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (path) => files.get(resolve(path))?.code ?? readFile(path);
  host.fileExists = (path) => files.has(resolve(path)) || ts.sys.fileExists(path);
  host.getSourceFile = (path, language, ...rest) => {
    const fixture = files.get(resolve(path));
    return fixture ? ts.createSourceFile(path, fixture.code, language) : getSourceFile(path, language, ...rest);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options: config.options, host });
  const result: Record<string, string[]> = {};
  for (const [path, { name }] of files) {
    const source = program.getSourceFile(path)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    result[name] = diagnostics.map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
  }
  return result;
}

describe("the server program has only what Apps Script has", () => {
  it("covers the server folders and nothing of the sidebar, the emulator, the CLI or the tests", () => {
    const folders = new Set(
      serverConfig().fileNames.map((file) =>
        dirname(file.slice(ROOT.length + 1))
          .split("/")
          .slice(0, 2)
          .join("/"),
      ),
    );
    expect([...folders].sort()).toEqual([
      "src/domain",
      "src/drive",
      "src/mail",
      "src/platform",
      "src/server",
      "src/sheets",
      "src/store",
      "src/use-cases",
      "src/warehouse",
    ]);
  });

  it("refuses browser and Node globals, and ES2021+ library calls, in server code", () => {
    const errors = compile({
      setTimeout: "export const timer = setTimeout(() => undefined, 10);",
      TextEncoder: 'export const bytes = new TextEncoder().encode("é").length;',
      Buffer: 'export const size = Buffer.byteLength("é");',
      structuredClone: "export const copy = structuredClone({ a: 1 });",
      URL: 'export const host = new URL("https://example.com").host;',
      document: "export const title = document.title;",
      process: "export const env = process.env;",
      "Object.hasOwn": 'export const own = Object.hasOwn({ a: 1 }, "a");',
      replaceAll: 'export const text = "a-b".replaceAll("-", " ");',
    });
    for (const [name, found] of Object.entries(errors)) expect(found, name).not.toEqual([]);
    expect(errors.setTimeout[0]).toMatch(/^TS2304: Cannot find name 'setTimeout'/);
    expect(errors["Object.hasOwn"][0]).toMatch(/hasOwn/);
  });

  it("accepts ES2020 and Apps Script's own services", () => {
    const errors = compile({
      es2020:
        "export const pairs = Object.fromEntries([['a', 1n]]); export const all = Promise.allSettled([]); export const x = 'a'?.padEnd(2);",
      appsScript: 'export const blob = () => Utilities.newBlob("text", "application/json", "plan.json").getBytes().length;',
      console: 'export const log = () => console.log("Apps Script has console");',
    });
    expect(errors).toEqual({ es2020: [], appsScript: [], console: [] });
  });
});
