package com.alluressories.caredesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules of GUIDE.md, enforced: arrows point one way. */
@AnalyzeClasses(packages = "com.alluressories.caredesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxOutsideUi = noClasses()
            .that().resideOutsideOfPackages("com.alluressories.caredesk.ui..")
            .and().doNotHaveFullyQualifiedName("com.alluressories.caredesk.CareDesk")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp.ikonli..")
            .because("only the ui package may touch JavaFX; services are shared with the command line");

    @ArchTest
    static final ArchRule policyDependsOnlyOnTheJdk = classes()
            .that().resideInAPackage("com.alluressories.caredesk.policy..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.alluressories.caredesk.policy..", "java..")
            .because("the warranty policy is pure Java: no JavaFX, no SQL, nothing else of the application");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheirFaces = noClasses()
            .that().resideOutsideOfPackages("com.alluressories.caredesk.ui..", "com.alluressories.caredesk.cli..")
            .and().doNotHaveFullyQualifiedName("com.alluressories.caredesk.CareDesk")
            .should().dependOnClassesThat().resideInAnyPackage("com.alluressories.caredesk.ui..",
                    "com.alluressories.caredesk.cli..");

    @ArchTest
    static final ArchRule cliDoesNotUseUi = noClasses()
            .that().resideInAPackage("com.alluressories.caredesk.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.alluressories.caredesk.ui..");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses()
            .that().resideInAPackage("com.alluressories.caredesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.alluressories.caredesk.cli..")
            .because("the window and the command line are two faces of the same services");

    @ArchTest
    static final ArchRule sqlOnlyInTheStoreAndTheFeatures = noClasses()
            .that().resideOutsideOfPackages("com.alluressories.caredesk.store..",
                    "com.alluressories.caredesk.claim..", "com.alluressories.caredesk.receipt..",
                    "com.alluressories.caredesk.shop..", "com.alluressories.caredesk.staff..",
                    "com.alluressories.caredesk.ticket..", "com.alluressories.caredesk.demo..",
                    "com.alluressories.caredesk.chain..", "com.alluressories.caredesk.report..",
                    "com.alluressories.caredesk.notice..", "com.alluressories.caredesk.privacy..",
                    "com.alluressories.caredesk.custody..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("tables are read and written by the feature that owns them, through the store "
                    + "(reports read the tickets' and claims' tables, never write them; notices keep their "
                    + "wording and reminder days in the settings; privacy removes the customer from receipts, "
                    + "claims and tickets as the retention schedule says, and nothing else; custody keeps the dispatches and reads "
                    + "the tickets' custody steps, which it writes through the tickets' own service)");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("com.alluressories.caredesk.cli..")
            .and().doNotHaveFullyQualifiedName("com.alluressories.caredesk.CareDesk")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("a command prints what it is for; everything else goes to the log file");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices()
            .matching("com.alluressories.caredesk.(*)..")
            .should().beFreeOfCycles();

    /** Sub-packages too: the screens under ui may not depend on each other in a circle (nor on the shell). */
    @ArchTest
    static final ArchRule subPackagesHaveNoCycles = slices()
            .matching("com.alluressories.caredesk.(**)")
            .should().beFreeOfCycles();
}
