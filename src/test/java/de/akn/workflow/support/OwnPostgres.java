package de.akn.workflow.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own ({@code initdb} and {@code pg_ctl} of the machine's
 * PostgreSQL, on a free port, trust authentication), which a test may stop and start — never the
 * machine's shared server. Runs the server as the {@code postgres} user when the test runs as root.
 */
public final class OwnPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private OwnPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The directory of {@code initdb} and {@code pg_ctl}, if this machine has PostgreSQL's server. */
    public static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.naturalOrder());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a cluster can be made here: the binaries, and root (to run as postgres) or postgres itself. */
    public static boolean isAvailable() {
        String user = System.getProperty("user.name");
        return binaries().isPresent() && ("root".equals(user) || "postgres".equals(user))
                && Files.isExecutable(Path.of("/usr/sbin/runuser"));
    }

    /** A new cluster, started, with database {@code akn}. */
    public static OwnPostgres create() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createTempDirectory("akn-pg-");
        var pg = new OwnPostgres(binaries().orElseThrow(), dir, port);
        pg.run("chown", "postgres:postgres", dir.toString());
        pg.runAsPostgres(pg.bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8");
        pg.start();
        pg.runAsPostgres(pg.bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p",
                String.valueOf(port), "-U", "postgres", "-d", "postgres", "-c", "create database akn");
        return pg;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/akn";
    }

    public int port() {
        return port;
    }

    public void start() throws Exception {
        runAsPostgres(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
                "-w", "-t", "60", "start");
    }

    /** Stops the server at once (fast shutdown: open connections are cut). */
    public void stop() throws Exception {
        runAsPostgres(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w",
                "stop");
    }

    @Override
    public void close() throws Exception {
        try {
            runAsPostgres(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "stop");
        } catch (Exception e) {
            // already stopped
        }
        run("rm", "-rf", dir.toString());
    }

    private void runAsPostgres(String... command) throws Exception {
        var full = new ArrayList<String>();
        if (!"postgres".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private void run(String... command) throws Exception {
        Path out = Files.createTempFile("akn-pg-cmd", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(out));
        }
        Files.deleteIfExists(out);
    }
}
