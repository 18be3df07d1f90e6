import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Menus, a sidebar from a file, a modal dialog, alerts, toasts and the missing-file message are in services.test.ts.
describe("HtmlService and HtmlOutput (developers.google.com/apps-script/reference/html/html-output)", () => {
  it("loads a file by name with or without .html", () => {
    const { HtmlService } = createEmulator({ htmlFiles: { Sidebar: "<p>s</p>" } }).globals;
    expect(HtmlService.createHtmlOutputFromFile("Sidebar.html").getContent()).toBe("<p>s</p>");
    expect(() => HtmlService.createHtmlOutputFromFile("Other.html")).toThrow("No HTML file named Other was found.");
  });

  it("builds output from text, nothing or a Blob", () => {
    const { HtmlService, Utilities } = createEmulator().globals;
    expect(HtmlService.createHtmlOutput().getContent()).toBe("");
    expect(HtmlService.createHtmlOutput(Utilities.newBlob("<b>blob</b>", "text/html")).getContent()).toBe("<b>blob</b>");
  });

  it("escapes appendUntrusted text and keeps append text as markup", () => {
    const { HtmlService } = createEmulator().globals;
    const out = HtmlService.createHtmlOutput("<p>").append("<i>ok</i>").appendUntrusted(`<img src=x onerror="a('1')">&`);
    expect(out.getContent()).toBe("<p><i>ok</i>&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;");
    expect(out.clear().getContent()).toBe("");
  });

  it("keeps title, size and modes, defaulting to the IFRAME sandbox", () => {
    const { HtmlService } = createEmulator().globals;
    const out = HtmlService.createHtmlOutput("x");
    expect([out.getTitle(), out.getWidth(), out.getHeight(), String(out.getSandboxMode())]).toEqual(["", undefined, undefined, "IFRAME"]);
    out.setTitle("Plan").setWidth(300).setHeight(200).setSandboxMode(HtmlService.SandboxMode.NATIVE);
    out.setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL).addMetaTag("viewport", "width=device-width").setFaviconUrl("x");
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getSandboxMode()]).toEqual([
      "Plan",
      300,
      200,
      HtmlService.SandboxMode.NATIVE,
    ]);
  });

  it("gives its content as an HTML blob, or relabelled with getAs", () => {
    const { HtmlService } = createEmulator().globals;
    const out = HtmlService.createHtmlOutput("<p>x</p>");
    expect([out.getBlob().getContentType(), out.getBlob().getDataAsString()]).toEqual(["text/html", "<p>x</p>"]);
    expect(out.getAs("application/pdf").getContentType()).toBe("application/pdf");
  });

  it("does no network or backend work: building output costs nothing on the projected clock", () => {
    const emu = createEmulator();
    emu.globals.HtmlService.createHtmlOutput("x").setTitle("t").getContent();
    expect(emu.clock.projectedMs()).toBe(0);
  });
});

describe("Ui dialogs and prompts (developers.google.com/apps-script/reference/base/ui)", () => {
  it("records modal and modeless dialogs with the output's size", () => {
    const emu = createEmulator();
    const { SpreadsheetApp, HtmlService } = emu.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showModelessDialog(HtmlService.createHtmlOutput("<p>m</p>").setWidth(400).setHeight(300), "Preview");
    expect(emu.ui.dialogs).toEqual([{ title: "Preview", html: "<p>m</p>", modal: false, width: 400, height: 300 }]);
  });

  it("answers a prompt with the queued button and text, else OK and ''", () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    emu.ui.respondNext("CANCEL", "typed");
    const answered = ui.prompt("Name", "Your plan's name?", ui.ButtonSet.OK_CANCEL);
    expect([answered.getSelectedButton(), answered.getResponseText()]).toEqual([ui.Button.CANCEL, "typed"]);
    const plain = ui.prompt("Anything?");
    expect([plain.getSelectedButton(), plain.getResponseText()]).toEqual([ui.Button.OK, ""]);
    expect(emu.ui.prompts.map((p) => [p.title, p.message, p.buttons, p.response])).toEqual([
      ["Name", "Your plan's name?", "OK_CANCEL", "CANCEL"],
      ["", "Anything?", "OK", "OK"],
    ]);
  });

  it("presses YES on a YES_NO alert nobody answers", () => {
    const ui = createEmulator().globals.SpreadsheetApp.getUi();
    expect(ui.alert("Delete?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
  });

  it("replaces a menu added again under the same title, as reopening the file would", () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    ui.createMenu("Tools").addItem("Old", "old").addToUi();
    ui.createMenu("Tools").addItem("New", "fresh").addToUi();
    expect(emu.ui.menus).toEqual([{ title: "Tools", items: [{ caption: "New", functionName: "fresh" }] }]);
  });

  it("needs script.container.ui to show a sidebar or dialog, but not to build a menu", () => {
    const emu = createEmulator({ manifest: { oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] } });
    const { SpreadsheetApp, HtmlService } = emu.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem("Open", "open").addToUi();
    expect(() => ui.showModalDialog(HtmlService.createHtmlOutput("x"), "t")).toThrow(
      "Specified permissions are not sufficient to call Ui.showModalDialog. Required permissions: https://www.googleapis.com/auth/script.container.ui",
    );
    expect(emu.ui.dialogs).toEqual([]);
  });
});
