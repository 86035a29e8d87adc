package io.paystream.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every module reads contracts, so contracts reads nothing but the JDK: no Spring, no Jackson. */
class ContractsDependencyTests {

    private final JavaClasses contracts = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.paystream.contracts");

    @Test
    void contractsDependOnlyOnTheJdk() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.paystream.contracts..")
                .check(contracts);
    }

    @Test
    void contractsDoNotTouchSpring() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackage("org.springframework..")
                .check(contracts);
    }
}
