// graph(focus:) and path(from:, to:): the graph itself as plain nodes and edges that Cytoscape.js, sigma.js and
// vis-network take as they are. Node ids are the same global ids as node(id:); an edge's source and target are
// always among the nodes returned, and every id (node or edge) is unique.
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import { neighbourhood, shortestPath, type GraphEdgeRow, type GraphNodeRow, type GraphRows, type NodeRef } from "../resolvers/graph.js";
import { isNodeLabel } from "../resolvers/rows.js";
import { badInput } from "./pagination.js";

/** Longest path the shortest-path query can look for (its Cypher pattern is bounded by this literal). */
const PATH_LENGTH_CEILING = 10;
const MAX_FOCUS = 50;

export const GraphNode = builder.objectRef<GraphNodeRow>("GraphNode").implement({
  description: "A node of the graph view.",
  fields: (t) => ({
    id: t.id({ description: "The global id, as Node.id and node(id:).", resolve: (n) => encodeGlobalID(n.typename, n.id) }),
    type: t.string({ description: "Person, State, Treaty, Organization, Statement or Article.", resolve: (n) => n.typename }),
    label: t.exposeString("label", { description: "A display label: name, title, or the start of a statement." }),
    key: t.string({ description: "The node's own key (ISO code, slug, url).", resolve: (n) => n.id }),
  }),
});

export const GraphEdge = builder.objectRef<GraphEdgeRow>("GraphEdge").implement({
  description: "A relationship of the graph view, directed as stored.",
  fields: (t) => ({
    id: t.id({ description: "Unique: type, source and target.", resolve: (e) => edgeId(e) }),
    type: t.string({ description: "SAID, ABOUT, REPORTED_IN, MENTIONS, HOLDS_OFFICE or PARTY_TO.", resolve: (e) => e.type }),
    source: t.id({ description: "Global id of the start node.", resolve: (e) => encodeGlobalID(e.sourceType, e.sourceId) }),
    target: t.id({ description: "Global id of the end node.", resolve: (e) => encodeGlobalID(e.targetType, e.targetId) }),
  }),
});

export function edgeId(e: GraphEdgeRow): string {
  return `${e.type}:${encodeGlobalID(e.sourceType, e.sourceId)}->${encodeGlobalID(e.targetType, e.targetId)}`;
}

export const Graph = builder.objectRef<GraphRows>("Graph").implement({
  description: "Nodes and edges, ready for Cytoscape.js ({ data: node }), sigma.js/graphology or vis-network as they are.",
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (g) => g.edges }),
    truncated: t.boolean({ description: "True when `limit` left out part of the neighbourhood.", resolve: (g) => g.truncated }),
  }),
});

function nodeRef(globalId: string, argument: string): NodeRef {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = undefined;
  }
  if (!decoded || !isNodeLabel(decoded.typename) || !decoded.id) {
    throw badInput(`Argument '${argument}' must hold node ids as returned by Node.id; '${globalId}' is not one.`, argument);
  }
  return { typename: decoded.typename, id: decoded.id };
}

builder.queryFields((t) => ({
  graph: t.field({
    type: Graph,
    description: "The neighbourhood of the focus nodes up to `depth` relationships away, at most `limit` nodes.",
    args: {
      focus: t.arg.idList({ required: true }),
      depth: t.arg.int({ required: false, defaultValue: 1, description: "1 to MAX_GRAPH_DEPTH." }),
      limit: t.arg.int({ required: false, defaultValue: 200, description: "1 to MAX_GRAPH_NODES." }),
    },
    complexity: (args) => ({ field: 10 * Math.max(1, Number(args.depth ?? 1)), multiplier: 1 }),
    resolve: async (_root, args, ctx) => {
      const { maxGraphDepth, maxGraphNodes } = ctx.config.limits;
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 200;
      if (depth < 1 || depth > maxGraphDepth) throw badInput(`Argument 'depth' must be between 1 and ${maxGraphDepth} (MAX_GRAPH_DEPTH); got ${depth}.`, "depth");
      if (limit < 1 || limit > maxGraphNodes) throw badInput(`Argument 'limit' must be between 1 and ${maxGraphNodes} (MAX_GRAPH_NODES); got ${limit}.`, "limit");
      if (args.focus.length === 0 || args.focus.length > MAX_FOCUS) throw badInput(`Argument 'focus' must hold 1 to ${MAX_FOCUS} node ids; got ${args.focus.length}.`, "focus");
      const focus = args.focus.map((id) => nodeRef(String(id), "focus"));
      return neighbourhood(ctx.executor, focus, depth, limit);
    },
  }),
  path: t.field({
    type: Graph,
    nullable: true,
    description: "A shortest path between two nodes with at most `maxLength` relationships, or null if there is none.",
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ required: false, description: "1 to 2 x MAX_GRAPH_DEPTH (at most 10); default 4." }),
    },
    resolve: async (_root, args, ctx) => {
      const max = Math.min(PATH_LENGTH_CEILING, 2 * ctx.config.limits.maxGraphDepth);
      const maxLength = args.maxLength ?? Math.min(4, max);
      if (maxLength < 1 || maxLength > max) throw badInput(`Argument 'maxLength' must be between 1 and ${max}; got ${maxLength}.`, "maxLength");
      return shortestPath(ctx.executor, nodeRef(String(args.from), "from"), nodeRef(String(args.to), "to"), maxLength);
    },
  }),
}));
