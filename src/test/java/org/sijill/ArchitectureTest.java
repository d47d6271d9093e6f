package org.sijill;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import org.sijill.eventstore.EventJson;
import org.sijill.eventstore.EventLog;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package by feature: features do not form cycles, aggregates stay private, the kernel depends on no feature. */
@AnalyzeClasses(packages = "org.sijill", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.sijill.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aggregatesArePackagePrivate = classes().that().areAnnotatedWith(Aggregate.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoFeature = noClasses().that().resideInAPackage("org.sijill.shared..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.sijill.shared..", "java..",
                    "org.springframework.transaction..", "com.github.benmanes.caffeine..", "org.jspecify..");

    /**
     * Other features reach the event store through Axon's API or the {@link EventLog} port only; the offline tools read
     * an export's payloads as the store writes them ({@link EventJson}).
     */
    @ArchTest
    static final ArchRule storageWiringIsPrivate = noClasses().that().resideOutsideOfPackage("org.sijill.eventstore..")
            .should().dependOnClassesThat(resideInAPackage("org.sijill.eventstore..")
                    .and(not(belongToAnyOf(EventLog.class, EventJson.class))));

    @ArchTest
    static final ArchRule referenceDataKnowsNothingOfFacts = noClasses()
            .that().resideInAnyPackage("org.sijill.source..", "org.sijill.base..", "org.sijill.agreement..")
            .should().dependOnClassesThat().resideInAPackage("org.sijill.fact..");

    @ArchTest
    static final ArchRule aggregatesDoNoIo = noClasses().that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..",
                    "org.springframework.data..", "java.net..", "java.io..")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis");
}
