package uk.partnership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import jakarta.persistence.Entity;

import org.jspecify.annotations.NullMarked;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of the code, read from the compiled classes. Three layers, each a folder under {@code uk.partnership}:
 * {@code base} (web, audit, mail, partnership settings and term dates, schools) below {@code features} (events,
 * news, proposals, accounts) below {@code pages} (home, dashboard, a school's page, sitemap), with {@code config}
 * wiring them on top. Arrows point down only, the modules form no cycle, and each keeps its entities, repositories
 * and controllers to itself. {@link TableOwnershipTest} checks the same boundaries in SQL, which bytecode cannot see.
 */
@AnalyzeClasses(packages = "uk.partnership", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A module is a package directly under a layer ({@code base.web}, {@code features.events}), or a top folder. */
    static final SliceAssignment MODULES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String module = Modules.of(javaClass.getPackageName());
            return module == null ? SliceIdentifier.ignore() : SliceIdentifier.of(module);
        }

        @Override
        public String getDescription() {
            return "modules of uk.partnership (base.*, features.*, pages, config)";
        }
    };

    @ArchTest
    static final ArchRule modulesFormNoCycle = slices().assignedFrom(MODULES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule arrowsPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("base").definedBy("uk.partnership.base..")
            .layer("features").definedBy("uk.partnership.features..")
            .layer("pages").definedBy("uk.partnership.pages..")
            .layer("config").definedBy("uk.partnership.config..")
            .whereLayer("config").mayNotBeAccessedByAnyLayer()
            .whereLayer("pages").mayNotBeAccessedByAnyLayer()
            .whereLayer("features").mayOnlyBeAccessedByLayers("pages", "config");

    @ArchTest
    static final ArchRule webIsTheFloor = noClasses().that().resideInAPackage("uk.partnership.base.web..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.partnership.base.audit..",
                    "uk.partnership.base.mail..", "uk.partnership.base.partnership..", "uk.partnership.base.schools..",
                    "uk.partnership.features..", "uk.partnership.pages..", "uk.partnership.config..")
            .because("every module may use the shared MVC pieces, so they may use no module");

    @ArchTest
    static final ArchRule entitiesStayInsideTheirModule = classes().that().areAnnotatedWith(Entity.class)
            .should().notBePublic()
            .because("other modules read a module through its service and view records, never its entities");

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirModule = classes().that().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule controllersAreNotApi = classes().that().areAnnotatedWith(Controller.class)
            .or().areAnnotatedWith(RestController.class).or().areAnnotatedWith(ControllerAdvice.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule whoDidItTravelsAsAnActor = noClasses()
            .that().resideOutsideOfPackages("uk.partnership.features.accounts..", "uk.partnership.features.proposals..")
            .should().dependOnClassesThat().haveFullyQualifiedName("uk.partnership.features.accounts.SignedInUser")
            .because("an admin action needs only who did it, the audit's Actor; only proposals needs the signed-in "
                    + "person's role and school");

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = classes().should(new ArchCondition<JavaClass>("be in a @NullMarked package") {
        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            if (!javaClass.getPackage().isAnnotatedWith(NullMarked.class)) {
                events.add(SimpleConditionEvent.violated(javaClass, javaClass.getPackageName()
                        + " has no package-info.java annotated @NullMarked"));
            }
        }
    }).because("nothing is null unless it says @Nullable");

    @ArchTest
    static final ArchRule noFieldInjection = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection only");
}
