import { useId } from "preact/hooks";

export interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: "text" | "email";
  multiline?: boolean;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  autoComplete?: string;
  /** Visible lines of a multiline field. */
  rows?: number;
  monospace?: boolean;
  /** Why the value is refused: the field is marked invalid and the reason shown under it. */
  error?: string;
}

/** A labelled text input or textarea; the hint and any refusal are tied to the field with aria-describedby. */
export function TextField({
  label,
  value,
  onInput,
  type = "text",
  multiline,
  required,
  hint,
  placeholder,
  autoComplete = "off",
  rows = 2,
  monospace,
  error,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ");
  const common = {
    id,
    class: monospace ? "field-input mono" : "field-input",
    value,
    placeholder,
    required,
    "aria-describedby": describedBy || undefined,
    "aria-invalid": error ? true : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
        {required && <span class="field-required"> (required)</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} spellcheck={!monospace} />
      ) : type === "email" ? (
        <input {...common} type="email" autoComplete={autoComplete} spellcheck={false} />
      ) : (
        <input {...common} type="text" autoComplete={autoComplete} />
      )}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
