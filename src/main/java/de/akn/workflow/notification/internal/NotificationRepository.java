package de.akn.workflow.notification.internal;

import de.akn.workflow.notification.Notification;
import de.akn.workflow.notification.NotificationStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    Optional<Notification> findByDedupKey(String dedupKey);

    @Query("select n.dedupKey from Notification n where n.dedupKey in :keys")
    @QueryHints(@QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<String> findExistingDedupKeys(@Param("keys") java.util.Collection<String> keys);

    List<Notification> findByStatusOrderByIdDesc(NotificationStatus status, Pageable page);

    List<Notification> findAllByOrderByIdDesc(Pageable page);

    long countByStatus(NotificationStatus status);

    @Query("select min(n.createdAt) from Notification n where n.status = 'PENDING'")
    Optional<Instant> oldestPendingCreatedAt();

    /** Age of the oldest pending mail in seconds, 0 when none waits (health and metrics). */
    default long oldestPendingAgeSeconds() {
        return oldestPendingCreatedAt().map(created -> java.time.Duration.between(created, Instant.now()).toSeconds())
                .orElse(0L);
    }

    /** Ids of mails due for delivery and not claimed by a live node. */
    @Query("""
            select n.id from Notification n
            where n.status = 'PENDING' and n.nextAttemptAt <= :now
              and (n.claimedUntil is null or n.claimedUntil < :now)
            order by n.nextAttemptAt, n.id""")
    List<Long> findDueIds(@Param("now") Instant now, Pageable page);

    /**
     * Optimistic claim: succeeds (returns 1) for exactly one node, because the row is
     * only updated while it is still unclaimed or its claim has expired.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Notification n set n.claimedBy = :node, n.claimedUntil = :until, n.version = n.version + 1
            where n.id = :id and n.status = 'PENDING'
              and (n.claimedUntil is null or n.claimedUntil < :now)""")
    int claim(@Param("id") Long id, @Param("node") String node, @Param("until") Instant until,
            @Param("now") Instant now);

    /**
     * Records mails as sent, touching only their delivery columns: what was changed meanwhile (an erasure
     * replacing the address by the role) stays as it is.
     */
    @Modifying
    @Query("""
            update Notification n set n.status = 'SENT', n.sentAt = :sentAt, n.lastError = null, n.claimedBy = null,
              n.claimedUntil = null, n.version = n.version + 1
            where n.id in :ids""")
    int markSent(@Param("ids") Collection<Long> ids, @Param("sentAt") Instant sentAt);

    /**
     * Removes the bodies and calendar files of mails sent before the given time (mail retention); the
     * row with recipient, subject and Message-ID stays.
     *
     * @return how many mails lost their bodies
     */
    /** The mails whose bodies the retention removes next (their names go with them). */
    @Query("select n from Notification n where n.status = 'SENT' and n.sentAt < :before and n.bodyText is not null")
    java.util.List<Notification> sentBeforeWithBodies(@Param("before") Instant before);

    @Modifying
    @Query("""
            update Notification n set n.bodyText = null, n.bodyHtml = null, n.ics = null, n.attachmentId = null
            where n.status = 'SENT' and n.sentAt < :before and n.bodyText is not null""")
    int removeBodiesSentBefore(@Param("before") Instant before);

    /** Attachments no mail refers to any more (after the retention removed their mails' contents). */
    @Modifying
    @Query(value = """
            delete from akn_mail_attachment a
            where not exists (select 1 from akn_notification n where n.attachment_id = a.id)""", nativeQuery = true)
    int removeUnusedAttachments();
}
