import { useCallback, useState } from "react";

const KEY = "taskgraph.token";

/** The session token lives in localStorage so a reload keeps you signed in. */
export function useSessionToken() {
  const [token, setTokenState] = useState<string | null>(() => localStorage.getItem(KEY));
  const setToken = useCallback((next: string | null) => {
    if (next) localStorage.setItem(KEY, next);
    else localStorage.removeItem(KEY);
    setTokenState(next);
  }, []);
  return [token, setToken] as const;
}
