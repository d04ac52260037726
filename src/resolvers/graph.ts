// The neighbourhood and path read queries behind graph() and path(). graph() walks breadth-first, one Cypher
// round trip per level (so depth, not the number of nodes, sets the number of round trips), and stops adding
// nodes at `limit`; edges are kept only between nodes that made it in, so the result is always self-consistent.
import neo4j from "neo4j-driver";
import type { CypherExecutor } from "../neo4j/executor.js";
import { NODE_LABELS, type NodeLabel } from "./rows.js";

export type GraphNodeRow = {
  typename: NodeLabel;
  id: string;
  label: string;
};

export type GraphEdgeRow = {
  type: string;
  sourceType: NodeLabel;
  sourceId: string;
  targetType: NodeLabel;
  targetId: string;
};

export interface GraphRows {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  /** True when `limit` cut the neighbourhood short. */
  truncated: boolean;
}

export interface NodeRef {
  typename: NodeLabel;
  id: string;
}

const refKey = (typename: string, id: string) => `${typename}\u0000${id}`;

/** The `$ids` parameter of graph-nodes/graph-neighbours: every label of the model mapped to its ids. */
export function idsByLabel(refs: readonly NodeRef[]): Record<NodeLabel, string[]> {
  const map = Object.fromEntries(NODE_LABELS.map((l) => [l, [] as string[]])) as Record<NodeLabel, string[]>;
  for (const ref of refs) map[ref.typename].push(ref.id);
  return map;
}

type NeighbourRow = {
  type: string;
  outgoing: boolean;
  fromType: NodeLabel;
  fromId: string;
  otherType: NodeLabel | null;
  otherId: string | null;
  otherLabel: string | null;
};

export async function neighbourhood(executor: CypherExecutor, focus: readonly NodeRef[], depth: number, limit: number): Promise<GraphRows> {
  const focusRows = await executor.read<GraphNodeRow>("read/graph-nodes", { ids: idsByLabel(focus) });
  const nodes = new Map<string, GraphNodeRow>();
  for (const row of focusRows) if (nodes.size < limit) nodes.set(refKey(row.typename, row.id), row);
  const edges = new Map<string, GraphEdgeRow>();
  let frontier: NodeRef[] = [...nodes.values()];
  let truncated = focusRows.length > limit;

  for (let level = 0; level < depth && frontier.length > 0; level++) {
    // Ask for a little more than the room left, so we can tell whether the limit cut anything.
    const room = limit - nodes.size;
    const rowLimit = Math.max(room, 0) * 4 + 50;
    const rows = await executor.read<NeighbourRow>("read/graph-neighbours", { ids: idsByLabel(frontier), limit: neo4j.int(rowLimit) });
    const next: NodeRef[] = [];
    for (const row of rows) {
      if (!row.otherType || !row.otherId) continue;
      const otherKey = refKey(row.otherType, row.otherId);
      if (!nodes.has(otherKey)) {
        if (nodes.size >= limit) {
          truncated = true;
          continue;
        }
        const node = { typename: row.otherType, id: row.otherId, label: row.otherLabel ?? row.otherId };
        nodes.set(otherKey, node);
        next.push(node);
      }
      const [sourceType, sourceId, targetType, targetId] = row.outgoing
        ? [row.fromType, row.fromId, row.otherType, row.otherId]
        : [row.otherType, row.otherId, row.fromType, row.fromId];
      const edge = { type: row.type, sourceType, sourceId, targetType, targetId };
      edges.set(`${row.type}\u0000${refKey(sourceType, sourceId)}\u0000${refKey(targetType, targetId)}`, edge);
    }
    if (rows.length >= rowLimit) truncated = true;
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

type PathRow = {
  nodes: GraphNodeRow[];
  rels: GraphEdgeRow[];
};

/** The shortest path of at most maxLength relationships, or null. */
export async function shortestPath(executor: CypherExecutor, from: NodeRef, to: NodeRef, maxLength: number): Promise<GraphRows | null> {
  if (from.typename === to.typename && from.id === to.id) {
    const rows = await executor.read<GraphNodeRow>("read/graph-nodes", { ids: idsByLabel([from]) });
    return rows.length ? { nodes: rows, edges: [], truncated: false } : null;
  }
  const rows = await executor.read<PathRow>("read/shortest-path", {
    fromLabel: from.typename,
    fromId: from.id,
    toLabel: to.typename,
    toId: to.id,
    maxLength: neo4j.int(maxLength),
  });
  const row = rows[0];
  if (!row) return null;
  return { nodes: row.nodes, edges: row.rels, truncated: false };
}
