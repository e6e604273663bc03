package de.akn.workflow.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks {@code alliance.*} before any bean is created, so that a broken member list stops the
 * start with a German message naming the property — also when the first bean that needs it is
 * created while the web server starts (where Tomcat would swallow the cause). Registered in
 * {@code META-INF/spring.factories}.
 */
class AllianceConfigurationCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var bound = Binder.get(environment).bind("alliance", AllianceProperties.class);
        if (!bound.isBound()) {
            return;
        }
        try (var factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation
                        .ParameterMessageInterpolator()).buildValidatorFactory()) {
            var violations = factory.getValidator().validate(bound.get());
            if (!violations.isEmpty()) {
                throw new IllegalStateException(Texts.text("config.invalid", "violations", violations.stream()
                        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .map(AllianceConfigurationCheck::describe).collect(Collectors.joining("\n"))));
            }
        }
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return " - alliance" + (path.isEmpty() ? "" : "." + path) + ": " + violation.getMessage();
    }
}
