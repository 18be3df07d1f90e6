/**
 * Writes emulator/scopes/reference-scopes.json: for every method of the
 * built-in Apps Script services, the OAuth scopes Google's reference lists
 * under "Authorization" (any one of them suffices). The source is the npm
 * package gas-types-detailed, whose JSDoc copies that reference.
 *
 * Methods whose reference has no Authorization block map to [] (no scope).
 * Live behaviour that disagrees with the reference is not here: it lives in
 * emulator/scopes/overrides.ts, each entry with its source.
 *
 * Run: npx tsx scripts/generate-method-scopes.ts
 * test/emulator/method-scopes-table.test.ts fails when the file is stale.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packageDir = join(root, "node_modules", "gas-types-detailed");
export const TABLE_PATH = join(root, "emulator", "scopes", "reference-scopes.json");

/** Services an add-on emulator can meet; other services' class names (Document's Range…) would collide. */
const SERVICES = ["base", "cache", "drive", "html", "lock", "mail", "properties", "script", "spreadsheet", "url-fetch", "utilities"];
export const SCOPE_PREFIX = "https://www.googleapis.com/auth/";

export interface ReferenceTable {
  source: string;
  /** Every scope below is written without this prefix. */
  scopePrefix: string;
  /** "Class.method" → scopes, any of which suffices; [] = none needed. Overloads are merged. */
  methods: Record<string, string[]>;
  /**
   * Deprecated methods have no reference page left, so no Authorization block:
   * each gets the scopes every documented method of its class shares.
   */
  deprecated: string[];
}

interface Parsed {
  methods: Map<string, Set<string>>;
  deprecated: Set<string>;
  /** Child interface → parent, for members a class inherits (Blob.getBlob from BlobSource). */
  parents: Map<string, string>;
}

const INTERFACE = /^ {4}interface (\w+)(?: extends (\w+))?/;
const MEMBER = /^ {6}(\w+)\s*\(/;
const DEPRECATED = /^ {6}\/\*\* @deprecated[^*]*\*\/\s*(\w+)\s*\(/;
const SCOPE = /^\s*\*\s*-\s*(https:\/\/www\.googleapis\.com\/auth\/\S+)/;

/** Parses one d.ts file of the package into `out`. */
export function parseDeclarations(text: string, out: Parsed): void {
  let cls: string | null = null;
  let pending: string[] | null = null;
  let inDoc = false;
  let inAuth = false;
  let doc: string[] = [];
  for (const line of text.split("\n")) {
    const iface = INTERFACE.exec(line);
    if (iface) {
      cls = iface[1];
      if (iface[2]) out.parents.set(cls, iface[2]);
      continue;
    }
    const old = cls ? DEPRECATED.exec(line) : null;
    if (old && cls) {
      out.deprecated.add(`${cls}.${old[1]}`);
      continue;
    }
    if (/^\s*\/\*\*/.test(line)) {
      inDoc = true;
      inAuth = false;
      doc = [];
    }
    if (inDoc) {
      if (/Authorization:/.test(line)) inAuth = true;
      const scope = inAuth ? SCOPE.exec(line) : null;
      if (scope) doc.push(scope[1]);
      if (/\*\//.test(line)) {
        inDoc = false;
        pending = doc;
      }
      continue;
    }
    const member = cls ? MEMBER.exec(line) : null;
    if (member && cls) {
      const key = `${cls}.${member[1]}`;
      const scopes = out.methods.get(key) ?? new Set<string>();
      for (const s of pending ?? []) scopes.add(s);
      out.methods.set(key, scopes);
    }
    if (line.trim()) pending = null;
  }
}

export function buildReferenceTable(): ReferenceTable {
  const version = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version as string;
  const parsed: Parsed = { methods: new Map(), deprecated: new Set(), parents: new Map() };
  for (const service of SERVICES) {
    parseDeclarations(readFileSync(join(packageDir, `google-apps-script.${service}.d.ts`), "utf8"), parsed);
  }
  const all = parsed.methods;
  for (const [child, parent] of parsed.parents) {
    for (const [key, scopes] of [...all]) {
      const inherited = `${child}.${key.slice(parent.length + 1)}`;
      if (key.startsWith(`${parent}.`) && !all.has(inherited)) all.set(inherited, new Set(scopes));
    }
  }
  const deprecated = [...parsed.deprecated].filter((k) => !all.has(k)).sort();
  for (const key of deprecated) all.set(key, sharedScopes(all, key.slice(0, key.indexOf("."))));
  const methods: Record<string, string[]> = {};
  // Scopes keep the reference's order: Apps Script's message lists them in that order.
  for (const key of [...all.keys()].sort()) methods[key] = [...all.get(key)!].map((s) => s.slice(SCOPE_PREFIX.length));
  return { source: `gas-types-detailed@${version}`, scopePrefix: SCOPE_PREFIX, methods, deprecated };
}

/** Scopes in every non-empty scope list of the class's documented methods. */
function sharedScopes(all: Map<string, Set<string>>, cls: string): Set<string> {
  const lists = [...all].filter(([k, v]) => k.startsWith(`${cls}.`) && v.size > 0).map(([, v]) => v);
  if (lists.length === 0) return new Set();
  return new Set([...lists[0]].filter((s) => lists.every((l) => l.has(s))));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TABLE_PATH, `${JSON.stringify(buildReferenceTable(), null, 2)}\n`);
  execFileSync("npx", ["biome", "format", "--write", TABLE_PATH], { cwd: root, stdio: "inherit" });
  console.log(`wrote ${TABLE_PATH}`);
}
