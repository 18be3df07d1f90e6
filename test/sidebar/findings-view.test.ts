import { describe, expect, it } from "vitest";
import { caretColumn, countLabel, findingPlace, groupFindings, splitMessage } from "../../sidebar/view/findings";
import { mockFinding } from "./mocks";

const ORDER = ["Plan", "1 Objectives", "2 Attributes", "3 Profiles", "4 Activation", "5 Governance"];

describe("groupFindings", () => {
  it("puts sheets with errors first, then workflow order; within a sheet errors, warnings, notes, by row", () => {
    const findings = [
      mockFinding({ sheet: "2 Attributes", severity: "info", row: 3 }),
      mockFinding({ sheet: "4 Activation", severity: "warning", row: 5 }),
      mockFinding({ sheet: "4 Activation", severity: "error", row: 9 }),
      mockFinding({ sheet: "4 Activation", severity: "error", row: 2 }),
      mockFinding({ sheet: "3 Profiles", severity: "error", row: 4 }),
    ];
    const groups = groupFindings(findings, ORDER);
    expect(groups.map((group) => group.sheet)).toEqual(["3 Profiles", "4 Activation", "2 Attributes"]);
    const activation = groups[1].bySeverity;
    expect(activation.map((group) => group.severity)).toEqual(["error", "warning"]);
    expect(activation[0].findings.map((finding) => finding.row)).toEqual([2, 9]);
  });

  it("places sheets outside the workflow after the stages, alphabetically", () => {
    const findings = [
      mockFinding({ sheet: "Sample data", severity: "warning" }),
      mockFinding({ sheet: "Profile tests", severity: "warning" }),
      mockFinding({ sheet: "1 Objectives", severity: "warning" }),
    ];
    expect(groupFindings(findings, ORDER).map((group) => group.sheet)).toEqual(["1 Objectives", "Profile tests", "Sample data"]);
  });

  it("returns nothing for a clean plan", () => {
    expect(groupFindings([], ORDER)).toEqual([]);
  });
});

describe("finding messages", () => {
  const message =
    'Unknown attribute "signup_dat". Did you mean "signup_date"?\nplan = "free" and days_since(signup_dat) <= 14\n                             ^';

  it("splits the sentence from the expression and caret lines, keeping their spaces", () => {
    const { text, code } = splitMessage(message);
    expect(text).toBe('Unknown attribute "signup_dat". Did you mean "signup_date"?');
    expect(code).toBe('plan = "free" and days_since(signup_dat) <= 14\n                             ^');
  });

  it("leaves a one-line message whole", () => {
    expect(splitMessage("No owner.")).toEqual({ text: "No owner.", code: null });
  });

  it("finds the caret's column, or none", () => {
    expect(caretColumn(splitMessage(message).code!)).toBe(29);
    expect(caretColumn("a = 1")).toBeNull();
  });

  it("names where the finding is, and counts in words", () => {
    expect(findingPlace({ row: 4, column: "Eligibility" })).toBe("Row 4 · Eligibility");
    expect(findingPlace({ row: 4, column: "" })).toBe("Row 4");
    expect(countLabel(1, "error")).toBe("1 error");
    expect(countLabel(2, "warning")).toBe("2 warnings");
    expect(countLabel(3, "info")).toBe("3 notes");
  });
});
