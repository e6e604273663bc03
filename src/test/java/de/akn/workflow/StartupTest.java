package de.akn.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.support.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole-application starts and restarts on one database: the member configuration seeds an empty
 * database once, a restart adds nothing twice, and the production profile refuses default passwords.
 */
@Tag("db")
class StartupTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepTheDatabasesMembersOnRestartWithChangedConfigurationWithoutDuplicates() {
        String url = databaseUrl("restart");
        try (var first = start(url, "demo")) {
            assertThat(count(first, "select count(*) from akn_member")).isEqualTo(9);
        }
        // the second start with a changed configuration: the configuration seeds an empty database only,
        // the database (members joined, left or edited at run time) stays the source of truth
        try (var second = start(url, "demo", config("changed", MEMBERS.replace(
                "{id: kaarst, name: Stadt Kaarst, kind: STADT, population: 43500}",
                "{id: kaarst, name: Stadt Kaarst am Niederrhein, kind: STADT, population: 44100}")))) {
            assertThat(count(second, "select count(*) from akn_member")).isEqualTo(9);
            var kaarst = second.getBean(MemberService.class).find("kaarst").orElseThrow();
            assertThat(kaarst.getName()).isEqualTo("Stadt Kaarst");
            assertThat(kaarst.getPopulation()).isEqualTo(43500);
            assertThat(kaarst.getKind()).isEqualTo(MemberKind.STADT);
            assertThat(kaarst.getCouncilBody()).isEqualTo("Rat der Stadt Kaarst");
            var identity = second.getBean(IdentityService.class);
            assertThat(identity.createGroupQuery().groupId("member-kaarst").singleResult().getName())
                    .isEqualTo("Stadt Kaarst");
            assertThat(identity.createGroupQuery().groupIdIn("member-kaarst").count()).isEqualTo(1);
            assertThat(identity.createUserQuery().userId("km-kaarst").count()).isEqualTo(1);
            // km-<town> and deputy-<town> for seven towns, and km-rkn for the Kreis
            assertThat(identity.createUserQuery().memberOfGroup("climate-managers").count()).isEqualTo(15);
            assertThat(count(second, "select count(*) from act_ru_authorization where group_id_ = 'climate-managers'"
                    + " and resource_id_ = 'tasklist'")).isEqualTo(1);
        }
    }

    /** The legal pages an operator has filled in (production refuses to start without them). */
    private static final String[] LEGAL = {"--alliance.site.imprint=Rhein-Kreis Neuss, Der Landrat",
        "--alliance.site.privacy=Verantwortlich: Rhein-Kreis Neuss", "--alliance.site.accessibility=Teilweise vereinbar",
        "--alliance.site.accessibility-contact=barrierefreiheit@rhein-kreis-neuss.example.org"};

    @Test
    void shouldRefuseToStartInProductionWithoutAdminPassword() {
        assertThatThrownBy(() -> start(databaseUrl("prod1"), "prod", LEGAL).close())
                .satisfies(e -> assertThat(messages(e)).contains("AKN_ADMIN_PASSWORD"));
    }

    @Test
    void shouldRefuseToStartInProductionWhileAccountsHaveDefaultPasswords() {
        String url = databaseUrl("prod2");
        start(url, "demo").close();
        var args = new ArrayList<>(List.of(LEGAL));
        args.add("--camunda.bpm.admin-user.password=Ein-sicheres-Passwort-2026");
        assertThatThrownBy(() -> start(url, "prod", args.toArray(String[]::new)).close())
                .satisfies(e -> assertThat(messages(e)).contains("Standardpasswort", "km-kaarst", "coordinator"));
    }

    @Test
    void shouldRefuseToStartInProductionWithTheDefaultLegalPages() {
        assertThatThrownBy(() -> start(databaseUrl("prod3"), "prod",
                "--camunda.bpm.admin-user.password=Ein-sicheres-Passwort-2026").close())
                .satisfies(e -> assertThat(messages(e)).contains("Impressum", "Datenschutzerklärung",
                        "Barrierefreiheit", "alliance.site"));
    }

    @Test
    void shouldRefuseSingleSignOnWithoutTheProvidersSettings() {
        assertThatThrownBy(() -> start(databaseUrl("oidc"), "demo", "--spring.profiles.include=oidc").close())
                .satisfies(e -> assertThat(messages(e)).contains("Anmeldedienst", "alliance.oidc.issuer-uri",
                        "AKN_OIDC_CLIENT_SECRET"));
    }

    @Test
    void shouldRefuseABrokenMemberListWithAClearMessage() {
        String broken = MEMBERS.replace("{id: grevenbroich,", "{id: dormagen,")
                .replace("population: 23700", "population: -5");
        assertThatThrownBy(() -> start(databaseUrl("broken"), "demo", config("broken", broken)).close())
                .satisfies(e -> assertThat(messages(e)).contains("alliance", "eindeutig", "nicht negativ"));
    }

    private static final String MEMBERS = """
            alliance:
              members:
                - {id: rkn, name: Rhein-Kreis Neuss, kind: KREIS, population: 455000}
                - {id: dormagen, name: Stadt Dormagen, kind: STADT, population: 65000}
                - {id: grevenbroich, name: Stadt Grevenbroich, kind: STADT, population: 66000}
                - {id: juechen, name: Stadt Jüchen, kind: STADT, population: 23700}
                - {id: kaarst, name: Stadt Kaarst, kind: STADT, population: 43500}
                - {id: korschenbroich, name: Stadt Korschenbroich, kind: STADT, population: 33500}
                - {id: meerbusch, name: Stadt Meerbusch, kind: STADT, population: 56000}
                - {id: rommerskirchen, name: Gemeinde Rommerskirchen, kind: GEMEINDE, population: 13500}
                - {id: energieagentur, name: EnergieAgentur.NRW, kind: PARTNER}
            """;

    /** An extra configuration file, as an operator would add one. */
    private String config(String name, String yaml) {
        try {
            Path file = dataDir.resolve(name + ".yaml");
            Files.writeString(file, yaml);
            return "--spring.config.additional-location=file:" + file.toAbsolutePath();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ConfigurableApplicationContext start(String url, String profile, String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.mail.port=1", "--alliance.mail.poll-interval=PT1H"));
        if (url.startsWith("jdbc:postgresql")) {
            all.add("--spring.datasource.username=" + PostgresTestDatabase.USER);
            all.add("--spring.datasource.password=" + PostgresTestDatabase.PASSWORD);
        }
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(AknApplication.class).profiles(profile)
                .run(all.toArray(String[]::new));
    }

    private String databaseUrl(String name) {
        if ("postgres".equalsIgnoreCase(System.getProperty("akn.test.db"))) {
            return PostgresTestDatabase.createDatabase();
        }
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:h2:file:" + dataDir.resolve(name).toAbsolutePath();
    }

    private static long count(ConfigurableApplicationContext context, String sql) {
        return context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
    }

    private static String messages(Throwable e) {
        var sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
