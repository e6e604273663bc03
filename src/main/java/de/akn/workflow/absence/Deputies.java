package de.akn.workflow.absence;

import de.akn.workflow.common.Dates;
import de.akn.workflow.notification.Addressee;
import de.akn.workflow.notification.StandIns;
import de.akn.workflow.security.IdentityDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who receives a mail meant for some users: the users themselves and, for each one away today,
 * its deputy (told for whom) — unless the deputy is among the users anyway. The
 * {@link StandIns} behind {@code notification.Recipients}.
 */
@Component
public class Deputies implements StandIns {

    private final AbsenceService absences;
    private final IdentityDirectory directory;

    Deputies(AbsenceService absences, IdentityDirectory directory) {
        this.absences = absences;
        this.directory = directory;
    }

    /** Today's roster: one query for everyone away today, then any number of look-ups. */
    public Roster today() {
        LocalDate today = Dates.today();
        return new Roster(absences.awayOn(today));
    }

    /** The addressees of a mail to {@code users}, with deputies where someone is away. */
    @Override
    public List<Addressee> addressees(Collection<User> users) {
        return today().addressees(users);
    }

    /** Who is away on one day; reused for many mails (e.g. a whole reminder sweep). */
    public final class Roster {

        private final Map<String, Absence> away;

        Roster(Map<String, Absence> away) {
            this.away = away;
        }

        public List<Addressee> addressees(Collection<User> users) {
            var result = new LinkedHashMap<String, Addressee>();
            for (User user : users) {
                result.putIfAbsent(user.getId(), Addressee.person(user.getId(), user.getEmail(),
                        IdentityDirectory.displayName(user)));
            }
            if (away.isEmpty()) {
                return new ArrayList<>(result.values());
            }
            for (User user : users) {
                Absence absence = away.get(user.getId());
                if (absence != null && !result.containsKey(absence.getDeputy())) {
                    directory.user(absence.getDeputy()).ifPresent(deputy -> result.put(deputy.getId(),
                            Addressee.deputy(deputy.getId(), deputy.getEmail(), IdentityDirectory.displayName(deputy),
                                    IdentityDirectory.displayName(user), absence.getEndsOn())));
                }
            }
            return new ArrayList<>(result.values());
        }
    }
}
