package de.akn.workflow.settlement;

import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.security.Groups;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementRepository;
import java.util.Collection;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Who may download a member's Kostenerstattungsanforderung ({@link ClaimLetters}). */
@Service
public class SettlementClaims {

    private final SettlementRepository settlements;
    private final MeasureService measures;
    private final ClaimLetters letters;

    SettlementClaims(SettlementRepository settlements, MeasureService measures, ClaimLetters letters) {
        this.settlements = settlements;
        this.measures = measures;
        this.letters = letters;
    }

    /**
     * The Kostenerstattungsanforderung of a member as PDF: for the member itself, the lead member, the
     * coordinator and admin; other towns 403.
     */
    @Transactional(readOnly = true)
    public ClaimLetters.Document claim(String reference, String member, String userId, Collection<String> groups) {
        var viewer = Viewer.of(userId, groups);
        Measure measure = measures.find(reference, viewer).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Texts.text("settlement.measure.unknown")));
        boolean allowed = groups.contains(Groups.COORDINATOR) || groups.contains(Groups.ADMIN)
                || viewer.members().contains(member) || viewer.members().contains(measure.getLeadMember());
        if (!allowed) {
            throw new ForbiddenProblem(Texts.text("settlement.claim.forbidden"));
        }
        Settlement settlement = settlements.findById(measure.getId()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Texts.text("settlement.not-yet")));
        if (settlement.share(member).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("settlement.claim.no-signer"));
        }
        return new ClaimLetters.Document(ClaimLetters.fileName(measure, member),
                letters.render(measure, settlement, member));
    }
}
