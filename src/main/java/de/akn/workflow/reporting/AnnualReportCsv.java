package de.akn.workflow.reporting;

import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.SynergyEstimate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The annual report as CSV for Excel: UTF-8 with byte order mark, {@code ;} as separator,
 * German decimal comma, one row per measure and member (its share). Measure-level amounts
 * repeat on each of the measure's rows.
 */
final class AnnualReportCsv {

    /** The column names, separated by ";" in the texts. */
    static final String[] HEADER = Texts.text("report.csv.header").split(";");

    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(HEADER).get();

    private AnnualReportCsv() {
    }

    static byte[] write(AnnualReportFigures figures, Map<String, String> memberNames, BigDecimal standaloneFactor) {
        var bytes = new ByteArrayOutputStream(64 * 1024 + figures.measureCount * 600);
        var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (writer) {
            writer.write('\uFEFF'); // before the header, which the printer writes at once
            var csv = new CSVPrinter(writer, FORMAT);
            for (MeasureSnapshot m : figures.measures) {
                String sdgs = m.sdgs.stream().map(String::valueOf).collect(Collectors.joining(", "));
                SynergyEstimate synergy = m.isCarried() ? AnnualReportFigures.synergyOf(m, standaloneFactor) : null;
                for (MeasureSnapshot.Share share : m.participations) {
                    csv.printRecord(m.reference, text(m.title), m.category.label(), m.status.label(), sdgs,
                            name(memberNames, m.leadMember), name(memberNames, share.member()), share.status().label(),
                            number(share.costShareEur()), number(share.staffDaysShare()), number(m.estimatedCostEur),
                            number(m.estimatedStaffDays), number(m.co2PerYear),
                            m.isCarried() ? number(m.spentInYear()) : "", m.isCarried() ? number(m.spentToDate()) : "",
                            m.isCarried() ? number(m.co2ToDate()) : "",
                            synergy == null ? "" : number(synergy.moneySavedEur()),
                            synergy == null ? "" : synergy.method().label(), number(m.actualCostEur),
                            number(m.fundingReceivedEur), number(m.netActualCostEur));
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * German decimal comma, no grouping, the value's own scale (amounts carry two decimals, staff
     * days one): Excel reads "12000,50" as a number.
     */
    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    private static String name(Map<String, String> names, String id) {
        return text(names.getOrDefault(id, id));
    }

    /** Text that Excel would take for a formula (=, +, -, @) is prefixed with an apostrophe. */
    static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
