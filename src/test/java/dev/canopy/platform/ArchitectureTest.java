package dev.canopy.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Dependencies point one way: pages → catalog → tenancy → identity → platform. */
class ArchitectureTest {

    private static final JavaClasses CANOPY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.canopy");

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("dev.canopy.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.canopy.tenancy..", "dev.canopy.identity..",
                        "dev.canopy.catalog..", "dev.canopy.storefront..", "dev.canopy.portal..")
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
