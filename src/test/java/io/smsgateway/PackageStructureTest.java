package io.smsgateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The packages depend on each other in one direction: capabilities, dialects above them, the kernel below. */
class PackageStructureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.smsgateway");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("io.smsgateway.(**)").should().beFreeOfCycles().check(GATEWAY);
    }

    @Test
    void theKernelDependsOnNothingOfTheGateway() {
        classes().that().resideInAPackage("io.smsgateway.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.smsgateway.kernel..", "java..", "com.google.i18n.phonenumbers..")
                .check(GATEWAY);
    }

    /** The HTTP boundaries: the three dialects (and what they share), the operator API and the console. */
    private static final String[] BOUNDARIES = {"io.smsgateway.api..", "io.smsgateway.manage..", "io.smsgateway.console.."};

    @Test
    void theCoreNeverKnowsAnHttpBoundary() {
        noClasses().that().resideInAPackage("io.smsgateway.(*)..").and().resideOutsideOfPackages(BOUNDARIES)
                .should().dependOnClassesThat().resideInAnyPackage(BOUNDARIES)
                .check(GATEWAY);
    }

    @Test
    void aDialectNeverKnowsAnotherDialect() {
        slices().matching("io.smsgateway.api.(*)..").should().notDependOnEachOther().check(GATEWAY);
    }
}
