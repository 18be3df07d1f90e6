import { describe, expect, it } from "vitest";
import { copyText } from "../../sidebar/view/clipboard";

/** Just enough of a document for copyText: a clipboard (or none), a body, and execCommand. */
function fakeDocument(clipboard: { writeText(text: string): Promise<void> } | undefined, execResult = true) {
  const log: string[] = [];
  const area = {
    value: "",
    style: {},
    setAttribute() {},
    select: () => log.push(`select ${area.value}`),
    remove: () => log.push("remove"),
  };
  const button = { focus: () => log.push("focus button") };
  const doc = {
    defaultView: { navigator: { clipboard } },
    createElement: () => area,
    body: { append: () => log.push("append") },
    activeElement: button,
    execCommand: (command: string) => {
      log.push(`exec ${command}`);
      return execResult;
    },
  };
  return { doc: doc as unknown as Document, log };
}

describe("copyText", () => {
  it("uses the Clipboard API when the frame allows it", async () => {
    const written: string[] = [];
    const { doc, log } = fakeDocument({ writeText: async (text) => void written.push(text) });
    expect(await copyText("SELECT 1", doc)).toBe(true);
    expect(written).toEqual(["SELECT 1"]);
    expect(log).toEqual([]);
  });

  it("falls back to a selected textarea when the API is blocked, and gives focus back", async () => {
    const { doc, log } = fakeDocument({ writeText: () => Promise.reject(new Error("NotAllowedError")) });
    expect(await copyText("SELECT 1", doc)).toBe(true);
    expect(log).toEqual(["append", "select SELECT 1", "exec copy", "remove", "focus button"]);
  });

  it("reports failure when neither route copies", async () => {
    const { doc } = fakeDocument(undefined, false);
    expect(await copyText("x", doc)).toBe(false);
  });
});
