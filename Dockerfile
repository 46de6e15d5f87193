# wirewatch: build with Maven, run on a JRE as a non-root user.
#   docker build -t wirewatch:local .
#   docker run --rm -p 8080:8080 -e KAFKA_BOOTSTRAP_SERVERS=host:9092 -e WIREWATCH_HTTP_TOKEN=... wirewatch:local

# ---- build -----------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, in their own layer: a source change does not download the world again.
# go-offline cannot see every plugin dependency; anything it misses is fetched by `package` below.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline || true
COPY . .
# config/ and samples/ are copied into the runtime image from here; create them if the context has none.
RUN mvn -B -DskipTests package \
 && mkdir -p config samples

# ---- runtime ---------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK (installed only if the base image lacks it).
RUN if ! command -v curl >/dev/null 2>&1; then \
      apt-get update \
      && apt-get install -y --no-install-recommends curl \
      && rm -rf /var/lib/apt/lists/*; \
    fi \
 && groupadd --system --gid 10001 wirewatch \
 && useradd --system --uid 10001 --gid wirewatch --home-dir /app --shell /usr/sbin/nologin wirewatch \
 && mkdir -p /app /var/lib/wirewatch/streams \
 && chown -R wirewatch:wirewatch /var/lib/wirewatch

WORKDIR /app
COPY --from=build /src/target/lib/ /app/lib/
COPY --from=build /src/target/wirewatch.jar /app/wirewatch.jar
COPY --from=build /src/config/ /app/config/
COPY --from=build /src/samples/ /app/samples/

# Bind to all interfaces inside the container (the service defaults to loopback).
# Local state (RocksDB) lives in a volume so a restart does not restore from the changelogs.
ENV WIREWATCH_HTTP_HOST=0.0.0.0 \
    WIREWATCH_HTTP_PORT=8080 \
    WIREWATCH_CONFIG_DIR=/app/config \
    KAFKA_STATE_DIR=/var/lib/wirewatch/streams \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/var/lib/wirewatch"]

USER wirewatch:wirewatch
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/wirewatch.jar", "run"]
