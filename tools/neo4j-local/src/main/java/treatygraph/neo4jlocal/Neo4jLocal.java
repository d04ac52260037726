package treatygraph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1 and no auth, for development and tests.
 *
 * <p>Usage: {@code Neo4jLocal <home-dir> <bolt-port> [pagecache, e.g. 256m]}. Prints exactly one line
 * {@code READY bolt://127.0.0.1:<port>} on stdout once Bolt accepts connections; on failure prints one line
 * {@code FAILED <reason>} on stdout and exits 2. Neo4j's own logs go to {@code <home-dir>/logs}. It stops
 * cleanly on SIGTERM/SIGINT and when its stdin reaches end of file, so it dies with the process that
 * started it even when that process is killed outright (the pipe closes).
 */
public final class Neo4jLocal {
  private Neo4jLocal() {}

  public static void main(String[] args) {
    // Keep our stdout for the protocol lines only: anything a library prints goes to stderr.
    PrintStream protocol = System.out;
    System.setOut(System.err);

    if (args.length < 2) {
      protocol.println("FAILED usage: Neo4jLocal <home-dir> <bolt-port> [pagecache]");
      protocol.flush();
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath().normalize();
    int port = Integer.parseInt(args[1]);
    String pagecache = args.length > 2 ? args[2] : "256m";

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(home);
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
          // 5.26's builder has no setConfigRaw: settings without a public Setting constant go through a file.
          .loadPropertiesFromFile(writeRawSettings(home, Map.of(
              "dbms.usage_report.enabled", "false",
              // Nothing local is worth 5 s of waiting for Bolt worker threads on every stop.
              "internal.server.bolt.thread_pool_shutdown_wait_time", "500ms")))
          .build();
    } catch (Throwable e) {
      protocol.println("FAILED " + oneLine(e));
      protocol.flush();
      e.printStackTrace();
      // halt, not exit: a half-started DBMS may hold non-daemon threads.
      Runtime.getRuntime().halt(2);
      return;
    }

    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop = () -> {
      if (stopped.compareAndSet(false, true)) {
        try {
          dbms.shutdown();
        } catch (Throwable e) {
          e.printStackTrace();
        }
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));

    // The parent holds our stdin open; EOF means it went away (or asked us to stop), so we go too.
    Thread stdinWatch = new Thread(() -> {
      try {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
          // ignore input; only its end matters
        }
      } catch (IOException ignored) {
        // a broken pipe means the same as EOF
      }
      System.exit(0);
    }, "neo4j-local-stdin");
    stdinWatch.setDaemon(true);
    stdinWatch.start();

    try {
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
      waitForPort(port, 60_000);
    } catch (Throwable e) {
      protocol.println("FAILED " + oneLine(e));
      protocol.flush();
      e.printStackTrace();
      System.exit(2);
    }
    protocol.println("READY bolt://127.0.0.1:" + port);
    protocol.flush();
  }

  private static Path writeRawSettings(Path home, Map<String, String> settings) throws IOException {
    Path conf = home.resolve("neo4j-local.conf");
    StringBuilder text = new StringBuilder("# Written by Neo4jLocal on every start; edits are overwritten.\n");
    settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    Files.writeString(conf, text.toString());
    return conf;
  }

  private static void waitForPort(int port, long timeoutMs) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
        return;
      } catch (IOException e) {
        if (System.currentTimeMillis() > deadline) throw new IOException("Bolt did not open port " + port, e);
        Thread.sleep(100);
      }
    }
  }

  private static String oneLine(Throwable e) {
    // The root cause says what went wrong (port in use, store locked); the wrappers only say where.
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String top = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    String cause = root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    return (top + cause).replaceAll("\\s+", " ").trim();
  }
}
