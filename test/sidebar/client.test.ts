import { describe, expect, it } from "vitest";
import { createClient, failureMessage, type ScriptRunner } from "../../sidebar/api/client";
import { fakeScriptRun } from "./fake-script-run";

const status = { setUp: false, plan: { planId: null, initiative: null, channels: [], pattern: null }, stages: [], missingSheets: ["Plan"] };

describe("createClient", () => {
  it("resolves a successful call with ok and the server's value", async () => {
    const call = createClient(() => fakeScriptRun({ getStatus: () => status }));
    await expect(call("getStatus", undefined)).resolves.toEqual({ ok: true, value: status });
  });

  it("calls a method without input with no argument, as Apps Script would turn undefined into null", async () => {
    const calls: { method: string; args: unknown[] }[] = [];
    const call = createClient(() => fakeScriptRun({ getStatus: () => status }, calls));
    await call("getStatus", undefined);
    expect(calls).toEqual([{ method: "getStatus", args: [] }]);
  });

  it("passes the input through to the server function", async () => {
    const call = createClient(() => fakeScriptRun({ openSheet: (input) => input }));
    await expect(call("openSheet", { sheet: "2 Attributes" })).resolves.toEqual({ ok: true, value: { sheet: "2 Attributes" } });
  });

  it("answers a failure the server replies with its code and its words", async () => {
    const message =
      "Someone else is updating this plan right now (the add-on waited 60 seconds). Try again in a minute; nothing was changed.";
    const call = createClient(() => fakeScriptRun({ exportPlan: () => ({ failed: true, code: "LOCK_BUSY", message }) }));
    await expect(call("exportPlan", { finalize: false })).resolves.toEqual({ ok: false, code: "LOCK_BUSY", message });
  });

  it("refuses an answer that is not a reply instead of showing it as a value", async () => {
    // A server from before replies were values (a sidebar left open across a deployment) answers the bare value.
    const runner = (success?: (value: unknown) => void): ScriptRunner => ({
      withSuccessHandler: (handler) => runner(handler),
      withFailureHandler: () => runner(success),
      withUserObject: () => runner(success),
      getStatus: () => setTimeout(() => success?.(status)),
    });
    await expect(createClient(() => runner())("getStatus", undefined)).resolves.toEqual({
      ok: false,
      code: null,
      message: expect.stringContaining("was not understood"),
    });
  });

  it("turns a thrown Error (the platform's, not the add-on's) into ok: false with its message and no code", async () => {
    const call = createClient(() =>
      fakeScriptRun({
        setupSheets: () => {
          throw new Error("Initiative is required: name the program or campaign, e.g. PLG Onboarding.");
        },
      }),
    );
    await expect(call("setupSheets", { initiative: "", channels: ["web"] })).resolves.toEqual({
      ok: false,
      code: null,
      message: "Initiative is required: name the program or campaign, e.g. PLG Onboarding.",
    });
  });

  it("names the method (sent as the user object) when the failure has no message", async () => {
    const call = createClient(() =>
      fakeScriptRun({
        getStatus: () => {
          throw new Error("");
        },
      }),
    );
    const result = await call("getStatus", undefined);
    expect(result).toEqual({ ok: false, code: null, message: expect.stringContaining('"getStatus"') });
  });

  it("keeps concurrent calls apart: each gets its own handlers", async () => {
    const call = createClient(() => fakeScriptRun({ openSheet: (input) => input, getStatus: () => status }));
    const [opened, loaded] = await Promise.all([call("openSheet", { sheet: "Plan" }), call("getStatus", undefined)]);
    expect(opened).toEqual({ ok: true, value: { sheet: "Plan" } });
    expect(loaded).toEqual({ ok: true, value: status });
  });

  it("reports a missing google.script.run instead of throwing", async () => {
    const result = await createClient(() => undefined)("getStatus", undefined);
    expect(result).toEqual({ ok: false, code: null, message: expect.stringContaining("not connected to Google Sheets") });
  });

  it("reports a server without the method", async () => {
    const result = await createClient(() => fakeScriptRun({}))("getStatus", undefined);
    expect(result).toEqual({ ok: false, code: null, message: expect.stringContaining('no "getStatus" function') });
  });

  it("turns a synchronous throw of the runner (e.g. an argument it cannot send) into a result", async () => {
    const shim: ScriptRunner = {
      withSuccessHandler: () => shim,
      withFailureHandler: () => shim,
      withUserObject: () => shim,
      getStatus: () => {
        throw new TypeError("Failed due to illegal value in property: 0");
      },
    };
    await expect(createClient(() => shim)("getStatus", undefined)).resolves.toEqual({
      ok: false,
      code: null,
      message: "Failed due to illegal value in property: 0",
    });
  });
});

describe("failureMessage", () => {
  it.each([
    [new Error("Sheet missing."), "Sheet missing."],
    [new Error("Exception: No plan file with ID x."), "No plan file with ID x."],
    [new Error("DriveFailure: Google Drive did not respond."), "Google Drive did not respond."],
    [new Error("Error: Plan is locked"), "Plan is locked"],
    ["ScriptError: The plan is not set up.", "The plan is not set up."],
  ])("strips Apps Script's name prefix from %s", (error, expected) => {
    expect(failureMessage(error, "getStatus")).toBe(expected);
  });

  it.each([
    ["NetworkError: Connection failure due to HTTP 0", /lost its connection/],
    ["Exception: Service invoked too many times for one day: drive.", /busy right now/],
  ])("rewords the platform's own message %s into what to do", (error, expected) => {
    expect(failureMessage(new Error(error), "validatePlan")).toMatch(expected);
  });

  it("falls back to a sentence naming the method", () => {
    expect(failureMessage(undefined, "exportPlan")).toBe('The add-on could not finish "exportPlan". Check your connection and try again.');
  });
});
