package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What one transaction reads once: kept for the transaction, dropped on change, never shared with another. */
class TransactionMemoTest {

    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(
            new DriverManagerDataSource("jdbc:h2:mem:memo;DB_CLOSE_DELAY=-1", "sa", ""));
    private final TransactionTemplate tx = new TransactionTemplate(transactions);
    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "Stadt Kaarst " + reads.incrementAndGet();
    }

    @Test
    void shouldReadOncePerTransactionAndAgainAfterAChange() {
        tx.executeWithoutResult(status -> {
            assertThat(TransactionMemo.get("members", "all", this::read)).isEqualTo("Stadt Kaarst 1");
            assertThat(TransactionMemo.get("members", "all", this::read)).isEqualTo("Stadt Kaarst 1");
            assertThat(TransactionMemo.get("members", "other key", this::read)).isEqualTo("Stadt Kaarst 2");

            TransactionMemo.forget("members");
            assertThat(TransactionMemo.get("members", "all", this::read)).isEqualTo("Stadt Kaarst 3");
        });
        tx.executeWithoutResult(status -> assertThat(TransactionMemo.get("members", "all", this::read))
                .as("the next transaction reads again").isEqualTo("Stadt Kaarst 4"));
    }

    @Test
    void shouldNotShareWithANewInnerTransactionNorReadOutsideOne() {
        var inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.executeWithoutResult(status -> {
            assertThat(TransactionMemo.get("absences", "today", this::read)).isEqualTo("Stadt Kaarst 1");
            inner.executeWithoutResult(s -> assertThat(TransactionMemo.get("absences", "today", this::read))
                    .isEqualTo("Stadt Kaarst 2"));
            assertThat(TransactionMemo.get("absences", "today", this::read)).isEqualTo("Stadt Kaarst 1");
        });

        assertThat(TransactionMemo.get("absences", "today", this::read)).isEqualTo("Stadt Kaarst 3");
        assertThat(TransactionMemo.get("absences", "today", this::read)).isEqualTo("Stadt Kaarst 4");
    }
}
