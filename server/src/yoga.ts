import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError } from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { authenticate } from "./auth/sessions.js";
import { createContext, type Context, type Services } from "./context.js";
import { logger } from "./logger.js";
import { useWellFormedInput } from "./security/well-formed-input.js";
import { schema } from "./schema/index.js";

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
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: "BAD_USER_INPUT", ...(code ? { reason: code } : {}) },
  });
}

export function createYogaServer(services: Services): YogaServerInstance<ServerContext, Context> {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: {
      title: "Taskgraph GraphiQL",
      // SSE sends the headers set in GraphiQL's header editor, so subscriptions authenticate like queries.
      subscriptionsProtocol: "SSE",
      defaultQuery: `# Sign up, then put the token in Headers as {"Authorization": "Bearer <token>"}.
mutation SignUp {
  signUp(input: { email: "ada@example.com", password: "correct horse", name: "Ada" }) {
    token
    user { id name }
  }
}
`,
    },
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    maskedErrors: {
      maskError: (error, message) => {
        const original = error instanceof GraphQLError ? error.originalError : undefined;
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) return error;
        logger.error({ err: original ?? error }, "unexpected error");
        return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
      },
    },
    context: async ({ request, connectionParams }) => {
      const auth = await authenticate(services.prisma, authorizationFrom(request, connectionParams));
      // Over WebSocket a context lives as long as the operation: no cached roles, every check is fresh.
      return createContext(services, auth, !connectionParams);
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 15 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 4000 },
        costLimit: { maxCost: 150_000 },
        blockFieldSuggestion: { enabled: false },
      }),
      useInputErrorCodes(),
      useWellFormedInput(),
    ],
  });
}
