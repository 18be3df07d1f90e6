import { exampleWorkbook, type ExampleWorkbook } from "../fixtures/example-workbook";
import { loadAddOn, type LoadedAddOn } from "./bundle";
import { writeExample } from "./workbook-writer";

/** A set-up workbook holding the example plan, changed as a test needs. */
export function planWith(change?: (example: ExampleWorkbook) => void, addOn: LoadedAddOn = loadAddOn()): LoadedAddOn {
  addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
  const example = exampleWorkbook();
  change?.(example);
  writeExample(addOn, example);
  return addOn;
}

/** An example whose governance approval is recorded, so nothing blocks Finalize. */
export const approved = (example: ExampleWorkbook) => {
  Object.assign(example.sheets["5 Governance"][0], { "Approved by": "priya@example.com", "Approved on": "2026-11-20" });
};
