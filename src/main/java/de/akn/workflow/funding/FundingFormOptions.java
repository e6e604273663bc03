package de.akn.workflow.funding;

import de.akn.workflow.common.FormOptions;
import de.akn.workflow.common.FormOptions.Option;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funding programmes the proposal forms offer, from the database when the form opens. */
@Configuration
class FundingFormOptions {

    @Bean
    FormOptions fundingProgrammeOptions(FundingProgrammes programmes) {
        return FormOptions.of("fundingProgrammeOptions", user -> programmes.list().stream()
                .map(p -> new Option(Texts.text("funding.programme.option", "name", p.name(), "max",
                        GermanFormat.number(p.maxRatePercent())), p.id())).toList());
    }
}
