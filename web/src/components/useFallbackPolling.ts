import { useEffect, useRef } from "react";
import { useConnectionStatus } from "../connection";

const POLL_MS = 5000;

/** While the WebSocket is down, refetch every 5 s; when it is back, refetch once so nothing missed stays missing. */
export function useFallbackPolling(refetch: () => void) {
  const status = useConnectionStatus();
  const latest = useRef(refetch);
  latest.current = refetch;
  const wasDown = useRef(false);
  const down = status === "polling" || status === "reconnecting";

  useEffect(() => {
    if (down) {
      wasDown.current = true;
      const timer = setInterval(() => latest.current(), POLL_MS);
      return () => clearInterval(timer);
    }
    if (status === "live" && wasDown.current) {
      wasDown.current = false;
      latest.current();
    }
  }, [down, status]);
}
