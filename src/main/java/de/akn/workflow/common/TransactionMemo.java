package de.akn.workflow.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads done once per transaction: the members, the absences of a day and the users of a group, which one request
 * or one engine job would otherwise read again for every mail and every task it touches (issue #27). The values
 * live as long as the transaction and are dropped by {@link #forget(String)} when the same transaction changes them
 * through our services (every write path of those tables calls it). What the transaction read stays what it sees:
 * a change committed meanwhile by another node, or by a transaction of its own ({@code REQUIRES_NEW}, which starts
 * with nothing remembered, so that no entity leaves its persistence context), shows in the next transaction.
 * Values are kept wherever Spring synchronizes a scope (also {@code SUPPORTS}); without that every call reads;
 * {@code null} is never remembered. Callers get the very object remembered: loaders return unmodifiable values.
 */
public final class TransactionMemo {

    private TransactionMemo() {
    }

    /**
     * The value remembered under {@code region} and {@code key} in this transaction, read by {@code loader} the
     * first time.
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(String region, Object key, Supplier<T> loader) {
        Values values = current(true);
        if (values == null) {
            return loader.get();
        }
        Map<Object, Object> entries = values.regions.computeIfAbsent(region, r -> new HashMap<>());
        Object value = entries.get(key);
        if (value == null) {
            value = loader.get();
            entries.put(key, value);
        }
        return (T) value;
    }

    /** Drops what this transaction remembered of {@code region} (after a change to it). */
    public static void forget(String region) {
        Values values = current(false);
        if (values != null) {
            values.regions.remove(region);
        }
    }

    /** The values of the current transaction, registered with it on first use; null outside a transaction. */
    private static Values current(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Values values) {
                return values;
            }
        }
        if (!create) {
            return null;
        }
        Values values = new Values();
        TransactionSynchronizationManager.registerSynchronization(values);
        return values;
    }

    /** Registered as a synchronization: it belongs to exactly one transaction and goes with it. */
    private static final class Values implements TransactionSynchronization {

        private final Map<String, Map<Object, Object>> regions = new HashMap<>();

        @Override
        public void afterCompletion(int status) {
            regions.clear();
        }
    }
}
