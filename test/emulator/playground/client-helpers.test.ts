import { describe, expect, it } from "vitest";
import { a1Of, columnLetter } from "../../../emulator/playground/client/a1";
import { displayText, dropdownValues, editText, formatDate, withRule } from "../../../emulator/playground/client/cell-format";
import { contentView, DOC_STYLE, formatSize, mimeLabel } from "../../../emulator/playground/client/drive-view";
import { sidebarWithShim } from "../../../emulator/playground/assets";
import { parseCliOptions } from "../../../emulator/playground/cli-options";

describe("playground grid helpers", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
  ])("labels column %i as %s", (column, label) => {
    expect(columnLetter(column)).toBe(label);
  });

  it("writes single cells and ranges in A1 notation", () => {
    expect(a1Of({ row: 2, col: 3, numRows: 1, numCols: 1 })).toBe("C2");
    expect(a1Of({ row: 1, col: 1, numRows: 3, numCols: 2 })).toBe("A1:B3");
  });

  it("shows dates as yyyy-mm-dd in the spreadsheet's time zone, with the time only when there is one", () => {
    expect(formatDate("2025-06-01T00:00:00.000Z", "UTC")).toBe("2025-06-01");
    expect(formatDate("2025-06-01T04:00:00.000Z", "America/New_York")).toBe("2025-06-01");
    expect(formatDate("2025-06-01T13:05:09.000Z", "UTC")).toBe("2025-06-01 13:05:09");
  });

  it("shows each kind of value as Sheets would", () => {
    expect(displayText({ v: { $date: "2025-06-01T00:00:00.000Z" } }, "UTC")).toBe("2025-06-01");
    expect(displayText({ v: true }, "UTC")).toBe("TRUE");
    expect(displayText({ v: 0.85, nf: "0%" }, "UTC")).toBe("85%");
    expect(displayText({ v: 12 }, "UTC")).toBe("12");
    expect(displayText({ f: "=A1" }, "UTC")).toBe("#NAME?");
    expect(displayText({ v: true, dv: { type: "CHECKBOX", values: [], allowInvalid: false, helpText: null } }, "UTC")).toBe("☑");
    expect(displayText(undefined, "UTC")).toBe("");
  });

  it("keeps markup as the characters typed (the grid sets textContent)", () => {
    expect(displayText({ v: "<img src=x onerror=alert(1)>" }, "UTC")).toBe("<img src=x onerror=alert(1)>");
  });

  it("edits a formula as its formula and a checkbox as TRUE/FALSE", () => {
    expect(editText({ f: "=SUM(A1:A3)", v: 6 }, "UTC")).toBe("=SUM(A1:A3)");
    expect(editText({ v: false, dv: { type: "CHECKBOX", values: [], allowInvalid: false, helpText: null } }, "UTC")).toBe("FALSE");
  });

  it("puts a sheet's shared rule back on a cell that points at it by index", () => {
    const list = { type: "VALUE_IN_LIST", values: [["a", "b"], true], allowInvalid: true, helpText: null };
    expect(dropdownValues(withRule({ v: "a", dv: 0 }, [list]))).toEqual(["a", "b"]);
    expect(withRule({ v: "x" }, [list])).toEqual({ v: "x" });
  });

  it("offers a dropdown's allowed values, and none for other rules", () => {
    const list = { type: "VALUE_IN_LIST", values: [["string", "date"], true], allowInvalid: false, helpText: null };
    expect(dropdownValues({ dv: list })).toEqual(["string", "date"]);
    expect(dropdownValues({ dv: { ...list, type: "NUMBER_BETWEEN", values: [0, 100] } })).toBeNull();
    expect(dropdownValues({ v: "x" })).toBeNull();
  });
});

describe("sidebarWithShim", () => {
  it("puts the shim first in <head> and escapes anything that could end its script early", () => {
    const page = sidebarWithShim('<html><head><base target="_top"></head><body><script>app()</script></body></html>', 'run("</script>")', [
      "getStatus",
      "setupSheets",
    ]);
    expect(page).toMatch(
      /^<html><head><script>window.__playgroundFunctions=\["getStatus","setupSheets"\];<\/script><script>run\("<\\\/script>"\)<\/script><base/,
    );
    expect(page).toContain("<script>app()</script>");
  });
});

describe("parseCliOptions", () => {
  it("defaults to port 8787, and PORT in the environment changes it", () => {
    expect(parseCliOptions([], {})).toEqual({ port: 8787, reset: false });
    expect(parseCliOptions([], { PORT: "9000" }).port).toBe(9000);
  });

  it("enforces the manifest unless told not to", () => {
    expect(parseCliOptions(["--no-manifest"], {}).manifest).toBe(false);
  });

  it("lets flags win over PORT, in both --flag value and --flag=value forms", () => {
    expect(parseCliOptions(["--port", "0", "--reset", "--state=/tmp/w.json"], { PORT: "9000" })).toEqual({
      port: 0,
      reset: true,
      stateFile: "/tmp/w.json",
    });
  });

  it("refuses unknown flags and bad ports with the usage line", () => {
    expect(() => parseCliOptions(["--verbose"], {})).toThrow(/Unknown option --verbose\. Usage: npm start/);
    expect(() => parseCliOptions(["--port", "http"], {})).toThrow(/port must be a number/);
  });
});

describe("Drive panel helpers", () => {
  it("pretty-prints a JSON file as text", () => {
    expect(contentView({ mimeType: "application/json", content: '{"id":"p","n":[1]}' })).toEqual({
      kind: "text",
      text: '{\n  "id": "p",\n  "n": [\n    1\n  ]\n}',
    });
  });

  it("keeps a file that only looks like JSON as its text", () => {
    expect(contentView({ mimeType: "text/plain", content: "{ not json" })).toEqual({ kind: "text", text: "{ not json" });
  });

  it("shows a Google Doc's HTML for a sandboxed frame, never as page markup, in Docs' default styles", () => {
    expect(
      contentView({ mimeType: "application/vnd.google-apps.document", content: "<h1>Profiles</h1><script>alert(1)</script>" }),
    ).toEqual({
      kind: "html",
      html: `${DOC_STYLE}<h1>Profiles</h1><script>alert(1)</script>`,
    });
    expect(DOC_STYLE).toMatch(/font: 11pt\/1\.15 Arial/);
    expect(DOC_STYLE).toMatch(/h1 \{ font-size: 20pt/);
    // Plain HTML keeps the browser's own look: only a Doc was converted by Docs.
    expect(contentView({ mimeType: "text/html", content: "<p>x</p>" })).toEqual({ kind: "html", html: "<p>x</p>" });
  });

  it("labels sizes and mime types for people", () => {
    expect(formatSize(512)).toBe("512 B");
    expect(formatSize(84_112)).toBe("82.1 KB");
    expect(formatSize(3 * 1024 * 1024)).toBe("3.0 MB");
    expect(mimeLabel("application/json")).toBe("JSON (application/json)");
    expect(mimeLabel("image/png")).toBe("image/png");
  });
});
