import type { IncomingMessage } from "node:http";
import { type DocumentNode, getOperationAST, Kind, type SelectionSetNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config.js";
import { rateLimited } from "../errors.js";
import { clientAddress } from "./client-address.js";
import { createRateLimits, LimitExceeded, type SignInAttempt } from "./rate-limits.js";

/** What resolvers see of the limits: bound to this request's client address. */
export interface RequestLimits {
  /** The client address the limits count by (the socket's, or X-Forwarded-For's under TRUST_PROXY). */
  address: string;
  beginSignIn(email: string): Promise<SignInAttempt>;
  signUp(): Promise<void>;
}

interface LimitsContext {
  rateLimits?: RequestLimits;
}

/** The request limits of a resolver's context; the plugin below always puts them there. */
export function limitsOf(ctx: object): RequestLimits {
  const limits = (ctx as LimitsContext).rateLimits;
  if (!limits) throw new Error("rate limits are missing from the context: is useRateLimits() in the plugin list?");
  return limits;
}

/**
 * Sign-in and sign-up limits per account and client address (applied by those resolvers through
 * `limitsOf(ctx)`), and a write limit per signed-in user on every mutation operation, HTTP and WebSocket
 * alike: a refused operation runs no resolver at all, so it writes nothing.
 */
export function useRateLimits(config: Pick<Config, "rateLimits" | "redisUrl" | "trustProxy">): Plugin {
  const limits = createRateLimits(config.rateLimits, config.redisUrl);
  return {
    onContextBuilding({ context, extendContext }) {
      const server = context as { req?: IncomingMessage; extra?: { request?: IncomingMessage } };
      // Yoga's Node adapter hands HTTP requests over as `req`; graphql-ws puts its upgrade request in `extra`.
      const address = clientAddress(server.req ?? server.extra?.request, config.trustProxy);
      extendContext({ rateLimits: new AddressLimits(limits, address) } as never);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      const user = (args.contextValue as { user?: { id: string } | null }).user;
      if (operation?.operation !== "mutation" || !user) return;
      try {
        await limits.write(user.id, Math.max(1, countFields(operation.selectionSet, args.document)));
      } catch (error) {
        if (!(error instanceof LimitExceeded)) throw error;
        setResultAndStopExecution({ errors: [rateLimited(error.msBeforeNext)] });
      }
    },
    onDispose: () => limits.close(),
  };
}

/** The limits bound to one client address. A class: every operation (each live subscription too) holds one. */
class AddressLimits implements RequestLimits {
  constructor(
    private readonly limits: ReturnType<typeof createRateLimits>,
    readonly address: string,
  ) {}

  beginSignIn(email: string): Promise<SignInAttempt> {
    return this.limits.beginSignIn(email, this.address).catch(refused);
  }

  signUp(): Promise<void> {
    return this.limits.signUp(this.address).catch(refused);
  }
}

function refused(error: unknown): never {
  throw error instanceof LimitExceeded ? rateLimited(error.msBeforeNext) : error;
}

/** Root mutation fields of an operation, through fragments: each is one write. */
function countFields(selectionSet: SelectionSetNode, document: DocumentNode): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === "__typename" ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countFields(selection.selectionSet, document);
    else {
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) count += countFields(fragment.selectionSet, document);
    }
  }
  return count;
}
