package de.akn.workflow.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application on a random port, with demo users,
 * a real SMTP server (GreenMail) and a real database (H2, or PostgreSQL with
 * {@code -Dakn.test.db=postgres}). All subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("db")
public abstract class AknIntegrationTest {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMail::port);
    }

    @BeforeEach
    void cleanMailbox() {
        TestMail.purge();
    }
}
