/**
 * An Apps Script enum value: compares by identity, prints as its name
 * (String(ScriptApp.AuthMode.LIMITED) === "LIMITED") and serialises as its name.
 */
export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export function makeEnum<K extends string>(names: readonly K[]): Readonly<Record<K, EnumValue>> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    out[n] = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
    });
  });
  return Object.freeze(out);
}

/** Accepts an enum value or its name, as Apps Script scripts pass either. */
export function enumName(value: unknown): string {
  return String(value);
}
