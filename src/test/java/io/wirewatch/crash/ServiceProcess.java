package io.wirewatch.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code wirewatch run} as a separate JVM, exactly as an operator starts it ({@code target/wirewatch.jar}
 * and {@code target/lib/}), with its log in a file. {@link #kill()} is {@code kill -9}.
 */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final int httpPort;

    private ServiceProcess(String name, Process process, Path log, int httpPort) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /**
     * Starts {@code run --bootstrap-servers ... --http-port ...} with {@code settings} as {@code --set} flags.
     * Inherited {@code KAFKA_*} / {@code WIREWATCH_*} variables are dropped so only these flags configure it.
     */
    static ServiceProcess start(String name, Path projectDir, Path workDir, String bootstrap, Map<String, String> settings) {
        int port = freePort();
        Path log = workDir.resolve("logs").resolve(name + ".log");
        Path tmp = workDir.resolve("tmp");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp,
                "-cp", projectDir.resolve("target/wirewatch.jar") + ":" + projectDir.resolve("target/lib") + "/*",
                "io.wirewatch.Main", "run",
                "--config", projectDir.resolve("config").toString(),
                "--bootstrap-servers", bootstrap,
                "--http-port", String.valueOf(port)));
        settings.forEach((k, v) -> {
            cmd.add("--set");
            cmd.add(k + "=" + v);
        });
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(tmp);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(projectDir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("WIREWATCH_"));
            return new ServiceProcess(name, pb.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** {@code kill -9} ({@link Process#destroyForcibly()} is SIGKILL on Linux) and wait until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS) || ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new AssertionError(name + " (pid " + process.pid() + ") still alive 20 s after SIGKILL");
        }
    }

    /** SIGTERM: the service's shutdown hook closes Streams cleanly. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    /** GET on this instance's HTTP API; status -1 when it does not answer. */
    HttpResponse<String> get(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + pathAndQuery))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    int status(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        return r == null ? -1 : r.statusCode();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
