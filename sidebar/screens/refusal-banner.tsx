import type { RefObject } from "preact";
import { Banner } from "../components/banner";
import type { parseBulletMessage } from "../view/changes";

export interface RefusalBannerProps {
  refusal: ReturnType<typeof parseBulletMessage>;
  /** The title when the server gave one sentence rather than a list. */
  title: string;
  /** A list of reasons (finalize blockers) reads as a warning by default; a failure as an error. */
  listKind?: "warning" | "error";
  focusRef: RefObject<HTMLDivElement | null>;
}

/** A refused action: the server's "• " lines as a list under its first sentence, or the sentence alone. */
export function RefusalBanner({ refusal, title, listKind = "error", focusRef }: RefusalBannerProps) {
  const listed = refusal.items.length > 0;
  return (
    <Banner kind={listed ? listKind : "error"} title={listed ? refusal.intro : title} focusRef={focusRef}>
      {listed ? (
        <ul class="banner-list">
          {refusal.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>{refusal.intro}</p>
      )}
    </Banner>
  );
}
