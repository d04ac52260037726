// The one place where Neo4j driver errors become GraphQL errors with a stable extensions.code.
// Clients see the code and a plain message; the original error goes to the log, never to the client.
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";

export type DatabaseErrorCode = "DATABASE_UNAVAILABLE" | "DATABASE_TIMEOUT" | "CONSTRAINT_VIOLATION" | "DATABASE_ERROR";

export class DatabaseError extends GraphQLError {
  constructor(message: string, readonly code: DatabaseErrorCode, cause: unknown) {
    super(message, { extensions: { code }, originalError: cause instanceof Error ? cause : undefined });
    this.name = "DatabaseError";
  }
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

export function mapNeo4jError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = error instanceof Neo4jError ? error.code : undefined;
  if (code && UNAVAILABLE.has(code)) {
    return new DatabaseError("The graph database is not reachable right now; try again shortly.", "DATABASE_UNAVAILABLE", error);
  }
  if (code?.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") || code === "Neo.TransientError.Transaction.Terminated") {
    return new DatabaseError("The query took too long and was stopped; narrow it (smaller first, depth or limit).", "DATABASE_TIMEOUT", error);
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new DatabaseError("The write conflicts with existing data (a uniqueness constraint).", "CONSTRAINT_VIOLATION", error);
  }
  return new DatabaseError("The graph database could not answer this request.", "DATABASE_ERROR", error);
}
