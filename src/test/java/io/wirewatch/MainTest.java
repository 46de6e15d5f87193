package io.wirewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    @Test
    void shouldRefuseToExposeTheApiWithoutATokenBeforeTouchingKafka() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Main()).setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(Main::onFailure);
        long t0 = System.nanoTime();
        int code = cmd.execute("run", "--set", "wirewatch.http.host=0.0.0.0", "--set", "wirewatch.http.token=",
                "--set", "bootstrap.servers=127.0.0.1:1", "--http-port", "0");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly("wirewatch run: wirewatch.http.host=0.0.0.0 is "
                + "reachable from other machines: set a bearer token with wirewatch.http.token (or the environment "
                + "variable WIREWATCH_HTTP_TOKEN), or bind 127.0.0.1");
        assertThat(took).as("no broker was contacted").isLessThan(Duration.ofSeconds(10));
    }
}
