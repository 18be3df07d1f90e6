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
}

/** A labelled text input or textarea; the hint is tied to the field with aria-describedby. */
export function TextField({ label, value, onInput, type = "text", multiline, required, hint, placeholder, autoComplete = "off" }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    class: "field-input",
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
        <textarea {...common} rows={2} />
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
