package io.hubrota.solver;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The solver core is plain Java (DESIGN §5): testable with ConstraintVerifier and benchmarkable on its own. */
@AnalyzeClasses(packages = "io.hubrota.solver", importOptions = ImportOption.DoNotIncludeTests.class)
class SolverCoreArchitectureTests {

    @ArchTest
    static final ArchRule solverCoreUsesNoSpringAndNoJpa = noClasses()
            .that().resideInAPackage("io.hubrota.solver..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");
}
