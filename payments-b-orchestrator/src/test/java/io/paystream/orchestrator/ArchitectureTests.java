package io.paystream.orchestrator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paystream.testsupport.PaystreamArchitecture;

/** The naming rules of STYLE.md, and a domain that knows nothing of HTTP, checked on the compiled classes. */
@AnalyzeClasses(packages = "io.paystream.orchestrator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule styleAndADomainFreeOfHttp = PaystreamArchitecture.ofService(
            "io\\.paystream\\.orchestrator\\.payment\\.(Payment|PaymentState|PaymentStatus|PaymentOperation|OperationStatus|PaymentMethodRef|PaymentRefused|PaymentService|Payments|PaymentOutcomes)(\\$.*)?",
            "io\\.paystream\\.orchestrator\\.(outbox|events)\\..*");
}
