package io.wirewatch.cli;

import io.wirewatch.config.AppConfig;
import io.wirewatch.model.ReferenceWindow;
import io.wirewatch.reference.ReferenceFileException;
import io.wirewatch.reference.ReferenceSet;
import io.wirewatch.streams.JsonSerdes;
import io.wirewatch.streams.StreamsRunner;
import io.wirewatch.streams.TopologySettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code reference load FILE [--models FILE]}: the attacks file's drone windows into the compacted reference
 * topic, keyed by window ({@code uav|<start>|<end>|<reporter>}). The whole file is read and checked first: a bad
 * row stops the command naming the file and line, with nothing sent. Then every window goes in one Kafka
 * transaction, so a reader (the service reads committed records only) sees all of the file or none of it.
 * Loading the same file again writes the same keys and values: nothing changes downstream. A corrected row
 * changes its window's value under the same key, which replaces the old one.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load the reference dataset's drone rows (missile_attacks_daily.csv), grouped per attack window,",
            "into the compacted reference topic. Missiles are left out and counted."})
public final class ReferenceLoadCommand implements Callable<Integer> {
    @ParentCommand
    ReferenceCommand parent;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "FILE", description = "The attacks file (missile_attacks_daily.csv).")
    Path file;

    @Option(names = "--models", paramLabel = "FILE",
            description = "Weapon table, model -> category (default: missiles_and_uavs.csv beside FILE).")
    Path models;

    @Option(names = "--topic", description = "Target topic (default: wirewatch.topic.reference).")
    String topic;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", description = "Kafka brokers.")
    String bootstrapServers;

    @Option(names = "--dry-run", description = "Read and check the file, print what would be sent, send nothing.")
    boolean dryRun;

    PrintStream err = System.err;

    @Override
    public Integer call() {
        Map<String, String> flags = new LinkedHashMap<>();
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        AppConfig config = GlobalOptions.load(parent.parent.global, mergedGlobal(), flags);
        TopologySettings settings = TopologySettings.from(config.appKeys());
        String target = topic != null ? topic : settings.referenceTopic();
        ReferenceSet set;
        try {
            set = ReferenceFiles.read(file, models, settings);
        } catch (ReferenceFileException e) {
            err.println("reference load: " + e.getMessage() + "; nothing sent");
            return 2;
        }
        err.println("reference load: " + ReferenceFiles.summary(set));
        if (dryRun) {
            err.println("reference load: dry run, " + set.windows().size() + " windows not sent to " + target);
            return 0;
        }
        try {
            if (config.getBoolean(AppConfig.TOPICS_CREATE)) {
                StreamsRunner.createTopics(config, List.of(target), Map.of(target, StreamsRunner.compacted()));
            }
            send(config, target, set);
        } catch (KafkaException e) {
            err.println("reference load: failed, nothing of " + file + " is visible in " + target + ": " + e.getMessage());
            return 1;
        }
        err.println("reference load: sent " + set.windows().size() + " windows to " + target + " in one transaction");
        return 0;
    }

    /** This command's own {@code --config}/{@code --set} over those given to {@code reference}. */
    private GlobalOptions mergedGlobal() {
        GlobalOptions merged = new GlobalOptions();
        merged.configDir = global.configDir != null ? global.configDir : parent.global.configDir;
        merged.sets.putAll(parent.global.sets);
        merged.sets.putAll(global.sets);
        return merged;
    }

    private static void send(AppConfig config, String target, ReferenceSet set) {
        Map<String, Object> p = new HashMap<>(config.clientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "wirewatch-reference-load-" + target);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "wirewatch-reference-load");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        try (KafkaProducer<String, ReferenceWindow> producer =
                     new KafkaProducer<>(p, new StringSerializer(), JsonSerdes.REFERENCE.serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            try {
                for (ReferenceWindow w : set.windows()) {
                    // Stamped with the window's end: a reload sends identical records, and event time is the report's.
                    producer.send(new ProducerRecord<>(target, null, set.windowEnds().get(w.key()).toEpochMilli(), w.key(), w));
                }
                producer.commitTransaction();
            } catch (KafkaException e) {
                producer.abortTransaction();
                throw e;
            }
        }
    }
}
