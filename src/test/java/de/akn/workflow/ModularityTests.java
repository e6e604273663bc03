package de.akn.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries (ADR 0004): each capability is a direct sub-package of
 * {@code de.akn.workflow}; no cycles, no reaching into another module's nested packages. Also
 * writes the module diagrams into {@code docs/modules/} (committed, so a reader sees the structure
 * without building).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AknApplication.class);

    @Test
    void shouldKeepModuleBoundaries() {
        MODULES.verify();
    }

    @Test
    void shouldHaveOneModulePerCapability() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("common", "measure", "review", "cosigning", "implementation", "notification", "member",
                        "reporting", "reminder", "security", "operations");
    }

    @Test
    void shouldKeepTheMeasureFreeOfTheCapabilitiesThatUseIt() {
        var measure = MODULES.getModuleByName("measure").orElseThrow();
        var dependencies = measure.getDirectDependencies(MODULES);
        for (String capability : new String[] {"review", "cosigning", "implementation", "reporting", "reminder"}) {
            assertThat(dependencies.containsModuleNamed(capability)).as("measure -> " + capability).isFalse();
        }
        var common = MODULES.getModuleByName("common").orElseThrow();
        assertThat(common.getDirectDependencies(MODULES).isEmpty()).as("common depends on no module").isTrue();
    }

    @Test
    void shouldWriteModuleDiagrams() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.writeString(Path.of("docs/modules/README.md"), overview());
    }

    /** The modules and their direct dependencies as a Mermaid graph (rendered by GitHub and GitLab). */
    private static String overview() {
        var sb = new StringBuilder("""
                # Modules

                Written by `ModularityTests` (Spring Modulith) on every build: the application modules
                and their direct dependencies. PlantUML diagrams and module canvases are beside this file.
                See ADR 0004 for the rules.

                ```mermaid
                graph TD
                """);
        MODULES.stream().sorted(java.util.Comparator.comparing(ApplicationModule::getName)).forEach(module ->
                module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName).sorted()
                        .forEach(target -> sb.append("  ").append(module.getName()).append(" --> ").append(target)
                                .append('\n')));
        sb.append("```\n\n| module | depends on |\n|---|---|\n");
        MODULES.stream().sorted(java.util.Comparator.comparing(ApplicationModule::getName)).forEach(module ->
                sb.append("| `").append(module.getName()).append("` | ").append(module.getDirectDependencies(MODULES)
                        .uniqueModules().map(ApplicationModule::getName).sorted().map(n -> "`" + n + "`")
                        .collect(Collectors.joining(", "))).append(" |\n"));
        return sb.toString();
    }
}
