package de.akn.workflow.absence;

import de.akn.workflow.common.FormOptions;
import de.akn.workflow.security.IdentityDirectory;
import java.util.List;
import org.springframework.stereotype.Component;

/** The deputies the absence form offers: the other people of the user's town, by name. */
@Component
class DeputyFormOptions implements FormOptions {

    private final AbsenceService absences;

    DeputyFormOptions(AbsenceService absences) {
        this.absences = absences;
    }

    @Override
    public String key() {
        return "deputyOptions";
    }

    @Override
    public List<Option> options(String userId) {
        return absences.possibleDeputies(userId).stream()
                .map(u -> new Option(IdentityDirectory.displayName(u), u.getId())).toList();
    }
}
