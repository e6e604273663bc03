package de.akn.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on our build machines, so the files in docker/ are checked with what
 * does: the compose file parses and has the services of the design, every environment variable
 * of the app nodes means a property the application reads, every secret the compose file needs
 * is in .env.example, and the Dockerfile builds and runs what Maven builds.
 */
class DockerFilesTest {

    static final Path DOCKER = Path.of("docker");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");

    @SuppressWarnings("unchecked")
    @Test
    void composeHasTwoProductionNodesOnPostgresWithMailpitAndAStickyProxy() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "mailpit", "keycloak", "app1", "app2", "proxy");
        for (String node : List.of("app1", "app2")) {
            var environment = (Map<String, Object>) services.get(node).get("environment");
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(node).isEqualTo("postgres,prod,oidc");
            assertThat(String.valueOf(environment.get("SPRING_DATASOURCE_URL"))).startsWith("jdbc:postgresql://postgres:");
            Set<String> known = knownSettings();
            for (String name : environment.keySet()) {
                assertThat(known).as("%s of %s is read by the application", name, node)
                        .contains(relaxed(name));
            }
        }
        assertThat(Files.readString(DOCKER.resolve("nginx.conf"))).contains("ip_hash;", "server app1:8080",
                "server app2:8080");
    }

    /** The realm Keycloak imports: every group the application knows, a demo user per role, the client. */
    @SuppressWarnings("unchecked")
    @Test
    void keycloakImportsARealmWithOurGroupsADemoUserPerRoleAndTheClient() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        var keycloak = ((Map<String, Map<String, Object>>) compose.get("services")).get("keycloak");
        assertThat((List<String>) keycloak.get("command")).contains("--import-realm", "--hostname=http://keycloak:8180");
        var app = ((Map<String, Map<String, Object>>) compose.get("services")).get("app1");
        assertThat(((Map<String, Object>) app.get("environment")).get("AKN_OIDC_ISSUER_URI"))
                .isEqualTo("http://keycloak:8180/realms/akn");

        var realm = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                DOCKER.resolve("keycloak/akn-realm.json").toFile());
        assertThat(realm.get("realm").asText()).isEqualTo("akn");
        Set<String> groups = new HashSet<>();
        realm.get("groups").forEach(g -> groups.add(g.get("name").asText()));
        Map<String, Object> yaml = new Yaml().load(Files.readString(Path.of("src/main/resources/application.yaml")));
        var members = (List<Map<String, Object>>) ((Map<String, Object>) yaml.get("alliance")).get("members");
        for (var member : members) {
            String id = (String) member.get("id");
            String kind = (String) member.get("kind");
            if ("PARTNER".equals(kind)) {
                assertThat(groups).contains("partner-" + id);
            } else {
                assertThat(groups).contains("member-" + id, "signoff-" + id);
            }
        }
        assertThat(groups).contains("coordinator", "climate-managers", "camunda-admin");
        Set<String> roles = new HashSet<>();
        realm.get("users").forEach(u -> u.get("groups").forEach(g -> roles.add(g.asText().substring(1))));
        assertThat(roles).contains("coordinator", "climate-managers", "signoff-kaarst", "partner-energieagentur",
                "camunda-admin");
        var client = realm.get("clients").get(0);
        assertThat(client.get("clientId").asText()).isEqualTo("akn");
        assertThat(client.get("redirectUris").get(0).asText()).endsWith("/login/oauth2/code/akn");
        Set<String> mappers = new HashSet<>();
        client.get("protocolMappers").forEach(m -> mappers.add(m.get("protocolMapper").asText()));
        // the groups claim and the client in the access token's audience, as the application checks them
        assertThat(mappers).contains("oidc-group-membership-mapper", "oidc-audience-mapper");
    }

    @Test
    void everySecretTheComposeFileNeedsIsInTheEnvExample() throws IOException {
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));
        Set<String> example = new HashSet<>();
        for (String line : Files.readAllLines(DOCKER.resolve(".env.example"))) {
            if (line.contains("=") && !line.startsWith("#")) {
                example.add(line.substring(0, line.indexOf('=')).trim());
            }
        }
        var matcher = PLACEHOLDER.matcher(compose);
        while (matcher.find()) {
            assertThat(example).as("${%s} of compose.yaml in .env.example", matcher.group(1)).contains(matcher.group(1));
        }
        assertThat(Files.readString(Path.of(".gitignore"))).contains("docker/.env");
    }

    @Test
    void dockerfileBuildsWithMavenAndRunsTheJarAsNonRootWithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(dockerfile.lines().filter(l -> l.startsWith("FROM "))).hasSize(2);
        assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre", "mvn -B -q -ntp package",
                "COPY --from=build /build/target/akn-workflow-*.jar", "USER akn", "HEALTHCHECK",
                "/actuator/health", "fonts-dejavu-core", "-Djarmode=tools -jar app.jar extract",
                "-XX:ArchiveClassesAtExit=/app/application/app.jsa", "-Dspring.context.exit=onRefresh",
                "\"-XX:SharedArchiveFile=/app/application/app.jsa\", \"-jar\", \"/app/application/app.jar\"");
        assertThat(pom).contains("<artifactId>akn-workflow</artifactId>");
    }

    /** Spring's relaxed binding of an environment variable: SPRING_MAIL_HOST → spring.mail.host. */
    static String relaxed(String variable) {
        return variable.toLowerCase().replace('_', '.');
    }

    /** Properties in application*.yaml (dashes dropped, as relaxed binding does) and ${VARIABLES} they use. */
    @SuppressWarnings("unchecked")
    static Set<String> knownSettings() throws IOException {
        var known = new HashSet<String>(Set.of("spring.profiles.active", "spring.datasource.url",
                "spring.datasource.username", "spring.datasource.password", "spring.mail.host", "spring.mail.port"));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.yaml")).toList()) {
                String text = Files.readString(file);
                var matcher = PLACEHOLDER.matcher(text);
                while (matcher.find()) {
                    known.add(relaxed(matcher.group(1)));
                }
                flatten("", new Yaml().load(text), known);
            }
        }
        return known;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = (prefix.isEmpty() ? "" : prefix + ".") + String.valueOf(k).replace("-", "");
                keys.add(key);
                flatten(key, v, keys);
            });
        }
    }
}
