package io.paystream.webhooks;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paystream.testsupport.PaystreamArchitecture;

/** The feature packages' boundaries and the naming rules of STYLE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "io.paystream.webhooks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("io.paystream.webhooks.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noGrabBagNames = PaystreamArchitecture.noGrabBagNames();

    @ArchTest
    static final ArchRule domainFreeOfHttp = PaystreamArchitecture.domainFreeOfHttp(
            "io\\.paystream\\.webhooks\\.endpoint\\.(WebhookEndpoint|EventType|EndpointStatus|SigningSecrets|UrlRules"
                    + "|Endpoints)(\\$.*)?",
            "io\\.paystream\\.webhooks\\.delivery\\.(StandardWebhooks|RetrySchedule|Deliveries|DeliveryStatus)(\\$.*)?",
            "io\\.paystream\\.webhooks\\.intake\\..*");
}
