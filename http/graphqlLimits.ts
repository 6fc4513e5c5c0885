import {
  type ASTVisitor,
  type ExecutionArgs,
  Kind,
  Lexer,
  type SelectionSetNode,
  Source,
  TokenKind,
  type ValidationContext,
  type ValueNode,
} from 'graphql'
// graphql ships CommonJS (`main`) and ESM (`module`) builds. Node, and Next (which keeps graphql external), load
// the CommonJS one; Vite (the tests) would pick the ESM one for a bare import. graphql-http tells validation
// errors apart with `instanceof GraphQLError`, so the class must come from the build everything else loads.
import { GraphQLError } from 'graphql/index.js'

import { isStorableText } from '../domain/storableText'

/**
 * What one GraphQL request may cost. Each top-level field (aliases included) is at least one SQL query, each
 * level of relationships another, and each document listed is read and serialized, so a request is bounded in
 * all three; Payload's `maxComplexity` (payload.config.ts) bounds the number of fields on top. A refused query
 * is answered before anything runs, with the GraphQL errors of a validation failure.
 */
export const graphQLLimits = {
  /** Longer documents are refused before graphql-js validates them (see graphQLDocumentTooLong). */
  tokens: 1000,
  /** Top-level fields per operation. */
  rootFields: 5,
  /** Nested selections, `Clinics { docs { author { clinics { name } } } }` being 5. */
  depth: 8,
  /** Documents per list (`limit`); Payload reads `limit: 0` and `pagination: false` as "all". */
  documents: 100,
}

/**
 * Whether a query is too long to validate: graphql-js's standard rules compare every pair of same-named
 * fields, so a 1 MB query of one repeated field would take minutes. Counts tokens only; a syntax error is left
 * to the GraphQL handler to report.
 */
export function graphQLDocumentTooLong(query: unknown): boolean {
  if (typeof query !== 'string') return false
  const lexer = new Lexer(new Source(query))
  try {
    for (let tokens = 0; lexer.advance().kind !== TokenKind.EOF; tokens += 1) {
      if (tokens >= graphQLLimits.tokens) return true
    }
  } catch {
    // A syntax error: not ours to report.
  }
  return false
}

type Variables = ExecutionArgs['variableValues']

/** A literal's value, or a variable's as sent, else its default (`$limit: Int = 0` must not slip past). */
const valueOf = (node: ValueNode, variables: Variables, defaults: Map<string, ValueNode>): unknown => {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value
    if (variables && name in variables) return variables[name]
    const fallback = defaults.get(name)
    return fallback ? valueOf(fallback, variables, defaults) : undefined
  }
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/** The refusal of a `limit` or `pagination` argument that would list more than graphQLLimits.documents. */
function listingProblem(name: string, value: unknown): string | undefined {
  if (name === 'limit' && typeof value === 'number' && !(value >= 1 && value <= graphQLLimits.documents)) {
    return `limit must be between 1 and ${graphQLLimits.documents}.`
  }
  if (name === 'pagination' && value === false) {
    return `pagination: false is not allowed; page through at most ${graphQLLimits.documents} documents at a time.`
  }
}

/** Top-level fields (aliases included, `__typename` not) and the deepest nesting of one selection set. */
function measure(context: ValidationContext, selectionSet: SelectionSetNode) {
  let rootFields = 0
  let depth = 0
  const walk = (set: SelectionSetNode, level: number, fragments: ReadonlySet<string>) => {
    depth = Math.max(depth, level)
    if (depth > graphQLLimits.depth) return
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (level === 1 && selection.name.value !== '__typename') rootFields += 1
        if (selection.selectionSet) walk(selection.selectionSet, level + 1, fragments)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, level, fragments)
      } else if (!fragments.has(selection.name.value)) {
        // A fragment cycle is reported by graphql-js's own rule; here it only must not loop.
        const fragment = context.getFragment(selection.name.value)
        if (fragment) walk(fragment.selectionSet, level, new Set([...fragments, selection.name.value]))
      }
    }
  }
  walk(selectionSet, 1, new Set())
  return { rootFields, depth }
}

/**
 * Payload's `graphQL.validationRules`: top-level fields, depth and documents per list within graphQLLimits, and
 * no string PostgreSQL cannot store (NUL), which would otherwise fail in the database.
 */
export function graphQLValidationRules(args: ExecutionArgs) {
  const rule = (context: ValidationContext): ASTVisitor => {
    const refuse = (message: string) => context.reportError(new GraphQLError(message))
    const defaults = new Map<string, ValueNode>()
    return {
      OperationDefinition(operation) {
        defaults.clear()
        for (const definition of operation.variableDefinitions ?? []) {
          if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue)
        }
        const { rootFields, depth } = measure(context, operation.selectionSet)
        if (rootFields > graphQLLimits.rootFields) {
          refuse(`At most ${graphQLLimits.rootFields} top-level fields per request (aliases count); got ${rootFields}.`)
        }
        if (depth > graphQLLimits.depth) refuse(`Selections may nest at most ${graphQLLimits.depth} levels deep.`)
      },
      Argument(argument) {
        const problem = listingProblem(argument.name.value, valueOf(argument.value, args.variableValues, defaults))
        if (problem) refuse(problem)
      },
      StringValue(node) {
        if (!isStorableText(node.value)) refuse('Strings may not contain NUL or unpaired UTF-16 surrogates.')
      },
    }
  }
  return [rule]
}
