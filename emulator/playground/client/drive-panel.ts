import { getJson } from "./api";
import { contentView, formatSize, mimeLabel, type DriveFile } from "./drive-view";

/**
 * The Drive panel: what the script exported, as a file list with each
 * file's content on demand. It re-reads /api/drive only when the workbook's
 * version moved (exports bump it), so the toggle's file count stays true.
 */
export function createDrivePanel(panel: HTMLElement, toggle: HTMLButtonElement, timeZone: () => string) {
  let files: DriveFile[] = [];
  let openId: string | null = null;
  let loadedVersion = -1;
  let version = 0;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const viewer = (file: DriveFile): HTMLElement => {
    const view = contentView(file);
    if (view.kind === "text") {
      const pre = el("pre", "drive-content", view.text);
      pre.tabIndex = 0;
      pre.setAttribute("aria-label", `Content of ${file.name}`);
      return pre;
    }
    // sandbox="" : no scripts, no forms, no same-origin access, whatever the document holds.
    const frame = el("iframe", "drive-doc");
    frame.setAttribute("sandbox", "");
    frame.title = `Content of ${file.name}`;
    frame.srcdoc = view.html;
    return frame;
  };

  const draw = () => {
    toggle.textContent = `Drive (${files.length})`;
    if (panel.hidden) return;
    const list = el("ul", "drive-files");
    for (const file of files) {
      const item = el("li", "drive-file");
      const open = el("button", "drive-name", file.name);
      open.type = "button";
      open.setAttribute("aria-expanded", String(openId === file.id));
      open.addEventListener("click", () => {
        openId = openId === file.id ? null : file.id;
        draw();
      });
      const updated = new Date(file.updatedAt).toLocaleString("en-GB", { timeZone: timeZone(), dateStyle: "medium", timeStyle: "medium" });
      item.append(open, el("span", "drive-meta", `${mimeLabel(file.mimeType)} · ${formatSize(file.size)} · updated ${updated}`));
      if (openId === file.id) item.append(viewer(file));
      list.append(item);
    }
    const heading = el("h2", undefined, "Drive");
    const body = files.length > 0 ? list : el("p", "drive-empty", "No files yet: export the plan from the sidebar.");
    panel.replaceChildren(heading, body);
  };

  const load = async () => {
    if (loadedVersion === version) return draw();
    loadedVersion = version;
    try {
      files = (await getJson<{ files: DriveFile[] }>("/api/drive")).files.sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      loadedVersion = -1;
    }
    draw();
  };

  toggle.addEventListener("click", () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute("aria-expanded", String(!panel.hidden));
    void load();
  });

  return {
    /** Called on every snapshot: refreshes the list if the workbook changed while the panel is open. */
    update(nextVersion: number): void {
      version = nextVersion;
      void load();
    },
  };
}
