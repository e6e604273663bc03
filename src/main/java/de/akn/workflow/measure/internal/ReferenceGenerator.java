package de.akn.workflow.measure.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out {@code AKN-<year>-<nnn>}: the year's counter row is locked ({@code select … for
 * update}), incremented and committed in a short transaction of its own, so numbers are never
 * handed out twice, also not by two nodes, and proposals do not wait for each other's whole
 * transaction (that serialised every proposal of the alliance and ran into H2's lock timeout
 * under load). Invalid input is refused before a number is drawn; a proposal that fails later
 * for a technical reason leaves a gap in the numbers.
 */
@Component
public class ReferenceGenerator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    ReferenceGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(int year) {
        String reference = newTransaction.execute(status -> draw(year));
        if (reference == null) {
            throw new IllegalStateException("No reference drawn for " + year);
        }
        return reference;
    }

    private String draw(int year) {
        var current = jdbc.queryForList("select last_number from akn_reference_counter where ref_year = ? for update",
                Integer.class, year);
        if (current.isEmpty()) {
            newTransaction.executeWithoutResult(status -> {
                try {
                    jdbc.update("insert into akn_reference_counter (ref_year, last_number) values (?, 0)", year);
                } catch (DuplicateKeyException e) {
                    // another node created the year's row first
                }
            });
            current = jdbc.queryForList("select last_number from akn_reference_counter where ref_year = ? for update",
                    Integer.class, year);
        }
        int next = current.get(0) + 1;
        jdbc.update("update akn_reference_counter set last_number = ? where ref_year = ?", next, year);
        return "AKN-%d-%03d".formatted(year, next);
    }
}
