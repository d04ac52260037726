// A comparable picture of the whole graph for ingest tests: every node as "Label:id" and every relationship
// as "TYPE start->end count/title/articles", sorted. Two equal signatures mean the same nodes and edges.
import type { CypherExecutor } from "../../src/neo4j/executor.js";

export interface GraphSignature {
  nodes: string[];
  relationships: string[];
}

export async function graphSignature(executor: CypherExecutor): Promise<GraphSignature> {
  const nodes = await executor.readText<{ label: string; id: string }>("MATCH (n) RETURN labels(n)[0] AS label, n.id AS id", {}, "test/signature-nodes");
  const rels = await executor.readText<{ type: string; a: string; b: string; count: number | null; title: string | null; articles: string[] | null }>(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, r.count AS count, r.title AS title, r.articles AS articles",
    {},
    "test/signature-relationships",
  );
  return {
    nodes: nodes.map((n) => `${n.label}:${n.id}`).sort(),
    relationships: rels.map((r) => `${r.type} ${r.a}->${r.b} ${r.count ?? ""}${r.title ?? ""} ${[...(r.articles ?? [])].sort().join("|")}`).sort(),
  };
}

export async function graphCounts(executor: CypherExecutor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.readText<{ nodes: number; relationships: number }>(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    "test/counts",
  );
  return row ?? { nodes: 0, relationships: 0 };
}
