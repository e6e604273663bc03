package de.akn.workflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code akn.test.db=postgres} (system property or test property), every Spring test
 * context gets a fresh PostgreSQL database on {@code AKN_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}, trust auth).
 * Registered in {@code META-INF/spring.factories}.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_URL = env("AKN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = env("AKN_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("AKN_TEST_PG_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!"postgres".equalsIgnoreCase(environment.getProperty("akn.test.db", ""))) {
            return;
        }
        var commandLine = environment.getPropertySources().get("commandLineArgs");
        if (commandLine != null && commandLine.containsProperty("spring.datasource.url")) {
            return; // an application started by a test with its own database (StartupTest)
        }
        String url = createDatabase();
        environment.getPropertySources().addFirst(new MapPropertySource("aknPostgresTestDatabase", Map.of(
                "spring.datasource.url", url, "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD)));
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String createDatabase() {
        String name = "akn_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests not reachable at " + ADMIN_URL + ": " + e, e);
        }
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    public static boolean isAvailable() {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
