import { navigate } from "../../router";

/** An <a href>'s click handler that navigates inside the app instead of reloading the page. */
export const followLink = (path: string) => (e: { preventDefault(): void }) => {
  e.preventDefault();
  navigate(path);
};
