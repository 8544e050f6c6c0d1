package dev.compliancegraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community embedded with one Bolt connector on 127.0.0.1.
 *
 * <p>Usage: {@code EmbeddedNeo4j [--port N] [--data-dir DIR] [--page-cache MiB]}. Environment:
 * NEO4J_PASSWORD (required, at least 8 characters), NEO4J_PORT, NEO4J_PAGECACHE_MB.
 *
 * <p>Contract: prints exactly one line {@code READY bolt://127.0.0.1:PORT} on stdout once the
 * default database accepts queries; exits 0 after a clean shutdown on SIGTERM/SIGINT or when stdin
 * reaches end-of-file (so it never outlives the process that started it); exits 2 on bad usage and
 * 1 when the database cannot start.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    int port = intOr(System.getenv("NEO4J_PORT"), 7687);
    Path dataDir = Path.of(".data/neo4j");
    long pageCacheMb = intOr(System.getenv("NEO4J_PAGECACHE_MB"), 256);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--port" -> { port = intOr(v, -1); i++; }
        case "--data-dir" -> { dataDir = v == null ? null : Path.of(v); i++; }
        case "--page-cache" -> { pageCacheMb = intOr(v, -1); i++; }
        default -> usage("unknown argument " + a);
      }
    }
    if (port <= 0 || port > 65535) usage("--port needs a number from 1 to 65535");
    if (dataDir == null) usage("--data-dir needs a directory");
    if (pageCacheMb <= 0) usage("--page-cache needs a positive number of MiB");
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) usage("NEO4J_PASSWORD must be set to at least 8 characters");

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          // Shutdown: the Bolt server otherwise waits out two 5 s quiet periods even with no
          // connection open (a stop took ~10 s). One local client, which closes its driver first.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
          .build();
    } catch (RuntimeException e) {
      System.err.println("embedded-neo4j: cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean(false);
    Runnable stop = () -> {
      if (stopping.compareAndSet(false, true)) {
        try {
          dbms.shutdown();
        } finally {
          stopped.countDown();
        }
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.run();
      try {
        stopped.await();
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    }, "embedded-neo4j-shutdown"));

    try {
      setPassword(dbms, password);
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      System.err.println("embedded-neo4j: database not available: " + e.getMessage());
      System.exit(1);
    }

    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    Thread stdinWatch = new Thread(() -> {
      try (InputStream in = System.in) {
        byte[] buf = new byte[256];
        while (in.read(buf) >= 0) {
          // Input is ignored; only end-of-file matters.
        }
      } catch (IOException ignored) {
        // A broken stdin means the parent is gone: stop as on end-of-file.
      }
      System.exit(0);
    }, "embedded-neo4j-stdin");
    stdinWatch.setDaemon(true);
    stdinWatch.start();

    try {
      stopped.await();
    } catch (InterruptedException ignored) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sets the neo4j user's password; an unchanged password (a later start on the same data) is fine. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static int intOr(String s, int fallback) {
    if (s == null || s.isBlank()) return fallback;
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void usage(String message) {
    System.err.println("embedded-neo4j: " + message);
    System.err.println("usage: EmbeddedNeo4j [--port N] [--data-dir DIR] [--page-cache MiB]");
    System.exit(2);
  }
}
