// One value written in a Person cell, as read before its attribute's type is
// known, and the check that it fits that type. Messages name both types, the
// way the logic language's type errors do (`seats_used is an integer, 2.5 is
// a number`).

import { closestMatch, parseIsoDate } from "../../logic";
import type { AttributeInfo, Value } from "../../logic";

export type RawValue =
  | { kind: "null" }
  | { kind: "boolean"; value: boolean }
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "date" | "timestamp"; value: Date; relative?: boolean }
  | { kind: "list"; value: string[] };

export type Fitted = { ok: true; value: Value } | { ok: false; kind: "type" | "enum_value"; message: string; suggestion?: string };

const article = (name: string) => (/^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`);

/** The Date a quoted ISO text stands for, and whether it carries a time of day. */
function isoText(text: string): { value: Date; kind: "date" | "timestamp" } | undefined {
  const value = parseIsoDate(text);
  if (!value) return undefined;
  return { value, kind: /^\d{4}-\d{2}-\d{2}$/.test(text) ? "date" : "timestamp" };
}

function kindOf(raw: RawValue): string {
  if (raw.kind === "number") return Number.isInteger(raw.value) ? "integer" : "number";
  return raw.kind;
}

/** `raw` (written as `written`) as a value of `info`'s type, or why it does not fit. */
export function fit(info: AttributeInfo, raw: RawValue, written: string): Fitted {
  if (raw.kind === "null") return { ok: true, value: null };
  const mismatch = (): Fitted => ({
    ok: false,
    kind: "type",
    message: `${info.id} is ${article(info.type)}, ${written} is ${article(kindOf(raw))}`,
  });
  switch (info.type) {
    case "unknown":
      return { ok: true, value: raw.value };
    case "string":
      return raw.kind === "string" ? { ok: true, value: raw.value } : mismatch();
    case "enum": {
      if (raw.kind !== "string") return mismatch();
      const allowed = info.allowedValues;
      if (allowed.length === 0 || allowed.includes(raw.value)) return { ok: true, value: raw.value };
      const suggestion = closestMatch(raw.value, allowed);
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : "";
      return {
        ok: false,
        kind: "enum_value",
        message: `${info.id} is an enum; ${written} is not one of its allowed values (${allowed.join(", ")}).${hint}`,
        suggestion,
      };
    }
    case "number":
      return raw.kind === "number" ? { ok: true, value: raw.value } : mismatch();
    case "integer":
      return raw.kind === "number" && Number.isInteger(raw.value) ? { ok: true, value: raw.value } : mismatch();
    case "boolean":
      return raw.kind === "boolean" ? { ok: true, value: raw.value } : mismatch();
    case "date":
    case "timestamp": {
      const date = raw.kind === "string" ? isoText(raw.value) : raw.kind === "date" || raw.kind === "timestamp" ? raw : undefined;
      if (!date) return mismatch();
      // A timestamp accepts a plain date (midnight UTC); a date refuses a time of day it would silently drop.
      if (info.type === "date" && date.kind === "timestamp")
        return { ok: false, kind: "type", message: `${info.id} is a date, ${written} is a timestamp; write the day only, e.g. 2025-06-01` };
      return { ok: true, value: date.value };
    }
    case "string_list":
      return raw.kind === "list" ? { ok: true, value: raw.value } : mismatch();
  }
}
