export type Move = "down" | "right" | "left" | "none";

export interface EditorOptions {
  /** The text to start from (the cell's content, or the key that started typing). */
  text: string;
  /** The allowed values of a dropdown cell: they are offered under the field, but any text may be typed. */
  choices: string[] | null;
  /** Whether a typed key opened the editor: a dropdown's list is then filtered by it at once. */
  typed?: boolean;
  onCommit: (text: string, move: Move) => void;
  onCancel: () => void;
}

/**
 * Edits one cell in place, like Sheets: Enter commits and moves down, Tab
 * moves right (Shift+Tab left), Escape cancels, leaving the cell commits. A
 * dropdown cell takes typed text too (the add-on's rules warn, never
 * reject): its list filters as you type, and ArrowDown/ArrowUp pick from it.
 */
export function openCellEditor(td: HTMLTableCellElement, { text, choices, typed = false, onCommit, onCancel }: EditorOptions): void {
  let finished = false;
  const finish = (action: () => void) => {
    if (finished) return;
    finished = true;
    action();
  };
  const field = document.createElement("input");
  field.className = "cell-editor";
  field.setAttribute("aria-label", `Edit cell ${td.dataset.a1 ?? ""}`.trim());
  field.value = text;
  const list = choices ? choiceList(td, field, choices, typed, (value) => finish(() => onCommit(value, "down"))) : null;
  field.addEventListener("keydown", (event) => {
    const key = event.key;
    if (list && (key === "ArrowDown" || key === "ArrowUp")) {
      event.preventDefault();
      list.move(key === "ArrowDown" ? 1 : -1);
    } else if (key === "Enter" || key === "Tab") {
      event.preventDefault();
      const move: Move = key === "Enter" ? "down" : event.shiftKey ? "left" : "right";
      const value = list?.highlighted() ?? field.value;
      finish(() => onCommit(value, move));
    } else if (key === "Escape") {
      event.preventDefault();
      finish(onCancel);
    }
  });
  field.addEventListener("blur", () => finish(() => (field.value === text ? onCancel() : onCommit(field.value, "none"))));
  td.replaceChildren(field);
  if (list) td.append(list.element);
  td.classList.add("editing");
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
}

/** The dropdown's values under the cell, filtered by what is typed; a click picks one. */
function choiceList(
  td: HTMLTableCellElement,
  field: HTMLInputElement,
  choices: string[],
  typedFirst: boolean,
  pick: (value: string) => void,
) {
  const element = document.createElement("ul");
  element.className = "cell-choices";
  element.setAttribute("role", "listbox");
  element.id = `choices-${td.dataset.a1 ?? "cell"}`;
  element.setAttribute("aria-label", "Allowed values");
  field.setAttribute("role", "combobox");
  field.setAttribute("aria-controls", element.id);
  field.setAttribute("aria-autocomplete", "list");
  field.setAttribute("aria-expanded", "true");
  let index = -1;
  let shown: string[] = [];
  let typing = typedFirst;
  const draw = () => {
    const typed = field.value.trim().toLowerCase();
    // Opening the cell shows the whole list, as Sheets does; typing narrows it.
    shown = typing && typed ? choices.filter((choice) => choice.toLowerCase().includes(typed)) : choices;
    index = Math.min(index, shown.length - 1);
    element.replaceChildren(
      ...shown.map((choice, position) => {
        const item = document.createElement("li");
        item.setAttribute("role", "option");
        item.id = `${element.id}-${position}`;
        item.textContent = choice;
        item.setAttribute("aria-selected", String(position === index));
        // mousedown, not click: the field's blur would commit the typed text first.
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(choice);
        });
        return item;
      }),
    );
    if (index >= 0) field.setAttribute("aria-activedescendant", `${element.id}-${index}`);
    else field.removeAttribute("aria-activedescendant");
  };
  field.addEventListener("input", () => {
    typing = true;
    index = -1;
    draw();
  });
  draw();
  return {
    element,
    move(step: number) {
      index = Math.max(-1, Math.min(shown.length - 1, index + step));
      draw();
    },
    highlighted: () => (index >= 0 ? shown[index] : null),
  };
}
