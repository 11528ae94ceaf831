import { useEffect, useState } from "react";

export type Route =
  | { page: "home" }
  | { page: "profile" }
  | { page: "board"; workspaceId: string; view: "all" | "mine"; boardId?: string }
  | { page: "members"; workspaceId: string; boardId?: string }
  | { page: "history"; workspaceId: string; boardId?: string }
  | { page: "insights"; workspaceId: string; boardId?: string }
  | { page: "invite"; token: string };

export const PROFILE_PATH = "/me";

export function parseRoute(pathname: string): Route {
  if (/^\/me\/?$/.test(pathname)) return { page: "profile" };
  const invite = pathname.match(/^\/invite\/([^/]+)\/?$/);
  if (invite?.[1]) return { page: "invite", token: invite[1] };
  // The board is part of the URL: /w/<workspace>/b/<board>[/mine|/members|/history].
  const m = pathname.match(/^\/w\/([^/]+)(?:\/b\/([^/]+))?(?:\/(members|mine|history|insights))?\/?$/);
  if (!m?.[1]) return { page: "home" };
  const workspaceId = decodeURIComponent(m[1]);
  const board = m[2] ? { boardId: decodeURIComponent(m[2]) } : {};
  if (m[3] === "members") return { page: "members", workspaceId, ...board };
  if (m[3] === "history") return { page: "history", workspaceId, ...board };
  if (m[3] === "insights") return { page: "insights", workspaceId, ...board };
  return { page: "board", workspaceId, view: m[3] === "mine" ? "mine" : "all", ...board };
}

export function navigate(path: string, replace = false) {
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

export const workspacePath = (id: string, sub?: "members" | "mine" | "history" | "insights", boardId?: string) =>
  `/w/${encodeURIComponent(id)}${boardId ? `/b/${encodeURIComponent(boardId)}` : ""}${sub ? `/${sub}` : ""}`;

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(location.pathname));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  return route;
}
