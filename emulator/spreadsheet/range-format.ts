import { instrument } from "../facade";
import { DEFAULT_NUMBER_FORMAT } from "./cell-values";
import { RangeBase } from "./range-base";

export const DEFAULT_BACKGROUND = "#ffffff";
export const DEFAULT_FONT_COLOR = "#000000";
export const DEFAULT_FONT_WEIGHT = "normal";
export const DEFAULT_ALIGNMENT = "general";

const NAMED: Record<string, string> = {
  white: "#ffffff",
  black: "#000000",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

/** Colours read back as lowercase #rrggbb; null or "" resets to the default (stored as nothing). */
export function normalizeColor(color: unknown, fallback: string): string | undefined {
  if (color === null || color === undefined || color === "") return undefined;
  let c = String(color).trim().toLowerCase();
  c = NAMED[c] ?? c;
  if (/^#[0-9a-f]{3}$/.test(c)) c = `#${[...c.slice(1)].map((d) => d + d).join("")}`;
  return c === fallback ? undefined : c;
}

const weight = (w: unknown) => (w === null || w === undefined || w === DEFAULT_FONT_WEIGHT ? undefined : String(w));
const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
/** The automatic format reads back as DEFAULT_NUMBER_FORMAT, set or not, so it is stored as nothing. */
const numberFormat = (v: unknown) => (v === null || v === undefined || v === DEFAULT_NUMBER_FORMAT ? undefined : String(v));

/** Formatting and notes: backgrounds, font weight and colour, wrap, alignment, number formats. */
export class RangeFormat extends RangeBase {
  getBackground(): string {
    return this._sheet.cell(this._b.row, this._b.col)?.bg ?? DEFAULT_BACKGROUND;
  }
  getBackgrounds(): string[][] {
    return this._grid(DEFAULT_BACKGROUND, (c) => c.bg ?? DEFAULT_BACKGROUND);
  }
  setBackground(color: string | null) {
    this._fill("bg", normalizeColor(color, DEFAULT_BACKGROUND));
    return this;
  }
  setBackgroundRGB(red: number, green: number, blue: number) {
    const hex = `#${[red, green, blue].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
    this._fill("bg", normalizeColor(hex, DEFAULT_BACKGROUND));
    return this;
  }
  setBackgrounds(colors: (string | null)[][]) {
    this._writeGrid("bg", this._checkShape(colors, "setBackgrounds"), (c) => normalizeColor(c, DEFAULT_BACKGROUND));
    return this;
  }

  getFontWeight(): string {
    return this._sheet.cell(this._b.row, this._b.col)?.fw ?? DEFAULT_FONT_WEIGHT;
  }
  getFontWeights(): string[][] {
    return this._grid(DEFAULT_FONT_WEIGHT, (c) => c.fw ?? DEFAULT_FONT_WEIGHT);
  }
  setFontWeight(fontWeight: string | null) {
    this._fill("fw", weight(fontWeight));
    return this;
  }
  setFontWeights(fontWeights: (string | null)[][]) {
    this._writeGrid("fw", this._checkShape(fontWeights, "setFontWeights"), weight);
    return this;
  }

  getFontColor(): string {
    return this._sheet.cell(this._b.row, this._b.col)?.fc ?? DEFAULT_FONT_COLOR;
  }
  getFontColors(): string[][] {
    return this._grid(DEFAULT_FONT_COLOR, (c) => c.fc ?? DEFAULT_FONT_COLOR);
  }
  setFontColor(color: string | null) {
    this._fill("fc", normalizeColor(color, DEFAULT_FONT_COLOR));
    return this;
  }
  setFontColors(colors: (string | null)[][]) {
    this._writeGrid("fc", this._checkShape(colors, "setFontColors"), (c) => normalizeColor(c, DEFAULT_FONT_COLOR));
    return this;
  }

  getWrap(): boolean {
    return this._sheet.cell(this._b.row, this._b.col)?.wrap ?? true;
  }
  setWrap(isWrapEnabled: boolean) {
    // Wrapping is on by default, so only "off" needs storing.
    this._fill("wrap", isWrapEnabled ? undefined : false);
    return this;
  }

  getHorizontalAlignment(): string {
    return this._sheet.cell(this._b.row, this._b.col)?.ha ?? DEFAULT_ALIGNMENT;
  }
  setHorizontalAlignment(alignment: string | null) {
    const a = alignment === null || alignment === undefined ? undefined : String(alignment).toLowerCase();
    this._fill("ha", a === DEFAULT_ALIGNMENT ? undefined : a);
    return this;
  }

  getNumberFormat(): string {
    return this._sheet.cell(this._b.row, this._b.col)?.nf ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this._grid(DEFAULT_NUMBER_FORMAT, (c) => c.nf ?? DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormat(format: string) {
    this._fill("nf", numberFormat(format));
    return this;
  }
  setNumberFormats(numberFormats: string[][]) {
    this._writeGrid("nf", this._checkShape(numberFormats, "setNumberFormats"), numberFormat);
    return this;
  }

  getNote(): string {
    return this._sheet.cell(this._b.row, this._b.col)?.note ?? "";
  }
  getNotes(): string[][] {
    return this._grid("", (c) => c.note ?? "");
  }
  setNote(note: string | null) {
    this._fill("note", text(note));
    return this;
  }
  setNotes(notes: (string | null)[][]) {
    this._writeGrid("note", this._checkShape(notes, "setNotes"), text);
    return this;
  }
  clearNote() {
    this._fill("note", undefined);
    return this;
  }

  clearFormat() {
    this._assertEditable();
    this._sheet.clearFields(this._b, ["bg", "fw", "fc", "nf", "wrap", "ha"]);
    return this;
  }
}
instrument(RangeFormat, "Range");
