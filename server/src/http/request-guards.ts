import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { httpError } from "../errors.js";

const jsonTypes = ["application/json", "application/graphql-response+json", "application/graphql+json"];

/**
 * POST bodies must be JSON. Form and multipart POSTs are "simple" requests a hostile page can send
 * cross-origin without a CORS preflight; a JSON content type always triggers one.
 */
export const useJsonOnlyPosts = (): Plugin => ({
  onRequestParse({ request }) {
    if (request.method !== "POST") return;
    const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
    if (!jsonTypes.includes(type)) {
      throw httpError("UNSUPPORTED_MEDIA_TYPE", "POST bodies must be JSON (content-type: application/json).", 415);
    }
  },
});

/**
 * Yoga's CSRF prevention: a GET (the other preflight-free request) must carry a header a page cannot set
 * cross-origin without a preflight. Its refusal gets a stable code like every other error.
 */
export function useCsrfRefusal(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf", "graphql-require-preflight"] });
  return {
    onRequestParse(payload) {
      try {
        return csrf.onRequestParse!(payload as never);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw httpError("CSRF_REFUSED", "GET requests need an x-graphql-yoga-csrf header (or POST JSON).", 403);
      }
    },
  };
}

/**
 * A request refused before its body was read in full (413, 415) leaves the rest of that body on the
 * connection: close it, so the client does not send its next request after the unread bytes.
 */
export const useCloseAfterRefusedBody = (): Plugin => ({
  onResponse({ response }) {
    if (response.status === 413 || response.status === 415) response.headers.set("connection", "close");
  },
});
