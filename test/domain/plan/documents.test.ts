import { describe, expect, it } from "vitest";
import { profileDocuments, type ProfileDocuments } from "../../../src/domain/plan/documents";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw, type ExampleWorkbook } from "../../fixtures/example-workbook";

const TITLE = "Profiles of PLG Onboarding";

function documentsOf(change?: (example: ExampleWorkbook) => void, previous?: ProfileDocuments): ProfileDocuments {
  const example = exampleWorkbook();
  change?.(example);
  const { context } = validateWorkbook(toRaw(example));
  return profileDocuments(context, TITLE, previous && { fingerprints: previous.fingerprints, markdown: previous.markdown });
}

const renamed = (example: ExampleWorkbook) => {
  example.sheets["3 Profiles"][1].Name = "Teams past five seats";
};

describe("profile documents, rendered only where their inputs changed", () => {
  it("renders nothing again when nothing changed, and gives the same documents", () => {
    const first = documentsOf();
    expect(first.rendered()).toBe(2);
    const again = documentsOf(undefined, first);
    expect(again.rendered()).toBe(0);
    expect(again.markdown).toEqual(first.markdown);
    expect(again.inputs).toBe(first.inputs);
    expect(again.html()).toBe(first.html());
  });

  it("re-renders only the profile that changed; the others keep their Markdown", () => {
    const first = documentsOf();
    const again = documentsOf(renamed, first);
    expect(again.rendered()).toBe(1);
    expect(again.markdown.get("growing-teams")).toContain("Teams past five seats");
    expect(again.markdown.get("new-free-users")).toBe(first.markdown.get("new-free-users"));
    const fresh = documentsOf(renamed);
    expect(again.markdown).toEqual(fresh.markdown);
    expect(again.inputs).not.toBe(first.inputs);
    expect(again.html()).toBe(fresh.html());
  });

  it("re-renders the profiles that read an attribute whose facts changed, and only those", () => {
    const first = documentsOf();
    const again = documentsOf((example) => {
      const row = example.sheets["2 Attributes"].find((attribute) => attribute["Attribute ID"] === "seats_used")!;
      row["Display name"] = "Seats in use";
    }, first);
    expect(again.rendered()).toBe(1);
    expect(again.markdown.get("growing-teams")).toContain("Seats in use");
    expect(again.markdown.get("new-free-users")).toBe(first.markdown.get("new-free-users"));
  });
});
