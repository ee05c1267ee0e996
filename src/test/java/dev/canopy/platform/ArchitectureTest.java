package dev.canopy.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point one way along the flow of an order: pages → payments → fulfilment → ordering →
 * catalog → media → tenancy → identity → platform. A later step reacts to an earlier one, never the
 * reverse (ordering reaches the card page through its own port, CardPayments).
 */
class ArchitectureTest {

    private static final JavaClasses CANOPY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.canopy");

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("dev.canopy.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.canopy.tenancy..", "dev.canopy.identity..",
                        "dev.canopy.catalog..", "dev.canopy.storefront..", "dev.canopy.portal..", "dev.canopy.media..",
                        "dev.canopy.ordering..", "dev.canopy.fulfilment..", "dev.canopy.payments..",
                        "dev.canopy.reporting..")
                .check(CANOPY);
    }

    @Test
    void orderingAndFulfilmentNeverCallPayments() {
        noClasses().that().resideInAnyPackage("dev.canopy.ordering..", "dev.canopy.fulfilment..", "dev.canopy.catalog..",
                "dev.canopy.tenancy..").should().dependOnClassesThat().resideInAPackage("dev.canopy.payments..")
                .check(CANOPY);
    }

    @Test
    void onlyPagesReadTheReports() {
        noClasses().that().resideOutsideOfPackages("dev.canopy.reporting..", "dev.canopy.portal..")
                .should().dependOnClassesThat().resideInAPackage("dev.canopy.reporting..")
                .check(CANOPY);
    }

    @Test
    void stripeTypesStayInTheirAdapter() {
        noClasses().that().resideOutsideOfPackage("dev.canopy.payments.stripe..")
                .should().dependOnClassesThat().resideInAPackage("com.stripe..")
                .check(CANOPY);
    }

    @Test
    void orderingNeverCallsTheLaterStepsOrThePages() {
        noClasses().that().resideInAPackage("dev.canopy.ordering..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.canopy.fulfilment..", "dev.canopy.storefront..",
                        "dev.canopy.portal..")
                .check(CANOPY);
    }

    @Test
    void catalogKnowsNothingOfOrders() {
        noClasses().that().resideInAPackage("dev.canopy.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.canopy.ordering..", "dev.canopy.fulfilment..")
                .check(CANOPY);
    }

    @Test
    void identityKnowsNothingOfTenancyOrPages() {
        noClasses().that().resideInAPackage("dev.canopy.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.canopy.tenancy..", "dev.canopy.catalog..",
                        "dev.canopy.storefront..", "dev.canopy.portal..")
                .check(CANOPY);
    }

    @Test
    void tenancyKnowsNothingOfCatalogOrPages() {
        noClasses().that().resideInAPackage("dev.canopy.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.canopy.catalog..", "dev.canopy.storefront..",
                        "dev.canopy.portal..")
                .check(CANOPY);
    }

    @Test
    void catalogKnowsNothingOfPages() {
        noClasses().that().resideInAPackage("dev.canopy.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.canopy.storefront..", "dev.canopy.portal..")
                .check(CANOPY);
    }

    @Test
    void pagesNeverTouchRepositoriesOrEntities() {
        noClasses().that().resideInAnyPackage("dev.canopy.storefront..", "dev.canopy.portal..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(CANOPY);
    }

    @Test
    void storefrontAndPortalAreIndependent() {
        noClasses().that().resideInAPackage("dev.canopy.storefront..")
                .should().dependOnClassesThat().resideInAPackage("dev.canopy.portal..")
                .check(CANOPY);
        noClasses().that().resideInAPackage("dev.canopy.portal..")
                .should().dependOnClassesThat().resideInAPackage("dev.canopy.storefront..")
                .check(CANOPY);
    }
}
