package io.paystream.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/** The architecture rules of STYLE.md that every service checks alike, each service naming its own packages. */
public final class PaystreamArchitecture {

    private PaystreamArchitecture() {}

    /** No {@code Impl}, {@code Manager}, {@code Helper}, {@code Util(s)} or {@code Dto}: names say what a class is. */
    public static ArchRule noGrabBagNames() {
        return noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Dto");
    }

    /** Both rules below, for a service whose domain classes match {@code domainClasses}. */
    public static ArchRule ofService(String... domainClasses) {
        return CompositeArchRule.of(noGrabBagNames()).and(domainFreeOfHttp(domainClasses));
    }

    /**
     * The domain knows nothing of HTTP: a refusal is a value or an exception of the domain's own, mapped to a status
     * and a problem type by the web layer. {@code domainClasses} are fully qualified class-name patterns (regex).
     */
    public static ArchRule domainFreeOfHttp(String... domainClasses) {
        return noClasses()
                .that()
                .haveNameMatching(String.join("|", domainClasses))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.http..", "org.springframework.web..", "jakarta.servlet..")
                .because("STYLE.md: domain code is free of HTTP; the web layer maps its refusals");
    }
}
