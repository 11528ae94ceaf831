import { useSyncExternalStore } from "react";

const KEY = "taskgraph.token";
const listeners = new Set<() => void>();

const read = () => localStorage.getItem(KEY);
const notify = () => {
  for (const listener of listeners) listener();
};

// Another tab signing in or out changes the token here too.
if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === KEY || event.key === null) notify();
  });
}

/** Stores (or clears) the session token; every component using it re-renders. */
export function setSessionToken(next: string | null) {
  if (next) localStorage.setItem(KEY, next);
  else localStorage.removeItem(KEY);
  notify();
}

/**
 * The server refused the token (HTTP 401, or a socket closed 4401/4403): signed out elsewhere, expired
 * or revoked. Forget it, which takes the UI back to sign-in, instead of retrying with it forever.
 */
export const endSession = () => setSessionToken(null);

/** The session token lives in localStorage so a reload keeps you signed in. */
export function useSessionToken() {
  const token = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => null,
  );
  return [token, setSessionToken] as const;
}
