package de.akn.workflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The mails about a town's council decision name no "Rat" where a Kreistag or a committee decides: the
 * calendar entry of the meeting and the sign-off request say "Gremium" (issue #28).
 */
class CouncilMailWordingTest {

    @Test
    void shouldNotSayRatWhereTheKreistagOrACommitteeDecides() throws Exception {
        var mails = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/templates/mail/messages_de.properties"),
                StandardCharsets.UTF_8)) {
            mails.load(in);
        }
        assertThat(mails.getProperty("council-decision-requested.calendar.summary"))
                .isEqualTo("Gremiensitzung: {reference} {title}").doesNotContain("Ratssitzung");
        assertThat(mails.getProperty("council-decision-requested.calendar.description"))
                .isEqualTo("Nach der Sitzung bitte den Beschluss des Gremiums eintragen.")
                .doesNotContain("Ratsbeschluss");
        assertThat(mails.getProperty("sign-off-requested.p1")).contains("(bzw. das zuständige Gremium hat zugestimmt)")
                .doesNotContain("Rat oder Kreistag");
    }
}
