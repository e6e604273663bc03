package de.akn.workflow.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Checks {@code alliance.*} before any bean is created, so that a broken member list stops the
 * start with a German message naming the property — also when the first bean that needs it is
 * created while the web server starts (where Tomcat would swallow the cause). Registered in
 * {@code META-INF/spring.factories}. It checks every validated {@code @ConfigurationProperties} record
 * under {@code alliance} in the application's packages, so a module's own settings record is found
 * without being listed here.
 */
class AllianceConfigurationCheck implements EnvironmentPostProcessor {

    private static final String PREFIX = "alliance";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var binder = Binder.get(environment);
        if (!binder.bind(PREFIX, Bindable.mapOf(String.class, Object.class)).isBound()) {
            return;
        }
        var violations = new ArrayList<Map.Entry<String, String>>();
        try (var factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            for (Class<?> type : settingsRecords()) {
                violations.addAll(check(binder, type, factory.getValidator()));
            }
        }
        if (!violations.isEmpty()) {
            throw new IllegalStateException(Texts.text("config.invalid", "violations", violations.stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(v -> " - " + v.getKey() + ": " + v.getValue()).collect(Collectors.joining("\n"))));
        }
    }

    private static List<Map.Entry<String, String>> check(Binder binder, Class<?> type, Validator validator) {
        String prefix = AnnotatedElementUtils.getMergedAnnotation(type, ConfigurationProperties.class).prefix();
        Object settings = binder.bindOrCreate(prefix, type);
        return validator.validate(settings).stream().map(v -> Map.entry(path(prefix, v), v.getMessage())).toList();
    }

    private static String path(String prefix, ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return prefix + (path.isEmpty() ? "" : "." + path);
    }

    /** The validated settings records bound under {@code alliance}, in the application's packages. */
    static List<Class<?>> settingsRecords() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        String base = ClassUtils.getPackageName(AllianceConfigurationCheck.class);
        base = base.substring(0, base.lastIndexOf('.'));
        ClassLoader loader = AllianceConfigurationCheck.class.getClassLoader();
        return scanner.findCandidateComponents(base).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), loader))
                .filter(type -> AnnotatedElementUtils.hasAnnotation(type, Validated.class))
                .filter(type -> isUnderAlliance(AnnotatedElementUtils.getMergedAnnotation(type,
                        ConfigurationProperties.class).prefix()))
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    private static boolean isUnderAlliance(String prefix) {
        return prefix.equals(PREFIX) || prefix.startsWith(PREFIX + ".");
    }
}
