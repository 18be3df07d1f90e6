import { makeEnum, enumName } from "../enum";
import { Facade, instrument } from "../facade";
import type { World } from "../world";
import { isDate, type CellValue } from "./cell-values";
import type { ValidationSpec } from "./sheet-model";

export const DataValidationCriteria = makeEnum([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);

/** Resolves a stored "'Sheet'!A1:B2" back to a Range for VALUE_IN_RANGE rules. */
export type RangeResolver = (a1: string) => unknown;
/** A Range passed to requireValueInRange, reduced to its address. */
export type RangeAddress = (range: unknown) => string;

const copyValue = (v: unknown): unknown => (isDate(v) ? new Date(v.getTime()) : Array.isArray(v) ? v.map(copyValue) : v);

export function copySpec(spec: ValidationSpec): ValidationSpec {
  return { ...spec, values: spec.values.map(copyValue) };
}

export class DataValidation extends Facade {
  constructor(
    w: World,
    readonly _spec: ValidationSpec,
    private readonly _resolve: RangeResolver,
    private readonly _address: RangeAddress,
  ) {
    super(w);
  }
  getCriteriaType() {
    return DataValidationCriteria[this._spec.type as keyof typeof DataValidationCriteria];
  }
  getCriteriaValues(): unknown[] {
    return this._spec.values.map((v) => {
      if (v && typeof v === "object" && "$range" in v) return this._resolve((v as { $range: string }).$range);
      return isDate(v) ? this._w.date(v.getTime()) : copyValue(v);
    });
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this._spec.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this._w, this._resolve, this._address, copySpec(this._spec));
  }
}

export class DataValidationBuilder extends Facade {
  private _s: ValidationSpec;
  constructor(
    w: World,
    private readonly _resolve: RangeResolver,
    private readonly _address: RangeAddress,
    spec?: ValidationSpec,
  ) {
    super(w);
    // New rules allow invalid input (show a warning) unless told otherwise.
    this._s = spec ?? { type: "", values: [], allowInvalid: true, helpText: null };
  }
  private _set(type: keyof typeof DataValidationCriteria, values: unknown[]): this {
    this._s = { ...this._s, type, values: values.map(copyValue) };
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true) {
    return this._set("VALUE_IN_LIST", [[...values], showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true) {
    return this._set("VALUE_IN_RANGE", [{ $range: this._address(range) }, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown) {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this._set("CHECKBOX", values);
  }
  requireNumberBetween(start: number, end: number) {
    return this._set("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberNotBetween(start: number, end: number) {
    return this._set("NUMBER_NOT_BETWEEN", [start, end]);
  }
  requireNumberEqualTo(n: number) {
    return this._set("NUMBER_EQUAL_TO", [n]);
  }
  requireNumberGreaterThan(n: number) {
    return this._set("NUMBER_GREATER_THAN", [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this._set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  requireNumberLessThan(n: number) {
    return this._set("NUMBER_LESS_THAN", [n]);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this._set("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }
  requireDate() {
    return this._set("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(d: Date) {
    return this._set("DATE_AFTER", [d]);
  }
  requireDateBefore(d: Date) {
    return this._set("DATE_BEFORE", [d]);
  }
  requireTextIsEmail() {
    return this._set("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl() {
    return this._set("TEXT_IS_VALID_URL", []);
  }
  requireTextContains(text: string) {
    return this._set("TEXT_CONTAINS", [text]);
  }
  requireTextEqualTo(text: string) {
    return this._set("TEXT_EQUAL_TO", [text]);
  }
  requireFormulaSatisfied(formula: string) {
    return this._set("CUSTOM_FORMULA", [formula]);
  }
  withCriteria(criteria: unknown, args: unknown[]) {
    return this._set(enumName(criteria) as keyof typeof DataValidationCriteria, args);
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this._s = { ...this._s, allowInvalid: Boolean(allowInvalidData) };
    return this;
  }
  setHelpText(helpText: string) {
    this._s = { ...this._s, helpText: String(helpText) };
    return this;
  }
  getCriteriaType() {
    return this._s.type ? DataValidationCriteria[this._s.type as keyof typeof DataValidationCriteria] : null;
  }
  getCriteriaValues() {
    return this._s.values.map(copyValue);
  }
  getAllowInvalid() {
    return this._s.allowInvalid;
  }
  getHelpText() {
    return this._s.helpText;
  }
  build(): DataValidation {
    if (!this._s.type) throw this._w.error("You must specify a data validation criteria.");
    return new DataValidation(this._w, copySpec(this._s), this._resolve, this._address);
  }
}

instrument(DataValidation, "DataValidation");
instrument(DataValidationBuilder, "DataValidationBuilder");

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a user's input passes the rule (scripts bypass validation, as in Sheets). */
export function passes(spec: ValidationSpec, value: CellValue | undefined): boolean {
  if (value === undefined || value === "") return true;
  const [a, b] = spec.values as [unknown, unknown];
  const n = typeof value === "number" ? value : NaN;
  switch (spec.type) {
    case "VALUE_IN_LIST":
      return (a as unknown[]).some((x) => String(x) === String(value));
    case "CHECKBOX":
      return spec.values.length ? value === a || value === b : typeof value === "boolean";
    case "NUMBER_BETWEEN":
      return n >= Number(a) && n <= Number(b);
    case "NUMBER_NOT_BETWEEN":
      return n < Number(a) || n > Number(b);
    case "NUMBER_EQUAL_TO":
      return n === Number(a);
    case "NUMBER_GREATER_THAN":
      return n > Number(a);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return n >= Number(a);
    case "NUMBER_LESS_THAN":
      return n < Number(a);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return n <= Number(a);
    case "DATE_IS_VALID_DATE":
      return isDate(value);
    case "TEXT_IS_VALID_EMAIL":
      return EMAIL.test(String(value));
    case "TEXT_CONTAINS":
      return String(value).includes(String(a));
    case "TEXT_EQUAL_TO":
      return String(value) === String(a);
    default:
      return true;
  }
}

/** What the Sheets UI says when it rejects input. */
export function rejectionMessage(spec: ValidationSpec): string {
  if (spec.helpText) return spec.helpText;
  if (spec.type === "VALUE_IN_LIST" || spec.type === "VALUE_IN_RANGE") return "Input must be an item on the specified list";
  if (spec.type.startsWith("NUMBER")) return "Input must be a number that satisfies the rule";
  if (spec.type.startsWith("DATE")) return "Input must be a valid date";
  return "Input violates the data validation rule on this cell";
}
