import type { ComponentChildren, Ref } from "preact";
import { useId } from "preact/hooks";

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  /** The first, empty choice: what to do, e.g. "Choose a profile". */
  placeholder: string;
  /** Why the choice cannot be used yet, shown under the field and tied to it. */
  error?: string | null;
  selectRef?: Ref<HTMLSelectElement>;
  /** Beside the select, e.g. its submit button. */
  children?: ComponentChildren;
}

/** A labelled native select (arrow keys and type-to-find work as everywhere); options are shown as IDs, in monospace. */
export function SelectField({ label, value, options, onChange, placeholder, error, selectRef, children }: SelectFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <div class="inline-form">
        <select
          id={id}
          ref={selectRef}
          class="field-input mono"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        {children}
      </div>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
