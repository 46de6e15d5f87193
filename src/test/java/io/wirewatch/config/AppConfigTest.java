package io.wirewatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.wirewatch.testing.TestDirs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    private final Path dir = TestDirs.newDir("config");

    private Path file(String content) throws IOException {
        Files.writeString(dir.resolve(AppConfig.FILE_NAME), content);
        return dir;
    }

    @Test
    void shouldUseDefaultsWhenNoFileEnvOrFlags() {
        AppConfig c = AppConfig.load(dir, Map.of(), Map.of());
        assertThat(c.get("processing.guarantee")).isEqualTo("exactly_once_v2");
        assertThat(c.get(AppConfig.HTTP_PORT)).isEqualTo("8080");
        assertThat(c.sourceOf("application.id")).isEqualTo(AppConfig.Source.DEFAULT);
    }

    @Test
    void shouldLetFileOverrideDefaults() throws IOException {
        AppConfig c = AppConfig.load(file("wirewatch.http.port=9000\n"), Map.of(), Map.of());
        assertThat(c.get(AppConfig.HTTP_PORT)).isEqualTo("9000");
    }

    @Test
    void shouldLetEnvironmentOverrideFile() throws IOException {
        AppConfig c = AppConfig.load(file("wirewatch.http.port=9000\nbootstrap.servers=file:1\n"),
                Map.of("WIREWATCH_HTTP_PORT", "9100", "KAFKA_BOOTSTRAP_SERVERS", "env:1"), Map.of());
        assertThat(c.get(AppConfig.HTTP_PORT)).isEqualTo("9100");
        assertThat(c.get("bootstrap.servers")).isEqualTo("env:1");
    }

    @Test
    void shouldLetFlagsOverrideEnvironment() throws IOException {
        AppConfig c = AppConfig.load(file("wirewatch.http.port=9000\n"),
                Map.of("WIREWATCH_HTTP_PORT", "9100"), Map.of("wirewatch.http.port", "9200"));
        assertThat(c.get(AppConfig.HTTP_PORT)).isEqualTo("9200");
        assertThat(c.sourceOf(AppConfig.HTTP_PORT)).isEqualTo(AppConfig.Source.CLI);
    }

    @Test
    void shouldMapEnvironmentNamesToKeys() {
        assertThat(AppConfig.fromEnvironment(Map.of(
                "KAFKA_SASL_JAAS_CONFIG", "x",
                "WIREWATCH_ALERT_MASS__ATTACK_THRESHOLD", "50",
                "KAFKA_SOME___UNDERSCORED", "y")))
                .containsEntry("sasl.jaas.config", "x")
                .containsEntry("wirewatch.alert.mass-attack.threshold", "50")
                .containsEntry("some_underscored", "y");
    }

    @Test
    void shouldIgnoreLauncherVariablesAndUnrelatedEnvironment() {
        assertThat(AppConfig.fromEnvironment(Map.of("KAFKA_HEAP_OPTS", "-Xmx1g", "HOME", "/root", "PATH", "/bin")))
                .isEmpty();
    }

    @Test
    void shouldSplitAppKeysFromKafkaKeys() {
        AppConfig c = AppConfig.load(dir, Map.of(), Map.of("security.protocol", "SASL_SSL"));
        assertThat(c.appKeys()).containsKey("wirewatch.http.port").doesNotContainKey("security.protocol");
        assertThat(c.kafkaProperties()).containsEntry("security.protocol", "SASL_SSL")
                .doesNotContainKey("wirewatch.http.port");
    }

    @Test
    void shouldGiveClientsOnlyClientKeys() {
        AppConfig c = AppConfig.load(dir, Map.of(), Map.of("sasl.mechanism", "PLAIN"));
        assertThat(c.clientProperties()).containsKeys("bootstrap.servers", "sasl.mechanism")
                .doesNotContainKeys("processing.guarantee", "producer.batch.size", "state.dir");
    }

    @Test
    void shouldReadConfigDirFromEnvironmentWhenNoFlag() throws IOException {
        file("wirewatch.http.port=9300\n");
        AppConfig c = AppConfig.load(null, Map.of("WIREWATCH_CONFIG_DIR", dir.toString()), Map.of());
        assertThat(c.configDir()).isEqualTo(dir);
        assertThat(c.get(AppConfig.HTTP_PORT)).isEqualTo("9300");
    }

    @Test
    void shouldMaskSecretsInToStringAndDescribe() {
        String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"s3cr3t\";";
        AppConfig c = AppConfig.load(dir, Map.of("KAFKA_SASL_JAAS_CONFIG", jaas),
                Map.of("ssl.keystore.password", "kspass", "wirewatch.api.token", "tok123"));
        assertThat(c.toString()).doesNotContain("s3cr3t", "kspass", "tok123").contains(AppConfig.MASK);
        assertThat(c.describe()).doesNotContain("s3cr3t", "kspass", "tok123");
        assertThat(c.get("ssl.keystore.password")).isEqualTo("kspass");
    }

    @Test
    void shouldTreatKeysNamingSecretsAsSecret() {
        assertThat(AppConfig.isSecret("sasl.jaas.config")).isTrue();
        assertThat(AppConfig.isSecret("ssl.truststore.password")).isTrue();
        assertThat(AppConfig.isSecret("sasl.oauthbearer.token.endpoint.url")).isTrue();
        assertThat(AppConfig.isSecret("bootstrap.servers")).isFalse();
    }
}
