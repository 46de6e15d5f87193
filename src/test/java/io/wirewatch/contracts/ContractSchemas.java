package io.wirewatch.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The topic contracts of {@code docs/schemas/}, loaded once, offline: every schema is registered under
 * its {@code $id}, so the cross-file {@code $ref}s between them resolve without a network, and
 * {@code format} is asserted (a bad {@code date-time} fails).
 *
 * <p>Use {@link #validate(String, JsonNode)} with a file name, e.g.
 * {@code ContractSchemas.load().validate("news.drone-daily.schema.json", node)}.
 */
public final class ContractSchemas {
    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final Map<String, JsonNode> byFile;
    private final SchemaRegistry registry;

    private ContractSchemas(Map<String, JsonNode> byFile, SchemaRegistry registry) {
        this.byFile = byFile;
        this.registry = registry;
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    public static Path schemaDir() {
        return projectDir().resolve("docs").resolve("schemas");
    }

    public static ContractSchemas load() {
        Map<String, JsonNode> byFile = new TreeMap<>();
        Map<String, String> byId = new TreeMap<>();
        try (Stream<Path> files = Files.list(schemaDir())) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                JsonNode node = PLAIN.readTree(text);
                byFile.put(p.getFileName().toString(), node);
                byId.put(node.path("$id").asText(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemas under " + schemaDir(), e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(byId).schemaRegistryConfig(config));
        return new ContractSchemas(Map.copyOf(byFile), registry);
    }

    /** Schema file names, sorted. */
    public List<String> files() {
        return byFile.keySet().stream().sorted().toList();
    }

    public JsonNode json(String file) {
        JsonNode node = byFile.get(file);
        if (node == null) {
            throw new IllegalArgumentException("no schema " + file + " under " + schemaDir());
        }
        return node;
    }

    public Schema schema(String file) {
        return registry.getSchema(SchemaLocation.of(json(file).path("$id").asText()));
    }

    /** The violations of {@code instance} against the schema in {@code file}, one line each; empty when valid. */
    public List<String> validate(String file, JsonNode instance) {
        return format(schema(file).validate(instance));
    }

    /** The violations of {@code file}'s schema document against the draft 2020-12 meta-schema. */
    public List<String> metaValidate(String file) {
        Schema meta = registry.getSchema(SchemaLocation.of(DRAFT_2020_12));
        return format(meta.validate(json(file)));
    }

    private static List<String> format(List<Error> errors) {
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }
}
