# The ICON Portal as a container image: built from source with the Maven Wrapper, run on a JRE as a non-root user.
# docker-compose.yml builds it for `docker compose --profile full up`.
#
# Layers, each rebuilt only when what it copies changed:
# 1. the Maven Wrapper and the poms, then every dependency and plugin the build needs, fetched by building the poms
#    alone (no sources yet): an edit to the sources does not download them again;
# 2. the sources, built offline;
# 3. in the image, the jar unpacked by Spring Boot's layers (dependencies, loader, snapshot dependencies, application),
#    so that a new version of the portal ships its own classes and leaves the libraries' layer as it was.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY call-domain/pom.xml call-domain/
COPY matching-service/pom.xml matching-service/
COPY review-service/pom.xml review-service/
COPY portal-web/pom.xml portal-web/
RUN ./mvnw -B -ntp -pl portal-web -am package -DskipTests \
    && rm -rf call-domain/target matching-service/target review-service/target portal-web/target
COPY call-domain/src call-domain/src
COPY matching-service/src matching-service/src
COPY review-service/src review-service/src
COPY portal-web/src portal-web/src
RUN ./mvnw -B -ntp -o -pl portal-web -am package -DskipTests \
    && java -Djarmode=tools -jar portal-web/target/portal-web-*.jar extract --layers --launcher --destination /extracted

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app portal
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER portal
# DJL unpacks the embedding model's tokenizer library on first use; /app is not the portal user's to write.
ENV DJL_CACHE_DIR=/tmp/djl
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
