import { useEffect, useRef } from "react";

/** Calls `onEscape` when Escape is pressed anywhere (dialogs close on it). */
export function useEscapeKey(onEscape: () => void) {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && latest.current();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
