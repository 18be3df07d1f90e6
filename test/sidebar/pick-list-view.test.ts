import { describe, expect, it } from "vitest";
import { pickProblem } from "../../sidebar/view/pick-list";

describe("the sidebar's pick lists (Show SQL, Where used)", () => {
  it("says why nothing can be looked up: no IDs on the sheet yet, none chosen, or one that left the sheet", () => {
    expect(pickProblem("profile", [], "")).toBe("3 Profiles has no Profile ID yet: add a profile there, then choose it here.");
    expect(pickProblem("profile", ["growing-teams"], "")).toBe("Choose a profile from the list first.");
    expect(pickProblem("attribute", ["plan"], "seats_used")).toBe("seats_used is no longer on 2 Attributes: choose another attribute.");
  });

  it("has nothing to say about an ID the sheet holds", () => {
    expect(pickProblem("attribute", ["plan", "seats_used"], "seats_used")).toBeNull();
  });
});
