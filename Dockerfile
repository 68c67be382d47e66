# The ICON Portal as a container image: built from source with the Maven Wrapper, run on a JRE as a non-root user.
# docker-compose.yml builds it for `docker compose --profile full up`.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -pl portal-web -am package -DskipTests

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app portal
WORKDIR /app
COPY --from=build /src/portal-web/target/portal-web-*.jar /app/portal.jar
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
