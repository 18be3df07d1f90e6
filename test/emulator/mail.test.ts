import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

const DAY = 86_400_000;

describe("MailApp (developers.google.com/apps-script/reference/mail/mail-app)", () => {
  it("sends in each of its four forms, and the host sees what went out, from the active user", () => {
    const emu = createEmulator({ user: "ana@example.com", now: () => new Date("2026-12-01T09:00:00Z") });
    const mail = emu.globals.MailApp;
    mail.sendEmail("a@example.com", "One", "Body one");
    mail.sendEmail("b@example.com", "Two", "Body two", { cc: "c@example.com", htmlBody: "<b>two</b>" });
    mail.sendEmail("d@example.com", "reply@example.com", "Three", "Body three");
    mail.sendEmail({ to: "e@example.com, f@example.com", subject: "Four", body: "Body four" });
    expect(emu.mail.sent().map((m) => [m.from, m.to, m.cc, m.subject, m.replyTo, m.htmlBody])).toEqual([
      ["ana@example.com", ["a@example.com"], [], "One", null, null],
      ["ana@example.com", ["b@example.com"], ["c@example.com"], "Two", null, "<b>two</b>"],
      ["ana@example.com", ["d@example.com"], [], "Three", "reply@example.com", null],
      ["ana@example.com", ["e@example.com", "f@example.com"], [], "Four", null, null],
    ]);
  });

  it("counts recipients against 100 a rolling day, refusing with Google's message, and frees them a day later", () => {
    const emu = createEmulator({ now: () => new Date("2026-12-01T09:00:00Z") });
    const mail = emu.globals.MailApp;
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail({ to: "a@example.com", cc: "b@example.com", bcc: "c@example.com", subject: "s", body: "b" });
    expect(mail.getRemainingDailyQuota()).toBe(97);
    for (let i = 0; i < 97; i++) mail.sendEmail(`p${i}@example.com`, "s", "b");
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail("late@example.com", "s", "b")).toThrow("Service invoked too many times for one day: email.");
    expect(emu.mail.sent()).toHaveLength(98);
    emu.clock.advance(DAY);
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail("late@example.com", "s", "b");
  });

  it("refuses an invalid address or none with Google's messages, sending nothing", () => {
    const mail = createEmulator().globals.MailApp;
    expect(() => mail.sendEmail("not-an-address", "s", "b")).toThrow("Invalid email: not-an-address");
    expect(() => mail.sendEmail({ to: "a@example.com", cc: "bad@", subject: "s", body: "b" })).toThrow("Invalid email: bad@");
    expect(() => mail.sendEmail("ana..b@example.com", "s", "b")).toThrow("Invalid email: ana..b@example.com");
    expect(() => mail.sendEmail("", "s", "b")).toThrow("Failed to send email: no recipient");
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });

  it("mail to an undeliverable address goes out and bounces into the sender's Gmail, unseen by the script", () => {
    const emu = createEmulator({ user: "ana@example.com" });
    emu.mail.setUndeliverable("gone@example.com");
    emu.globals.MailApp.sendEmail("gone@example.com", "s", "b");
    expect(emu.mail.sent()[0].bounced).toEqual(["gone@example.com"]);
    expect(emu.mail.bounces()).toEqual([expect.objectContaining({ to: "ana@example.com", recipient: "gone@example.com" })]);
  });

  it("needs script.send_mail when the manifest lists scopes", () => {
    const emu = createEmulator({ manifest: { oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] } });
    expect(() => emu.globals.MailApp.sendEmail("a@example.com", "s", "b")).toThrow(
      "Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail",
    );
  });

  it("keeps sent mail and the quota used across saved states", () => {
    const emu = createEmulator();
    emu.globals.MailApp.sendEmail("a@example.com", "s", "b");
    const again = createEmulator({ state: emu.saveState() });
    expect(again.globals.MailApp.getRemainingDailyQuota()).toBe(99);
    expect(again.mail.sent()).toHaveLength(1);
  });
});

describe("MailApp in a simple trigger", () => {
  it("is refused: sending needs the user's authorization (AuthMode.LIMITED)", () => {
    const emu = createEmulator({ manifest: { oauthScopes: ["https://www.googleapis.com/auth/script.send_mail"] } });
    expect(() => emu.runTrigger("onEdit", () => emu.globals.MailApp.sendEmail("a@example.com", "s", "b"))).toThrow(
      "You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail",
    );
    expect(emu.mail.sent()).toEqual([]);
  });
});
