# Multi-stage: build with the Maven wrapper, run on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# the engine stores local times and fires timers by the JVM's zone
ENV TZ=Asia/Shanghai
# the image is for production: the demo profile (and its demo password) only on request
ENV SPRING_PROFILES_ACTIVE=mysql
WORKDIR /app
COPY --from=build /src/target/yihui-yipin-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Duser.timezone=Asia/Shanghai", "-jar", "/app/app.jar"]
