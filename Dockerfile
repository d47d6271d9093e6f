# Production-like image: built with Maven (and npm, for the page's assets), run on a JRE against an external PostgreSQL.
FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY seeds seeds
COPY frontend frontend
COPY api api
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/sijill-*.jar app.jar
# CHRONOLOGY_DATA_DIR: the checkpoint signing key lives here; docker-compose.yml keeps it on a volume.
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
