package dev.canopy.media;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The storage adapter is fenced: one package speaks S3, one class knows the embedded server. */
class MediaArchitectureTest {

    private static final JavaClasses CANOPY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.canopy");

    @Test
    void onlyMediaStorageSpeaksToTheMinioClient() {
        noClasses().that().resideOutsideOfPackage("dev.canopy.media.storage")
                .should().dependOnClassesThat().resideInAPackage("io.minio..")
                .check(CANOPY);
    }

    @Test
    void onlyTheEmbeddedServerLoadsS3Proxy() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.canopy.media.storage.EmbeddedS3")
                .and().doNotHaveFullyQualifiedName("dev.canopy.media.storage.EmbeddedS3$1")
                .should().dependOnClassesThat().resideInAPackage("org.gaul..")
                .check(CANOPY);
    }
}
