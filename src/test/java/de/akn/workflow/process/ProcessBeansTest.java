package de.akn.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.support.AknIntegrationTest;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every {@code delegateExpression} and expression bean in the models names a Spring bean. */
class ProcessBeansTest extends AknIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void shouldResolveEveryDelegateExpressionToABean() throws Exception {
        var delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
        var beanCall = Pattern.compile("\\$\\{(\\w+)\\.\\w+\\(");
        int found = 0;
        for (var file : ProcessModelTest.models(".bpmn")) {
            String xml = Files.readString(file);
            for (var pattern : new Pattern[] {delegate, beanCall}) {
                var matcher = pattern.matcher(xml);
                while (matcher.find()) {
                    found++;
                    assertThat(context.containsBean(matcher.group(1))).as("bean %s used in %s", matcher.group(1), file)
                            .isTrue();
                }
            }
            assertThat(xml).as("service tasks use delegateExpression, not class").doesNotContain("camunda:class=");
        }
        assertThat(found).isGreaterThan(3);
    }
}
