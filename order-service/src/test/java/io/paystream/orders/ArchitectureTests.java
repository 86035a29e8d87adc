package io.paystream.orders;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paystream.testsupport.PaystreamArchitecture;

/** The feature packages' boundaries and the naming rules of STYLE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "io.paystream.orders", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("io.paystream.orders.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule ordersKnowNothingOfHowEventsArrive = noClasses()
            .that()
            .resideInAPackage("..orders.order..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..orders.lifecycle..", "..orders.security..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule sharedWebConcernsDependOnNoFeature = noClasses()
            .that()
            .resideInAPackage("..orders.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..orders.order..", "..orders.lifecycle..", "..orders.idempotency..");

    @ArchTest
    static final ArchRule noGrabBagNames = PaystreamArchitecture.noGrabBagNames();

    @ArchTest
    static final ArchRule domainFreeOfHttp = PaystreamArchitecture.domainFreeOfHttp(
            "io\\.paystream\\.orders\\.order\\.(Order|OrderStatus|Verdict|HistoryEntry|Anomaly|Anomalies|AnomalyKind"
                    + "|OrderTerms|OrderItem|PlaceOrder|OrderIds|Timestamps|Orders|OrderView|OrderService)(\\$.*)?",
            "io\\.paystream\\.orders\\.(lifecycle|idempotency)\\..*");
}
