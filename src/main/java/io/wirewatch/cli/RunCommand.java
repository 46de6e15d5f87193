package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.config.AppConfig;
import io.wirewatch.embedded.EmbeddedKafkaBroker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code run}: the service against the configured brokers, or an in-process one with {@code --embedded}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the service (Kafka Streams + HTTP API) until Ctrl-C.")
public final class RunCommand implements Callable<Integer> {
    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Option(names = "--embedded", description = "Start the in-process Kafka broker first (wirewatch.embedded.*); no sample feed.")
    boolean embedded;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", description = "Kafka brokers (bootstrap.servers).")
    String bootstrapServers;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP API port (wirewatch.http.port).")
    Integer httpPort;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        if (httpPort != null) {
            flags.put(AppConfig.HTTP_PORT, httpPort.toString());
        }
        AppConfig config = GlobalOptions.load(parent.global, global, flags);
        EmbeddedKafkaBroker broker = null;
        if (embedded) {
            broker = Service.startBroker(config);
            flags.put("bootstrap.servers", broker.bootstrapServers());
            config = GlobalOptions.load(parent.global, global, flags);
        }
        Service service = Service.start(config, broker);
        return service.runUntilStopped();
    }
}
