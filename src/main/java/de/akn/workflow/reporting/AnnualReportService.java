package de.akn.workflow.reporting;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.SynergyProperties;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.pdf.PdfProperties;
import de.akn.workflow.reporting.internal.AnnualReportRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alliance's annual report: figures from the measures of a year, rendered as PDF (with
 * charts) and CSV, stored per year (a new run replaces the year's report), mailed as a link.
 */
@Service
public class AnnualReportService {

    /** The first year the alliance could report on. */
    public static final int FIRST_YEAR = 2020;

    private static final Logger log = LoggerFactory.getLogger(AnnualReportService.class);

    private final MeasureSnapshots reader;
    private final AnnualReportRepository reports;
    private final MemberService members;
    private final AnnualReportMail mail;
    private final AllianceProperties properties;
    private final SynergyProperties synergy;
    private final AnnualReportPdf pdf;
    private final Clock clock;

    AnnualReportService(MeasureSnapshots reader, AnnualReportRepository reports, MemberService members,
            AnnualReportMail mail, AllianceProperties properties, SynergyProperties synergy, PdfProperties pdfSettings,
            Optional<Clock> clock) {
        this.reader = reader;
        this.reports = reports;
        this.members = members;
        this.mail = mail;
        this.properties = properties;
        this.synergy = synergy;
        this.pdf = new AnnualReportPdf(pdfSettings.fontDirectory());
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The year a report is for: the given one (validated), or the previous year (yearly timer). */
    public int reportYear(Object requested, Instant now) {
        int current = now.atZone(GermanFormat.ZONE).getYear();
        if (requested == null || (requested instanceof String s && s.isBlank())) {
            return current - 1;
        }
        Integer year = requested instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                ? Integer.valueOf(n.intValue()) : parse(requested);
        if (year == null || year < FIRST_YEAR || year > current) {
            throw ValidationProblem.of(AnnualReportProcess.REPORT_YEAR, Texts.text("report.year-invalid",
                    "first", FIRST_YEAR, "last", current));
        }
        return year;
    }

    /** Builds and stores the report of the year (replacing an earlier one of the same year). */
    @Transactional
    public AnnualReport generate(int year, String actor) {
        long started = System.nanoTime();
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(GermanFormat.ZONE).toInstant();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(GermanFormat.ZONE).toInstant();
        List<Member> all = orderedMembers();
        // the members of that year (a town that joined later is not in it, one that left since is)
        List<String> order = all.stream().filter(m -> m.isMemberIn(year) && m.getKind() != MemberKind.PARTNER)
                .map(Member::getId).toList();
        var figures = new AnnualReportFigures(year, reader.read(start, end), order,
                synergy.standaloneFactor());
        long read = System.nanoTime();
        Instant now = clock.instant();
        byte[] pdfBytes = pdf.render(AnnualReportView.model(figures, all, properties, synergy, now));
        long rendered = System.nanoTime();
        byte[] csvBytes = AnnualReportCsv.write(figures, AnnualReportView.names(all),
                synergy.standaloneFactor());
        log.debug("Annual report {}: read {} ms, PDF {} ms, CSV {} ms", year, (read - started) / 1_000_000,
                (rendered - read) / 1_000_000, (System.nanoTime() - rendered) / 1_000_000);
        AnnualReport report = reports.findByReportYear(year).orElseGet(() -> new AnnualReport(year));
        report.replace(now, actor, figures.measureCount, pdfBytes, csvBytes);
        report = reports.save(report);
        log.info("Annual report {}: {} measures, PDF {} KB, CSV {} KB, {} ms", year, figures.measureCount,
                pdfBytes.length / 1024, csvBytes.length / 1024, (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** Mails the coordinator and every member's users the links to the year's report. */
    @Transactional
    public void announce(int year, String processInstanceId) {
        AnnualReport report = reports.findByReportYear(year).orElseThrow(() -> new IllegalStateException(
                "Kein Jahresbericht " + year + " gespeichert"));
        mail.announce(report, processInstanceId);
    }

    @Transactional(readOnly = true)
    public Optional<AnnualReport> find(int year) {
        return reports.findByReportYear(year).map(r -> {
            r.getPdf();
            r.getCsv();
            return r;
        });
    }

    /** The Kreis first, then the towns (by id, i.e. town name without "Stadt"/"Gemeinde"), then the partners. */
    private List<Member> orderedMembers() {
        return members.findAll().stream().sorted(Comparator.comparing((Member m) -> switch (m.getKind()) {
            case KREIS -> 0;
            case PARTNER -> 2;
            default -> 1;
        }).thenComparing(Member::getId)).toList();
    }

    private static Integer parse(Object value) {
        try {
            return Integer.valueOf(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
