import { describe, expect, it } from "vitest";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw } from "../../fixtures/example-workbook";

describe("PRIORITY_TIE among many profiles", () => {
  it("flags each profile of a blank-Priority tie, naming five of the others and counting the rest", () => {
    const example = exampleWorkbook();
    const [template] = example.sheets["3 Profiles"];
    const [activation] = example.sheets["4 Activation"];
    for (let i = 0; i < 12; i++) {
      example.sheets["3 Profiles"].push({ ...template, "Profile ID": `tied-${i}`, Priority: "" });
      example.sheets["4 Activation"].push({ ...activation, "Profile ID": `tied-${i}`, Channel: "web" });
    }
    const ties = validateWorkbook(toRaw(example)).findings.filter((f) => f.code === "PRIORITY_TIE");
    expect(ties).toHaveLength(12);
    expect(ties[0].message).toBe(
      "Profile tied-0 has no Priority, and neither do tied-1, tied-2, tied-3, tied-4, tied-5 and 6 more, which compete with it on web: the decision tree orders them by sheet row only. Give each a Priority (1 = first).",
    );
  });
});
