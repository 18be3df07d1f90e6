import * as z from "zod/mini";
import { type Coerced, isEmptyCell, toBoolean, toDate, toDuration, toEmail, toEnumValue, toList, toNumber, toText } from "./cell-values";

/**
 * Column builders: each makes the Zod schema of one sheet column (raw cell in,
 * typed value out) and registers the column's label, header note, kind and
 * allowed values. Templates, dropdowns and the plan's JSON Schema are read
 * from here, so a column is described exactly once.
 */
export type ColumnKind =
  | "text"
  | "id"
  | "number"
  | "enum"
  | "enum_list"
  | "list"
  | "date"
  | "email"
  | "email_list"
  | "duration"
  | "expression"
  | "boolean";

export interface ColumnMeta {
  label: string;
  note: string;
  kind: ColumnKind;
  required: boolean;
  /** Allowed values of enum and enum_list columns, in dropdown order. */
  values?: readonly string[];
  /** Column width in pixels for the sheet template. */
  width: number;
  /** The same coercion the Zod schema runs, as a plain function for the validation hot path. */
  parse: (value: unknown) => CellResult;
}

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

export const columnRegistry = z.registry<ColumnMeta>();

/** Each column's typed value schema (what the plan JSON holds), kept beside the registry. */
const outputOf = new WeakMap<z.ZodMiniType, z.ZodMiniType>();

interface Described {
  label: string;
  note: string;
  required?: boolean;
  width?: number;
}

/** Cells are coerced first; a problem becomes one issue whose message starts with the column label. */
function cell<T, Out extends z.ZodMiniType>(
  meta: Described & { kind: ColumnKind; values?: readonly string[] },
  coerce: (value: unknown) => Coerced<T>,
  output: Out,
  emptyValue: unknown,
) {
  const required = meta.required ?? false;
  const parse = (value: unknown): CellResult => {
    if (isEmptyCell(value)) return required ? { ok: false, message: `${meta.label} is required.` } : { ok: true, value: emptyValue };
    const result = coerce(value);
    return result.ok ? result : { ok: false, message: `${meta.label} ${result.problem}.` };
  };
  const coerced = z.transform((value: unknown, ctx) => {
    const result = parse(value);
    if (result.ok) return result.value;
    ctx.issues.push({ code: "custom", message: result.message, input: value });
    return z.NEVER;
  });
  const schema = z.pipe(coerced, output);
  columnRegistry.add(schema, {
    label: meta.label,
    note: meta.note,
    kind: meta.kind,
    required,
    values: meta.values,
    width: meta.width ?? defaultWidth(meta.kind),
    parse,
  });
  outputOf.set(schema, output);
  return schema;
}

function defaultWidth(kind: ColumnKind): number {
  if (kind === "expression") return 360;
  if (kind === "text" || kind === "list" || kind === "enum_list" || kind === "email_list") return 200;
  if (kind === "email") return 180;
  return 130;
}

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });
const nullable = <T extends z.ZodMiniType>(schema: T, required: boolean | undefined) => (required ? schema : z.nullable(schema));

export function textColumn(meta: Described) {
  return cell({ ...meta, kind: "text" }, (v) => ok(toText(v)), nullable(z.string(), meta.required), null);
}

/** Text in a fixed form (a frequency cap such as 2/week): `read` gives the canonical text or says what is accepted. */
export function formattedColumn(meta: Described, read: (text: string) => Coerced<string>) {
  return cell({ ...meta, kind: "text" }, (v) => read(toText(v)), nullable(z.string(), meta.required), null);
}

export function expressionColumn(meta: Described) {
  return cell({ ...meta, kind: "expression" }, (v) => ok(toText(v)), nullable(z.string(), meta.required), null);
}

/** IDs name things in messages, SQL and Drive files: short enough to read. */
export const MAX_ID_LENGTH = 100;

/** IDs are always required and must match their pattern (snake_case, no spaces). */
export function idColumn(meta: Described & { pattern: RegExp; patternHint: string }) {
  const coerce = (value: unknown): Coerced<string> => {
    const text = toText(value);
    if (text.length > MAX_ID_LENGTH) return { ok: false, problem: `must be at most ${MAX_ID_LENGTH} characters (got ${text.length})` };
    return meta.pattern.test(text) ? ok(text) : { ok: false, problem: `${meta.patternHint} (got ${JSON.stringify(text.slice(0, 40))})` };
  };
  return cell({ ...meta, required: meta.required ?? true, kind: "id" }, coerce, z.string().check(z.regex(meta.pattern)), null);
}

