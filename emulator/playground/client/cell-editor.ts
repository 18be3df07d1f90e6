export type Move = "down" | "right" | "left" | "none";

export interface EditorOptions {
  /** The text to start from (the cell's content, or the key that started typing). */
  text: string;
  /** The allowed values of a dropdown cell: the editor is then a <select>. */
  choices: string[] | null;
  onCommit: (text: string, move: Move) => void;
  onCancel: () => void;
}

/**
 * Edits one cell in place, like Sheets: Enter commits and moves down, Tab
 * moves right (Shift+Tab left), Escape cancels, leaving the cell commits.
 */
export function openCellEditor(td: HTMLTableCellElement, { text, choices, onCommit, onCancel }: EditorOptions): void {
  let finished = false;
  const finish = (action: () => void) => {
    if (finished) return;
    finished = true;
    action();
  };
  const field = choices ? document.createElement("select") : document.createElement("input");
  field.className = "cell-editor";
  field.setAttribute("aria-label", `Edit cell ${td.dataset.a1 ?? ""}`.trim());
  if (field instanceof HTMLSelectElement) {
    for (const value of ["", ...(choices ?? [])]) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = value === "" ? "(blank)" : value;
      field.append(option);
    }
    // A value outside the list (allowed when the rule only warns) stays choosable.
    if (!["", ...(choices ?? [])].includes(text)) field.append(new Option(text, text));
    field.value = text;
  } else {
    field.value = text;
  }
  field.addEventListener("keydown", (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === "Enter" || key === "Tab") {
      event.preventDefault();
      const move: Move = key === "Enter" ? "down" : (event as KeyboardEvent).shiftKey ? "left" : "right";
      finish(() => onCommit(field.value, move));
    } else if (key === "Escape") {
      event.preventDefault();
      finish(onCancel);
    }
  });
  field.addEventListener("blur", () => finish(() => (field.value === text ? onCancel() : onCommit(field.value, "none"))));
  td.replaceChildren(field);
  td.classList.add("editing");
  field.focus();
  if (field instanceof HTMLInputElement) field.setSelectionRange(field.value.length, field.value.length);
}
