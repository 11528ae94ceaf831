import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from the committed schema: the web client and the integration tests each get their own.
const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  // ".js" on relative imports, as NodeNext module resolution requires.
  emitLegacyCommonJSImports: false,
  generates: {
    "web/src/gql/": {
      documents: ["web/src/**/*.{ts,tsx}", "!web/src/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: "string", JSON: "unknown" } },
    },
    // Types for graphcache's updaters, optimistic results and resolvers (cacheExchange<GraphCacheConfig>).
    "web/src/gql/graphcache.ts": {
      plugins: ["typescript", "typescript-urql-graphcache"],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: "string", JSON: "unknown" } },
    },
    "server/test/gql/": {
      documents: ["server/test/**/*.ts", "!server/test/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: "string", JSON: "unknown" } },
    },
  },
};

export default config;
