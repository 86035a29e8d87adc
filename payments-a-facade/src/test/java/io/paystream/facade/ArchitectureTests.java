package io.paystream.facade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paystream.testsupport.PaystreamArchitecture;

/** The packages' boundaries and the naming rules of STYLE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "io.paystream.facade", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule packagesHaveNoCycles =
            slices().matching("io.paystream.facade.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedWebConcernsDependOnNoFeature = noClasses()
            .that()
            .resideInAPackage("..facade.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..facade.order..",
                    "..facade.wallet..",
                    "..facade.payment..",
                    "..facade.forwarding..",
                    "..facade.security..",
                    "..facade.ratelimit..",
                    "..facade.overload..",
                    "..facade.pci..");

    @ArchTest
    static final ArchRule featuresDoNotKnowEachOther = slices().matching("io.paystream.facade.(order|wallet|payment)..")
            .should()
            .notDependOnEachOther();

    @ArchTest
    static final ArchRule noGrabBagNames = PaystreamArchitecture.noGrabBagNames();
}
