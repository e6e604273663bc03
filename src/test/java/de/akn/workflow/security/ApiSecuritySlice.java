package de.akn.workflow.security;

import javax.sql.DataSource;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application's real filter chains for {@code @WebMvcTest} slices (HTTP Basic, stateless,
 * German 401/403 problems, group rules). {@link SecurityConfiguration} is package-private, so slices in
 * other packages import it through this class. They still need a mocked {@code IdentityService}
 * ({@code @MockitoBean}), which the chain hands the authenticated user to.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class ApiSecuritySlice {

    /**
     * For the servlet filters a slice picks up: the engine API's outage filter asks the database whether it is
     * away, but only on {@code /engine-rest} and {@code /camunda/api}, which no slice calls.
     */
    @Bean
    DataSource sliceDataSource() {
        return Mockito.mock(DataSource.class);
    }
}
