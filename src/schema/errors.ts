/**
 * Errors the API shows to clients, with a typed `extensions.code`. Anything else thrown by a
 * resolver is masked by yoga (see src/server/yoga.ts).
 */
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';

export function notFound(message: string, ids: readonly string[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', ...(ids.length ? { ids: [...ids] } : {}) } });
}

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

/** An integer argument within [min, max], else BAD_USER_INPUT naming the argument. */
export function intInRange(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`"${name}" must be an integer from ${min} to ${max}, got ${value}`, name);
  }
  return value;
}

/**
 * Runs `work`, turning Pothos' argument validation errors (a malformed or foreign cursor, a negative
 * `first`) into BAD_USER_INPUT: they are the client's mistake, not the server's, so they are neither
 * masked nor logged as internal errors.
 */
export async function clientArguments<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof PothosValidationError) throw badUserInput(err.message);
    throw err;
  }
}
