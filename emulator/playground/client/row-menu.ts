/**
 * The menu a right-click on a row number opens, as in Sheets: insert a row
 * above or below, or delete the rows (the selected ones when the click falls
 * inside the selection). Escape, a click elsewhere or a choice closes it.
 */
export interface RowMenuChoice {
  kind: "insert" | "delete";
  row: number;
  count: number;
}

let open: HTMLElement | null = null;

export function closeRowMenu(): void {
  open?.remove();
  open = null;
}

export function openRowMenu(
  at: { x: number; y: number },
  rows: { first: number; last: number },
  choose: (choice: RowMenuChoice) => void,
): void {
  closeRowMenu();
  const menu = document.createElement("div");
  menu.className = "row-menu";
  menu.setAttribute("role", "menu");
  menu.style.left = `${at.x}px`;
  menu.style.top = `${at.y}px`;
  const count = rows.last - rows.first + 1;
  const item = (text: string, choice: RowMenuChoice) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "row-menu-item";
    button.setAttribute("role", "menuitem");
    button.textContent = text;
    button.addEventListener("click", () => {
      closeRowMenu();
      choose(choice);
    });
    return button;
  };
  const noun = count === 1 ? "row" : `${count} rows`;
  menu.append(
    item(`Insert ${count === 1 ? "1 row" : noun} above`, { kind: "insert", row: rows.first, count }),
    item(`Insert ${count === 1 ? "1 row" : noun} below`, { kind: "insert", row: rows.last + 1, count }),
    item(count === 1 ? `Delete row ${rows.first}` : `Delete rows ${rows.first}–${rows.last}`, { kind: "delete", row: rows.first, count }),
  );
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeRowMenu();
  });
  document.body.append(menu);
  open = menu;
  menu.querySelector("button")?.focus();
}

document.addEventListener("mousedown", (event) => {
  if (open && !open.contains(event.target as Node)) closeRowMenu();
});
