import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLField,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { badInput } from "../errors.js";
import { decodeOpaque, textProblem } from "./text.js";

/**
 * Refuses, before anything executes, every operation whose arguments carry text the database cannot store
 * (NUL, unpaired surrogates): in any string argument, inline or from a variable, nested in input objects
 * and lists, and inside the decoded text of IDs and cursors. One check for every field, so no resolver has
 * to remember it and nothing is half-written. The error names the argument path, e.g. `input.title`.
 */
export const useWellFormedInput = (): Plugin => ({
  onExecute({ args, setResultAndStopExecution }) {
    const error = findIllFormedText(args.schema, args.document, args.operationName, args.variableValues);
    if (error) setResultAndStopExecution({ errors: [error] });
  },
  onSubscribe({ args, setResultAndStopExecution }) {
    const error = findIllFormedText(args.schema, args.document, args.operationName, args.variableValues);
    if (error) setResultAndStopExecution({ errors: [error] });
  },
});

export function findIllFormedText(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  // Variables that do not coerce are refused by execution itself, with its own message.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Variables are operation-wide, so a fragment's arguments are the same wherever it is spread.
  const walkedFragments = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): GraphQLError | null => {
    for (const selection of selectionSet.selections) {
      let error: GraphQLError | null = null;
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(schema, parent, selection.name.value);
        if (!field) continue;
        // Without arguments in the operation only the schema's own defaults apply: nothing of the client's.
        if (selection.arguments?.length) {
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(field, selection, variables);
          } catch {
            continue; // a missing or ill-typed argument: execution reports it
          }
          const cursorArgs = isConnection(field) ? ["after", "before"] : [];
          for (const arg of field.args) {
            error ??= checkValue(values[arg.name], arg.type, arg.name, cursorArgs.includes(arg.name));
          }
        }
        if (!error && selection.selectionSet) error = walk(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        error = walk(selection.selectionSet, type ?? undefined);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || walkedFragments.has(fragment.name.value)) continue;
        walkedFragments.add(fragment.name.value);
        error = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
      }
      if (error) return error;
    }
    return null;
  };
  return walk(operation.selectionSet, root);
}

function fieldOf(schema: GraphQLSchema, parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
}

/** A Relay connection field: its `after` and `before` arguments are opaque cursors with text inside. */
function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && "pageInfo" in type.getFields() && "edges" in type.getFields();
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, cursor = false): GraphQLError | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    for (const [i, item] of items.entries()) {
      const error = checkValue(item, nullable.ofType, `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const error = checkValue((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
      if (error) return error;
    }
    return null;
  }
  if (typeof value !== "string") return checkJson(value, path);
  const problem = textProblem(value);
  if (problem) return badInput(`${path} must not contain ${problem}.`, path, "MALFORMED_TEXT");
  if (nullable === GraphQLID || cursor) return checkOpaque(value, path, nullable === GraphQLID ? "ID" : "cursor");
  return null;
}

/** IDs and cursors are base64 text; what they decode to reaches the database too. */
function checkOpaque(value: string, path: string, what: "ID" | "cursor"): GraphQLError | null {
  const decoded = decodeOpaque(value);
  if (decoded === null) return null;
  const problem = textProblem(decoded);
  if (problem) return badInput(`${path} is not a valid ${what}: it decodes to text with ${problem}.`, path, "INVALID_ID");
  // A cursor may carry JSON (Pothos tags object and tuple cursors `O:` and `T:`); JSON escapes hide text.
  const json = /^GPC:[OT]:/.test(decoded) ? parseJson(decoded.slice(6)) : undefined;
  return json === undefined ? null : checkJson(json, path, `is not a valid ${what}: it decodes to text with`);
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Custom scalars (JSON and the like) coerce to values of any shape: every string in them, keys too. */
function checkJson(value: unknown, path: string, prefix = "must not contain"): GraphQLError | null {
  const strings: string[] = [];
  const collect = (v: unknown, depth: number) => {
    if (depth > 64) return;
    if (typeof v === "string") strings.push(v);
    else if (Array.isArray(v)) for (const item of v) collect(item, depth + 1);
    else if (v && typeof v === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
      for (const [key, item] of Object.entries(v)) {
        strings.push(key);
        collect(item, depth + 1);
      }
    }
  };
  collect(value, 0);
  for (const text of strings) {
    const problem = textProblem(text);
    if (problem) return badInput(`${path} ${prefix} ${problem}.`, path, "MALFORMED_TEXT");
  }
  return null;
}
