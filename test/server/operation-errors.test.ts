import { describe, expect, it } from "vitest";
import { loadAddOn } from "../support/bundle";
import { planWith } from "../support/plans";

const RAW = /Service Spreadsheets failed|We're sorry|API call to drive|Exception/;

describe("what a person reads when an operation fails", () => {
  it("names the operation, not the service's raw text, when a service keeps failing", () => {
    const addOn = planWith();
    addOn.emulator.faults.failNext("Range.getValues", 50);
    let message = "";
    try {
      addOn.run("validatePlan");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Validate did not finish: a Google service did not respond\..*try again/);
    expect(message).not.toMatch(RAW);
  });

  it("keeps the add-on's own refusal as it was written", () => {
    const addOn = loadAddOn();
    expect(() => addOn.run("setupSheets", { initiative: "", channels: ["web"] })).toThrow(/^Initiative is required/);
  });

  it("explains a failed menu action in a dialog that names it", () => {
    const addOn = planWith();
    addOn.emulator.faults.failNext("Range.getValues", 50);
    addOn.run("menuValidate");
    const alert = addOn.emulator.ui.alerts.at(-1);
    expect(alert?.message).toMatch(/^Validate did not finish/);
    expect(alert?.message).not.toMatch(RAW);
  });
});
