import type { Snapshot } from "./api";

/** The parts of the page around the grid: sheet tabs, the add-on menu, notices. */

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = document.createElement("button");
  node.type = "button";
  node.className = className;
  node.textContent = text;
  node.addEventListener("click", onClick);
  return node;
}

export function renderTabs(container: HTMLElement, snapshot: Snapshot, onSelect: (sheet: string) => void): void {
  const { sheets, activeSheetId } = snapshot.state.spreadsheet;
  container.replaceChildren(
    ...sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => {
        const active = sheet.id === activeSheetId;
        const tab = button(sheet.name, active ? "tab tab--active" : "tab", () => onSelect(sheet.name));
        tab.setAttribute("aria-pressed", String(active));
        if (sheet.tabColor) tab.style.borderBottomColor = sheet.tabColor;
        return tab;
      }),
  );
}

/** One group per add-on menu, as Extensions › <add-on> › <item> would show it. */
export function renderMenus(container: HTMLElement, snapshot: Snapshot, onRun: (functionName: string) => void): void {
  const groups: HTMLElement[] = snapshot.ui.menus.map((menu) => {
    const group = document.createElement("div");
    group.className = "menu";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", `Extensions › ${menu.title}`);
    const label = document.createElement("span");
    label.className = "menu-title";
    label.textContent = `Extensions › ${menu.title}`;
    group.append(label);
    for (const item of menu.items) {
      if ("caption" in item) group.append(button(item.caption, "menu-item", () => onRun(item.functionName)));
    }
    return group;
  });
  if (groups.length === 0) {
    const empty = document.createElement("span");
    empty.className = "menu-title";
    empty.textContent = "The script added no menu (onOpen did not run or failed).";
    groups.push(empty);
  }
  container.replaceChildren(...groups);
}

/** Toasts and alerts the script showed since the page loaded, newest first. */
export function renderNotices(
  container: HTMLElement,
  snapshot: Snapshot,
  seen: { toasts: number; alerts: number },
  errors: string[],
): void {
  const items: { kind: string; title: string; message: string }[] = [
    ...errors.map((message) => ({ kind: "error", title: "Script error", message })),
    ...snapshot.ui.alerts
      .slice(seen.alerts)
      .map((alert) => ({ kind: "alert", title: `Alert: ${alert.title}`, message: `${alert.message} (answered ${alert.response})` })),
    ...snapshot.ui.toasts.slice(seen.toasts).map((toast) => ({ kind: "toast", title: toast.title, message: toast.message })),
  ];
  container.replaceChildren(
    ...items
      .slice(-4)
      .reverse()
      .map(({ kind, title, message }) => {
        const notice = document.createElement("div");
        notice.className = `notice notice--${kind}`;
        const heading = document.createElement("strong");
        heading.textContent = title;
        const text = document.createElement("span");
        text.textContent = message;
        notice.append(heading, text);
        return notice;
      }),
  );
}
