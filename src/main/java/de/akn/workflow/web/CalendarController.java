package de.akn.workflow.web;

import de.akn.workflow.common.Holidays.Holiday;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.common.WorkingDays;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The town halls' calendar: the days that are not working days (besides weekends). */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Kalender", description = "Feiertage in NRW und die zusätzlichen freien Tage der Rathäuser")
class CalendarController {

    private final WorkingDays workingDays;

    CalendarController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/holidays")
    @Operation(summary = "Feiertage und freie Tage eines Jahres",
            description = "Die gesetzlichen Feiertage in NRW und alliance.calendar.extra-days, nach Datum.")
    List<Holiday> holidays(@RequestParam int year) {
        if (year < WorkingDays.FIRST_YEAR || year > WorkingDays.LAST_YEAR) {
            throw ValidationProblem.of("year", Texts.text("calendar.year", "first", WorkingDays.FIRST_YEAR,
                    "last", WorkingDays.LAST_YEAR));
        }
        return workingDays.holidays(year);
    }
}
