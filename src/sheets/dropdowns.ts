import type { DropdownRule } from "../domain/workbook/sheet-edits";

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Builds each distinct dropdown once per run, on one builder: build()
 * takes the builder's settings at that moment, so the next rule only
 * changes its list and help text (three calls a rule instead of five).
 * Invalid entries are flagged, not rejected: a pasted value is never lost,
 * and Validate explains the fix.
 */
export class RuleBook {
  private readonly built = new Map<string, Rule>();
  /** Rows share their rule objects: most cells are found here without serialising the spec. */
  private readonly bySpec = new WeakMap<DropdownRule, Rule>();
  private builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | null = null;

  rule(spec: DropdownRule): Rule {
    const same = this.bySpec.get(spec);
    if (same) return same;
    const key = JSON.stringify(spec);
    const known = this.built.get(key);
    if (known) {
      this.bySpec.set(spec, known);
      return known;
    }
    this.builder ??= SpreadsheetApp.newDataValidation().setAllowInvalid(true);
    const rule = this.builder
      .requireValueInList([...spec.values], true)
      .setHelpText(spec.helpText)
      .build();
    this.built.set(key, rule);
    this.bySpec.set(spec, rule);
    return rule;
  }
}
