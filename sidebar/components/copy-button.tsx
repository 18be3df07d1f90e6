import { useEffect, useState } from "preact/hooks";
import { copyText } from "../view/clipboard";
import { Button } from "./button";

/** Copies text and says "Copied" for a moment (announced politely), or says plainly that it could not. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span class="copy">
      <Button small onClick={() => void copyText(text).then((ok) => setState(ok ? "copied" : "failed"))}>
        {label}
      </Button>
      <span class="copy-status" role="status">
        {state === "copied" ? "Copied" : state === "failed" ? "Could not copy: select the text and press Ctrl+C." : ""}
      </span>
    </span>
  );
}
