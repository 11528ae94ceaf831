import { useEffect } from "react";
import type { Route } from "./router";

const APP = "Taskgraph";
const PAGE_NAME = { members: "Members", history: "History", insights: "Insights", profile: "Your profile", invite: "Invitation" } as const;

/**
 * The browser tab's title, most specific first, as Linear and GitHub do: "Board · Workspace — Taskgraph",
 * "Members · Workspace — Taskgraph", "My tasks · Board · Workspace — Taskgraph".
 */
export function pageTitle(route: Route, names: { workspace?: string | null; board?: string | null } = {}): string {
  const parts: string[] = [];
  if (route.page === "board") {
    if (route.view === "mine") parts.push("My tasks");
    if (names.board) parts.push(names.board);
  } else if (route.page in PAGE_NAME) {
    parts.push(PAGE_NAME[route.page as keyof typeof PAGE_NAME]);
  }
  if ("workspaceId" in route && names.workspace) parts.push(names.workspace);
  return parts.length ? `${parts.join(" · ")} — ${APP}` : APP;
}

/** Keeps document.title in step with the page shown; null leaves it to a page further down. */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
