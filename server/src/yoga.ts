import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { PothosValidationError } from "@pothos/core";
import { GraphQLError, type ValidationContext } from "graphql";
import { createYoga, type GraphiQLOptions, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { loadConfig } from "./config.js";
import { type Context, createContext, type Services } from "./context.js";
import { invalidToken, placeOf, reasons, refuse } from "./errors.js";
import { Prisma } from "./generated/prisma/client.js";
import { limits } from "./http/limits.js";
import { useCloseAfterRefusedBody, useCsrfRefusal, useJsonOnlyPosts } from "./http/request-guards.js";
import { corsFor, graphiqlPage, useSecurityHeaders } from "./http/security-headers.js";
import { logger } from "./logger.js";
import { useSharedExecution } from "./realtime/shared-execution.js";
import { schema } from "./schema/index.js";
import { useRateLimits } from "./security/rate-limit-plugin.js";
import { useWellFormedInput } from "./security/well-formed-input.js";

export interface ServerContext {
  /** graphql-ws passes the client's connectionParams; HTTP requests have none. */
  connectionParams?: Record<string, unknown>;
}

/** Tokens arrive as an HTTP header, or over WebSocket as connectionParams in any of the common spellings. */
export function authorizationFrom(request: Request | undefined, params: Record<string, unknown> | undefined): unknown {
  if (params) {
    const headers = (params.headers ?? {}) as Record<string, unknown>;
    return params.authorization ?? params.Authorization ?? headers.authorization ?? headers.Authorization;
  }
  return request?.headers.get("authorization") ?? undefined;
}

/**
 * Errors raised before execution (unparsable JSON or query, failed validation such as an unknown enum
 * value, variables of the wrong type) are the client's input: they carry BAD_USER_INPUT like every other
 * input error, with Yoga's finer code kept as `extensions.reason`.
 */
const requestErrorCodes = new Set(["BAD_REQUEST", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]);

const useInputErrorCodes = (): Plugin => ({
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result) || !result || Symbol.asyncIterator in (result as object)) return;
    const errors = (result as { errors?: readonly GraphQLError[] }).errors;
    if (!errors?.some((e) => withInputCode(e) !== e)) return;
    setResult({ ...result, errors: errors.map(withInputCode) } as never);
  },
});

export function withInputCode(error: GraphQLError): GraphQLError {
  const code = error.extensions?.code as string | undefined;
  if (error.path || (code && !requestErrorCodes.has(code))) return error;
  return new GraphQLError(error.message, {
    ...placeOf(error),
    extensions: { ...error.extensions, code: "BAD_USER_INPUT", ...(code ? { reason: code } : {}) },
  });
}

/**
 * A field's read found its row deleted in between (Pothos loads the relations a selection asks for, after a
 * mutation has committed or while a query is answered): a racing delete, not a fault. A write stands; the
 * answer says the thing is gone.
 */
const isRecordGone = (error: unknown): boolean => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";

function goneWhileAnswering(error: GraphQLError): GraphQLError {
  const { message, extensions } = refuse("NOT_FOUND", "It was deleted by someone else while this answer was being read.");
  return new GraphQLError(message, { ...placeOf(error), extensions });
}

/**
 * Errors raised by the schema's libraries carry no code: Pothos's input checks (a malformed global ID, a
 * negative `first`, a junk cursor) are the client's input; anything else without a code is ours.
 */
function withCode(error: GraphQLError): GraphQLError {
  // Errors without a path concern the request as a whole (variables that do not coerce): useInputErrorCodes.
  if (error.extensions?.code || !error.path) return error;
  const input = error instanceof PothosValidationError || error.originalError instanceof PothosValidationError;
  // A `t.arg.globalID({ for })` argument naming another type is Pothos' refusal: the ID is the wrong one.
  const reason = /^ID: .* is not of type: /.test(error.message) ? "INVALID_ID" : "INVALID_VALUE";
  const coded = input ? { code: reasons[reason], reason } : { code: "INTERNAL_SERVER_ERROR" };
  return new GraphQLError(error.message, {
    ...placeOf(error),
    originalError: error.originalError,
    extensions: { ...error.extensions, ...coded },
  });
}

/**
 * graphql-armor's validation limits report like any other validation rule (400, BAD_USER_INPUT) instead
 * of throwing out of validate(), which answered 200 over HTTP and closed the whole socket over graphql-ws.
 */
const asValidationError = {
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) =>
      ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { nodes: error.nodes })),
  ],
};

const graphiql: GraphiQLOptions = {
  title: "Taskgraph GraphiQL",
  // SSE sends the headers set in GraphiQL's header editor, so subscriptions authenticate like queries.
  subscriptionsProtocol: "SSE",
  // JSON POSTs, which CSRF prevention lets through (a GET would need the x-graphql-yoga-csrf header).
  method: "POST",
  defaultQuery: `# Sign up, then put the token in Headers as {"Authorization": "Bearer <token>"}.
mutation SignUp {
  signUp(input: { email: "ada@example.com", password: "correct horse", name: "Ada" }) {
    token
    user { id name }
  }
}
`,
};

export interface TransportOptions {
  /** Origins other than the server's own that may call the API from a browser (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  /** Plugins the server adds around every operation (drain, live streams, metrics). */
  plugins: Plugin[];
}

export function createYogaServer(services: Services, transport: TransportOptions): YogaServerInstance<ServerContext, Context> {
  // Rendered once, so its CSP can allow its two inline scripts by hash.
  const page = graphiqlPage(graphiql);
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql,
    renderGraphiQL: () => page.html,
    cors: corsFor(transport.corsOrigins),
    // JSON only (see useJsonOnlyPosts); no uploads.
    multipart: false,
    maxRequestBodySize: limits.httpBodyBytes,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    maskedErrors: {
      maskError: (error, message) => {
        const original = error instanceof GraphQLError ? error.originalError : undefined;
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) return withCode(error);
        if (error instanceof GraphQLError && isRecordGone(original)) return goneWhileAnswering(error);
        logger.error({ err: original ?? error }, "unexpected error");
        return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
      },
    },
    context: async ({ request, connectionParams }) => {
      const authorization = authorizationFrom(request, connectionParams);
      const auth = await services.sessions.authenticate(authorization);
      // A token that names no live session is refused (401), not served as anonymous. Over graphql-ws
      // such a token never gets this far: the socket closes at connection_init (SocketClose.InvalidToken).
      if (!auth && authorization !== undefined && !connectionParams) throw invalidToken();
      // Over WebSocket a context lives as long as the operation: no cached roles, every check is fresh.
      return createContext(services, auth, !connectionParams);
    },
    plugins: [
      useSecurityHeaders(page.policy),
      useJsonOnlyPosts(),
      useCloseAfterRefusedBody(),
      useCsrfRefusal(),
      EnvelopArmorPlugin({
        maxDepth: { n: 12, ...asValidationError },
        maxAliases: { n: 15, ...asValidationError },
        maxDirectives: { n: 20, ...asValidationError },
        // A parser limit: it stops reading, so it is a parse error (400, BAD_USER_INPUT) by nature.
        maxTokens: { n: 4000 },
        costLimit: { maxCost: 150_000, ...asValidationError },
        blockFieldSuggestion: { enabled: false },
      }),
      useInputErrorCodes(),
      ...transport.plugins,
      useWellFormedInput(),
      useRateLimits(loadConfig()),
      useSharedExecution(),
    ],
  });
}
