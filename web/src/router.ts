import { useEffect, useState } from "react";

export type Route =
  | { page: "home" }
  | { page: "profile" }
  | { page: "board"; workspaceId: string; view: "all" | "mine" }
  | { page: "members"; workspaceId: string }
  | { page: "invite"; token: string };

export const PROFILE_PATH = "/me";

export function parseRoute(pathname: string): Route {
  if (/^\/me\/?$/.test(pathname)) return { page: "profile" };
  const invite = pathname.match(/^\/invite\/([^/]+)\/?$/);
  if (invite) return { page: "invite", token: invite[1] };
  const m = pathname.match(/^\/w\/([^/]+)(?:\/(members|mine))?\/?$/);
  if (!m) return { page: "home" };
  const workspaceId = decodeURIComponent(m[1]);
  if (m[2] === "members") return { page: "members", workspaceId };
  return { page: "board", workspaceId, view: m[2] === "mine" ? "mine" : "all" };
}

export function navigate(path: string, replace = false) {
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

export const workspacePath = (id: string, sub?: "members" | "mine") => `/w/${encodeURIComponent(id)}${sub ? `/${sub}` : ""}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(location.pathname));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  return route;
}
