// One driver per process: it owns the connection pool (and, for neo4j:// URIs, cluster routing).
import neo4j, { type Driver } from "neo4j-driver";

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string | undefined;
  database?: string | undefined;
  maxPoolSize?: number;
}

export function createDriver(connection: Neo4jConnection): Driver {
  // A local Neo4j without auth accepts any credentials, so an unset password is sent as empty.
  const auth = neo4j.auth.basic(connection.user, connection.password ?? "");
  return neo4j.driver(connection.uri, auth, {
    maxConnectionPoolSize: connection.maxPoolSize ?? 50,
    connectionAcquisitionTimeout: 20_000,
    disableLosslessIntegers: false,
    userAgent: "treaty-graph/0.1",
  });
}

/** Waits until the database answers, or throws a one-line error that names the URI. */
export async function verifyDriver(driver: Driver, uri: string, database?: string): Promise<void> {
  try {
    await driver.getServerInfo({ database });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`Cannot reach Neo4j at NEO4J_URI=${uri}: ${reason}`);
  }
}
