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
}

/** A labelled text input or textarea; the hint is tied to the field with aria-describedby. */
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
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    class: monospace ? "field-input mono" : "field-input",
    value,
    placeholder,
    required,
    "aria-describedby": hint ? hintId : undefined,
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
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
