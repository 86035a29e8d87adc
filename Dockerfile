# syntax=docker/dockerfile:1.7
# Every Paystream Spring Boot service, as a layered image. Build the jar first, then the image with the module
# directory as context (its .dockerignore lets only target/*.jar in), naming the service and its port:
#   ./mvnw -B -pl wallet-service -am package -DskipTests
#   docker build -f Dockerfile --build-arg SERVICE=wallet-service --build-arg PORT=8082 \
#     -t paystream/wallet-service wallet-service
FROM eclipse-temurin:25.0.3_9-jre-noble AS layers
ARG SERVICE
WORKDIR /build
COPY target/${SERVICE}-*.jar application.jar
# Dependencies, loader, snapshots and our classes in separate layers: a code change rebuilds only the last one.
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25.0.3_9-jre-noble
ARG PORT
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 paystream \
 && useradd --system --uid 10001 --gid paystream --no-create-home --shell /usr/sbin/nologin paystream
WORKDIR /application
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001:10001
# retryPost=false: the JDK must never re-send a POST whose answer was lost (for Braintree, a second charge).
ENV SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dsun.net.http.retryPost=false"
EXPOSE ${PORT}
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
