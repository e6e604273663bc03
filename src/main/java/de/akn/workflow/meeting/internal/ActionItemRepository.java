package de.akn.workflow.meeting.internal;

import de.akn.workflow.meeting.ActionItem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderById(Long meetingId);

    List<ActionItem> findByMeetingIdInOrderById(Collection<Long> meetingIds);

    Optional<ActionItem> findByProcessInstanceId(String processInstanceId);

    List<ActionItem> findByStatusOrderByDueAscIdAsc(ActionItem.Status status);
}
