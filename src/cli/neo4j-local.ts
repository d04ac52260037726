// npm run neo4j:local
// Runs the project's own Neo4j in the foreground (Testcontainers where Docker answers, else the embedded
// launcher; NEO4J_LOCAL_* choose the folder, port, heap and mode), prints how to use it, and stops it on
// Ctrl-C or SIGTERM. With NEO4J_URI set there is nothing to start: it only checks that database.
import { ConfigError, loadConfig, type Config } from "../config.js";
import { createLogger } from "../logger.js";
import { startNeo4j } from "../neo4j/local-neo4j.js";

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`neo4j:local: ${error.message}`);
    return 2;
  }
  const logger = createLogger(config.logLevel);
  let running;
  try {
    running = await startNeo4j(config, logger);
  } catch (error) {
    console.error(`neo4j:local: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (running.mode === "external") {
    console.log(`NEO4J_URI is set and ${running.uri} answers; nothing to start.`);
    return 0;
  }

  // Config insists on a password with NEO4J_URI; a Neo4j without auth accepts any.
  const noAuth = running.password === "";
  console.log(`Neo4j (${running.mode}) is ready at ${running.uri}  (user ${running.user}, ${noAuth ? "no authentication" : `password ${running.password}`})`);
  if (running.mode === "embedded") console.log(`  data and logs: ${config.localNeo4j.dir}`);
  console.log("Use it from another shell with:");
  console.log(`  NEO4J_URI=${running.uri} NEO4J_USER=${running.user} NEO4J_PASSWORD=${noAuth ? "any" : running.password} npm start`);
  console.log(`Ctrl-C stops it.`);

  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping Neo4j...`);
      void running.stop().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    process.on("SIGHUP", stop);
  });
  // The child is unref'd so that library users can exit without stop(); here we wait on purpose.
  const keepAlive = setInterval(() => {}, 1 << 30);
  await stopped;
  clearInterval(keepAlive);
  console.log("Neo4j stopped.");
  return 0;
}

process.exitCode = await main();
