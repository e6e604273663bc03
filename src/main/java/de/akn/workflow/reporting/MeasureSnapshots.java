package de.akn.workflow.reporting;

import de.akn.workflow.implementation.ReportedProgress;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ParticipationStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the measures of a report year with four streaming queries (measures, SDGs,
 * participations, progress reports) instead of loading entities: ten thousand measures fit
 * into a small heap.
 *
 * <p>A measure belongs to the year when it was proposed before the year ended and was still
 * open at its beginning (not rejected, not adopted-and-finished, not completed before it).
 */
@Component
public class MeasureSnapshots {

    private static final String IN_YEAR = "m.created_at < :end and (m.status not in ('REJECTED', 'NOT_ADOPTED', "
            + "'COMPLETED') or m.updated_at >= :start)";

    private final NamedParameterJdbcTemplate jdbc;

    MeasureSnapshots(DataSource dataSource) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    @Transactional(readOnly = true)
    public Collection<MeasureSnapshot> read(Instant start, Instant end) {
        var params = Map.of("start", utc(start), "end", utc(end));
        var measures = new LinkedHashMap<Long, MeasureSnapshot>();
        jdbc.query("select m.id, m.reference, m.title, m.category, m.status, m.lead_member, m.estimated_cost_eur, "
                + "m.estimated_staff_days, m.co2_savings_tonnes_per_year, m.completed_at, m.implementation, "
                + "m.actual_cost_eur, m.funding_received_eur, m.net_actual_cost_eur, m.money_saved_eur, m.co2_method "
                + "from akn_measure m where "
                + IN_YEAR + " order by m.reference", params, rs -> {
                    var snapshot = new MeasureSnapshot(rs.getLong(1), rs.getString(2), rs.getString(3),
                            MeasureCategory.valueOf(rs.getString(4)), MeasureStatus.valueOf(rs.getString(5)),
                            rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                            instant(rs, 10));
                    snapshot.implementation = Implementation.valueOf(rs.getString(11));
                    snapshot.actualCostEur = rs.getBigDecimal(12);
                    snapshot.fundingReceivedEur = rs.getBigDecimal(13);
                    snapshot.netActualCostEur = rs.getBigDecimal(14);
                    snapshot.moneySavedEur = rs.getBigDecimal(15);
                    snapshot.co2Method = rs.getString(16);
                    measures.put(rs.getLong(1), snapshot);
                });
        if (measures.isEmpty()) {
            return measures.values();
        }
        jdbc.query("select s.measure_id, s.sdg from akn_measure_sdg s join akn_measure m on m.id = s.measure_id where "
                + IN_YEAR + " order by s.measure_id, s.sdg", params, rs -> {
                    measures.get(rs.getLong(1)).sdgs.add(rs.getInt(2));
                });
        jdbc.query("select p.measure_id, p.member_id, p.status, p.cost_share_eur, p.staff_days_share, p.is_lead "
                + "from akn_participation p join akn_measure m on m.id = p.measure_id where "
                + IN_YEAR + " order by p.measure_id, p.id", params, rs -> {
                    measures.get(rs.getLong(1)).participations.add(new MeasureSnapshot.Share(rs.getString(2),
                            ParticipationStatus.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5),
                            rs.getBoolean(6)));
                });
        Instant startInstant = start;
        var latest = new HashMap<Long, Map<String, ReportedProgress>>();
        var beforeYear = new HashMap<Long, Map<String, ReportedProgress>>();
        jdbc.query("select r.measure_id, r.report_number, r.progress_percent, r.spent_eur, r.co2_saved_tonnes, "
                + "r.progress_text, r.final_report, r.submitted_at, r.member_id from akn_progress_report r join "
                + "akn_measure m on m.id = r.measure_id where r.submitted_at < :end and " + IN_YEAR
                + " order by r.measure_id, r.report_number, r.id", params, rs -> {
                    var report = new ReportedProgress(rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getString(6), rs.getBoolean(7));
                    latest.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(9), report);
                    if (instant(rs, 8).isBefore(startInstant)) {
                        beforeYear.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(9),
                                report);
                    }
                });
        for (MeasureSnapshot measure : measures.values()) {
            int reporters = measure.implementation == Implementation.LOCAL ? measure.signers().size() : 1;
            measure.latest = ReportedProgress.aggregate(latest.getOrDefault(measure.id, Map.of()).values(),
                    reporters);
            measure.beforeYear = ReportedProgress.aggregate(beforeYear.getOrDefault(measure.id, Map.of())
                    .values(), reporters);
        }
        return measures.values();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
