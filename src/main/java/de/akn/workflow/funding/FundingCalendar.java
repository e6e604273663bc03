package de.akn.workflow.funding;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.common.Texts;
import de.akn.workflow.funding.FundingProgrammes.CalendarEntry;
import de.akn.workflow.notification.CalendarEvent;
import de.akn.workflow.notification.MailProperties;
import de.akn.workflow.notification.MailTexts;
import de.akn.workflow.notification.Notices;
import de.akn.workflow.notification.Recipients;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.security.Groups;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding calendar as a calendar file, and the reminders before a call closes: every climate manager
 * (and the coordinators) hears {@code alliance.funding.call-reminders} before the closing day (default 30
 * and 7 days) — once each, through the outbox, also when the daily run was missed for a few days.
 */
@Service
public class FundingCalendar {

    private final FundingProgrammes programmes;
    private final FundingProperties properties;
    private final AllianceProperties alliance;
    private final MailProperties mail;
    private final NotificationService notifications;
    private final MailTexts texts;
    private final Recipients recipients;
    private final Links links;
    private final Clock clock;

    FundingCalendar(FundingProgrammes programmes, FundingProperties properties, AllianceProperties alliance,
            MailProperties mail, NotificationService notifications, MailTexts texts, Recipients recipients,
            Links links, Optional<Clock> clock) {
        this.links = links;
        this.programmes = programmes;
        this.properties = properties;
        this.alliance = alliance;
        this.mail = mail;
        this.notifications = notifications;
        this.texts = texts;
        this.recipients = recipients;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The calendar (RFC 5545): an all-day entry on the closing day of each call. */
    public String ics(LocalDate today) {
        var events = programmes.calendar(today).stream().map(entry -> new CalendarEvent(
                "funding-" + entry.programme() + "-" + entry.closes() + "@" + mail.messageIdDomain(),
                entry.closes(), Texts.text("funding.calendar.summary", "name", entry.name()),
                Texts.text("funding.calendar.description", values(entry, today)), entry.url())).toList();
        return CalendarEvent.calendar(alliance.shortName(), clock.instant(), events);
    }

    /**
     * Reminds of the calls closing within the longest reminder period: for each call the nearest reminder
     * point that has passed (30, then 7 days before by default).
     *
     * @return how many mails were queued
     */
    @Transactional
    public int remindClosingCalls(LocalDate today) {
        var periods = properties.callReminders().stream()
                .sorted(Comparator.comparing((Period p) -> today.plus(p))).toList();
        List<CalendarEntry> closing = programmes.calendar(today).stream()
                .filter(entry -> !today.isBefore(entry.closes().minus(periods.get(periods.size() - 1))))
                .toList();
        if (closing.isEmpty()) {
            return 0;
        }
        var addressees = recipients.groups(Groups.CLIMATE_MANAGERS, Groups.COORDINATOR);
        int queued = 0;
        for (CalendarEntry entry : closing) {
            // the nearest reminder point before the closing day that has been reached
            Period due = periods.stream().filter(p -> !today.isBefore(entry.closes().minus(p))).findFirst()
                    .orElseThrow();
            String dedup = "funding-call/" + entry.programme() + "/" + entry.closes() + "/" + due;
            queued += notifications.queueAll(Notices.of(texts, addressees, "funding-call-closing", values(entry, today),
                    null, entry.url(), dedup, null));
        }
        return queued;
    }

    /** The run of the daily process, by the engine's clock. */
    public int remindClosingCalls() {
        return remindClosingCalls(Dates.today());
    }

    private Map<String, Object> values(CalendarEntry entry, LocalDate today) {
        var values = new HashMap<String, Object>();
        values.put("name", entry.name());
        values.put("provider", entry.provider() == null ? GermanFormat.NONE : entry.provider());
        values.put("opens", GermanFormat.date(entry.opens()));
        values.put("closes", GermanFormat.date(entry.closes()));
        values.put("calendarUrl", links.api("/api/funding-calendar.ics"));
        values.put("url", entry.url() == null ? GermanFormat.NONE : entry.url());
        return values;
    }
}