export function numberColumn(meta: Described & { min?: number; max?: number; integer?: boolean }) {
  const coerce = (value: unknown): Coerced<number> => {
    const result = toNumber(value);
    if (!result.ok) return result;
    const n = result.value;
    if (meta.integer && !Number.isInteger(n)) return { ok: false, problem: `must be a whole number (got ${n})` };
    if (meta.min !== undefined && n < meta.min) return { ok: false, problem: `must be at least ${meta.min} (got ${n})` };
    if (meta.max !== undefined && n > meta.max) return { ok: false, problem: `must be at most ${meta.max} (got ${n})` };
    return result;
  };
  const output = (meta.integer ? z.int() : z.number()).check(
    ...(meta.min !== undefined ? [z.minimum(meta.min)] : []),
    ...(meta.max !== undefined ? [z.maximum(meta.max)] : []),
  );
  return cell({ ...meta, kind: "number" }, coerce, nullable(output, meta.required), null);
}

export function enumColumn<const V extends readonly [string, ...string[]]>(values: V, meta: Described) {
  return cell(
    { ...meta, kind: "enum", values },
    (v) => toEnumValue(v, values),
    nullable(z.enum(values as unknown as [V[number], ...V[number][]]), meta.required),
    null,
  );
}

/** A comma list whose every item must be allowed; duplicates are dropped, order kept. */
export function enumListColumn<const V extends readonly [string, ...string[]]>(values: V, meta: Described) {
  const coerce = (value: unknown): Coerced<V[number][]> => {
    const items: V[number][] = [];
    for (const raw of toList(value)) {
      const item = toEnumValue(raw, values);
      if (!item.ok) return { ok: false, problem: `items ${item.problem}` };
      if (!items.includes(item.value)) items.push(item.value);
    }
    return ok(items);
  };
  return cell({ ...meta, kind: "enum_list", values }, coerce, z.array(z.enum(values as unknown as [V[number], ...V[number][]])), []);
}

export function listColumn(meta: Described) {
  return cell({ ...meta, kind: "list" }, (v) => ok(toList(v)), z.array(z.string()), []);
}

/** Dates leave as ISO day strings: JSON-safe and what the plan file stores. */
export function dateColumn(meta: Described) {
  const coerce = (value: unknown): Coerced<string> => {
    const date = toDate(value);
    return date.ok ? ok(date.value.toISOString().slice(0, 10)) : date;
  };
  return cell({ ...meta, kind: "date" }, coerce, nullable(z.iso.date(), meta.required), null);
}

export function emailColumn(meta: Described) {
  return cell({ ...meta, kind: "email" }, toEmail, nullable(z.string(), meta.required), null);
}

export function emailListColumn(meta: Described) {
  const coerce = (value: unknown): Coerced<string[]> => {
    const emails: string[] = [];
    for (const raw of toList(value)) {
      const email = toEmail(raw);
      if (!email.ok) return { ok: false, problem: `items ${email.problem}` };
      emails.push(email.value);
    }
    return ok(emails);
  };
  return cell({ ...meta, kind: "email_list" }, coerce, z.array(z.string()), []);
}

export function durationColumn(meta: Described) {
  const coerce = (value: unknown): Coerced<string> => {
    const duration = toDuration(value);
    return duration.ok ? ok(duration.value.text) : duration;
  };
  return cell({ ...meta, kind: "duration" }, coerce, nullable(z.string().check(z.regex(/^\d+[hdw]$/)), meta.required), null);
}

export function booleanColumn(meta: Described) {
  return cell({ ...meta, kind: "boolean" }, toBoolean, z.boolean(), false);
}

export interface DescribedColumn extends ColumnMeta {
  key: string;
}

/**
 * A row as the plan JSON records it: each column's typed value, or null when
 * the cell is empty or does not parse (its text is then kept in `invalid`,
 * by column label, so an import restores exactly what was typed).
 */
export function recordedRow<Shape extends z.core.$ZodShape>(row: z.ZodMiniObject<Shape>) {
  const fields = Object.entries(row.shape).map(([key, schema]) => {
    const meta = columnRegistry.get(schema as z.ZodMiniType)!;
    const output = outputOf.get(schema as z.ZodMiniType)!;
    return [key, z.nullable(output).register(z.globalRegistry, { title: meta.label, description: meta.note })] as const;
  });
  type Recorded = { [K in keyof Shape]: z.ZodMiniNullable<z.ZodMiniType<z.output<Shape[K]>>> } & {
    invalid: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString, z.ZodMiniString>>;
  };
  return z.object({ ...Object.fromEntries(fields), invalid: z.optional(z.record(z.string(), z.string())) } as unknown as Recorded);
}

/** The columns of a row schema, in sheet order, with their metadata. */
export function describeColumns(row: z.ZodMiniObject): DescribedColumn[] {
  return Object.entries(row.shape).map(([key, schema]) => {
    const meta = columnRegistry.get(schema as z.ZodMiniType);
    if (!meta) throw new Error(`Column "${key}" was not built with a column builder.`);
    return { key, ...meta };
  });
}
