package de.akn.workflow.publicsite;

import de.akn.workflow.implementation.ReportedProgress;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.SynergyEstimate;
import de.akn.workflow.measure.SynergyProperties;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures the public may see: adopted and completed ones, with what the alliance publishes
 * about them (no person, no comment, no e-mail address). Four set-based queries, no entities.
 */
@Component
public class PublishedMeasures {

    /** What the public sees: adopted or completed measures the coordination released. */
    private static final String PUBLISHED = "m.status in ('ADOPTED', 'COMPLETED') and m.published = true";

    /** One published measure. */
    public record Published(String reference, String title, String summary, MeasureCategory category,
            MeasureStatus status, String leadMember, BigDecimal estimatedCostEur, BigDecimal estimatedStaffDays,
            BigDecimal co2SavingsTonnesPerYear, CostSplit costSplit, LocalDate plannedStart, LocalDate plannedEnd,
            Instant adoptedAt, Instant completedAt, List<Integer> sdgs, List<Share> signers, Integer progressPercent,
            BigDecimal co2SavedTonnes, SynergyEstimate synergy, Implementation implementation,
            BigDecimal actualCostEur, BigDecimal fundingReceivedEur, BigDecimal netActualCostEur, String co2Method,
            Integer co2LifetimeYears, Integer eeaField) {

        /** When the measure last changed as the public sees it. */
        public Instant updated() {
            return completedAt != null ? completedAt : adoptedAt;
        }
    }

    /** A signer and its share of cost and staff days. */
    public record Share(String member, BigDecimal costShareEur, BigDecimal staffDaysShare) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SynergyProperties properties;

    PublishedMeasures(DataSource dataSource, SynergyProperties properties) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.properties = properties;
    }

    /** All published measures, the newest first. */
    @Transactional(readOnly = true)
    public List<Published> all() {
        return read(PUBLISHED, Map.of());
    }

    @Transactional(readOnly = true)
    public Optional<Published> find(String reference) {
        return read(PUBLISHED + " and m.reference = :reference", Map.of("reference", reference)).stream().findFirst();
    }

    /**
     * A fingerprint of what the public pages show: it changes whenever a published measure, its
     * shares or reports, or a member changes (for ETags: an unchanged page is answered with 304).
     */
    @Transactional(readOnly = true)
    public String version() {
        return jdbc.getJdbcTemplate().queryForObject("select count(*) || '-' || coalesce(cast(max(m.updated_at) as "
                + "varchar(40)), '') || '-' || (select cast(max(updated_at) as varchar(40)) from akn_member) || '-' || "
                + "(select count(*) from akn_progress_report) from akn_measure m where " + PUBLISHED, String.class);
    }

    private List<Published> read(String where, Map<String, Object> params) {
        var rows = new LinkedHashMap<Long, Object[]>();
        var sdgs = new LinkedHashMap<Long, List<Integer>>();
        var shares = new LinkedHashMap<Long, List<Share>>();
        jdbc.query("select m.id, m.reference, m.title, m.public_summary, m.category, m.status, m.lead_member, "
                + "m.estimated_cost_eur, m.estimated_staff_days, m.co2_savings_tonnes_per_year, m.cost_split, "
                + "m.planned_start, m.planned_end, m.adopted_at, m.completed_at, m.implementation, m.actual_cost_eur, "
                + "m.funding_received_eur, m.net_actual_cost_eur, m.money_saved_eur, m.co2_method, m.co2_lifetime_years, "
                + "m.eea_field from akn_measure m where " + where
                + " order by coalesce(m.completed_at, m.adopted_at) desc, m.reference desc", params, rs -> {
                    rows.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            MeasureCategory.valueOf(rs.getString(5)), MeasureStatus.valueOf(rs.getString(6)),
                            rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                            CostSplit.valueOf(rs.getString(11)), date(rs, 12), date(rs, 13), instant(rs, 14),
                            instant(rs, 15), Implementation.valueOf(rs.getString(16)), rs.getBigDecimal(17),
                            rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getString(21),
                            rs.getObject(22, Integer.class), rs.getObject(23, Integer.class)});
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.query("select s.measure_id, s.sdg from akn_measure_sdg s join akn_measure m on m.id = s.measure_id where "
                + where + " order by s.sdg", params, rs -> {
                    sdgs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
                });
        jdbc.query("select p.measure_id, p.member_id, p.cost_share_eur, p.staff_days_share "
                + "from akn_participation p join akn_measure m on m.id = p.measure_id where " + where
                + " and p.status = 'COSIGNED' order by p.measure_id, p.id", params, rs -> {
                    shares.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Share(rs.getString(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        // the latest report of each reporting member (every signer when implemented locally)
        var reports = new LinkedHashMap<Long, Map<String, ReportedProgress>>();
        jdbc.query("select r.measure_id, r.member_id, r.report_number, r.progress_percent, r.spent_eur, "
                + "r.co2_saved_tonnes, r.final_report from akn_progress_report r join akn_measure m on "
                + "m.id = r.measure_id where " + where + " order by r.measure_id, r.report_number, r.id", params, rs -> {
                    reports.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            new ReportedProgress(rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5),
                                    rs.getBigDecimal(6), null, rs.getBoolean(7)));
                });
        BigDecimal factor = properties.standaloneFactor();
        var result = new ArrayList<Published>(rows.size());
        rows.forEach((id, r) -> {
            var signers = shares.getOrDefault(id, List.of());
            var implementation = (Implementation) r[14];
            var latest = ReportedProgress.aggregate(reports.getOrDefault(id, Map.of()).values(),
                    implementation == Implementation.LOCAL ? signers.size() : 1);
            BigDecimal cost = (BigDecimal) r[6];
            BigDecimal netActual = (BigDecimal) r[17];
            var synergy = netActual == null ? SynergyEstimate.of(cost, (BigDecimal) r[7], signers.size(), factor)
                    : SynergyEstimate.settled((BigDecimal) r[18], (BigDecimal) r[7], signers.size(), factor);
            result.add(new Published((String) r[0], (String) r[1], (String) r[2], (MeasureCategory) r[3],
                    (MeasureStatus) r[4], (String) r[5], cost, (BigDecimal) r[7], (BigDecimal) r[8],
                    (CostSplit) r[9], (LocalDate) r[10], (LocalDate) r[11], (Instant) r[12], (Instant) r[13],
                    List.copyOf(sdgs.getOrDefault(id, List.of())), List.copyOf(signers),
                    latest == null ? null : latest.percent(), latest == null ? null : latest.co2SavedTonnes(),
                    synergy, implementation, (BigDecimal) r[15], (BigDecimal) r[16], netActual, (String) r[19],
                    (Integer) r[20], (Integer) r[21]));
        });
        return result;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
