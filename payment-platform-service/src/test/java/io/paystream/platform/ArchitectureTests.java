package io.paystream.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.paystream.testsupport.PaystreamArchitecture;

/** The naming rules of STYLE.md, and a domain that knows nothing of HTTP, checked on the compiled classes. */
@AnalyzeClasses(packages = "io.paystream.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule styleAndADomainFreeOfHttp =
            PaystreamArchitecture.ofService("io\\.paystream\\.platform\\.(execution|gateway|outbox)\\..*");
}
