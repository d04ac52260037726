// The schema: importing each type file registers its types and fields on the builder; nothing else lives here.
import { builder } from "../builder.js";
import "./person.js";
import "./state.js";
import "./treaty.js";
import "./organization.js";
import "./statement.js";
import "./article.js";
import "./search.js";
import "./graph.js";
import "./ingest.js";

builder.queryType({ description: "Who said what about which treaty: entities, statements, articles and the graph." });

export const schema = builder.toSchema({ sortSchema: true });
