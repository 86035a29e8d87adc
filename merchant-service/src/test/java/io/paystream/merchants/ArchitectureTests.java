package io.paystream.merchants;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paystream.testsupport.PaystreamArchitecture;

/** The feature packages' boundaries and the naming rules of STYLE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "io.paystream.merchants", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("io.paystream.merchants.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noGrabBagNames = PaystreamArchitecture.noGrabBagNames();

    @ArchTest
    static final ArchRule domainFreeOfHttp = PaystreamArchitecture.domainFreeOfHttp(
            "io\\.paystream\\.merchants\\.merchant\\.(Merchant|MerchantService|Merchants|MerchantRefused|MerchantIds"
                    + "|BraintreeKeys|NewMerchant|MerchantView)(\\$.*)?",
            "io\\.paystream\\.merchants\\.apikey\\.(ApiKey|ApiKeys|ApiKeyService|ApiKeySecrets|NewApiKey)(\\$.*)?",
            "io\\.paystream\\.merchants\\.credentials\\.KeyRotation(\\$.*)?");
}
