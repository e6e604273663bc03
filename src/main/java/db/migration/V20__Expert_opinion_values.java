package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.Texts;
import de.akn.workflow.review.ExpertOpinion.Recommendation;
import de.akn.workflow.review.ExpertOpinion;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The partner's expert opinions recorded before their values were kept (V19): their recommendation and text are
 * read back out of the history line as it was written then ("Empfehlung: abraten. „…“") and stored as values, so
 * the Beschlussvorlage of a measure in co-signing still says what the partner recommends. A line in another
 * wording stays as it is (the draft then says only that there is an opinion).
 */
public class V20__Expert_opinion_values extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        var updates = new ArrayList<Object[]>();
        try (var select = context.getConnection().prepareStatement("select id, detail from akn_measure_event "
                + "where type = 'EXPERT_OPINION_GIVEN' and detail_parts is null and detail is not null");
                var rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                read(rows.getString(2)).ifPresent(json -> updates.add(new Object[] {json, id}));
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "update akn_measure_event set detail_parts = ? where id = ?")) {
            for (Object[] row : updates) {
                update.setString(1, (String) row[0]);
                update.setLong(2, (Long) row[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The line's values as {@code detail_parts} JSON, if it reads as the review wrote it. */
    static Optional<String> read(String detail) throws Exception {
        // the line's wording as the bundle gives it, its two values as groups
        String[] around = Texts.text("event.expert-opinion", Map.of("recommendation", "\u0000", "text", "\u0001"))
                .split("[\u0000\u0001]", -1);
        Matcher m = Pattern.compile(Pattern.quote(around[0]) + "(.+?)" + Pattern.quote(around[1]) + "(.*)"
                + Pattern.quote(around[2]), Pattern.DOTALL).matcher(detail.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        for (Recommendation recommendation : Recommendation.values()) {
            if (recommendation.label().equals(m.group(1).strip())) {
                var part = Map.of("key", "event.expert-opinion",
                        "values", Map.of(ExpertOpinion.RECORDED_TEXT, m.group(2)),
                        "labels", Map.of(ExpertOpinion.RECORDED_RECOMMENDATION, Texts.labelKey(recommendation)));
                return Optional.of(JSON.writeValueAsString(Map.of("parts", List.of(part))));
            }
        }
        return Optional.empty();
    }
}
