import { createContext, useContext } from "react";

/** The board the workspace view shows (from the URL, else the first open one): new cards go on it. */
export const CurrentBoardContext = createContext<string | null>(null);
export const useCurrentBoard = () => useContext(CurrentBoardContext);
